package io.github.camelflowroute.component.flowroute;

import java.time.Duration;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteTransportException;
import io.github.camelflowroute.simulator.FaultRule;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Non-2xx answers become one typed exception with status, method, path and the parsed errors. Retries are off here
 * ({@code maxRetries=0}) so that each answer is seen as the API gave it; {@link RetryTest} covers retrying.
 */
class ApiErrorMappingTest extends FlowrouteTestSupport {

    private static final String UNKNOWN_MDR = "mdr2-0123456789abcdef0123456789abcdef";

    @Test
    void wrongSecretKeyGives401() {
        Exchange out = call("flowroute:listRoutes?maxRetries=0&secretKey=RAW(not-the-secret)");

        FlowrouteApiException e = apiError(out);
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.isUnauthorized()).isTrue();
        assertThat(e.getMethod()).isEqualTo("GET");
        assertThat(e.getPath()).isEqualTo("/v2/routes");
        assertThat(e.getErrors()).isNotEmpty();
    }

    @Test
    void sendingFromANumberOutsideTheAccountGives403() {
        Exchange out = call("flowroute:sendMessage?maxRetries=0&from=13125550100&to=12065550199",
                e -> e.getMessage().setBody("not mine"));

        FlowrouteApiException e = apiError(out);
        assertThat(e.isForbidden()).isTrue();
        assertThat(e.getPath()).isEqualTo("/v2.1/messages");
    }

    @Test
    void unknownMessageGives404() {
        FlowrouteApiException e = apiError(call("flowroute:getMessage?maxRetries=0&messageId=" + UNKNOWN_MDR));

        assertThat(e.isNotFound()).isTrue();
        assertThat(e.getPath()).isEqualTo("/v2.1/messages/" + UNKNOWN_MDR);
    }

    @Test
    void purchasingANumberNotForSaleGives404() {
        FlowrouteApiException e = apiError(call("flowroute:purchaseNumber?maxRetries=0&number=19995550000"));

        assertThat(e.isNotFound()).isTrue();
        assertThat(e.getMethod()).isEqualTo("POST");
    }

    @Test
    void refusedValueGives422WithTheApisDetail() {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").times(1).respond(422));

        FlowrouteApiException e = apiError(call("flowroute:listRoutes?maxRetries=0"));

        assertThat(e.isUnprocessable()).isTrue();
        assertThat(e.getErrors()).singleElement().satisfies(err -> assertThat(err.status()).isEqualTo(422));
        assertThat(e.getMessage()).startsWith("Flowroute API GET /v2/routes answered 422");
    }

    @Test
    void rateLimitGives429() {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).respond(429));

        // with the rate limiter on, a 429 is not a failure: the send waits for another turn (RateLimitTest)
        FlowrouteApiException e = apiError(call(
                "flowroute:sendMessage?rateLimit=false&maxRetries=0&from=" + accountNumber() + "&to=12065550199",
                ex -> ex.getMessage().setBody("hi")));

        assertThat(e.isRateLimited()).isTrue();
    }

    @Test
    void serverErrorGives5xx() {
        simulator().faults().enqueue(FaultRule.any().times(1).respond(503));

        assertThat(apiError(call("flowroute:listNumbers?maxRetries=0")).isServerError()).isTrue();
    }

    @Test
    void htmlErrorPageGivesAnApiExceptionWithoutErrors() {
        simulator().faults().enqueue(FaultRule.any().times(1).respondRaw(502, "text/html", "<html>Bad gateway</html>"));

        FlowrouteApiException e = apiError(call("flowroute:listNumbers?maxRetries=0"));

        assertThat(e.getStatusCode()).isEqualTo(502);
        assertThat(e.getErrors()).isEmpty();
    }

    @Test
    void nonJsonSuccessBodyGivesATransportException() {
        simulator().faults()
                .enqueue(FaultRule.any().times(1).respondRaw(200, "text/html", "<html>captive portal</html>"));

        Exchange out = call("flowroute:listNumbers?maxRetries=0");

        assertThat(out.getException()).isInstanceOf(FlowrouteTransportException.class)
                .hasMessageContaining("GET /v2/numbers");
    }

    @Test
    void droppedConnectionGivesATransportException() {
        simulator().faults().enqueue(FaultRule.any().times(1).dropConnection());

        assertThat(call("flowroute:listRoutes?maxRetries=0").getException())
                .isInstanceOf(FlowrouteTransportException.class);
    }

    @Test
    void answerSlowerThanTheResponseTimeoutGivesATransportException() {
        simulator().faults().enqueue(FaultRule.any().times(1).delay(Duration.ofSeconds(3)));

        Exchange out = call("flowroute:listRoutes?maxRetries=0&responseTimeout=300");

        assertThat(out.getException()).isInstanceOf(FlowrouteTransportException.class);
    }

    private static FlowrouteApiException apiError(Exchange out) {
        assertThat(out.getException()).isInstanceOf(FlowrouteApiException.class);
        return (FlowrouteApiException) out.getException();
    }
}
