package io.github.camelflowroute.simulator;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Flowroute's send rate limits: per access key, at most {@code smsPerSecond} SMS and {@code mmsPerSecond}
 * MMS attempts in any sliding window of {@value #WINDOW_MS} ms. Every attempt counts, the refused ones
 * (429) included, as Flowroute documents. Thread-safe; switched on and off at run time.
 */
final class RateLimiter {

    /** Length of the sliding window. */
    static final long WINDOW_MS = 1_000;

    private final int smsPerSecond;
    private final int mmsPerSecond;
    private final boolean retryAfter;
    private final Clock clock;
    private volatile boolean enforced;
    private volatile long arrivalJitterMillis;
    private final AtomicLong limited = new AtomicLong();
    /** Attempt times (clock millis) per access key and kind, oldest first; guarded by itself. */
    private final Map<String, Deque<Long>> windows = new HashMap<>();

    RateLimiter(boolean enforced, int smsPerSecond, int mmsPerSecond, boolean retryAfter, Clock clock) {
        this.enforced = enforced;
        this.smsPerSecond = smsPerSecond;
        this.mmsPerSecond = mmsPerSecond;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    /**
     * Counts one send attempt when enforcement is on.
     *
     * @param accessKey the Basic username of the authenticated request
     * @param body      the (normalized) send body, may be {@code null}
     * @throws ApiException 429 when the attempt is over the limit (it still counts)
     */
    void admitSend(String accessKey, JsonNode body) {
        if (!enforced) {
            return;
        }
        delayArrival();
        boolean mms = MessagesHandler.looksLikeMms(body);
        int limit = mms ? mmsPerSecond : smsPerSecond;
        long now = clock.millis();
        int inWindow;
        synchronized (windows) {
            Deque<Long> window = windows.computeIfAbsent(accessKey + (mms ? "|mms" : "|sms"), k -> new ArrayDeque<>());
            while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MS) {
                window.removeFirst();
            }
            inWindow = window.size();
            window.addLast(now);
        }
        if (inWindow >= limit) {
            limited.incrementAndGet();
            String kind = mms ? "MMS" : "SMS";
            throw new ApiException(429, List.of("Rate limit exceeded: at most " + limit + " " + kind
                    + " per second per access key; failed attempts count toward the limit."),
                    retryAfter ? Map.of("Retry-After", "1") : Map.of());
        }
    }

    /** Holds the attempt for a random 0 to arrivalJitterMillis ms before it is counted, as a busy network would. */
    private void delayArrival() {
        long jitter = arrivalJitterMillis;
        if (jitter > 0) {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(jitter + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void setArrivalJitterMillis(long value) {
        arrivalJitterMillis = value;
    }

    boolean isEnforced() {
        return enforced;
    }

    /** Switches enforcement; switching forgets the attempts counted so far (not the 429 count). */
    void setEnforced(boolean value) {
        synchronized (windows) {
            if (enforced != value) {
                windows.clear();
            }
            enforced = value;
        }
    }

    int smsPerSecond() {
        return smsPerSecond;
    }

    int mmsPerSecond() {
        return mmsPerSecond;
    }

    boolean retryAfter() {
        return retryAfter;
    }

    /** Sends answered 429 so far. */
    long limitedCount() {
        return limited.get();
    }

    /** Forgets the windows and the 429 count, and sets enforcement to {@code value}. */
    void reset(boolean value) {
        synchronized (windows) {
            windows.clear();
            limited.set(0);
            enforced = value;
            arrivalJitterMillis = 0;
        }
    }
}
