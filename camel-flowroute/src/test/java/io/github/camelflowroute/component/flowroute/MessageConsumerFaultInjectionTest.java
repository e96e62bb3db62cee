package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.simulator.FaultInjector;
import io.github.camelflowroute.simulator.FaultPlan;
import io.github.camelflowroute.simulator.FaultRule;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MDR consumer drains 2,000 records over a hundred pages while about 10% of the page reads fail: 500s, 429s,
 * connection resets, and answers slower than the response timeout. Reads are retried, a poll that still fails is
 * repeated from the watermark, and no record may be lost, repeated or reordered.
 */
class MessageConsumerFaultInjectionTest extends FlowrouteTestSupport {

    private static final int RECORDS = 2_000;
    /** A day ago: the simulator only lists records up to now. */
    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String PATH = "/v2.1/messages";

    static final FaultRule SERVER_ERROR = FaultRule.onPath("GET", PATH).respond(500);
    static final FaultRule RATE_LIMITED = FaultRule.onPath("GET", PATH).respond(429, "Too many requests");
    static final FaultRule RATE_LIMITED_RETRY_AFTER = RATE_LIMITED.withHeader("Retry-After", "1");
    static final FaultRule RESET = FaultRule.onPath("GET", PATH).dropConnection();
    static final FaultRule SLOW = FaultRule.onPath("GET", PATH).delay(Duration.ofMillis(1000));

    private static final FaultPlan PLAN = FaultPlan.seeded(4_711L)
            .with(0.03, SERVER_ERROR)
            .with(0.01, RATE_LIMITED)
            .with(0.01, RATE_LIMITED_RETRY_AFTER)
            .with(0.03, RESET)
            .with(0.02, SLOW);

    // 20 records a page: over a hundred page reads; retries 10-100 ms apart, a 400 ms read timeout
    private static final String FROM = "flowroute:listMessages?startDate=" + BASE + "&delay=20&greedy=true&limit=20"
            + "&responseTimeout=400&maxRetries=3&retryDelay=10&maxRetryDelay=100";

    @Test
    void everyRecordIsDeliveredOnceInTimestampOrderWhileTenPercentOfPageReadsFail() throws Exception {
        // two records share each timestamp: the watermark must tell them apart by id
        simulator().state().addMessages(RECORDS / 2, BASE, Duration.ofSeconds(1));
        simulator().state().addMessages(RECORDS / 2, BASE, Duration.ofSeconds(1));
        List<String> expected = simulator().state().messages().stream()
                .filter(m -> !m.timestamp().isBefore(BASE)).map(SimMessage::id).toList();
        FaultInjector faults = simulator().faults();
        // each kind once for certain (queued rules go first), then about 10% of the reads at random
        PLAN.rules().forEach(faults::enqueue);
        faults.randomly(PLAN);
        long started = System.nanoTime();

        MockEndpoint out = consume(FROM);
        out.expectedMessageCount(RECORDS);
        out.setResultWaitTime(60_000);
        out.assertIsSatisfied();
        long drainedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        // a few more polls after the drain: a repeated record would show up in them
        long readsSoFar = faults.planRequests();
        awaitCondition(() -> faults.planRequests() >= readsSoFar + 5);

        List<String> delivered = out.getExchanges().stream()
                .map(e -> e.getMessage().getBody(MessageDetailRecord.class).id()).toList();
        System.out.printf(Locale.ROOT, "MDR consumer fault injection: %d records, %d page reads; faults 500=%d "
                + "429=%d 429+Retry-After=%d reset=%d slow=%d; drained in %d ms%n",
                RECORDS, faults.planRequests() + PLAN.rules().size(), faults.injectedCount(SERVER_ERROR),
                faults.injectedCount(RATE_LIMITED), faults.injectedCount(RATE_LIMITED_RETRY_AFTER),
                faults.injectedCount(RESET), faults.injectedCount(SLOW), drainedMillis);
        assertThat(expected).hasSize(RECORDS);
        assertThat(delivered).containsExactlyElementsOf(expected);
    }

    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
