package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the request variants the live API documents as accepted into the spec's own form, before
 * validation and before the operation runs. Each rewrite cites the note it implements; anything not
 * listed here is validated as sent.
 */
final class RequestNormalizer {

    private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME_WITHOUT_ZONE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?");
    private static final String FORM = "application/x-www-form-urlencoded";
    /** The account callback paths, {@code /v2.1/messages/sms_callback} and its siblings. */
    private static final Pattern ACCOUNT_CALLBACK = Pattern.compile("/v2\\.1/messages/(sms|mms|dlr)_callback");

    private final ObjectMapper mapper;

    RequestNormalizer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ApiRequest normalize(ApiRequest request) {
        ApiRequest result = SdkBodyShapes.rewrite(normalizeBody(request));
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
            json = null;
        }
        if (json == null) {
            if (contentType != null && mediaType(contentType).equals(FORM)) {
                // API surface, "Wire facts": the Python and Ruby SDKs form-encode some bodies
                // (value=..., numbers=...&numbers=...); read them as the JSON object they stand for
                ObjectNode form = formAsJson(request.body());
                return request.withBody(ApiResponse.JSON_API, form.toString(), form);
            }
            // left as sent: the validator reports the parse error with its own message
            return request.withBody(contentType, request.body(), null);
        }
        if (contentType == null || !mediaType(contentType).equals(ApiResponse.JSON_API)) {
            // API surface, "Wire facts": SDKs send JSON labelled with no Content-Type or as a form;
            // the API parses a JSON body whatever its label
            contentType = ApiResponse.JSON_API;
        }
        if (!json.isObject()) {
            return request.withBody(contentType, request.body(), json);
        }
        ObjectNode rewritten = null;
        if (request.method().equals("POST") && request.path().equals("/v2.1/messages")) {
            rewritten = unwrapJsonApiMessage(((ObjectNode) json).deepCopy());
            normalizeIsMms(rewritten);
        } else if (request.method().equals("PUT") && ACCOUNT_CALLBACK.matcher(request.path()).matches()) {
            rewritten = unwrapJsonApiCallback(((ObjectNode) json).deepCopy());
        }
        if (rewritten == null || rewritten.equals(json)) {
            // unchanged: the validator sees the client's exact text
            return request.withBody(contentType, request.body(), json);
        }
        return request.withBody(contentType, rewritten.toString(), rewritten);
    }

    /**
     * API surface, M4-M6: the Python SDK sets account callbacks with the JSON:API form
     * {@code {"data":{"attributes":{"callback_url":"..."}}}}, PHP and the revision with the flat
     * {@code {"callback_url":"..."}}; the live API takes both.
     */
    private static ObjectNode unwrapJsonApiCallback(ObjectNode body) {
        JsonNode attributes = body.path("data").path("attributes");
        if (body.has("callback_url") || !attributes.isObject() || !attributes.has("callback_url")) {
            return body;
        }
        ObjectNode flat = body.objectNode();
        flat.set("callback_url", attributes.get("callback_url"));
        return flat;
    }

    /** A form body as a JSON object: one value a string, a repeated name an array of strings. */
    static ObjectNode formAsJson(String body) {
        Map<String, List<String>> fields = SimulatorHttpHandler.parseQuery(body.strip());
        ObjectNode object = new ObjectMapper().createObjectNode();
        fields.forEach((name, values) -> {
            if (values.size() == 1) {
                object.put(name, values.get(0));
            } else {
                values.forEach(object.withArray(name)::add);
            }
        });
        return object;
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
     * value is read as midnight UTC, and a date-time without zone as UTC.
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
                } else if (DATE_TIME_WITHOUT_ZONE.matcher(v).matches()) {
                    // API surface, M2: the Python SDK sends a date as 2017-12-01T00:00:00, without zone;
                    // the live API reads it as UTC
                    expanded.add(v + "Z");
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
