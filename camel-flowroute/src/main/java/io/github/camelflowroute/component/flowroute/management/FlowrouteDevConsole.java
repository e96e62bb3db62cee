package io.github.camelflowroute.component.flowroute.management;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.FlowrouteEndpoint;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.metrics.OperationStatistics;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsonable;

/**
 * The {@code flowroute} dev console: per flowroute component, its shared HTTP clients (base URL, access key masked),
 * the send rate limiters in use, the counts per operation, the polling consumers' positions and the webhook
 * registrations (token masked). The text form is rendered from the JSON form, so both show the same.
 */
@DevConsole(name = "flowroute", displayName = "Flowroute", description = "Flowroute clients, rate limiters, counts,"
        + " consumer positions and webhooks")
public class FlowrouteDevConsole extends AbstractDevConsole {

    public FlowrouteDevConsole() {
        super("camel", "flowroute", "Flowroute",
                "Flowroute clients, rate limiters, counts, consumer positions and webhooks");
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray components = new JsonArray();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof FlowrouteComponent flowroute) {
                components.add(component(name, flowroute));
            }
        }
        root.put("components", components);
        return root;
    }

    private JsonObject component(String name, FlowrouteComponent component) {
        JsonObject json = new JsonObject();
        json.put("name", name);

        JsonArray clients = new JsonArray();
        for (ClientView client : component.clientViews()) {
            JsonObject c = new JsonObject();
            c.put("role", client.role());
            c.put("baseUrl", Masking.url(client.baseUrl()));
            c.put("accessKey", client.accessKey());
            c.put("users", client.users());
            clients.add(c);
        }
        json.put("clients", clients);

        List<FlowrouteEndpoint> endpoints = endpointsOf(component);
        Map<SendRateLimiter, List<String>> limiters = new IdentityHashMap<>();
        for (FlowrouteEndpoint endpoint : endpoints) {
            SendRateLimiter limiter = endpoint.rateLimiterInUse();
            // the endpoints that send: the others never ask a limiter for a turn
            if (limiter != null && endpoint.getOperation().declaration() != null
                    && endpoint.getOperation().declaration().isRateLimited()) {
                limiters.computeIfAbsent(limiter, l -> new ArrayList<>()).add(name(endpoint));
            }
        }
        JsonArray limiterList = new JsonArray();
        limiters.forEach((limiter, users) -> {
            JsonObject l = StatisticsJson.of(limiter);
            l.put("endpoints", new JsonArray(users));
            limiterList.add(l);
        });
        json.put("rateLimiters", limiterList);

        JsonObject operations = new JsonObject();
        for (Map.Entry<String, OperationStatistics> op : component.getMetrics().snapshot().entrySet()) {
            operations.put(op.getKey(), StatisticsJson.of(op.getValue()));
        }
        json.put("operations", operations);

        JsonArray consumers = new JsonArray();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof PollingPosition polling
                    && route.getEndpoint() instanceof FlowrouteEndpoint endpoint
                    && endpoint.getComponent() == component) {
                JsonObject c = new JsonObject();
                c.put("routeId", route.getRouteId());
                c.put("endpoint", name(endpoint));
                c.put("positionKey", polling.positionKey());
                c.put("position", polling.position());
                consumers.add(c);
            }
        }
        json.put("consumers", consumers);

        JsonArray webhooks = new JsonArray();
        for (FlowrouteEndpoint endpoint : endpoints) {
            if (endpoint.registeredCallbackUrl() != null) {
                JsonObject w = new JsonObject();
                w.put("endpoint", name(endpoint));
                w.put("callbackUrl", endpoint.registeredCallbackUrl());
                String numbers = endpoint.getConfiguration().getCallbackNumbers();
                w.put("numbers", numbers == null ? "account" : numbers);
                webhooks.add(w);
            }
        }
        json.put("webhooks", webhooks);
        return json;
    }

    private List<FlowrouteEndpoint> endpointsOf(FlowrouteComponent component) {
        List<FlowrouteEndpoint> endpoints = new ArrayList<>();
        for (Endpoint endpoint : getCamelContext().getEndpoints()) {
            if (endpoint instanceof FlowrouteEndpoint flowroute && flowroute.getComponent() == component) {
                endpoints.add(flowroute);
            }
        }
        return endpoints;
    }

    /** An endpoint by its operation only: its URI may carry the keys. */
    private static String name(FlowrouteEndpoint endpoint) {
        return "flowroute:" + endpoint.getOperation();
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        JsonArray components = (JsonArray) doCallJson(options).get("components");
        for (Object component : components) {
            JsonObject json = (JsonObject) component;
            text.append("Component: ").append(json.getString("name")).append('\n');
            section(text, "Clients", json.getCollection("clients"));
            section(text, "Rate limiters", json.getCollection("rateLimiters"));
            text.append("    Operations:\n");
            ((JsonObject) json.get("operations"))
                    .forEach((op, counts) -> text.append("        ").append(op).append(": ")
                            .append(((JsonObject) counts).toJson()).append('\n'));
            section(text, "Consumers", json.getCollection("consumers"));
            section(text, "Webhooks", json.getCollection("webhooks"));
        }
        return text.toString();
    }

    /** One line per entry: its keys and values, nested ones as JSON. */
    private static void section(StringBuilder text, String title, Collection<?> entries) {
        text.append("    ").append(title).append(":\n");
        for (Object entry : entries) {
            StringBuilder line = new StringBuilder();
            ((JsonObject) entry).forEach((k, v) -> line.append(line.isEmpty() ? "" : ", ").append(k).append('=')
                    .append(v instanceof Jsonable json ? json.toJson() : v));
            text.append("        ").append(line).append('\n');
        }
    }
}
