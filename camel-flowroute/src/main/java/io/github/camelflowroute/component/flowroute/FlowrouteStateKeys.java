package io.github.camelflowroute.component.flowroute;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The default state keys of the consumers: the operation and the filters that shape what it reads, never
 * credentials. Two nodes running the same route therefore share one position in a shared repository.
 */
final class FlowrouteStateKeys {

    private FlowrouteStateKeys() {
    }

    static String defaultKey(FlowrouteEndpoint endpoint) {
        FlowrouteConfiguration c = endpoint.getConfiguration();
        Map<String, Object> filters = new TreeMap<>();
        filters.put("startsWith", c.getStartsWith());
        filters.put("endsWith", c.getEndsWith());
        filters.put("contains", c.getContains());
        filters.put("rateCenter", c.getRateCenter());
        filters.put("state", c.getState());
        filters.put("routeType", c.getRouteType());
        StringJoiner key = new StringJoiner("&", "flowroute:" + endpoint.getOperation() + "?", "").setEmptyValue(
                "flowroute:" + endpoint.getOperation());
        filters.forEach((name, value) -> {
            if (value != null) {
                key.add(name + "=" + value);
            }
        });
        return key.toString();
    }
}
