package io.github.camelflowroute.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * The receiving JVM of the webhook benchmark: one Camel context, one platform-http (Vert.x) server, two routes that
 * take the same inbound-message callbacks.
 * <ul>
 * <li>{@code /bare}: {@code from("platform-http:/bare").unmarshal().json()}, then the same "OK" answer the webhook
 * gives: the floor of taking a JSON post into a Camel route;</li>
 * <li>{@code /hook}: {@code from("webhook:flowroute:inboundMessages")} (auto-registration off), the component's
 * webhook consumer: token-less (webhookAllowUnauthenticated), no source allow-list, media download off (an SMS has
 * none), in-memory dedupe.</li>
 * </ul>
 * Both count what arrives; a wrong body counts as a failure. Arguments: {@code --port P --stub URL}.
 */
public final class WebhookReceiver {

    private WebhookReceiver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Probe.args(args);
        int port = Integer.parseInt(a.get("port"));
        CamelContext context = BenchContexts.flowrouteAt(a.get("stub"));
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        LongAdder bare = new LongAdder();
        LongAdder hook = new LongAdder();
        LongAdder wrong = new LongAdder();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:/bare?httpMethodRestrict=POST")
                        .routeId("bare")
                        .unmarshal().json(JsonLibrary.Jackson)
                        .process(e -> {
                            if (e.getMessage().getBody() instanceof Map) {
                                bare.increment();
                            } else {
                                wrong.increment();
                            }
                        })
                        .setBody(constant("OK"));
                from("webhook:flowroute:inboundMessages?webhookComponentName=platform-http&webhookExternalUrl=http://127.0.0.1:"
                        + port + "&webhookPath=/hook&webhookAutoRegister=false&webhookAllowUnauthenticated=true")
                        .routeId("hook")
                        .process(e -> {
                            if (e.getMessage().getBody() instanceof MessageDetailRecord) {
                                hook.increment();
                            } else {
                                wrong.increment();
                            }
                        });
            }
        });
        context.start();
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null;) {
            if (line.startsWith("counts")) {
                Probe.emit(Map.of("scenario", "webhook-counts", "bare", bare.sum(), "hook", hook.sum(), "wrong",
                        wrong.sum()));
            } else if (line.startsWith("exit")) {
                break;
            }
        }
        context.close();
        System.exit(0);
    }
}
