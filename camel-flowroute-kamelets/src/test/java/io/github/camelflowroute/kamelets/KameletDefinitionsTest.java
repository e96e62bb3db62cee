package io.github.camelflowroute.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Kamelet follows the conventions of the Apache Camel Kamelet catalog, and its template only uses the
 * component's options as the component's flowroute.json declares them (so a renamed option fails here, not at a
 * user's start).
 */
class KameletDefinitionsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9]+)}}");
    private static final Set<String> WEBHOOK_OPTIONS = Set.of("webhookComponentName", "webhookExternalUrl",
            "webhookPath", "webhookAutoRegister", "webhookBasePath");

    @ParameterizedTest
    @ValueSource(strings = { "flowroute-sms-sink", "flowroute-sms-source", "flowroute-mdr-source" })
    void followsTheCatalogConventions(String name) throws IOException {
        Map<String, Object> kamelet = load(name);

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = map(kamelet, "metadata");
        assertThat(metadata).containsEntry("name", name);
        assertThat(map(metadata, "labels")).containsEntry("camel.apache.org/kamelet.type",
                name.endsWith("-sink") ? "sink" : "source");
        assertThat(map(metadata, "annotations")).containsKeys("camel.apache.org/kamelet.support.level",
                "camel.apache.org/kamelet.icon", "camel.apache.org/provider", "camel.apache.org/kamelet.group")
                .containsEntry("camel.apache.org/catalog.version", System.getProperty("flowroute.project.version"));

        Map<String, Object> definition = map(map(kamelet, "spec"), "definition");
        assertThat(definition).containsKeys("title", "description");
        Map<String, Object> properties = map(definition, "properties");
        List<String> required = strings(definition.get("required"));
        assertThat(properties.keySet()).as("the required properties are declared").containsAll(required);
        for (String key : List.of("accessKey", "secretKey")) {
            assertThat(map(properties, key)).as(key).containsEntry("format", "password")
                    .containsEntry("x-descriptors", List.of("urn:camel:group:credentials"));
            assertThat(required).contains(key);
        }
        for (String property : properties.keySet()) {
            assertThat(map(properties, property).keySet()).as(property).contains("title", "description", "type");
        }

        assertThat(strings(map(kamelet, "spec").get("dependencies"))).as("dependencies")
                .contains(
                        "mvn:io.github.camelflowroute:camel-flowroute:"
                                + System.getProperty("flowroute.project.version"),
                        "camel:kamelet");
    }

    @ParameterizedTest
    @ValueSource(strings = { "flowroute-sms-sink", "flowroute-sms-source", "flowroute-mdr-source" })
    void templateUsesOnlyDeclaredPropertiesAndTheComponentsOptions(String name) throws IOException {
        Map<String, Object> kamelet = load(name);
        Map<String, Object> spec = map(kamelet, "spec");
        Set<String> declared = map(map(spec, "definition"), "properties").keySet();
        Map<String, Object> template = map(spec, "template");

        Matcher m = PLACEHOLDER.matcher(String.valueOf(template));
        List<String> used = new ArrayList<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(declared).as("every {{placeholder}} of the template is a declared property").containsAll(used);
        assertThat(used).as("every declared property is used by the template").containsAll(declared);

        JsonObject options = componentOptions();
        for (Map<String, Object> endpoint : flowrouteEndpoints(template)) {
            String uri = (String) endpoint.get("uri");
            String operation = uri.substring(uri.lastIndexOf(':') + 1);
            List<String> operations = strings(((JsonObject) options.get("operation")).getCollection("enum"));
            assertThat(operations).as(uri).contains(operation);
            for (String option : map(endpoint, "parameters").keySet()) {
                if (!WEBHOOK_OPTIONS.contains(option)) {
                    assertThat(options).as("%s: an option of the component", option).containsKey(option);
                }
            }
        }
    }

    /** The from and to steps whose URI is a flowroute endpoint, in order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> flowrouteEndpoints(Object node) {
        List<Map<String, Object>> found = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            Object uri = map.get("uri");
            if (uri instanceof String s && s.replace("webhook:", "").startsWith("flowroute:")) {
                found.add((Map<String, Object>) map);
            }
            map.values().forEach(v -> found.addAll(flowrouteEndpoints(v)));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> found.addAll(flowrouteEndpoints(v)));
        }
        return found;
    }

    private static JsonObject componentOptions() throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getResourceAsStream(
                "/META-INF/io/github/camelflowroute/component/flowroute/flowroute.json")) {
            assertThat(in).as("the component's flowroute.json").isNotNull();
            JsonObject json =
                    (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), "UTF-8"), (JsonObject) null);
            return (JsonObject) json.get("properties");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String name) throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
            assertThat(in).as("kamelets/%s.kamelet.yaml on the classpath", name).isNotNull();
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    private static List<String> strings(Object list) {
        assertThat(list).isInstanceOf(java.util.Collection.class);
        return ((java.util.Collection<?>) list).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
