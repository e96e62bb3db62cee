package io.github.camelflowroute.component.flowroute;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.camelflowroute.component.flowroute.management.ClientView;
import io.github.camelflowroute.component.flowroute.management.Masking;

/**
 * What makes two endpoints' HTTP clients interchangeable: the values of the options marked {@link ClientSetting}.
 * The names are read from the configuration class once, the values through the generated configurer, so an option
 * marked there is in the key with no list here to keep in step. Objects such as TLS parameters or a rate limiter
 * compare by identity. {@link #toString()} shows no value: the key holds the credentials.
 */
final class ClientSettings {

    /** The options marked {@link ClientSetting}, in name order. */
    static final List<String> NAMES = Arrays.stream(FlowrouteConfiguration.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(ClientSetting.class)).map(Field::getName).sorted().toList();

    private final Map<String, Object> values;

    private ClientSettings(Map<String, Object> values) {
        this.values = values;
    }

    /** The client settings of an endpoint. */
    static ClientSettings of(FlowrouteEndpoint endpoint) {
        Map<String, Object> values = new TreeMap<>();
        for (String name : NAMES) {
            values.put(name, comparable(endpoint.optionValue(name)));
        }
        return new ClientSettings(values);
    }

    private static Object comparable(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value instanceof Duration) {
            return value;
        }
        return new Identity(value);
    }

    /** How the dev console shows a client of these settings: the access key masked, the secret key left out. */
    ClientView view(String role, int users) {
        return new ClientView(role, (String) values.get("baseUrl"), Masking.accessKey((String) values.get("accessKey")),
                users);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClientSettings s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ClientSettings[" + values.get("baseUrl") + "]";
    }

    private record Identity(Object target) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.target == target;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target);
        }
    }
}
