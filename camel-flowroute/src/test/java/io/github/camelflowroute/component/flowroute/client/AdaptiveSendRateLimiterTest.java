package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * How fast several nodes send together for real is measured by {@code SharedKeySendRateTest} and the bench's rate
 * scenario.
 */
class AdaptiveSendRateLimiterTest {

    private static final Duration BULK_WAIT = Duration.ofMinutes(5);

    private final VirtualTimer timer = new VirtualTimer();
    // the limiters' coin (sitting out a frame) seeded, as the key's arrival times are: a run repeats exactly
    private final Random coin = new Random(1);

    private AdaptiveSendRateLimiter newLimiter() {
        return newLimiter(0);
    }

    /** A limiter on a node whose wall clock is {@code clockOffsetMillis} ahead of the others'. */
    private AdaptiveSendRateLimiter newLimiter(long clockOffsetMillis) {
        return new AdaptiveSendRateLimiter(timer, timer::nanoTime,
                () -> TimeUnit.MILLISECONDS.toNanos(clockOffsetMillis), coin::nextBoolean);
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
    void threeLimitersOnOneKeyTogetherSendAtMoreThanEightyPercentOfItsRate() {
        ModelledSendKey key = new ModelledSendKey(timer, 6, 100);
        long start = timer.nanoTime();
        List<CompletableFuture<Boolean>> sms = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            sms.addAll(queue(key, newLimiter(), SMS, 5, 100));
        }
        runAll(sms);
        double smsPerSecond = 300 / seconds(start);

        start = timer.nanoTime();
        List<CompletableFuture<Boolean>> mms = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            mms.addAll(queue(key, newLimiter(), MMS, 1, 20));
        }
        runAll(mms);
        double mmsPerSecond = 60 / seconds(start);

        assertThat(sms).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(mms).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(smsPerSecond).isGreaterThan(4.0);
        assertThat(mmsPerSecond).isGreaterThan(0.8);
    }

    @Test
    void limitersSharingAKeyDrawFewer429sThanTheySend() {
        ModelledSendKey key = new ModelledSendKey(timer, 7, 20);
        List<CompletableFuture<Boolean>> sends = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            sends.addAll(queue(key, newLimiter(), SMS, 5, 100));
        }
        runAll(sends);

        assertThat(sends).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(key.refusedCount()).as("each node asks for about its share of a frame").isLessThan(sends.size());
    }

    @Test
    void limitersWhoseClocksDisagreeStillLoseNoSend() {
        ModelledSendKey key = new ModelledSendKey(timer, 8, 20);
        List<CompletableFuture<Boolean>> sends = new ArrayList<>();
        for (long offset : new long[] { 0, 370, 740 }) {
            AdaptiveSendRateLimiter node = newLimiter(offset);
            sends.addAll(queue(key, node, SMS, 5, 60));
            sends.addAll(queue(key, node, MMS, 1, 10));
        }
        runAll(sends);

        assertThat(sends).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
    }

    @Test
    void aLimiterLeftAloneOnTheKeyClimbsBackToTheFullRate() {
        ModelledSendKey key = new ModelledSendKey(timer, 4, 20);
        AdaptiveSendRateLimiter staying = joiningTwoOthers(key, SMS, 5, 30);
        assertThat(staying.currentRate("key", SMS)).as("sharing the key with the others").isLessThan(5);

        List<CompletableFuture<Boolean>> alone = sendAll(key, staying, SMS, 5, 200);

        assertThat(alone).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(staying.currentRate("key", SMS)).isEqualTo(5);
    }

    @Test
    void aLimiterThatSharedTheKeyForMmsClimbsBackToTheFullRateOnceAlone() {
        ModelledSendKey key = new ModelledSendKey(timer, 5, 20);
        AdaptiveSendRateLimiter staying = joiningTwoOthers(key, MMS, 1, 10);
        assertThat(staying.currentRate("key", MMS)).as("sharing the key with the others").isLessThan(1);

        List<CompletableFuture<Boolean>> alone = sendAll(key, staying, MMS, 1, 60);

        assertThat(alone).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(staying.currentRate("key", MMS)).isEqualTo(1);
    }

    /**
     * Two limiters queue {@code count} sends each; half a second later, when their first attempts fill the key's
     * window, a third joins with as many; all run to their end. Returns the third.
     */
    private AdaptiveSendRateLimiter joiningTwoOthers(ModelledSendKey key, SendRateLimiter.Kind kind, int perSecond,
            int count) {
        AdaptiveSendRateLimiter joining = newLimiter();
        List<CompletableFuture<Boolean>> sends = new ArrayList<>();
        sends.addAll(queue(key, newLimiter(), kind, perSecond, count));
        sends.addAll(queue(key, newLimiter(), kind, perSecond, count));
        CompletableFuture<Void> joined = new CompletableFuture<>();
        timer.at(timer.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500), () -> {
            sends.addAll(queue(key, joining, kind, perSecond, count));
            joined.complete(null);
        });
        timer.runUntil(joined::isDone, TimeUnit.SECONDS.toNanos(1));
        runAll(sends);
        assertThat(sends).allSatisfy(s -> assertThat(s).isCompletedWithValue(true));
        assertThat(joining.getRefusedCount()).as("the joining limiter met the others' sends").isPositive();
        return joining;
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

    private double seconds(long since) {
        return (timer.nanoTime() - since) / 1e9;
    }

    private void runAll(List<CompletableFuture<Boolean>> sends) {
        boolean ended = timer.runUntil(() -> sends.stream().allMatch(CompletableFuture::isDone),
                TimeUnit.MINUTES.toNanos(10));
        assertThat(ended).as("all sends ended in virtual time").isTrue();
    }
}
