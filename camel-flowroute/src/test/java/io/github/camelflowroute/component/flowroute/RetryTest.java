package io.github.camelflowroute.component.flowroute;

import java.time.Duration;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteDeliveryUnknownException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteTransportException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.simulator.FaultRule;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Safe retries: reads retry, sends only when they provably did not reach the API, and nothing goes out twice. */
class RetryTest extends FlowrouteTestSupport {

    private static final String FAST = "retryDelay=10&maxRetryDelay=50";
    private static final String SEND = "flowroute:sendMessage?" + FAST + "&to=12065550199&from=";

    @Test
    void readRetriesAfterServerErrorsAndSucceeds() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").times(2).respond(503));

        Exchange out = call("flowroute:listRoutes?" + FAST);

        assertThat(out.getException()).isNull();
        assertThat(simulator().journal().count("GET", "/v2/routes")).isEqualTo(3);
    }

    @Test
    void readGivesUpAfterMaxRetries() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").always().respond(503));

        Exchange out = call("flowroute:listRoutes?maxRetries=2&" + FAST);

        assertThat(out.getException()).isInstanceOf(FlowrouteApiException.class);
        assertThat(simulator().journal().count("GET", "/v2/routes")).isEqualTo(3);
    }

    @Test
    void readRetriesAfterADroppedConnection() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").times(1).dropConnection());

        assertThat(call("flowroute:listRoutes?" + FAST).getException()).isNull();
    }

    @Test
    void readRetriesAfterAnAnswerSlowerThanTheTimeout() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").times(1).delay(Duration.ofSeconds(2)));

        assertThat(call("flowroute:listRoutes?responseTimeout=300&" + FAST).getException()).isNull();
    }

    @Test
    void sendIsNotRetriedAfterAServerError() {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).respond(500));

        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("once"));

        assertThat(out.getException()).isInstanceOf(FlowrouteApiException.class);
        assertThat(simulator().journal().count("POST", "/v2.1/messages")).isEqualTo(1);
    }

    @Test
    void sendIsRetriedAfter429AndGoesOutOnce() {
        int before = simulator().state().messages().size();
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).respond(429));

        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("after 429"));

        assertThat(out.getException()).isNull();
        assertThat(simulator().journal().count("POST", "/v2.1/messages")).isEqualTo(2);
        assertThat(simulator().state().messages()).hasSize(before + 1);
    }

    @Test
    void retryAfterOf429IsReadAndReported() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").always().respond(429)
                .withHeader("Retry-After", "0"));

        Exchange out = call("flowroute:listRoutes?maxRetries=1&" + FAST);

        assertThat(((FlowrouteApiException) out.getException()).getRetryAfter()).isEqualTo(Duration.ZERO);
        assertThat(simulator().journal().count("GET", "/v2/routes")).isEqualTo(2);
    }

    @Test
    void sendCutOffAfterItWasWrittenIsReportedAsMaybeDeliveredAndNotRetried() {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).dropConnection());

        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("ambiguous"));

        assertThat(out.getException()).isInstanceOf(FlowrouteDeliveryUnknownException.class)
                .hasMessageContaining("may have reached Flowroute");
        assertThat(simulator().journal().count("POST", "/v2.1/messages")).isEqualTo(1);
    }

    @Test
    void sendThatCannotConnectIsRetriedAndFailsAsNotSent() {
        int closedPort = AvailablePortFinder.getNextAvailable();

        Exchange out = call(SEND + accountNumber() + "&maxRetries=2&baseUrl=http://127.0.0.1:" + closedPort,
                e -> e.getMessage().setBody("nowhere"));

        assertThat(out.getException()).isInstanceOf(FlowrouteTransportException.class)
                .isNotInstanceOf(FlowrouteDeliveryUnknownException.class);
    }

    @Test
    void answerLargerThanTheLimitFailsTheCall() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").times(1)
                .respondRaw(200, "application/vnd.api+json", "{\"data\":[" + " ".repeat(5000) + "]}"));

        Exchange out = call("flowroute:listRoutes?maxRetries=0&maxResponseSize=1000");

        assertThat(out.getException()).isInstanceOf(FlowrouteTransportException.class)
                .hasMessageContaining("larger than the limit");
    }

    @Test
    void plainHttpToAnotherHostIsRefusedUnlessAllowed() {
        assertThatThrownBy(() -> context.getEndpoint("flowroute:listRoutes?baseUrl=http://api.example.com"))
                .hasRootCauseInstanceOf(FlowrouteValidationException.class)
                .rootCause().hasMessageContaining("plain http");
        assertThat(context.getEndpoint("flowroute:listRoutes?allowInsecureHttp=true&baseUrl=http://api.example.com",
                FlowrouteEndpoint.class).getClient()).isNotNull();
    }
}
