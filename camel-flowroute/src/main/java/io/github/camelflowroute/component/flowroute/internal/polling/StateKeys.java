package io.github.camelflowroute.component.flowroute.internal.polling;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.Function;

import io.github.camelflowroute.component.flowroute.client.ApiInput;
import io.github.camelflowroute.component.flowroute.client.ApiOperation;

/**
 * The default state keys of the consumers: the operation and the inputs its declaration marks as filters, the same
 * ones the consumer's list call carries ({@code OperationBinding.filters}), never credentials. Two nodes running the
 * same route therefore share one position in a shared repository, and two consumers that read different records
 * never do.
 */
public final class StateKeys {

    private StateKeys() {
    }

    /**
     * @param operation   the operation's name
     * @param declaration its declaration, or {@code null} for a consumer made of several calls
     * @param options     the endpoint option of a name ({@code null} when unset)
     */
    public static String defaultKey(String operation, ApiOperation<?> declaration, Function<String, Object> options) {
        Map<String, Object> filters = new TreeMap<>();
        if (declaration != null) {
            for (ApiInput input : declaration.inputs()) {
                if (input.isFilter()) {
                    filters.put(input.name(), options.apply(input.name()));
                }
            }
        }
        StringJoiner key = new StringJoiner("&", "flowroute:" + operation + "?", "").setEmptyValue(
                "flowroute:" + operation);
        filters.forEach((name, value) -> {
            if (value != null) {
                key.add(name + "=" + value);
            }
        });
        return key.toString();
    }
}
