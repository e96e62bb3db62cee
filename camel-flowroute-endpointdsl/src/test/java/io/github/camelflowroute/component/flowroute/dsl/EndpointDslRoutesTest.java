package io.github.camelflowroute.component.flowroute.dsl;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import io.github.camelflowroute.simulator.CallbackType;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.component.webhook.WebhookComponent;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes written only in the Endpoint DSL run each kind of Flowroute endpoint against the simulator: a producer, the
 * polling consumer, and a webhook consumer on platform-http.
 */
class EndpointDslRoutesTest extends CamelTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().callbackRetryInterval(Duration.ofMillis(200))).failingOnResponseViolations();

    static final int PORT = AvailablePortFinder.getNextAvailable();
    static final String EXTERNAL = "http://127.0.0.1:" + PORT;
    private static final String CUSTOMER = "12065550142";
    private static final String TOKEN = "dsl-webhook-token-1";
    /** A day ago: the simulator lists records up to now. */
    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(PORT);
        context.addService(new VertxPlatformHttpServer(server));
        FlowrouteComponent component = new FlowrouteComponent();
        component.getConfiguration().setBaseUrl(simulator().baseUrl());
        component.getConfiguration().setAccessKey(simulator().accessKey());
        component.getConfiguration().setSecretKey(simulator().secretKey());
        context.addComponent("flowroute", component);
        // the application's address, once for every webhook (the webhook builder's own URL options reach the webhook
        // component still encoded in Camel 4.18, so they are set here)
        WebhookComponent webhook = new WebhookComponent();
        webhook.getConfiguration().setWebhookComponentName("platform-http");
        webhook.getConfiguration().setWebhookExternalUrl(EXTERNAL);
        context.addComponent("webhook", webhook);
        return context;
    }

    @Test
    void aProducerSendsWithTheBuildersOptionsAndSetsTheIdHeader() throws Exception {
        String sender = accountNumber();
        context.addRoutes(new NotifyRoutes(sender));

        Exchange e = template.request("direct:notify", x -> {
            x.getMessage().setHeader("phone", CUSTOMER);
            x.getMessage().setBody("Your order has shipped");
        });

        assertThat(e.getException()).isNull();
        SendMessageResult result = e.getMessage().getBody(SendMessageResult.class);
        assertThat(e.getMessage().getHeader("CamelFlowrouteMessageId")).isEqualTo(result.id());
        SimMessage sent = simulator().state().findMessage(result.id()).orElseThrow();
        assertThat(sent.from()).isEqualTo(sender);
        assertThat(sent.to()).isEqualTo(CUSTOMER);
        assertThat(sent.body()).isEqualTo("Your order has shipped");
        assertThat(e.getMessage().getHeader("sentId")).isEqualTo(result.id());
    }

    @Test
    void thePollingConsumerEmitsEachRecordOnceOldestFirst() throws Exception {
        for (int i = 0; i < 5; i++) {
            simulator().state().addMessage(SimMessage.inbound(CUSTOMER, accountNumber(), "m" + i,
                    BASE.plus(i, ChronoUnit.SECONDS)));
        }
        context.addRoutes(new PollingRoutes());
        MockEndpoint records = getMockEndpoint("mock:records");
        records.expectedMessageCount(5);

        records.assertIsSatisfied(10_000);
        Thread.sleep(300); // a few more polls: nothing further may come
        assertThat(records.getExchanges()).extracting(x -> x.getMessage().getBody(MessageDetailRecord.class).body())
                .containsExactly("m0", "m1", "m2", "m3", "m4");
    }

    /** The polling-consumer route of the component doc's "Endpoint DSL" section. */
    static final class PollingRoutes extends EndpointRouteBuilder
            implements FlowrouteEndpointBuilderFactory.FlowrouteBuilders {

        @Override
        public void configure() {
            // Endpoint DSL: polling consumer
            from(flowroute("listMessages").startDate(BASE.toString()).delay(100).maxMessagesPerPoll(2).limit(2))
                    .to(mock("records"));
        }
    }

    @Test
    void aWebhookConsumerRegistersAndReceivesInboundMessages() throws Exception {
        context.addRoutes(new InboundRoutes());
        MockEndpoint inbound = getMockEndpoint("mock:inbound");
        inbound.expectedMessageCount(1);

        String id = simulator().injectInbound(CUSTOMER, accountNumber(), "Is my order ready?");

        inbound.assertIsSatisfied(10_000);
        MessageDetailRecord mdr = inbound.getExchanges().get(0).getMessage().getBody(MessageDetailRecord.class);
        assertThat(mdr.id()).isEqualTo(id);
        assertThat(mdr.body()).isEqualTo("Is my order ready?");
        assertThat(inbound.getExchanges().get(0).getMessage().getHeader("sender")).isEqualTo(CUSTOMER);
    }

    @Test
    void theWebhookBuiltWithATokenRefusesPostsWithoutIt() throws Exception {
        context.addRoutes(new InboundRoutes());
        String registered = simulator().state().callbacks().account(CallbackType.SMS).orElseThrow();
        assertThat(registered).startsWith(EXTERNAL).contains("token=" + TOKEN);

        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(registered.substring(0, registered.indexOf('?'))))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"data\":{}}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isIn(401, 403);
        assertThat(getMockEndpoint("mock:inbound").getReceivedCounter()).isZero();
    }

    /** The producer route of the component doc's "Endpoint DSL" section. */
    static final class NotifyRoutes extends EndpointRouteBuilder
            implements FlowrouteEndpointBuilderFactory.FlowrouteBuilders {

        private final String sender;

        NotifyRoutes(String sender) {
            this.sender = sender;
        }

        @Override
        public void configure() {
            // Endpoint DSL: producer
            from(direct("notify"))
                    .setHeader(flowroute().flowrouteTo(), header("phone"))
                    .to(flowroute("sendMessage").from(sender).rateLimitMaxWait("10s"))
                    .setHeader("sentId", header(flowroute().flowrouteMessageId()));
        }
    }

    /** The webhook route of the component doc's "Endpoint DSL" section. */
    static final class InboundRoutes extends EndpointRouteBuilder
            implements FlowrouteEndpointBuilderFactory.FlowrouteBuilders {

        @Override
        public void configure() {
            // Endpoint DSL: webhook
            from(webhook(flowroute("inboundMessages").webhookToken(TOKEN).getRawUri()))
                    .setHeader("sender", header(flowroute().flowrouteFrom()))
                    .to(mock("inbound"));
        }
    }

    static FlowrouteSimulator simulator() {
        return SIM.simulator();
    }

    static String accountNumber() {
        return simulator().state().accountNumbers().get(0).number();
    }
}
