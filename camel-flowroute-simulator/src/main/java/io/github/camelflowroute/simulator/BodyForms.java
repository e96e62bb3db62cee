package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request body forms the official SDKs send (flowroute-api-surface.md, section 0) turned into one form
 * before validation: a JSON body is read as JSON whatever its label (none, {@code application/json},
 * {@code application/x-www-form-urlencoded} for a JSON text, a bogus value), and the two real form-encoded
 * bodies (CNAM {@code value=...}, portability {@code numbers=...&numbers=...}) become their JSON form.
 */
final class BodyForms {

    /** Form-encoded bodies real SDKs send, by path, with the fields that repeat (lists). */
    private static final Map<String, Set<String>> FORM_PATHS = Map.of(
            "/v2/cnams", Set.of(),
            "/v2/portorders/portability", Set.of("numbers"));

    private final ObjectMapper mapper;

    BodyForms(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The request with a body the SDKs send labelled {@code application/vnd.api+json} (and a form body
     * rewritten as JSON); other requests unchanged.
     */
    ApiRequest normalize(ApiRequest request) {
        if (!request.hasBody()) {
            return request;
        }
        String text = request.body().strip();
        boolean looksJson = text.startsWith("{") || text.startsWith("[");
        String media = request.contentType() == null ? "" : RequestNormalizer.mediaType(request.contentType());
        if (looksJson) {
            String body = sdkShapes(request.method(), request.path(), request.body());
            if (!media.equals(ApiResponse.JSON_API) && !media.equals("application/json")) {
                // no label, a form label on a JSON text (PHP, Ruby), a bogus label (Node's CNAM create)
                return request.withBody(ApiResponse.JSON_API, body, null);
            }
            return body.equals(request.body()) ? request : request.withBody(request.contentType(), body, null);
        }
        Set<String> lists = FORM_PATHS.get(request.path());
        if (lists != null && "POST".equals(request.method()) && text.contains("=")) {
            return request.withBody(ApiResponse.JSON_API, formToJson(text, lists), null);
        }
        return request;
    }

    /**
     * The JSON variants of the SDK-only calls rewritten into the one form the project's fragment
     * describes: a JSON:API alias or CNAM body into the SDKs' flat one, E911 numbers (the revision types
     * {@code zip} as an integer) into strings, one portability number into a list.
     */
    private String sdkShapes(String method, String path, String body) {
        JsonNode doc;
        try {
            doc = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return body;
        }
        if (doc == null || !doc.isObject()) {
            return body;
        }
        ObjectNode object = (ObjectNode) doc.deepCopy();
        JsonNode attributes = object.path("data").path("attributes");
        boolean numbers = path.startsWith("/v2/numbers/") && path.indexOf('/', "/v2/numbers/".length()) < 0;
        if ("PATCH".equals(method) && numbers && attributes.isObject() && attributes.has("alias")) {
            object = mapper.createObjectNode().put("type", "number").set("alias", attributes.get("alias"));
        } else if ("POST".equals(method) && path.equals("/v2/cnams") && attributes.isObject()
                && attributes.has("value")) {
            object = mapper.createObjectNode().set("value", attributes.get("value"));
        } else if (path.startsWith("/v2/e911s") && attributes.isObject()) {
            ObjectNode a = (ObjectNode) attributes;
            List<String> numeric = new java.util.ArrayList<>();
            a.properties().forEach(field -> {
                if (field.getValue().isNumber()) {
                    numeric.add(field.getKey());
                }
            });
            numeric.forEach(name -> a.put(name, a.get(name).asText()));
        } else if (path.equals("/v2/portorders/portability") && object.path("numbers").isValueNode()) {
            String single = object.get("numbers").asText();
            object.putArray("numbers").add(single);
        }
        return object.equals(doc) ? body : object.toString();
    }

    private String formToJson(String form, Set<String> lists) {
        ObjectNode doc = mapper.createObjectNode();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            if (lists.contains(name)) {
                ArrayNode values = doc.has(name) && doc.get(name).isArray() ? (ArrayNode) doc.get(name)
                        : doc.putArray(name);
                values.add(value);
            } else {
                doc.put(name, value);
            }
        }
        return doc.toString();
    }

    /** For tests and docs: the paths with a form-encoded body. */
    static List<String> formPaths() {
        return List.copyOf(FORM_PATHS.keySet());
    }
}
