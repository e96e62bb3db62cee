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
import java.util.function.LongSupplier;

/**
 * The default {@link SendRateLimiter}: keeps the sends of this process under the limit of each access key and kind.
 * <p>
 * A limit of N per second is N places. The API counts an attempt when it arrives, which is after its turn and before
 * its answer, so an attempt holds its place from its turn until one window (1000 ms, plus 1 ms for the API's
 * millisecond clock) after its answer: this process's own attempts can never arrive more than N in a window, however
 * bunched they arrive (a busy host, a pause, the network), and a single sender loses only the round trip per window.
 * (Freeing a place a window after its turn plus a margin of 25 ms, adapted on 429s, was tried: on a busy host the
 * arrival times spread by more than the round trip, and every 429 it drew counted against the window too.)
 * <p>
 * So a 429 means that someone else sends with the key: other processes without a shared limiter. Since refused
 * attempts count too, the limiter then backs off in steps rather than by halves: it uses a place less (a fifth less
 * of many), and with one place left it spaces its turns 1.5 times further apart, up to four windows; after each such
 * 429 it also pauses for a random part of its spacing, so that senders that collided do not collide again in step.
 * An accepted attempt narrows the spacing by as much (a sender that gets through keeps the key while it has sends,
 * the others stay out of its way). Six to ten seconds without a 429 (at random, so that nodes that backed off
 * together do not come back together) give back a place, and each further two seconds without one another: when the
 * others have stopped sending, the lane is back at the full rate within about 15 s.
 * <p>
 * With a limit of one (MMS) every attempt fills the window, and a refused one blocks the key for everyone for a
 * window, so senders without a shared limiter can only take turns: pauses at random left them about half the limit.
 * After its first 429 a lane sends once per frame of three slots of 1.1 windows (the 100 ms absorb the spread of
 * arrival times), at a fixed phase, in a slot picked at random; a sender that gets through keeps its slot and the
 * others look for a free one. Refused once in a slot that worked, the lane moves 50 ms later (a neighbour drifted
 * close); refused again, to the next slot; refused in every slot three times over, the frame grows by a slot (up to
 * six). After 30 s without a 429 it tries a frame a slot shorter: if that draws a 429 it goes back to its frame and
 * slot, otherwise it takes the next step two frames later, up to the full rate again once it is alone.
 * <p>
 * A {@code Retry-After} is honoured. Turns are given in the order they were asked for.
 */
public final class AdaptiveSendRateLimiter extends CountingSendRateLimiter {

    static final long WINDOW = TimeUnit.MILLISECONDS.toNanos(1000);
    // the API's window is counted in whole milliseconds: an attempt a window and 1 ms after another is clear of it
    private static final long CLOCK_MARGIN = TimeUnit.MILLISECONDS.toNanos(1);
    private static final double PLACES_DECREASE = 0.8;
    private static final double SPACING_INCREASE = 1.5;
    private static final double MAX_SPACING = 4;
    private static final long PROBE_AFTER = TimeUnit.SECONDS.toNanos(8);
    private static final long PROBE_AGAIN_AFTER = TimeUnit.SECONDS.toNanos(2);
    // taking turns with a limit of one: a slot leaves room for the arrival times to spread by 100 ms
    private static final long SLOT = TimeUnit.MILLISECONDS.toNanos(1100);
    private static final int FIRST_FRAME = 3;
    private static final int MAX_FRAME = 6;
    private static final long DRIFT_STEP = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long SHORTER_AFTER = TimeUnit.SECONDS.toNanos(30);

