package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The default {@link SendRateLimiter}: keeps the sends of this process under the limit of each access key and kind.
 * <p>
 * The API counts an attempt when it arrives, which is after its turn and before its answer. So an attempt here holds
 * one of the limit's places from its turn until one window (1000 ms, plus 1 ms for the API's millisecond clock) after
 * its answer: this process's own attempts can never arrive more than the limit in a window, however bunched they
 * arrive (a busy host, a pause, the network), and a single sender loses only the round trip per window. (Counting an
 * attempt from its turn plus a guard instead, adapted on 429s, lost more under load: every refusal costs a place
 * for a whole window.)
 * <p>
 * So a 429 means that someone else sends with the key (other processes without a shared limiter). That is handled
 * with AIMD, as TCP shares a link: the rate this limiter uses for the key is halved (once per window: the 429s of one
 * crowded window are one signal) and the next turn waits a random part of a turn's interval; each accepted attempt
 * then raises the rate so that it grows by 1 % of the limit per second, back up to the limit. Below the limit, turns
 * are spaced evenly at the rate, each interval varied by up to 5 % at random so that processes do not keep colliding
 * in step. A {@code Retry-After} is honoured. Turns are given in the order they were asked for.
 */
public final class AdaptiveSendRateLimiter implements SendRateLimiter {

    static final long WINDOW = TimeUnit.MILLISECONDS.toNanos(1000);
    // the API's window is counted in whole milliseconds: an attempt a window and 1 ms after another is clear of it
    private static final long MARGIN = TimeUnit.MILLISECONDS.toNanos(1);
    private static final double DECREASE = 0.5;
    // per second, as a share of the limit: an MMS key (1 per second) recovers as fast as an SMS key
    private static final double INCREASE_PER_SECOND = 0.01;
    // the least share of a limit: one attempt in ten seconds
    private static final double MIN_RATE = 0.1;
    private static final double SPACING_JITTER = 0.05;

    private final ScheduledExecutorService timer;
    private final boolean ownTimer;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();
    private final AtomicLong delayedNanos = new AtomicLong();

