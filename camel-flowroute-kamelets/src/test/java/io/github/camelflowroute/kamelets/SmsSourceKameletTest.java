package io.github.camelflowroute.kamelets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.camelflowroute.simulator.CallbackType;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSourceKameletTest extends KameletTestSupport {

    private static final String CUSTOMER = "12065550142";
    private static final String TOKEN = "kamelet-webhook-token-1";

    /** The user's route; added in each test, after the simulator's reset. */
    private void startSource() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Kamelets: flowroute-sms-source
                from("kamelet:flowroute-sms-source?webhookExternalUrl={{app.url}}&webhookPath=/sms&webhookToken={{app.token}}")
                        .to("mock:inbound");
            }
        });
    }

    @Override
    protected java.util.Properties useOverridePropertiesWithPropertiesComponent() {
        java.util.Properties properties = super.useOverridePropertiesWithPropertiesComponent();
        properties.setProperty("app.url", EXTERNAL);
        properties.setProperty("app.token", TOKEN);
        return properties;
    }

    @Test
    void startingRegistersTheWebhookWithItsTokenForSmsAndMms() throws Exception {
        startSource();

        assertThat(simulator().state().callbacks().account(CallbackType.SMS)).hasValueSatisfying(
                url -> assertThat(url).startsWith(EXTERNAL + "/sms").contains("token=" + TOKEN));
        assertThat(simulator().state().callbacks().account(CallbackType.MMS)).isPresent();
        assertThat(simulator().state().callbacks().account(CallbackType.DLR)).isEmpty();
    }

    @Test
    void anInboundSmsArrivesAsJsonWithTheSenderInAHeader() throws Exception {
        startSource();
        MockEndpoint out = getMockEndpoint("mock:inbound");
        out.expectedMessageCount(1);

        String id = simulator().injectInbound(CUSTOMER, accountNumber(), "Is my order ready?");

        out.assertIsSatisfied(10_000);
        Exchange e = out.getExchanges().get(0);
        String json = e.getMessage().getBody(String.class);
        assertThat(json).contains("\"id\":\"" + id + "\"").contains("\"body\":\"Is my order ready?\"")
                .contains("\"from\":\"" + CUSTOMER + "\"");
        assertThat(e.getMessage().getHeader("CamelFlowrouteFrom")).isEqualTo(CUSTOMER);
        assertThat(e.getMessage().getHeader("CamelFlowrouteMessageId")).isEqualTo(id);
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndNotRouted() throws Exception {
        startSource();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(EXTERNAL + "/sms")).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{}}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isIn(401, 403);
        assertThat(getMockEndpoint("mock:inbound").getReceivedCounter()).isZero();
    }
}
