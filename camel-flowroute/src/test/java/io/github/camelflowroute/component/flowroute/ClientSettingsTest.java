package io.github.camelflowroute.component.flowroute;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.github.camelflowroute.component.flowroute.client.HttpFlowrouteClientBuilder;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key endpoints share HTTP clients by is derived from the options marked {@link ClientSetting}: an option that
 * reaches the client builder without the mark would let endpoints with different settings share one client, and
 * the first test finds it by changing every option in turn and watching the builder.
 */
class ClientSettingsTest {

    private static final String URI = "flowroute:sendMessage?accessKey=key&secretKey=secret";
    private static final FlowrouteEndpointConfigurer CONFIGURER = new FlowrouteEndpointConfigurer();

    private final CamelContext context = new DefaultCamelContext();
    // one component, so that every endpoint sees the same default rate limiter
    private final FlowrouteComponent component = new FlowrouteComponent();

    @BeforeEach
    void start() {
        context.addComponent("flowroute", component);
        context.start();
    }

    @AfterEach
    void close() throws Exception {
        context.close();
    }

    @Test
    void everyOptionThatReachesTheClientBuilderIsAClientSetting() throws Exception {
        List<String> unmarked = new ArrayList<>();
        for (Field option : options()) {
            FlowrouteEndpoint changed = endpointWith(option);
            if (!builderFields(changed.clientBuilder()).equals(builderFields(endpoint().clientBuilder()))
                    && !ClientSettings.NAMES.contains(option.getName())) {
                unmarked.add(option.getName());
            }
        }

        assertThat(unmarked).as("options that shape the client but are not marked @ClientSetting").isEmpty();
        // the check above sees something: the options the builder takes are many
        assertThat(ClientSettings.NAMES).contains("baseUrl", "accessKey", "maxConnections", "proxyHost", "rateLimiter");
    }

    @Test
    void changingAnyClientSettingGivesAnotherKey() throws Exception {
        ClientSettings unchanged = ClientSettings.of(endpoint());
        for (Field option : options()) {
            if (ClientSettings.NAMES.contains(option.getName())) {
                assertThat(ClientSettings.of(endpointWith(option))).as(option.getName()).isNotEqualTo(unchanged);
            }
        }
    }

    @Test
    void optionsOutsideTheClientKeepTheKey() throws Exception {
        ClientSettings unchanged = ClientSettings.of(endpoint());
        for (String name : List.of("to", "from", "workerPoolSize", "continueOnIoThread", "stateKey", "webhookToken")) {
            Field option = FlowrouteConfiguration.class.getDeclaredField(name);
            assertThat(ClientSettings.of(endpointWith(option))).as(name).isEqualTo(unchanged);
        }
    }

    @Test
    void equalSettingsGiveEqualKeys() throws Exception {
        assertThat(ClientSettings.of(endpoint())).isEqualTo(ClientSettings.of(endpoint()))
                .hasSameHashCodeAs(ClientSettings.of(endpoint()));
    }

    @Test
    void theKeyShowsNoCredentials() throws Exception {
        assertThat(ClientSettings.of(endpoint()).toString()).doesNotContain("secret").doesNotContain("key");
    }

    private FlowrouteEndpoint endpoint() throws Exception {
        return (FlowrouteEndpoint) component.createEndpoint(URI);
    }

    private FlowrouteEndpoint endpointWith(Field option) throws Exception {
        FlowrouteEndpoint endpoint = endpoint();
        option.setAccessible(true);
        Object value = changed(option.getType(), option.get(endpoint.getConfiguration()));
        assertThat(CONFIGURER.configure(context, endpoint, option.getName(), value, false)).as(option.getName())
                .isTrue();
        assertThat(endpoint.optionValue(option.getName())).as(option.getName()).isEqualTo(value);
        return endpoint;
    }

    private static List<Field> options() {
        return Arrays.stream(FlowrouteConfiguration.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(UriParam.class)).toList();
    }

    /** A value of the type other than {@code current}. */
    private static Object changed(Class<?> type, Object current) {
        if (type == String.class) {
            return current == null ? "changed" : current + "0";
        }
        if (type == int.class || type == Integer.class) {
            return current == null ? 7 : (Integer) current + 1;
        }
        if (type == long.class || type == Long.class) {
            return (Long) current + 1;
        }
        if (type == double.class || type == Double.class) {
            return current == null ? 1.5 : (Double) current + 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return !Boolean.TRUE.equals(current);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[0].equals(current) ? constants[1] : constants[0];
        }
        if (type == SSLContextParameters.class) {
            return new SSLContextParameters();
        }
        if (type.isInterface()) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> type.getSimpleName() + " stand-in";
                    default -> null;
                };
            });
        }
        throw new IllegalArgumentException("no changed value for an option of type " + type);
    }

    /** Everything the builder holds, field by field. */
    private static List<Object> builderFields(HttpFlowrouteClientBuilder builder) throws IllegalAccessException {
        List<Object> values = new ArrayList<>();
        for (Field f : HttpFlowrouteClientBuilder.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                f.setAccessible(true);
                values.add(Objects.requireNonNullElse(f.get(builder), "null"));
            }
        }
        return values;
    }
}
