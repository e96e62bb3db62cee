package io.github.camelflowroute.simulator;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request the simulator received, as the journal keeps it.
 *
 * @param method  HTTP method, upper case
 * @param path    request path without query, e.g. {@code /v2/numbers}
 * @param query   the raw (still URL-encoded) query string, or {@code null} when there was none
 * @param headers request headers, looked up case-insensitively; several values of one header are joined
 *                with {@code ", "}. {@code Authorization} is redacted to its scheme, e.g.
 *                {@code Basic [REDACTED]}: the journal never holds a credential
 * @param body    request body as UTF-8 text, empty when there was none
 * @param status  status answered, or {@link #DROPPED} when the connection was closed without an answer
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, String body,
        int status) {

    /** Status recorded for a request whose connection was dropped by a fault. */
    public static final int DROPPED = 0;

    /** Checks the components and freezes the headers. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            copy.putAll(headers);
        }
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    /** A header's value (case-insensitive name), or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }
}
