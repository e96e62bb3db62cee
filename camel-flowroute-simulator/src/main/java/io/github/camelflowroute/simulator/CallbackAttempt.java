package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One POST the simulator made to a callback URL, as {@link CallbackJournal} keeps it.
 *
 * @param messageId the MDR the callback is about
 * @param type      {@link CallbackType#SMS}/{@link CallbackType#MMS} for an inbound message,
 *                  {@link CallbackType#DLR} for a delivery receipt
 * @param url       where it went
 * @param body      the JSON body sent
 * @param attempt   1 for the first try, 2 for the first retry, ...
 * @param status    HTTP status received, or 0 when there was none (see {@code error})
 * @param error     why no status was received (connection refused, timeout...), or {@code null}
 * @param timestamp when the answer (or the failure) came
 */
public record CallbackAttempt(String messageId, CallbackType type, String url, String body, int attempt,
        int status, String error, Instant timestamp) {

    /** Checks the components. */
    public CallbackAttempt {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** Whether the receiver answered 200, the only answer Flowroute takes as delivered. */
    public boolean succeeded() {
        return status == 200;
    }
}
