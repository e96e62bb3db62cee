package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The default {@link SendRateLimiter}: keeps the sends of this process under the limit of each access key and kind.
 * <p>
 * A limit of N per second is N places. The API counts an attempt when it arrives, which is after its turn and before
 * its answer, so an attempt holds its place from its turn until one window (1000 ms, plus 1 ms for the API's
 * millisecond clock) after its answer: this process's own attempts can never arrive more than N in a window, however
 * bunched they arrive (a busy host, a pause, the network), and a single sender loses only the round trip per window.
 * <p>
 * So a 429 means that someone else sends with the key: other processes without a shared limiter. Refused attempts
 * count too, so senders that each keep to the limit on their own fill every window with refusals and hardly any
 * attempt gets through. After its first 429 the lane therefore shares the key in frames: its turns come only at the
 * start of a frame of 1.15 windows, the frames counted from the epoch on the wall clock, so that every node's frames
 * start together (MMS frames half a frame after SMS ones, so that the two do not arrive together). All the attempts of
 * a frame then arrive within its first 150 ms, the first N of them are accepted, and the next frame starts clear of
 * them all, refused ones included: the key carries N per frame (87 % of its limit) however many nodes send.
 * <p>
 * The lane sends a burst of at most N turns per frame: as many as were accepted in its last frame when some were
 * refused, otherwise one more than before. So the nodes together ask for about N per frame and draw a few 429s, not
 * every node's N. After a frame where none of its attempts got through, a lane sits out the next one half of the time:
 * where the frames do not line up (clocks that disagree by more than about 100 ms), each frame's attempts would block
 * the next ones' for good, and only silence breaks that. Ten seconds without a 429 and the lane has the key to itself
 * again. The nodes' clocks must agree to within a few tens of milliseconds, as NTP keeps them; where they do not, no
 * send is lost but the rate falls to a quarter (MMS) or a half (SMS). Nodes that share a key are better served by a
 * shared limiter.
 * <p>
 * A {@code Retry-After} is honoured. Turns are given in the order they were asked for.
 */
public final class AdaptiveSendRateLimiter extends CountingSendRateLimiter {

    static final long WINDOW = TimeUnit.MILLISECONDS.toNanos(1000);
    // the API's window is counted in whole milliseconds: an attempt a window and 1 ms after another is clear of it
    private static final long CLOCK_MARGIN = TimeUnit.MILLISECONDS.toNanos(1);
    // sharing the key: the 150 ms beyond a window absorb the spread of the frame's arrival times
    static final long FRAME = TimeUnit.MILLISECONDS.toNanos(1150);
    // a turn that would start later than this into its frame waits for the next one, to keep within the 150 ms
    private static final long LATEST_IN_FRAME = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long ALONE_AFTER = TimeUnit.SECONDS.toNanos(10);
    private static final int MAX_SIT_OUT_DOUBLINGS = 3;

