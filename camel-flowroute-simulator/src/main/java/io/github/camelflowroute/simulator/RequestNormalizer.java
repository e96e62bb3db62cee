package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rewrites the request variants the live API documents as accepted into the spec's own form, before
 * validation and before the operation runs. Each rewrite cites the note it implements; anything not
 * listed here is validated as sent.
 */
final class RequestNormalizer {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final ObjectMapper mapper;
    private final BodyForms bodyForms;

    RequestNormalizer(ObjectMapper mapper) {
        this.mapper = mapper;
        this.bodyForms = new BodyForms(mapper);
    }

    ApiRequest normalize(ApiRequest request) {
        ApiRequest result = normalizeBody(bodyForms.normalize(request));
        if (result.method().equals("GET") && result.path().equals("/v2.1/messages")) {
            result = expandDates(result);
        }
        return result;
    }

    private ApiRequest normalizeBody(ApiRequest request) {
        // Notes, "Auth and transport": the API also accepts Content-Type application/json.
        String contentType = request.contentType();
        if (contentType != null && mediaType(contentType).equals("application/json")) {
            int semi = contentType.indexOf(';');
            contentType = ApiResponse.JSON_API + (semi < 0 ? "" : contentType.substring(semi));
        }
        if (!request.hasBody()) {
            return request.withBody(contentType, request.body(), null);
        }
        JsonNode json;
        try {
            json = mapper.readTree(request.body());
        } catch (JsonProcessingException e) {
            // left as sent: the validator reports the parse error with its own message
            return request.withBody(contentType, request.body(), null);
        }
        if (json == null || !json.isObject()) {
            return request.withBody(contentType, request.body(), json);
        }
        if (request.method().equals("POST") && request.path().equals("/v2.1/messages")) {
            ObjectNode message = unwrapJsonApiMessage(((ObjectNode) json).deepCopy());
            normalizeIsMms(message);
            // re-serialise only when something changed, so the validator sees the client's exact text otherwise
            String text = message.equals(json) ? request.body() : message.toString();
            return request.withBody(contentType, text, message);
        }
        return request.withBody(contentType, request.body(), json);
    }

    /**
     * Notes, "Auth and transport": Messages v2.1 accepts the compact body and a JSON:API body
     * {@code {"data":{"type":"message","attributes":{...}}}}; the spec describes only the compact one.
     */
    private ObjectNode unwrapJsonApiMessage(ObjectNode body) {
        JsonNode data = body.get("data");
        if (body.size() != 1 || data == null || !data.isObject()) {
            return body;
        }
        JsonNode type = data.get("type");
        JsonNode attributes = data.get("attributes");
        if (attributes == null || !attributes.isObject() || (type != null && !"message".equals(type.asText()))) {
            return body;
        }
        return (ObjectNode) attributes;
    }

    /** Notes, table row "is_mms": samples send the string "true"; the spec says boolean. */
    private void normalizeIsMms(ObjectNode message) {
        JsonNode isMms = message.get("is_mms");
        if (isMms != null && isMms.isTextual()) {
            String text = isMms.asText().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                message.put("is_mms", Boolean.parseBoolean(text));
            }
        }
    }

    /**
     * Notes, "Identifiers and formats" (and the spec's own parameter description): MDR search dates may be
     * {@code YYYY-MM-DD}; the schema's {@code date-time} format alone would refuse that, so a date-only
     * value is read as midnight UTC.
     */
    private ApiRequest expandDates(ApiRequest request) {
        Map<String, List<String>> query = new LinkedHashMap<>(request.query());
        boolean changed = false;
        for (String name : List.of("start_date", "end_date")) {
            List<String> values = query.get(name);
            if (values == null) {
                continue;
            }
            List<String> expanded = new ArrayList<>();
            for (String v : values) {
                if (DATE_ONLY.matcher(v).matches()) {
                    expanded.add(v + "T00:00:00Z");
                    changed = true;
                } else {
                    expanded.add(v);
                }
            }
            query.put(name, List.copyOf(expanded));
        }
        return changed ? request.withQuery(Collections.unmodifiableMap(query)) : request;
    }

    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }
}
