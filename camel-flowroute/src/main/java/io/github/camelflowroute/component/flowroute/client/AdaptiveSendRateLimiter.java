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
 * The API counts an attempt when it arrives, somewhere between its turn and its answer; how long the way there takes
 * varies (a busy host, a pause, the network), so attempts given turns evenly can arrive bunched. An attempt here
 * counts from its turn until one window (1000 ms) after the moment it arrived at the latest: its answer, or its turn
 * plus a guard for that variation, whichever is earlier. The guard adapts: a lone 429 raises it by 5 ms, each
 * accepted attempt lowers it by 0.1 ms, between 5 and 250 ms: it settles where about one attempt in 50 is refused
 * (a refusal costs one place for one window; a larger guard slows every attempt). Turns are given in the order they
 * were asked for.
 * <p>
 * Other senders on the same key (other processes without a shared limiter) show up as 429 answers to attempts that
 * had fewer than the limit of this limiter's own turns before them within two windows (with more, this limiter was
 * sending at its full rate and the 429 is its own attempts arriving bunched: only the guard grows). Then this limiter
 * waits the {@code Retry-After} (or a short random pause) and lowers the rate it uses to 70 % (at most once per time
 * an attempt counts, down to one attempt in ten seconds); each accepted attempt raises it by 2 % of the limit, back up
 * to the limit. Processes sharing a key this way settle below the limit together without a shared store.
 */
public final class AdaptiveSendRateLimiter implements SendRateLimiter {

    static final long WINDOW = TimeUnit.MILLISECONDS.toNanos(1000);
    // the API's window is counted in whole milliseconds: keep clear of its edge
    private static final long MARGIN = TimeUnit.MILLISECONDS.toNanos(2);
    private static final double DECREASE = 0.7;
    // per accepted attempt, as a share of the limit: an MMS key (1 per second) recovers as fast as an SMS key
    private static final double INCREASE = 0.02;
    // the least share of a limit: one attempt in ten seconds
    private static final double MIN_RATE = 0.1;
    private static final long MIN_GUARD = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long FIRST_GUARD = TimeUnit.MILLISECONDS.toNanos(20);
    private static final long MAX_GUARD = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long GUARD_STEP = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long GUARD_DECAY = TimeUnit.MICROSECONDS.toNanos(100);

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
        // when each counted attempt leaves the window
        private final PriorityQueue<Long> releases = new PriorityQueue<>();
        private int limit;
        private double allowed;
        private int held;
        private long pausedUntil;
        private long lastDecrease;
        // when recent turns were given, to tell a 429 of our own bunched attempts from one caused by other senders
        private final ArrayDeque<Long> recentTurns = new ArrayDeque<>();
        private long guard = FIRST_GUARD;
        private ScheduledFuture<?> wake;
        private long wakeAt;

        Lane(Kind kind) {
            this.kind = kind;
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
                if (now - pausedUntil < 0) {
                    next = pausedUntil;
                } else if (held + releases.size() < slots()) {
                    held++;
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

        /** Attempts that may count at once: the share rounded up, never above the limit. */
        private int slots() {
            return Math.min(limit, (int) Math.ceil(allowed - 1e-9));
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
                Counted turn = new Counted(System.nanoTime());
                given(turn.given);
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

        /** One window scaled by how much of the limit is used: at 70 % of it an attempt counts 1/0.7 windows. */
        private long holdTime() {
            return (long) (WINDOW * (slots() / allowed));
        }

        private void ended(long given, boolean wasRefused, Duration retryAfter) {
            List<Waiter> granted;
            synchronized (this) {
                long now = System.nanoTime();
                held--;
                long arrivedAtLatest = Math.min(now, given + guard);
                releases.add(arrivedAtLatest + holdTime() + MARGIN);
                if (wasRefused) {
                    boolean crowded = retryAfter != null || turnsBefore(given) < limit;
                    guard = Math.min(MAX_GUARD, guard + GUARD_STEP);
                    if (crowded) {
                        slowDown(now, retryAfter);
                    }
                } else {
                    guard = Math.max(MIN_GUARD, guard - GUARD_DECAY);
                    if (now - lastDecrease > holdTime() || lastDecrease == 0) {
                        allowed = Math.min(limit, allowed + INCREASE * limit);
                    }
                }
                granted = dispatch(now);
            }
            give(granted);
        }

        /**
         * Our turns given within two windows before the one given at {@code given}: at the full rate, the limit or
         * more (an attempt counts a window after it arrived, and arriving takes a while). Holds the lock.
         */
        private int turnsBefore(long given) {
            int count = 0;
            for (long t : recentTurns) {
                if (given - t > 0 && given - t <= 2 * WINDOW) {
                    count++;
                }
            }
            return count;
        }

        private synchronized void given(long at) {
            recentTurns.addLast(at);
            while (recentTurns.size() > 3 * limit + 2) {
                recentTurns.pollFirst();
            }
        }

        private void slowDown(long now, Duration retryAfter) {
            // once per time an attempt counts: the 429s of one crowded window are one signal
            if (now - lastDecrease > holdTime() || lastDecrease == 0) {
                allowed = Math.max(MIN_RATE, allowed * DECREASE);
                lastDecrease = now;
            }
            long pause = retryAfter != null
                    ? retryAfter.toNanos()
                    : ThreadLocalRandom.current().nextLong(WINDOW / limit, WINDOW / 2 + WINDOW / limit + 1);
            if (pausedUntil - (now + pause) < 0) {
                pausedUntil = now + pause;
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

        /** A turn given: counts until it ends, then one window more. */
        private final class Counted implements Turn {
            private final long given;
            private boolean ended;

            Counted(long given) {
                this.given = given;
            }

            @Override
            public void completed() {
                if (end()) {
                    ended(given, false, null);
                }
            }

            @Override
            public void refused(Duration retryAfter) {
                if (end()) {
                    refused.incrementAndGet();
                    ended(given, true, retryAfter);
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
