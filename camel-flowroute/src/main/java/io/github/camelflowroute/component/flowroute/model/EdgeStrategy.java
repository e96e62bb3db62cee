package io.github.camelflowroute.component.flowroute.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An edge strategy (point of presence) a route can use. The API documents no attributes, so they are kept as
 * read.
 *
 * @param id         the id a route names
 * @param attributes the attributes as the API gave them
 */
public record EdgeStrategy(String id, Map<String, Object> attributes) {

    public EdgeStrategy {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