    private final ScheduledExecutorService timer;
    private final boolean ownTimer;
    private final LongSupplier clock;
    private final LongSupplier wallClockOffset;
    // whether a lane whose last frame got nothing through sits out the next one (see the class comment)
    private final BooleanSupplier sitOutCoin;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

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
        this.clock = System::nanoTime;
        this.wallClockOffset = AdaptiveSendRateLimiter::wallClockOffset;
        this.sitOutCoin = AdaptiveSendRateLimiter::tossCoin;
    }

    /**
     * A limiter that schedules its wake-ups on the given executor, which it does not stop.
     *
     * @param timer runs short tasks only (starting the attempts whose turn came)
     */
    public AdaptiveSendRateLimiter(ScheduledExecutorService timer) {
        this(timer, System::nanoTime, AdaptiveSendRateLimiter::wallClockOffset, AdaptiveSendRateLimiter::tossCoin);
    }

    /**
     * A limiter on the given timer and clock (nanoseconds, as {@link System#nanoTime()}) whose frames start at the
     * multiples of {@link #FRAME} of {@code clock + wallClockOffset}, tossing {@code sitOutCoin} where the class
     * comment says it sits out half of the time: tests run it in virtual time, and seed the coin to repeat a run.
     */
    AdaptiveSendRateLimiter(ScheduledExecutorService timer, LongSupplier clock, LongSupplier wallClockOffset,
            BooleanSupplier sitOutCoin) {
        this.timer = timer;
        this.ownTimer = false;
        this.clock = clock;
        this.wallClockOffset = wallClockOffset;
        this.sitOutCoin = sitOutCoin;
    }

    private static boolean tossCoin() {
        return ThreadLocalRandom.current().nextBoolean();
    }

    /** What to add to {@link System#nanoTime()} for nanoseconds since the epoch: the same frames on every node. */
    private static long wallClockOffset() {
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - System.nanoTime();
    }

    @Override
    public CompletableFuture<Turn> acquire(String accessKey, Kind kind, int perSecond, Duration maxWait) {
        if (perSecond < 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("perSecond must be at least 1"));
        }
        return lanes.computeIfAbsent(kind + ":" + accessKey, k -> new Lane(kind)).acquire(perSecond, maxWait);
    }

    /**
     * The attempts per second the key and kind may use now: the limit, or less while it shares the key with others.
     */
    public double currentRate(String accessKey, Kind kind) {
        Lane lane = lanes.get(kind + ":" + accessKey);
        return lane == null ? Double.NaN : lane.rate();
    }

    @Override
    public void close() {
        lanes.values().forEach(Lane::failWaiting);
        if (ownTimer) {
            timer.shutdownNow();
        }
    }

    private static long later(long a, long b) {
        return a - b < 0 ? b : a;
    }

    /** The attempts of one access key and kind. */
    private final class Lane {
        private final Kind kind;
        private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
        private int limit;
        // per place: when it is free again, and whether an attempt holds it
        private long[] freeAt = new long[0];
        private boolean[] busy = new boolean[0];
        // no turn before this: a Retry-After, or a window after the 429 that showed others send with the key
        private long pausedUntil;
        // sharing the key: the most turns per frame (0 while this process has the key to itself), the frames' phase,
        // and when the last 429 came
        private int burst;
        private long phase;
        private long lastRefused;
        // the frame turns were last given in: its start, the turns given in it and what became of them so far
        private long frame;
        private int givenInFrame;
        private int acceptedInFrame;
        private int refusedInFrame;
        private ScheduledFuture<?> wake;
        private long wakeAt;

        Lane(Kind kind) {
            this.kind = kind;
            // the clock (System.nanoTime()) may be any value, negative too: no default of 0 for a time
            pausedUntil = clock.getAsLong();
        }

        synchronized double rate() {
            return burst > 0 ? (double) burst * WINDOW / FRAME : limit;
        }

        CompletableFuture<Turn> acquire(int perSecond, Duration maxWait) {
            Waiter waiter = new Waiter(clock.getAsLong());
            List<Grant> granted;
            synchronized (this) {
                if (perSecond != limit) {
                    resize(perSecond, waiter.asked);
                }
                queue.addLast(waiter);
                granted = dispatch(waiter.asked);
            }
            give(granted);
            if (!waiter.future.isDone()) {
                try {
                    timer.schedule(() -> waiter.future.completeExceptionally(new FlowrouteRateLimitException(
                            "no " + kind + " turn under the rate limit came within " + maxWait.toMillis()
                                    + " ms (rateLimitMaxWait); not sent")),
                            Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
                } catch (RejectedExecutionException closed) {
                    waiter.future.completeExceptionally(new FlowrouteRateLimitException("the rate limiter is closed"));
                }
            }
            return waiter.future;
        }

        /** A new limit: as many places. Holds the lock. */
        private void resize(int perSecond, long now) {
            int old = freeAt.length;
            limit = perSecond;
            burst = Math.min(burst, limit);
            freeAt = Arrays.copyOf(freeAt, perSecond);
            busy = Arrays.copyOf(busy, perSecond);
            for (int i = old; i < perSecond; i++) {
                freeAt[i] = now - WINDOW;
            }
        }

        /** Takes the turns that can be given now, in order; schedules a wake-up for the next. Holds the lock. */
        private List<Grant> dispatch(long now) {
            List<Grant> granted = null;
            while (!queue.isEmpty()) {
                if (queue.peekFirst().future.isDone()) {
                    // gave up waiting
                    queue.pollFirst();
                    continue;
                }
                int place = freePlace();
                if (place < 0) {
                    // every place is held by an attempt under way: its end dispatches again
                    break;
                }
                long due = burst > 0 ? turnInFrame(now) : turnAlone(place);
                if (due - now > 0) {
                    wakeAt(due, now);
                    break;
                }
                Waiter waiter = queue.pollFirst();
                busy[place] = true;
                if (burst > 0) {
                    givenInFrame++;
                }
                if (granted == null) {
                    granted = new ArrayList<>();
                }
                granted.add(new Grant(waiter, new Counted(place, burst > 0 ? frame : null)));
            }
            return granted == null ? List.of() : granted;
        }

        /** The place not held by an attempt that is free the soonest, or -1. */
        private int freePlace() {
            int place = -1;
            for (int i = 0; i < limit; i++) {
                if (!busy[i] && (place < 0 || freeAt[i] - freeAt[place] < 0)) {
                    place = i;
                }
            }
            return place;
        }

        /** Alone on the key: when the place is out of the API's window. */
        private long turnAlone(int place) {
            return later(freeAt[place], pausedUntil);
        }

        /**
         * Sharing the key: now when this frame started just now and has room, otherwise the start of the next frame
         * with room. A turn given in a new frame starts its count; the last frame's outcome first sets the burst, and
         * may sit out this frame.
         */
        private long turnInFrame(long now) {
            long start = frameStart(now);
            if (start - pausedUntil < 0 || now - start > LATEST_IN_FRAME) {
                return frameStartAtOrAfter(later(start + FRAME, pausedUntil));
            }
            if (start != frame) {
                boolean sitOut = afterFrame();
                startFrame(start);
                if (sitOut) {
                    pausedUntil = start + FRAME;
                    return pausedUntil;
                }
            }
            return givenInFrame < burst ? now : start + FRAME;
        }

        /**
         * After a frame: the burst is as many as were accepted when some were refused, else one more than before;
         * when none got through, sit out the next frame half of the time (see the class comment).
         *
         * @return whether to sit out the next frame
         */
        private boolean afterFrame() {
            if (refusedInFrame > 0) {
                burst = Math.max(1, Math.min(limit, acceptedInFrame));
            } else if (givenInFrame >= burst) {
                burst = Math.min(limit, burst + 1);
            }
            return acceptedInFrame == 0 && refusedInFrame > 0 && sitOutCoin.getAsBoolean();
        }

        private void startFrame(long start) {
            frame = start;
            givenInFrame = 0;
            acceptedInFrame = 0;
            refusedInFrame = 0;
        }

        private long frameStart(long time) {
            return Math.floorDiv(time + phase, FRAME) * FRAME - phase;
        }

        private long frameStartAtOrAfter(long time) {
            long start = frameStart(time);
            return start == time ? start : start + FRAME;
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
            List<Grant> granted;
            synchronized (this) {
                wake = null;
                granted = dispatch(clock.getAsLong());
            }
            give(granted);
        }

        private void give(List<Grant> granted) {
            for (Grant grant : granted) {
                if (grant.waiter.future.complete(grant.turn)) {
                    counters.given(grant.waiter.asked);
                } else {
                    // it gave up just now: the place was not used
                    grant.turn.unused();
                }
            }
        }

        private void ended(int place, Long inFrame, boolean wasRefused, Duration retryAfter) {
            List<Grant> granted;
            synchronized (this) {
                long now = clock.getAsLong();
                if (place < busy.length) {
                    busy[place] = false;
                    // it arrived before its answer: a window after the answer it is out of the API's window for sure
                    freeAt[place] = now + WINDOW + CLOCK_MARGIN;
                }
                boolean counted = inFrame != null && inFrame == frame;
                if (wasRefused) {
                    if (retryAfter != null) {
                        pausedUntil = later(pausedUntil, now + retryAfter.toNanos());
                    }
                    // this process's own attempts cannot fill a window (see above): someone else sends with the key
                    refused(now, counted);
                } else if (burst > 0) {
                    acceptedInFrame += counted ? 1 : 0;
                    if (now - lastRefused > ALONE_AFTER) {
                        burst = 0;
                    }
                }
                granted = dispatch(now);
            }
            give(granted);
        }

        /** A 429: the first starts sharing the key in frames, clear of the window the others had just filled. */
        private void refused(long now, boolean counted) {
            lastRefused = now;
            if (burst == 0) {
                burst = Math.max(1, limit / 2);
                // SMS and MMS are limited apart: their frames start half a frame apart, so as not to arrive together
                phase = wallClockOffset.getAsLong() + kind.ordinal() * (FRAME / 2);
                // no frame yet: the first one given keeps the burst
                startFrame(frameStart(now) - FRAME);
                pausedUntil = later(pausedUntil, now + WINDOW + CLOCK_MARGIN);
            } else if (counted) {
                refusedInFrame++;
            }
        }

        private void unused(int place) {
            List<Grant> granted;
            synchronized (this) {
                if (place < busy.length) {
                    busy[place] = false;
                }
                granted = dispatch(clock.getAsLong());
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

        /** A turn given: holds its place until it ends. */
        private final class Counted implements Turn {
            private final int place;
            // the start of the frame it was given in, null when the lane had the key to itself
            private final Long inFrame;
            private boolean ended;

            Counted(int place, Long inFrame) {
                this.place = place;
                this.inFrame = inFrame;
            }

            @Override
            public void completed() {
                if (end()) {
                    ended(place, inFrame, false, null);
                }
            }

            @Override
            public void refused(Duration retryAfter) {
                if (end()) {
                    counters.refused();
                    ended(place, inFrame, true, retryAfter);
                }
            }

            void unused() {
                if (end()) {
                    Lane.this.unused(place);
                }
            }

            private synchronized boolean end() {
                boolean first = !ended;
                ended = true;
                return first;
            }
        }
    }

    private record Grant(Waiter waiter, Lane.Counted turn) {
    }

    private static final class Waiter {
        final long asked;
        final CompletableFuture<Turn> future = new CompletableFuture<>();

        Waiter(long asked) {
            this.asked = asked;
        }
    }
}
