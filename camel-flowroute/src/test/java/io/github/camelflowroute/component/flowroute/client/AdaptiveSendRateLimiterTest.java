package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static io.github.camelflowroute.component.flowroute.client.SendRateLimiter.Kind.MMS;
import static io.github.camelflowroute.component.flowroute.client.SendRateLimiter.Kind.SMS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default limiter's promises, in virtual time against a modelled key ({@link ModelledSendKey}: Flowroute's sliding
 * window, refused attempts counting, attempts arriving late at random), so they hold whatever the machine's load.
 * How fast several nodes send together is measured elsewhere (the bench's rate scenario), not asserted here.
 */
class AdaptiveSendRateLimiterTest {

    private static final Duration BULK_WAIT = Duration.ofMinutes(5);

    private final VirtualTimer timer = new VirtualTimer();

    private AdaptiveSendRateLimiter newLimiter() {
        return new AdaptiveSendRateLimiter(timer, timer::nanoTime);
    }

    @Test
    void aLoneLimiterNeverDrawsA429HoweverLateItsSmsArrive() {
        ModelledSendKey key = new ModelledSendKey(timer, 1, 80);
        AdaptiveSendRateLimiter limiter = newLimiter();

        List<CompletableFuture<Boolean>> sends = sendAll(key, limiter, SMS, 5, 300);

        assertThat(sends).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(key.refusedCount()).isZero();
        assertThat(limiter.currentRate("key", SMS)).isEqualTo(5);
    }

    @Test
    void aLoneLimiterNeverDrawsA429HoweverLateItsMmsArrive() {
        ModelledSendKey key = new ModelledSendKey(timer, 2, 80);

        List<CompletableFuture<Boolean>> sends = sendAll(key, newLimiter(), MMS, 1, 40);

        assertThat(sends).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(key.refusedCount()).isZero();
    }

    @Test
    void threeLimitersOnOneKeyLoseNoSendAndCountEveryRefusal() {
        ModelledSendKey key = new ModelledSendKey(timer, 3, 20);
        List<AdaptiveSendRateLimiter> nodes = List.of(newLimiter(), newLimiter(), newLimiter());

        List<CompletableFuture<Boolean>> sends = new ArrayList<>();
        for (AdaptiveSendRateLimiter node : nodes) {
            sends.addAll(queue(key, node, SMS, 5, 100));
            sends.addAll(queue(key, node, MMS, 1, 15));
        }
        runAll(sends);

        assertThat(sends).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(key.refusedCount()).as("429s: each node learns of the others from them").isPositive();
        assertThat(nodes.stream().mapToLong(AdaptiveSendRateLimiter::getRefusedCount).sum())
                .isEqualTo(key.refusedCount());
    }

    @Test
    void aLimiterLeftAloneOnTheKeyClimbsBackToTheFullRate() {
        ModelledSendKey key = new ModelledSendKey(timer, 4, 20);
        AdaptiveSendRateLimiter staying = newLimiter();
        List<CompletableFuture<Boolean>> crowded = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            crowded.addAll(queue(key, node == 0 ? staying : newLimiter(), SMS, 5, 30));
        }
        runAll(crowded);
        assertThat(staying.currentRate("key", SMS)).as("slowed down by the others' sends").isLessThan(5);

        List<CompletableFuture<Boolean>> alone = sendAll(key, staying, SMS, 5, 200);

        assertThat(alone).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(staying.currentRate("key", SMS)).isEqualTo(5);
    }

    @Test
    void aLimiterThatTookTurnsForMmsClimbsBackToTheFullRateOnceAlone() {
        ModelledSendKey key = new ModelledSendKey(timer, 5, 20);
        AdaptiveSendRateLimiter staying = newLimiter();
        List<CompletableFuture<Boolean>> crowded = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            crowded.addAll(queue(key, node == 0 ? staying : newLimiter(), MMS, 1, 10));
        }
        runAll(crowded);
        assertThat(crowded).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(staying.currentRate("key", MMS)).as("taking turns with the others").isLessThan(1);

        List<CompletableFuture<Boolean>> alone = sendAll(key, staying, MMS, 1, 60);

        assertThat(alone).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(staying.currentRate("key", MMS)).isEqualTo(1);
    }

    /** Queues {@code count} sends at once, as a bulk route does, and runs the clock until all have ended. */
    private List<CompletableFuture<Boolean>> sendAll(ModelledSendKey key, SendRateLimiter limiter,
            SendRateLimiter.Kind kind, int perSecond, int count) {
        List<CompletableFuture<Boolean>> sends = queue(key, limiter, kind, perSecond, count);
        runAll(sends);
        return sends;
    }

    private static List<CompletableFuture<Boolean>> queue(ModelledSendKey key, SendRateLimiter limiter,
            SendRateLimiter.Kind kind, int perSecond, int count) {
        return IntStream.range(0, count).mapToObj(i -> key.send(limiter, kind, perSecond, BULK_WAIT)).toList();
    }

    private void runAll(List<CompletableFuture<Boolean>> sends) {
        boolean ended = timer.runUntil(() -> sends.stream().allMatch(CompletableFuture::isDone),
                TimeUnit.MINUTES.toNanos(10));
        assertThat(ended).as("all sends ended in virtual time").isTrue();
    }
}
