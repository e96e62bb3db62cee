package io.github.camelflowroute.component.flowroute;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import io.github.camelflowroute.component.flowroute.client.ApiInput;
import io.github.camelflowroute.component.flowroute.client.ApiOperation;

/**
 * The default state keys of the consumers: the operation and the filters its declaration marks as shaping what it
 * reads, never
 * credentials. Two nodes running the same route therefore share one position in a shared repository.
 */
final class FlowrouteStateKeys {

    private FlowrouteStateKeys() {
    }

    static String defaultKey(FlowrouteEndpoint endpoint) {
        Map<String, Object> filters = new TreeMap<>();
        ApiOperation<?> declaration = endpoint.getOperation().declaration();
        if (declaration != null) {
            for (ApiInput input : declaration.inputs()) {
                if (input.isFilter()) {
                    filters.put(input.name(), endpoint.optionValue(input.name()));
                }
            }
        }
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
