package io.github.camelflowroute.component.flowroute.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds a URL query, encoding each value (so {@code :} and {@code +} of dates travel safely). */
final class QueryString {

    private final StringBuilder query = new StringBuilder();

    QueryString add(String name, Object value) {
        if (value != null) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The query with its leading {@code ?}, or the empty string when no value was added. */
    @Override
    public String toString() {
        return query.isEmpty() ? "" : "?" + query;
    }
}
