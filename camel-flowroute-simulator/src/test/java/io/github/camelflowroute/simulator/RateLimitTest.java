package io.github.camelflowroute.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Flowroute's send rate limits: 5 SMS and 1 MMS per second and access key, 429 over the limit. */
class RateLimitTest {

    /** A clock the tests move by hand, shared by the simulators below. */
    static final class ManualClock extends Clock {
        private final AtomicLong millis = new AtomicLong();

        void set(long value) {
            millis.set(value);
        }

        void advance(long ms) {
            millis.addAndGet(ms);
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static final ManualClock CLOCK = new ManualClock();

    @RegisterExtension
    static final FlowrouteSimulatorExtension LIMITED = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().enforceRateLimits(true).clock(CLOCK));

    @RegisterExtension
    static final FlowrouteSimulatorExtension PLAIN = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().clock(CLOCK));

    @RegisterExtension
    static final FlowrouteSimulatorExtension RETRY_AFTER = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().enforceRateLimits(true).rateLimitRetryAfter(true).clock(CLOCK));

    @BeforeEach
    void setUp() {
        CLOCK.set(1_700_000_000_000L);
    }

    private static String sender(FlowrouteSimulator sim) {
        return sim.state().accountNumbers().get(0).number();
    }

    private static SimClient.Reply sms(FlowrouteSimulator sim) {
        return new SimClient(sim).post("/v2.1/messages", SimClient.sms(sender(sim), "13125550123", "hi"));
    }

    private static SimClient.Reply mms(FlowrouteSimulator sim) {
        return new SimClient(sim).post("/v2.1/messages", "{\"from\":\"" + sender(sim)
                + "\",\"to\":\"13125550123\",\"body\":\"pic\",\"is_mms\":true,"
                + "\"media_urls\":[\"https://example.com/a.png\"]}");
    }

    private static List<Integer> smsBurst(FlowrouteSimulator sim, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> sms(sim).status()).toList();
    }

    @Test
    void sixSmsInOneBurstAcceptFiveAndAnswerTheSixthWith429WithoutAnMdr() {
        FlowrouteSimulator sim = LIMITED.simulator();
        int before = sim.state().messageCount();

        List<Integer> statuses = smsBurst(sim, 5);
        SimClient.Reply sixth = sms(sim);

        assertThat(statuses).containsOnly(202);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).isEqualTo("application/vnd.api+json");
        assertThat(sixth.json().path("errors").get(0).path("status").asInt()).isEqualTo(429);
        assertThat(sixth.json().path("errors").get(0).path("title").asText()).isEqualTo("Too Many Requests");
        assertThat(sixth.headers().firstValue("Retry-After")).isEmpty();
        assertThat(sim.state().messageCount()).isEqualTo(before + 5);
        assertThat(sim.rateLimitedCount()).isEqualTo(1);
        List<RecordedRequest> journal = sim.journal().requests();
        assertThat(journal.get(journal.size() - 1).status()).isEqualTo(429);
        assertThat(sim.responseViolations()).isEmpty();
    }

    @Test
    void sendsAreAcceptedAgainOnceTheWindowHasPassed() {
        FlowrouteSimulator sim = LIMITED.simulator();
        smsBurst(sim, 5);
        assertThat(sms(sim).status()).isEqualTo(429);

        CLOCK.advance(999);
        assertThat(sms(sim).status()).isEqualTo(429);
        CLOCK.advance(1);
        // the burst at t=0 left the window; the 429 at t=999 still counts (1 of 5)
        assertThat(smsBurst(sim, 4)).containsOnly(202);
        assertThat(sms(sim).status()).isEqualTo(429);
    }

    @Test
    void mmsAreLimitedToOnePerSecondApartFromSms() {
        FlowrouteSimulator sim = LIMITED.simulator();

        assertThat(mms(sim).status()).isEqualTo(202);
        assertThat(mms(sim).status()).isEqualTo(429);
        assertThat(sms(sim).status()).isEqualTo(202);
        CLOCK.advance(1_000);
        assertThat(mms(sim).status()).isEqualTo(202);
        assertThat(sim.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void refusedAttemptsCountTowardTheWindow() {
        FlowrouteSimulator sim = LIMITED.simulator();
        smsBurst(sim, 5);
        CLOCK.advance(500);
        assertThat(sms(sim).status()).isEqualTo(429); // counted at t=500
        CLOCK.advance(500); // t=1000: the burst expired, the 429 did not

        List<Integer> statuses = smsBurst(sim, 5);

        assertThat(statuses).containsExactly(202, 202, 202, 202, 429);
        assertThat(sim.rateLimitedCount()).isEqualTo(2);
    }

    @Test
    void invalidSendsCountToo() {
        FlowrouteSimulator sim = LIMITED.simulator();
        SimClient client = new SimClient(sim);
        for (int i = 0; i < 5; i++) {
            assertThat(client.post("/v2.1/messages", SimClient.sms(sender(sim), "555", "hi")).status())
                    .isEqualTo(422);
        }
        assertThat(sms(sim).status()).isEqualTo(429);
    }

    @Test
    void limitsAreNotEnforcedByDefault() {
        FlowrouteSimulator sim = PLAIN.simulator();

        assertThat(sim.rateLimitsEnforced()).isFalse();
        assertThat(smsBurst(sim, 8)).containsOnly(202);
        assertThat(mms(sim).status()).isEqualTo(202);
        assertThat(mms(sim).status()).isEqualTo(202);
        assertThat(sim.rateLimitedCount()).isZero();
    }

    @Test
    void retryAfterHeaderOnlyWhenConfigured() {
        smsBurst(LIMITED.simulator(), 5);
        smsBurst(RETRY_AFTER.simulator(), 5);

        SimClient.Reply without = sms(LIMITED.simulator());
        SimClient.Reply with = sms(RETRY_AFTER.simulator());

        assertThat(without.status()).isEqualTo(429);
        assertThat(without.headers().firstValue("Retry-After")).isEmpty();
        assertThat(with.status()).isEqualTo(429);
        assertThat(with.headers().firstValue("Retry-After")).contains("1");
        assertThat(RETRY_AFTER.simulator().responseViolations()).isEmpty();
    }

    @Test
    void inProcessToggleSwitchesARunningSimulator() {
        FlowrouteSimulator sim = PLAIN.simulator();

        sim.enforceRateLimits(true);
        assertThat(sim.rateLimitsEnforced()).isTrue();
        assertThat(smsBurst(sim, 6)).containsExactly(202, 202, 202, 202, 202, 429);

        sim.enforceRateLimits(false);
        assertThat(smsBurst(sim, 3)).containsOnly(202);
        assertThat(sim.rateLimitedCount()).isEqualTo(1);
    }

    @Test
    void controlApiToggleSwitchesARunningSimulator() {
        FlowrouteSimulator sim = PLAIN.simulator();
        SimClient control = SimClient.anonymous(sim);

        SimClient.Reply on = control.patch("/_sim/rate-limits", "{\"enforced\":true}");
        assertThat(on.status()).isEqualTo(200);
        assertThat(on.json().path("enforced").asBoolean()).isTrue();
        assertThat(on.json().path("sms_per_second").asInt()).isEqualTo(5);
        assertThat(on.json().path("mms_per_second").asInt()).isEqualTo(1);
        assertThat(smsBurst(sim, 6)).containsExactly(202, 202, 202, 202, 202, 429);
        assertThat(control.get("/_sim/rate-limits").json().path("rate_limited").asLong()).isEqualTo(1);

        SimClient.Reply off = control.patch("/_sim/rate-limits", "{\"enforced\":false}");
        assertThat(off.json().path("enforced").asBoolean()).isFalse();
        assertThat(sms(sim).status()).isEqualTo(202);
        assertThat(control.patch("/_sim/rate-limits", "{\"enforced\":\"yes\"}").status()).isEqualTo(422);
    }

    @Test
    void resetRestoresTheConfiguredEnforcementAndClearsCounters() {
        FlowrouteSimulator sim = PLAIN.simulator();
        sim.enforceRateLimits(true);
        smsBurst(sim, 6);

        sim.reset();

        assertThat(sim.rateLimitsEnforced()).isFalse();
        assertThat(sim.rateLimitedCount()).isZero();
    }

    @Test
    void standaloneFlagsConfigureTheLimits() {
        FlowrouteSimulator sim = FlowrouteSimulatorMain.parse(new String[] { "--port", "0", "--enforce-rate-limits",
                "--sms-per-second", "10", "--mms-per-second", "2", "--rate-limit-retry-after" }).build();

        assertThat(sim.rateLimitsEnforced()).isTrue();
        assertThat(sim.smsPerSecond()).isEqualTo(10);
        assertThat(sim.mmsPerSecond()).isEqualTo(2);
        assertThat(sim.rateLimitRetryAfter()).isTrue();
        FlowrouteSimulator plain = FlowrouteSimulatorMain.parse(new String[] { "--port", "0" }).build();
        assertThat(plain.rateLimitsEnforced()).isFalse();
        assertThat(plain.rateLimitRetryAfter()).isFalse();
    }
}
