package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhook tests: a platform-http (Vert.x) server on a free loopback port receives what the simulator posts, with
 * callback retries 200 ms apart instead of Flowroute's 30 s.
 */
abstract class WebhookTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().callbackRetryInterval(Duration.ofMillis(200)));

    static final int PORT = AvailablePortFinder.getNextAvailable();
    static final String EXTERNAL = "http://127.0.0.1:" + PORT;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        addPlatformHttpServer(context, PORT);
        context.addComponent("flowroute", FlowrouteTestSupport.componentFor(simulator()));
        return context;
    }

    /** Puts platform-http's Vert.x server on the context, bound to loopback on the given port. */
    static void addPlatformHttpServer(CamelContext context, int port) throws Exception {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
    }

    static FlowrouteSimulator simulator() {
        return SIM.simulator();
    }

    static String accountNumber() {
        return simulator().state().accountNumbers().get(0).number();
    }

    /**
     * Starts a route from the webhook URI (under path {@code /hook}) to a mock. Options without a token, allowed
     * sources or the opt-out get {@code webhookAllowUnauthenticated=true}: the tests of other behaviours opt out of
     * webhook authentication as a user would (WebhookAuthenticationTest covers it).
     */
    void webhook(String operation, String givenOptions) throws Exception {
        boolean authenticated = givenOptions.contains("webhookToken=") || givenOptions.contains("webhookAllowedSources=")
                                || givenOptions.contains("webhookAllowUnauthenticated=");
        String options = authenticated || givenOptions.isEmpty()
                ? givenOptions + (authenticated ? "" : "webhookAllowUnauthenticated=true")
                : givenOptions + "&webhookAllowUnauthenticated=true";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("webhook:flowroute:" + operation + "?webhookComponentName=platform-http&webhookExternalUrl=" + EXTERNAL
                     + "&webhookPath=/hook"
                     + (options.isEmpty() ? "" : "&" + options))
                        .routeId("webhook").to("mock:out");
            }
        });
    }

    /** Posts a body to the webhook path (with a query, if given) and returns the status. */
    int post(String query, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(EXTERNAL + "/hook" + query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