    /** A limiter with its own timer thread (a daemon), stopped by {@link #close()}. */
    public AdaptiveSendRateLimiter() {
        ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "flowroute-rate-limit");
            t.setDaemon(true);
            return t;
        });
        own.setRemoveOnCancelPolicy(true);
        this.timer = own;
        this.ownTimer = true;
    }

    /**
     * A limiter that schedules its wake-ups on the given executor, which it does not stop.
     *
     * @param timer runs short tasks only (starting the attempts whose turn came)
     */
    public AdaptiveSendRateLimiter(ScheduledExecutorService timer) {
        this.timer = timer;
        this.ownTimer = false;
    }

    @Override
    public CompletableFuture<Turn> acquire(String accessKey, Kind kind, int perSecond, Duration maxWait) {
        if (perSecond < 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("perSecond must be at least 1"));
        }
        return lanes.computeIfAbsent(kind + ":" + accessKey, k -> new Lane(kind)).acquire(perSecond, maxWait);
    }

    @Override
    public long getRefusedCount() {
        return refused.get();
    }

    @Override
    public long getDelayedCount() {
        return delayed.get();
    }

    @Override
    public Duration getDelayedTime() {
        return Duration.ofNanos(delayedNanos.get());
    }

    /** The share of the limit the key and kind use now, in attempts per second; the limit when never refused. */
    public double currentRate(String accessKey, Kind kind) {
        Lane lane = lanes.get(kind + ":" + accessKey);
        return lane == null ? Double.NaN : lane.allowed();
    }

    @Override
    public void close() {
        lanes.values().forEach(Lane::failWaiting);
        if (ownTimer) {
            timer.shutdownNow();
        }
    }

    /** The attempts of one access key and kind. */
    private final class Lane {
        private final Kind kind;
        private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
        // when each ended attempt leaves the API's window: a window after its answer
        private final PriorityQueue<Long> releases = new PriorityQueue<>();
        private int limit;
        private double allowed;
        // attempts under way: each holds a place until it ends
        private int held;
        // below the limit, the earliest time of the next turn
        private long nextTurn;
        // no turn before this (a Retry-After, or the random pause after others' 429)
        private long pausedUntil;
        private long lastDecrease;
        private boolean decreased;
        private ScheduledFuture<?> wake;
        private long wakeAt;

        Lane(Kind kind) {
            this.kind = kind;
            // System.nanoTime() may be any value, negative too: no default of 0 for a time
            nextTurn = System.nanoTime();
            pausedUntil = nextTurn;
        }

        synchronized double allowed() {
            return allowed;
        }

        CompletableFuture<Turn> acquire(int perSecond, Duration maxWait) {
            Waiter waiter = new Waiter(System.nanoTime());
            List<Waiter> granted;
            synchronized (this) {
                if (limit == 0) {
                    allowed = perSecond;
                }
                limit = perSecond;
                allowed = Math.min(allowed, limit);
                queue.addLast(waiter);
                granted = dispatch(waiter.asked);
            }
            give(granted);
            if (!waiter.future.isDone()) {
                try {
                    timer.schedule(() -> waiter.future.completeExceptionally(new FlowrouteRateLimitException(
                            "no " + kind + " turn under the rate limit came within " + maxWait.toMillis()
                            + " ms (rateLimitMaxWait); not sent")), Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closed) {
                    waiter.future.completeExceptionally(new FlowrouteRateLimitException("the rate limiter is closed"));
                }
            }
            return waiter.future;
        }

        /** Takes the turns that can be given now, in order; schedules a wake-up for the next. Holds the lock. */
        private List<Waiter> dispatch(long now) {
            List<Waiter> granted = null;
            while (!queue.isEmpty()) {
                if (queue.peekFirst().future.isDone()) {
                    // gave up waiting
                    queue.pollFirst();
                    continue;
                }
                while (!releases.isEmpty() && releases.peek() - now <= 0) {
                    releases.poll();
                }
                long next;
                boolean spaced = allowed < limit;
                if (now - pausedUntil < 0) {
                    next = pausedUntil;
                } else if (spaced && now - nextTurn < 0) {
                    next = nextTurn;
                } else if (held + releases.size() < limit) {
                    held++;
                    if (spaced) {
                        // on the grid of the rate: a wake-up a little late does not push every later turn back
                        double interval = WINDOW / allowed * (1 + SPACING_JITTER
                                * (2 * ThreadLocalRandom.current().nextDouble() - 1));
                        nextTurn = Math.max(nextTurn, now - (long) (interval / 2)) + (long) interval;
                    }
                    if (granted == null) {
                        granted = new ArrayList<>();
                    }
                    granted.add(queue.pollFirst());
                    continue;
                } else if (releases.isEmpty()) {
                    // every place is held by an attempt under way: its end dispatches again
                    return granted == null ? List.of() : granted;
                } else {
                    next = releases.peek();
                }
                wakeAt(next, now);
                break;
            }
            return granted == null ? List.of() : granted;
        }

        private void wakeAt(long at, long now) {
            if (wake != null && !wake.isDone() && wakeAt - at <= 0) {
                return;
            }
            if (wake != null) {
                wake.cancel(false);
            }
            wakeAt = at;
            try {
                wake = timer.schedule(this::wake, Math.max(0, at - now), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closed) {
                wake = null;
            }
        }

        private void wake() {
            List<Waiter> granted;
            synchronized (this) {
                wake = null;
                granted = dispatch(System.nanoTime());
            }
            give(granted);
        }

        private void give(List<Waiter> granted) {
            for (Waiter waiter : granted) {
                long waited = System.nanoTime() - waiter.asked;
                Counted turn = new Counted();
                if (waiter.future.complete(turn)) {
                    if (waited > TimeUnit.MILLISECONDS.toNanos(1)) {
                        delayed.incrementAndGet();
                        delayedNanos.addAndGet(waited);
                    }
                } else {
                    // it gave up just now: the place was not used
                    turn.unused();
                }
            }
        }

        private void ended(boolean wasRefused, Duration retryAfter) {
            List<Waiter> granted;
            synchronized (this) {
                long now = System.nanoTime();
                held--;
                // it arrived before its answer: a window after the answer it is out of the API's window for sure
                releases.add(now + WINDOW + MARGIN);
                if (wasRefused) {
                    // our own attempts cannot fill a window (see above): someone else sends with this key
                    slowDown(now);
                    pause(now, retryAfter);
                }
                if (!wasRefused && allowed < limit && now - lastDecrease > WINDOW) {
                    // INCREASE_PER_SECOND of the limit per second at any rate: a rate-th of it per accepted attempt
                    allowed = Math.min(limit, allowed + INCREASE_PER_SECOND * limit / allowed);
                }
                granted = dispatch(now);
            }
            give(granted);
        }

        private void slowDown(long now) {
            if (!decreased || now - lastDecrease > WINDOW) {
                allowed = Math.max(MIN_RATE, allowed * DECREASE);
                lastDecrease = now;
                decreased = true;
            }
            // a random part of an interval, so that the senders that collided do not collide again in step
            long pause = (long) (ThreadLocalRandom.current().nextDouble() * WINDOW / allowed);
            if (pausedUntil - (now + pause) < 0) {
                pausedUntil = now + pause;
            }
        }

        /** Honours a Retry-After: no turn before it has passed. */
        private void pause(long now, Duration retryAfter) {
            if (retryAfter == null) {
                return;
            }
            if (pausedUntil - (now + retryAfter.toNanos()) < 0) {
                pausedUntil = now + retryAfter.toNanos();
            }
        }

        private void unused() {
            List<Waiter> granted;
            synchronized (this) {
                held--;
                granted = dispatch(System.nanoTime());
            }
            give(granted);
        }

        void failWaiting() {
            List<Waiter> waiting;
            synchronized (this) {
                waiting = new ArrayList<>(queue);
                queue.clear();
            }
            waiting.forEach(w -> w.future.completeExceptionally(
                    new FlowrouteRateLimitException("the rate limiter was closed before the turn came; not sent")));
        }

        /** A turn given: holds its place until it ends, then one window more. */
        private final class Counted implements Turn {
            private boolean ended;

            @Override
            public void completed() {
                if (end()) {
                    ended(false, null);
                }
            }

            @Override
            public void refused(Duration retryAfter) {
                if (end()) {
                    refused.incrementAndGet();
                    ended(true, retryAfter);
                }
            }

            void unused() {
                if (end()) {
                    Lane.this.unused();
                }
            }

            private synchronized boolean end() {
                boolean first = !ended;
                ended = true;
                return first;
            }
        }
    }

    private static final class Waiter {
        final long asked;
        final CompletableFuture<Turn> future = new CompletableFuture<>();

        Waiter(long asked) {
            this.asked = asked;
        }
    }
}
