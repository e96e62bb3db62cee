package io.github.camelflowroute.component.flowroute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelflowroute.component.flowroute.client.FlowrouteDeliveryUnknownException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteTransportException;
import io.github.camelflowroute.component.flowroute.metrics.CallOutcome;
import io.github.camelflowroute.component.flowroute.metrics.OperationStatistics;
import io.github.camelflowroute.component.flowroute.metrics.RetryReason;
import io.github.camelflowroute.simulator.FaultRule;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The component counts each operation's calls by outcome, answers by status and retries by reason, as they happen. */
class CallCountersTest extends FlowrouteTestSupport {

    private static final String FAST = "retryDelay=10&maxRetryDelay=50";
    private static final String SEND = "flowroute:sendMessage?" + FAST + "&to=12065550199&from=";

    private OperationStatistics counts(String operation) {
        return context.getComponent("flowroute", FlowrouteComponent.class).getMetrics().of(operation);
    }

    @Test
    void aSendThatSucceedsCountsOneCallAndOneAnswer() {
        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("counted"));

        assertThat(out.getException()).isNull();
        OperationStatistics sends = counts("sendMessage");
        assertThat(sends.calls()).isEqualTo(1);
        assertThat(sends.calls(CallOutcome.SUCCEEDED)).isEqualTo(1);
        assertThat(sends.statuses()).containsOnlyKeys(202);
        assertThat(sends.retries()).isZero();
        assertThat(counts("listRoutes").calls()).as("other operations").isZero();
    }

    @Test
    void a429ThenSuccessCountsTheRefusalItsRetryAndOneSucceededCall() {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).respond(429));

        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("after 429"));

        assertThat(out.getException()).isNull();
        OperationStatistics sends = counts("sendMessage");
        assertThat(sends.rateLimited()).isEqualTo(1);
        assertThat(sends.answers(202)).isEqualTo(1);
        assertThat(sends.retries(RetryReason.RATE_LIMITED)).isEqualTo(1);
        assertThat(sends.retries()).isEqualTo(1);
        assertThat(sends.calls()).isEqualTo(1);
        assertThat(sends.calls(CallOutcome.SUCCEEDED)).isEqualTo(1);
    }

    @Test
    void aSendThatCannotConnectCountsItsRetriesAsNotSentAndTheCallAsNotSent() {
        int closedPort = AvailablePortFinder.getNextAvailable();

        Exchange out = call(SEND + accountNumber() + "&maxRetries=2&baseUrl=http://127.0.0.1:" + closedPort,
                e -> e.getMessage().setBody("nowhere"));

        assertThat(out.getException()).isInstanceOf(FlowrouteTransportException.class);
        OperationStatistics sends = counts("sendMessage");
        assertThat(sends.retries(RetryReason.NOT_SENT)).isEqualTo(2);
        assertThat(sends.retries()).isEqualTo(2);
        assertThat(sends.calls(CallOutcome.NOT_SENT)).isEqualTo(1);
        assertThat(sends.calls()).isEqualTo(1);
        assertThat(sends.statuses()).as("no answer came").isEmpty();
    }

    @Test
    void aSendCutOffAfterItWasWrittenCountsADeliveryUnknown() {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).dropConnection());

        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("ambiguous"));

        assertThat(out.getException()).isInstanceOf(FlowrouteDeliveryUnknownException.class);
        OperationStatistics sends = counts("sendMessage");
        assertThat(sends.deliveryUnknown()).isEqualTo(1);
        assertThat(sends.failedCalls()).isEqualTo(1);
        assertThat(sends.retries()).as("an ambiguous send is never sent again").isZero();
    }

    @Test
    void aReadRetriedAfterServerErrorsCountsEachAnswerAndRetry() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").times(2).respond(503));

        Exchange out = call("flowroute:listRoutes?" + FAST);

        assertThat(out.getException()).isNull();
        OperationStatistics reads = counts("listRoutes");
        assertThat(reads.answers(503)).isEqualTo(2);
        assertThat(reads.answers(200)).isEqualTo(1);
        assertThat(reads.retries(RetryReason.SERVER_ERROR)).isEqualTo(2);
        assertThat(reads.calls(CallOutcome.SUCCEEDED)).isEqualTo(1);
    }

    @Test
    void anApiErrorCountsAsAnApiErrorWithItsStatus() {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).respond(400));

        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("refused"));

        assertThat(out.getException()).isNotNull();
        OperationStatistics sends = counts("sendMessage");
        assertThat(sends.calls(CallOutcome.API_ERROR)).isEqualTo(1);
        assertThat(sends.answers(400)).isEqualTo(1);
    }

    @Test
    void sendsOverTheRateWaitForTheirTurnAndTheWaitsAreCounted() {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        // 10 SMS at 5 per second: whatever the limiter's burst, the later ones wait
        for (int i = 0; i < 10; i++) {
            sends.add(template.asyncSend(SEND + accountNumber() + "&smsPerSecond=5",
                    e -> e.getMessage().setBody("paced")));
        }
        sends.forEach(send -> assertThat(send.join().getException()).isNull());

        OperationStatistics counted = counts("sendMessage");
        assertThat(counted.calls(CallOutcome.SUCCEEDED)).isEqualTo(10);
        assertThat(counted.rateLimitWaits()).isPositive();
        assertThat(counted.rateLimitWaitTime()).isPositive();
    }
}
