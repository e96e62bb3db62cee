package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Decides when each attempt of a send may go, so that the senders of one access key stay under Flowroute's limits
 * (by default 5 SMS and 1 MMS per second per key, where refused attempts count too). The client asks for a turn
 * before every attempt of a send, retries of a 429 included, and tells the limiter how the attempt ended, so an
 * implementation can adapt: slow a key down after a 429, honour {@code Retry-After}, and recover.
 * <p>
 * {@link AdaptiveSendRateLimiter} keeps the limits within one process; several processes sending with one key need
 * a limiter they share (the {@code camel-flowroute-jdbc} module has one on a database). Implementations are
 * thread-safe and never block the threads that call them.
 */
public interface SendRateLimiter extends AutoCloseable {

    /** What is sent: Flowroute limits SMS and MMS separately. */
    enum Kind {
        SMS,
        MMS
    }

    /**
     * Asks for a turn to make one attempt. The future completes, on any thread, when the attempt may go, or fails with
     * {@link FlowrouteRateLimitException} when no turn came within {@code maxWait} (the attempt is then not made).
     *
     * @param accessKey the key the attempt is sent with (not secret: the Basic user name)
     * @param kind      SMS or MMS
     * @param perSecond the attempts per second the API allows this key and kind
     * @param maxWait   the longest this attempt may wait for its turn
     */
    CompletableFuture<Turn> acquire(String accessKey, Kind kind, int perSecond, Duration maxWait);

    /** Attempts the API refused with 429 so far. */
    long getRefusedCount();

    /** Turns that had to wait (were not given at once) so far. */
    long getDelayedCount();

    /** The time turns waited so far, in total. */
    Duration getDelayedTime();

    /** Frees what the limiter holds (threads, pending turns fail). The default does nothing. */
    @Override
    default void close() {
    }

    /**
     * One granted attempt. Exactly one of its methods is called when the attempt ends; the API counts an attempt
     * from the moment it arrives, which is before its answer, so an implementation may count it until then.
     */
    interface Turn {

        /** The attempt ended with an answer other than 429, or without one (it may have reached the API). */
        void completed();

        /**
         * The API refused the attempt with 429: the key is over its limit.
         *
         * @param retryAfter the answer's {@code Retry-After}, or {@code null}
         */
        void refused(Duration retryAfter);
    }
}
