package io.github.camelflowroute.component.flowroute.dsl;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every option and header of the component's flowroute.json has its builder method: an option added to the
 * component without the DSL following fails here.
 */
class EndpointDslCoverageTest {

    private static final String JSON = "/META-INF/io/github/camelflowroute/component/flowroute/flowroute.json";

    @Test
    void everyConsumerOptionHasAMethodOnTheConsumerBuilders() throws IOException {
        assertThat(methodNames(FlowrouteEndpointBuilderFactory.FlowrouteEndpointConsumerBuilder.class,
                FlowrouteEndpointBuilderFactory.AdvancedFlowrouteEndpointConsumerBuilder.class))
                .containsAll(options(o -> !labels(o).contains("producer")));
    }

    @Test
    void everyProducerOptionHasAMethodOnTheProducerBuilders() throws IOException {
        assertThat(methodNames(FlowrouteEndpointBuilderFactory.FlowrouteEndpointProducerBuilder.class,
                FlowrouteEndpointBuilderFactory.AdvancedFlowrouteEndpointProducerBuilder.class))
                .containsAll(options(o -> !labels(o).contains("consumer")));
    }

    @Test
    void everyOptionHasAMethodOnTheEndpointBuilders() throws IOException {
        assertThat(methodNames(FlowrouteEndpointBuilderFactory.FlowrouteEndpointBuilder.class,
                FlowrouteEndpointBuilderFactory.AdvancedFlowrouteEndpointBuilder.class))
                .containsAll(options(o -> true));
    }

    @Test
    void advancedOptionsAreOnTheAdvancedSideOnly() throws IOException {
        Set<String> basic = methodNames(FlowrouteEndpointBuilderFactory.FlowrouteEndpointBuilder.class);
        for (String advanced : options(o -> labels(o).contains("advanced"))) {
            assertThat(FlowrouteEndpointBuilderFactory.FlowrouteEndpointBuilder.class.getDeclaredMethods())
                    .as(advanced).noneMatch(m -> m.getName().equals(advanced));
        }
        assertThat(basic).contains("advanced");
    }

    @Test
    void everyHeaderHasANameMethodThatReturnsIt() throws Exception {
        FlowrouteEndpointBuilderFactory.FlowrouteHeaderNameBuilder names =
                new FlowrouteEndpointBuilderFactory.FlowrouteBuilders() {
                }.flowroute();
        List<String> returned = new java.util.ArrayList<>();
        for (Method m : FlowrouteEndpointBuilderFactory.FlowrouteHeaderNameBuilder.class.getDeclaredMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() == String.class
                    && java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                returned.add((String) m.invoke(names));
            }
        }
        Set<String> headers = ((JsonObject) json().get("headers")).keySet();

        assertThat(headers).isNotEmpty();
        assertThat(returned).containsExactlyInAnyOrderElementsOf(headers);
    }

    @Test
    void theMixinBuildsEndpointsOfTheFlowrouteScheme() {
        FlowrouteEndpointBuilderFactory.FlowrouteBuilders dsl =
                new FlowrouteEndpointBuilderFactory.FlowrouteBuilders() {
                };

        assertThat(dsl.flowroute("sendMessage").from("12065550100").smsPerSecond(3).getRawUri())
                .startsWith("flowroute://sendMessage?").contains("from=12065550100", "smsPerSecond=3");
        assertThat(dsl.flowroute("flowroute2", "listNumbers").getRawUri()).startsWith("flowroute2://listNumbers");
    }

    private static Set<String> methodNames(Class<?>... types) {
        return Stream.of(types).flatMap(t -> Arrays.stream(t.getMethods())).map(Method::getName)
                .collect(Collectors.toSet());
    }

    private static Set<String> labels(JsonObject option) {
        return Set.of(option.getStringOrDefault("label", "").split(","));
    }

    private static List<String> options(java.util.function.Predicate<JsonObject> which) throws IOException {
        List<String> names = ((JsonObject) json().get("properties")).entrySet().stream()
                .filter(e -> !"path".equals(((JsonObject) e.getValue()).getString("kind")))
                .filter(e -> which.test((JsonObject) e.getValue()))
                .map(Map.Entry::getKey).toList();
        assertThat(names).isNotEmpty();
        return names;
    }

    private static JsonObject json() throws IOException {
        try (InputStream in = EndpointDslCoverageTest.class.getResourceAsStream(JSON)) {
            assertThat(in).as("the component's flowroute.json on the classpath").isNotNull();
            return (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    (JsonObject) null);
        }
    }
}
