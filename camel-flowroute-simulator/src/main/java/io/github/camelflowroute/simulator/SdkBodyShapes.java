package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body variants of the SDK-only calls (flowroute-api-surface.md) rewritten into the one form the
 * project's fragment ({@code flowroute-openapi-sdk-calls.yaml}) describes, after {@link RequestNormalizer}
 * has read the body as JSON (whatever its label, form bodies included): a JSON:API alias or CNAM body
 * becomes the SDKs' flat one, numbers among E911 attributes (the revision types {@code zip} as an integer)
 * become strings, and a single portability number (a form with one {@code numbers=}) becomes a list.
 */
final class SdkBodyShapes {

    private static final String NUMBERS = "/v2/numbers/";

    private SdkBodyShapes() {
    }

    static ApiRequest rewrite(ApiRequest request) {
        JsonNode json = request.json();
        if (json == null || !json.isObject()) {
            return request;
        }
        ObjectNode body = ((ObjectNode) json).deepCopy();
        JsonNode attributes = body.path("data").path("attributes");
        String path = request.path();
        String method = request.method();
        boolean numberPath = path.startsWith(NUMBERS) && path.indexOf('/', NUMBERS.length()) < 0;
        if ("PATCH".equals(method) && numberPath && !body.has("alias") && attributes.has("alias")) {
            body = body.objectNode().put("type", "number").set("alias", attributes.get("alias"));
        } else if ("POST".equals(method) && path.equals("/v2/cnams") && !body.has("value")
                && attributes.has("value")) {
            body = body.objectNode().set("value", attributes.get("value"));
        } else if (path.startsWith("/v2/e911s") && attributes.isObject()) {
            ObjectNode a = (ObjectNode) attributes;
            List<String> numeric = new ArrayList<>();
            a.properties().forEach(field -> {
                if (field.getValue().isNumber()) {
                    numeric.add(field.getKey());
                }
            });
            numeric.forEach(name -> a.put(name, a.get(name).asText()));
        } else if (path.equals("/v2/portorders/portability") && body.path("numbers").isValueNode()) {
            String single = body.get("numbers").asText();
            body.putArray("numbers").add(single);
        }
        if (body.equals(json)) {
            return request;
        }
        return request.withBody(request.contentType(), body.toString(), body);
    }
}
