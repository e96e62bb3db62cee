package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;

/**
 * Webhook tests: a platform-http (Vert.x) server on a free loopback port receives what the simulator posts to the
 * webhook path {@code /hook}.
 */
abstract class WebhookTestSupport extends FlowrouteTestSupport {

    static final int PORT = AvailablePortFinder.getNextAvailable();
    static final String EXTERNAL = "http://127.0.0.1:" + PORT;

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        addPlatformHttpServer(context);
        return context;
    }

    /**
     * Puts platform-http's Vert.x server on the context, bound to loopback on {@link #PORT}, and the component
     * configured for the simulator: the context of a webhook test whose simulator is configured otherwise.
     */
    static void addWebhookContext(CamelContext context, FlowrouteSimulator simulator) {
        addPlatformHttpServer(context);
        context.addComponent("flowroute", componentFor(simulator));
    }

    private static void addPlatformHttpServer(CamelContext context) {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(PORT);
        try {
            context.addService(new VertxPlatformHttpServer(server));
        } catch (Exception e) {
            throw new IllegalStateException("platform-http server not added", e);
        }
    }

    /** The webhook URI of an operation on platform-http at {@link #EXTERNAL}{@code /hook}, with further options. */
    static String webhookUri(String operation, String options) {
        return "webhook:flowroute:" + operation + "?webhookComponentName=platform-http&webhookExternalUrl=" + EXTERNAL
                + "&webhookPath=/hook" + (options.isEmpty() ? "" : "&" + options);
    }

    /**
     * Starts a route from the webhook URI (under path {@code /hook}) to a mock. Options without a token, allowed
     * sources or the opt-out get {@code webhookAllowUnauthenticated=true}: the tests of other behaviours opt out of
     * webhook authentication as a user would (WebhookAuthenticationTest covers it).
     */
    void webhook(String operation, String givenOptions) throws Exception {
        boolean authenticated =
                givenOptions.contains("webhookToken=") || givenOptions.contains("webhookAllowedSources=")
                        || givenOptions.contains("webhookAllowUnauthenticated=");
        String options = authenticated || givenOptions.isEmpty()
                ? givenOptions + (authenticated ? "" : "webhookAllowUnauthenticated=true")
                : givenOptions + "&webhookAllowUnauthenticated=true";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri(operation, options)).routeId("webhook").to("mock:out");
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
