package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * GET /v2/routes/edge_strategies (R5). No SDK documents the answer and no sample shows it
 * (flowroute-api-surface.md: "treat the answer as an opaque JSON:API list"); the PHP SDK calls it the
 * points of presence for edge routing. The simulator lists four made-up points of presence, so that a
 * client can be tested for reading a JSON:API list it does not interpret.
 */
record EdgeStrategiesHandler(JsonRenderer json) {

    /** One point of presence: id, name, description. Invented: Flowroute publishes no list. */
    record EdgeStrategy(String id, String name, String description) {
    }

    static final List<EdgeStrategy> STRATEGIES = List.of(
            new EdgeStrategy("1", "us-west-or", "US West (Oregon)"),
            new EdgeStrategy("2", "us-east-nj", "US East (New Jersey)"),
            new EdgeStrategy("3", "us-east-va", "US East (Virginia)"),
            new EdgeStrategy("4", "us-central-tx", "US Central (Texas)"));

    ApiResponse list(ApiRequest request) {
        List<ObjectNode> items = new ArrayList<>();
        for (EdgeStrategy s : STRATEGIES) {
            ObjectNode item = json.object();
            item.putObject("attributes").put("name", s.name()).put("description", s.description());
            item.put("id", s.id());
            item.put("type", "edge_strategy");
            items.add(item);
        }
        return ApiResponse.json(200, json.bytes(json.list(items,
                java.util.Map.of("self", JsonRenderer.PUBLIC_BASE + "/v2/routes/edge_strategies"))));
    }
}
