package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts a {@link SendRateLimiter} reports (refused attempts, turns that waited and how long), kept in one place
 * for the limiters of this project and for other implementations that want the same. Thread-safe.
 */
public final class SendRateCounters {

    // a turn given within this of its asking did not wait: the time taken by the limiter's own hand-off
    private static final long NOT_WAITING = TimeUnit.MILLISECONDS.toNanos(1);

    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong delayedNanos = new AtomicLong();

    /** Counts an attempt the API refused with 429. */
    public void refused() {
        refused.incrementAndGet();
    }

    /**
     * Counts a turn given, with how long it waited.
     *
     * @param askedNanos the {@link System#nanoTime()} at which the turn was asked for
     */
    public void given(long askedNanos) {
        long waited = System.nanoTime() - askedNanos;
        if (waited > NOT_WAITING) {
            delayed.incrementAndGet();
            delayedNanos.addAndGet(waited);
        }
    }

    /** @see SendRateLimiter#getRefusedCount() */
    public long refusedCount() {
        return refused.get();
    }

    /** @see SendRateLimiter#getDelayedCount() */
    public long delayedCount() {
        return delayed.get();
    }

    /** @see SendRateLimiter#getDelayedTime() */
    public Duration delayedTime() {
        return Duration.ofNanos(delayedNanos.get());
    }
}
