package io.github.camelflowroute.component.flowroute.metrics;

import java.time.Duration;

/**
 * What a Flowroute client and the webhook consumers report as they work, per operation (the name of the API call's
 * declaration, such as {@code sendMessage}). Implementations count; they are thread-safe, return at once and never
 * throw: they are called on the client's I/O and timer threads. Every method does nothing by default.
 */
public interface FlowrouteEvents {

    /** Reports nothing. */
    FlowrouteEvents NONE = new FlowrouteEvents() {
    };

    /** An attempt of a call got an HTTP answer with this status (each attempt of a retried call reports its own). */
    default void answered(String operation, int status) {
    }

    /** A failed attempt is tried again, for this reason. */
    default void retried(String operation, RetryReason reason) {
    }

    /** A send waited this long for its turn under the send rate limit before an attempt. */
    default void waitedForTurn(String operation, Duration waited) {
    }

    /** A call ended, after all its attempts. */
    default void completed(String operation, CallOutcome outcome) {
    }

    /** A webhook post repeated one that was delivered before or is being routed: not routed again. */
    default void webhookDuplicate(String operation) {
    }
}
