package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One access key as Flowroute limits it, in virtual time: at most {@code perSecond} attempts of a kind in any sliding
 * window of 1000 ms (on a millisecond clock), refused attempts counting too, like the simulator's limiter. Each
 * attempt reaches the key a random time after its turn (up to {@code maxArrivalMillis}: a busy host, the network) and
 * is answered a little later. A send whose attempt is refused asks its limiter for another turn, as the client does.
 */
final class ModelledSendKey {

    private final VirtualTimer timer;
    private final Random random;
    private final double maxArrivalMillis;
    private final Map<SendRateLimiter.Kind, ArrayDeque<Long>> windows = new EnumMap<>(SendRateLimiter.Kind.class);
    private long refused;

    ModelledSendKey(VirtualTimer timer, long seed, double maxArrivalMillis) {
        this.timer = timer;
        this.random = new Random(seed);
        this.maxArrivalMillis = maxArrivalMillis;
    }

    /** Attempts the key refused (429) so far. */
    long refusedCount() {
        return refused;
    }

    /**
     * Sends once through {@code limiter}, retrying 429s under it; the future ends with true when the key accepted the
     * send, false when the limiter gave no turn within {@code maxWait}.
     */
    CompletableFuture<Boolean> send(SendRateLimiter limiter, SendRateLimiter.Kind kind, int perSecond,
            Duration maxWait) {
        CompletableFuture<Boolean> accepted = new CompletableFuture<>();
        attempt(limiter, kind, perSecond, timer.nanoTime() + maxWait.toNanos(), accepted);
        return accepted;
    }

    private void attempt(SendRateLimiter limiter, SendRateLimiter.Kind kind, int perSecond, long deadline,
            CompletableFuture<Boolean> accepted) {
        Duration left = Duration.ofNanos(Math.max(0, deadline - timer.nanoTime()));
        limiter.acquire("key", kind, perSecond, left).whenComplete((turn, notGiven) -> {
            if (notGiven != null) {
                accepted.complete(false);
                return;
            }
            timer.at(timer.nanoTime() + millis(1 + random.nextDouble() * maxArrivalMillis), () -> {
                boolean admitted = admit(kind, perSecond);
                timer.at(timer.nanoTime() + millis(1 + random.nextDouble() * 4), () -> {
                    if (admitted) {
                        turn.completed();
                        accepted.complete(true);
                    } else {
                        turn.refused(null);
                        attempt(limiter, kind, perSecond, deadline, accepted);
                    }
                });
            });
        });
    }

    private boolean admit(SendRateLimiter.Kind kind, int perSecond) {
        long nowMillis = TimeUnit.NANOSECONDS.toMillis(timer.nanoTime());
        ArrayDeque<Long> window = windows.computeIfAbsent(kind, k -> new ArrayDeque<>());
        while (!window.isEmpty() && window.peekFirst() <= nowMillis - 1000) {
            window.removeFirst();
        }
        boolean admitted = window.size() < perSecond;
        window.addLast(nowMillis);
        if (!admitted) {
            refused++;
        }
        return admitted;
    }

    private static long millis(double value) {
        return (long) (value * 1_000_000);
    }
}
