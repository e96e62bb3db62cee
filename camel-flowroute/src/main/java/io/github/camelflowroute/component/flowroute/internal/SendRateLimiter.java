package io.github.camelflowroute.component.flowroute.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camelflowroute.component.flowroute.client.FlowrouteRateLimitException;

/**
 * Keeps one access key's sends under Flowroute's limits (by default 5 SMS and 1 MMS per second) by spacing them
 * evenly, with 20% to spare so that requests delayed on their way (a busy machine, a new connection) cannot arrive
 * bunched into one of the API's windows. A send that would wait longer
 * than the limit allows fails at once; the others get their turn without holding a thread.
 */
public final class SendRateLimiter {

    private final long smsSpacing;
    private final long mmsSpacing;
    private final long maxWait;
    private final ScheduledExecutorService scheduler;
    private long nextSms;
    private long nextMms;

    public SendRateLimiter(int smsPerSecond, int mmsPerSecond, Duration maxWait, ScheduledExecutorService scheduler) {
        this.smsSpacing = spacing(smsPerSecond);
        this.mmsSpacing = spacing(mmsPerSecond);
        this.maxWait = maxWait.toNanos();
        this.scheduler = scheduler;
        this.nextSms = System.nanoTime();
        this.nextMms = nextSms;
    }

    private static long spacing(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("a rate must be at least 1 per second");
        }
        return TimeUnit.MILLISECONDS.toNanos(1200) / perSecond;
    }

    /** Completes when the send may go; fails with {@link FlowrouteRateLimitException} when it would wait too long. */
    public CompletableFuture<Void> acquire(boolean mms) {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, mms ? nextMms : nextSms);
            wait = slot - now;
            if (wait > maxWait) {
                return CompletableFuture.failedFuture(new FlowrouteRateLimitException(
                        "the " + (mms ? "MMS" : "SMS") + " rate limit queue is " + TimeUnit.NANOSECONDS.toMillis(wait)
                        + " ms long, more than rateLimitMaxWait allows; not sent"));
            }
            if (mms) {
                nextMms = slot + mmsSpacing;
            } else {
                nextSms = slot + smsSpacing;
            }
        }
        if (wait <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> turn = new CompletableFuture<>();
        scheduler.schedule(() -> turn.complete(null), wait, TimeUnit.NANOSECONDS);
        return turn;
    }
}
