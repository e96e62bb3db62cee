package io.github.camelflowroute.component.flowroute.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters keep each operation apart, add up, and pass events to listeners without being failed by them. */
class FlowrouteMetricsTest {

    private final FlowrouteMetrics metrics = new FlowrouteMetrics();

    @Test
    void eachOperationIsCountedApart() {
        metrics.answered("sendMessage", 429);
        metrics.retried("sendMessage", RetryReason.RATE_LIMITED);
        metrics.answered("sendMessage", 202);
        metrics.completed("sendMessage", CallOutcome.SUCCEEDED);
        metrics.completed("listRoutes", CallOutcome.API_ERROR);

        assertThat(metrics.of("sendMessage").rateLimited()).isEqualTo(1);
        assertThat(metrics.of("sendMessage").calls()).isEqualTo(1);
        assertThat(metrics.of("listRoutes").failedCalls()).isEqualTo(1);
        assertThat(metrics.of("getMessage")).isEqualTo(OperationStatistics.EMPTY);
        assertThat(metrics.snapshot()).containsOnlyKeys("sendMessage", "listRoutes");
    }

    @Test
    void theTotalAddsUpEveryOperation() {
        metrics.waitedForTurn("sendMessage", Duration.ofMillis(200));
        metrics.waitedForTurn("sendMessage", Duration.ofMillis(300));
        metrics.webhookDuplicate("inboundMessages");
        metrics.completed("sendMessage", CallOutcome.DELIVERY_UNKNOWN);
        metrics.completed("listRoutes", CallOutcome.SUCCEEDED);

        OperationStatistics total = metrics.total();

        assertThat(total.calls()).isEqualTo(2);
        assertThat(total.deliveryUnknown()).isEqualTo(1);
        assertThat(total.rateLimitWaits()).isEqualTo(2);
        assertThat(total.rateLimitWaitTime()).isEqualTo(Duration.ofMillis(500));
        assertThat(total.webhookDuplicates()).isEqualTo(1);
    }

    @Test
    void aFailingListenerNeitherFailsTheEventNorStopsTheOthers() {
        List<String> seen = new ArrayList<>();
        metrics.addListener(new FlowrouteEvents() {
            @Override
            public void completed(String operation, CallOutcome outcome) {
                throw new IllegalStateException("a meter registry that refuses");
            }
        });
        metrics.addListener(new FlowrouteEvents() {
            @Override
            public void completed(String operation, CallOutcome outcome) {
                seen.add(operation + " " + outcome.tag());
            }
        });

        metrics.completed("sendMessage", CallOutcome.SUCCEEDED);

        assertThat(metrics.of("sendMessage").calls()).isEqualTo(1);
        assertThat(seen).containsExactly("sendMessage succeeded");
    }

    @Test
    void aRemovedListenerHearsNoMore() {
        List<Integer> statuses = new ArrayList<>();
        FlowrouteEvents listener = new FlowrouteEvents() {
            @Override
            public void answered(String operation, int status) {
                statuses.add(status);
            }
        };
        metrics.addListener(listener);
        metrics.answered("sendMessage", 202);
        metrics.removeListener(listener);
        metrics.answered("sendMessage", 202);

        assertThat(statuses).containsExactly(202);
        assertThat(metrics.of("sendMessage").answers(202)).isEqualTo(2);
    }
}