    private final ScheduledExecutorService timer;
    private final boolean ownTimer;
    private final LongSupplier clock;
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
    }

    /**
     * A limiter that schedules its wake-ups on the given executor, which it does not stop.
     *
     * @param timer runs short tasks only (starting the attempts whose turn came)
     */
    public AdaptiveSendRateLimiter(ScheduledExecutorService timer) {
        this(timer, System::nanoTime);
    }

    /**
     * A limiter on the given timer and clock (nanoseconds, as {@link System#nanoTime()}): tests run it in virtual time.
     */
    AdaptiveSendRateLimiter(ScheduledExecutorService timer, LongSupplier clock) {
        this.timer = timer;
        this.ownTimer = false;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<Turn> acquire(String accessKey, Kind kind, int perSecond, Duration maxWait) {
        if (perSecond < 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("perSecond must be at least 1"));
        }
        return lanes.computeIfAbsent(kind + ":" + accessKey, k -> new Lane(kind)).acquire(perSecond, maxWait);
    }

    /** The attempts per second the key and kind may use now: the limit unless others' 429s slowed it down. */
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
        // places in use (fewer than the limit after others' 429s), and with one, windows between turns
        private int places;
        private double spacing = 1;
        // no turn before these: a Retry-After or the random pause after others' 429; the spacing
        private long pausedUntil;
        private long nextTurn;
        private long lastDecrease;
        private long lastChange;
        private long probeAfter = PROBE_AFTER;
        // with a limit of one: the slots of the frame this lane takes one of (0 while it does not share the key), the
        // due time of its last accepted turn (its slot), the 429s in a row, and whether a shorter frame is on trial
        private int frame;
        private long heldSlot;
        private int refusedInRow;
        private boolean tryingShorter;
        private long shorterAfter = SHORTER_AFTER;
        private ScheduledFuture<?> wake;
        private long wakeAt;

        Lane(Kind kind) {
            this.kind = kind;
            // the clock (System.nanoTime()) may be any value, negative too: no default of 0 for a time
            long now = clock.getAsLong();
            pausedUntil = now;
            nextTurn = now;
            lastDecrease = now - 2 * WINDOW;
            lastChange = now;
        }

        synchronized double rate() {
            return frame > 0 ? (double) WINDOW / (frame * SLOT) : places / spacing;
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

        /** A new limit: as many places, all in use unless others' 429s had taken some out. Holds the lock. */
        private void resize(int perSecond, long now) {
            int old = freeAt.length;
            places = limit == 0 || places == limit ? perSecond : Math.min(places, perSecond);
            limit = perSecond;
            if (limit > 1) {
                frame = 0;
            }
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
                int place = -1;
                for (int i = 0; i < places; i++) {
                    if (!busy[i] && (place < 0 || freeAt[i] - freeAt[place] < 0)) {
                        place = i;
                    }
                }
                if (place < 0) {
                    // every place is held by an attempt under way: its end dispatches again
                    break;
                }
                long at = later(freeAt[place], pausedUntil);
                boolean paced = spacing > 1 || frame > 0;
                if (paced) {
                    at = later(at, nextTurn);
                }
                if (at - now > 0) {
                    wakeAt(at, now);
                    break;
                }
                Waiter waiter = queue.pollFirst();
                busy[place] = true;
                // when the turn was due, not when the timer got here: a late wake-up is not carried on
                long due = later(at, waiter.asked);
                if (paced) {
                    nextTurn = due + (frame > 0 ? frame * SLOT : (long) (spacing * (WINDOW + CLOCK_MARGIN)));
                }
                if (granted == null) {
                    granted = new ArrayList<>();
                }
                granted.add(new Grant(waiter, new Counted(place, due)));
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

        private void ended(int place, long due, boolean wasRefused, Duration retryAfter) {
            List<Grant> granted;
            synchronized (this) {
                long now = clock.getAsLong();
                if (place < busy.length) {
                    busy[place] = false;
                    // it arrived before its answer: a window after the answer it is out of the API's window for sure
                    freeAt[place] = now + WINDOW + CLOCK_MARGIN;
                }
                if (wasRefused) {
                    if (retryAfter != null) {
                        pausedUntil = later(pausedUntil, now + retryAfter.toNanos());
                    }
                    // this process's own attempts cannot fill a window (see above): someone else sends with the key
                    if (limit > 1) {
                        crowded(now);
                    } else {
                        refusedInTurn(now);
                    }
                } else if (frame > 0) {
                    acceptedInTurn(now, due);
                } else {
                    accepted(now);
                }
                granted = dispatch(now);
            }
            give(granted);
        }

        /** Someone else sends with the key: fewer places, or wider spacing, and a random pause. */
        private void crowded(long now) {
            // the 429s of one crowded window are one signal
            if (now - lastDecrease > WINDOW) {
                if (places > 1) {
                    places = Math.max(1, Math.min(places - 1, (int) (places * PLACES_DECREASE)));
                } else {
                    spacing = Math.min(MAX_SPACING, spacing * SPACING_INCREASE);
                }
                lastDecrease = now;
                lastChange = now;
                // 6 to 10 s, so that nodes that backed off together do not all try a place more together
                probeAfter = (long) (PROBE_AFTER * (0.75 + 0.5 * ThreadLocalRandom.current().nextDouble()));
            }
            long pause = (long) (ThreadLocalRandom.current().nextDouble() * spacing * (WINDOW + CLOCK_MARGIN));
            pausedUntil = later(pausedUntil, now + pause);
        }

        private void accepted(long now) {
            if (spacing > 1) {
                // it got through: there is room now
                spacing = Math.max(1, spacing / SPACING_INCREASE);
            } else if (places < limit && now - lastChange > probeAfter) {
                places++;
                lastChange = now;
                // the place taken back drew no 429 since the last: the others may have stopped, so the next one soon
                probeAfter = PROBE_AGAIN_AFTER;
            }
        }

        /** A 429 with a limit of one: take turns in a frame, find a slot of it that is free, or a longer frame. */
        private void refusedInTurn(long now) {
            lastChange = now;
            if (frame == 0) {
                frame = FIRST_FRAME;
                refusedInRow = 0;
                shorterAfter = SHORTER_AFTER;
                nextTurn = now + (1 + ThreadLocalRandom.current().nextInt(frame)) * SLOT;
            } else if (tryingShorter) {
                // the shorter frame has no room: back to the frame and the slot held before
                tryingShorter = false;
                frame++;
                shorterAfter = SHORTER_AFTER;
                long next = heldSlot + frame * SLOT;
                while (next - now <= 0) {
                    next += frame * SLOT;
                }
                nextTurn = next;
            } else {
                refusedInRow++;
                if (refusedInRow > 3 * frame + 1) {
                    // no slot of the frame came free: more senders than slots
                    frame = Math.min(MAX_FRAME, frame + 1);
                    refusedInRow = 0;
                }
                // refused once in a slot that worked: a neighbour's turn drifted close, so a little later; refused
                // again: the slot is someone else's, so the next one
                nextTurn += refusedInRow == 1 ? DRIFT_STEP : SLOT;
            }
        }

        /** Accepted while taking turns: the slot is this lane's; long without a 429, a shorter frame is tried. */
        private void acceptedInTurn(long now, long due) {
            heldSlot = due;
            refusedInRow = 0;
            if (tryingShorter) {
                if (now - lastChange > 2 * frame * SLOT) {
                    // it fits: the next step comes sooner, as the others have likely stopped sending
                    tryingShorter = false;
                    shorterAfter = 2 * frame * SLOT;
                }
            } else if (now - lastChange > shorterAfter) {
                frame--;
                lastChange = now;
                if (frame == 1) {
                    frame = 0;
                } else {
                    tryingShorter = true;
                }
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
            private final long due;
            private boolean ended;

            Counted(int place, long due) {
                this.place = place;
                this.due = due;
            }

            @Override
            public void completed() {
                if (end()) {
                    ended(place, due, false, null);
                }
            }

            @Override
            public void refused(Duration retryAfter) {
                if (end()) {
                    counters.refused();
                    ended(place, due, true, retryAfter);
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
