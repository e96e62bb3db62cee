package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;

/**
 * A {@link SendRateLimiter} that reports its counts from one {@link SendRateCounters}: subclasses only feed
 * {@link #counters}.
 */
public abstract class CountingSendRateLimiter implements SendRateLimiter {

    /** What this limiter counts; subclasses report refusals and given turns to it. */
    protected final SendRateCounters counters = new SendRateCounters();

    @Override
    public long getRefusedCount() {
        return counters.refusedCount();
    }

    @Override
    public long getDelayedCount() {
        return counters.delayedCount();
    }

    @Override
    public Duration getDelayedTime() {
        return counters.delayedTime();
    }
}
