package io.github.camelflowroute.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer about to be written.
 *
 * @param status      HTTP status
 * @param contentType Content-Type, or {@code null} when there is no body
 * @param body        body bytes, empty for none
 * @param headers     further headers
 */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    /** The media type the Flowroute API answers with. */
    static final String JSON_API = "application/vnd.api+json";

    static ApiResponse json(int status, byte[] body) {
        return new ApiResponse(status, JSON_API, body, Map.of());
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, null, new byte[0], Map.of());
    }

    ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, more);
    }

    ApiResponse withHeaders(Map<String, String> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new ApiResponse(status, contentType, body, all);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
