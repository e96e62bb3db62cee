package io.github.camelflowroute.component.flowroute.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A port order of the account. The API documents no attributes, so they are kept as read.
 *
 * @param id         the order id
 * @param attributes the attributes as the API gave them
 */
public record PortOrder(String id, Map<String, Object> attributes) {

    public PortOrder {
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
