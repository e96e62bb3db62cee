package io.github.camelflowroute.component.flowroute.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated starter matches the component it is built with: every component option of the flowroute.json in
 * the component's jar (the one on this classpath) has its property, its metadata entry, and nothing else is there.
 * A component option added without a rebuild of the starter fails here.
 */
class FlowrouteStarterMetadataTest {

    private static final String PREFIX = "camel.component.flowroute.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode component = read("META-INF/io/github/camelflowroute/component/flowroute/flowroute.json");
    private final Map<String, JsonNode> metadata = metadataProperties();

    @Test
    void everyComponentOptionIsAProperty() {
        List<String> options = componentOptions();

        assertThat(FlowrouteComponentConfiguration.OPTIONS).containsExactlyElementsOf(options);
        for (String option : options) {
            assertThat(metadata).as("metadata of %s", option).containsKey(PREFIX + dashed(option));
            String accessor = Character.toUpperCase(option.charAt(0)) + option.substring(1);
            assertThat(FlowrouteComponentConfiguration.class.getMethods())
                    .as("getter and setter of %s", option)
                    .anyMatch(m -> m.getName().equals("get" + accessor) && m.getParameterCount() == 0)
                    .anyMatch(m -> m.getName().equals("set" + accessor) && m.getParameterCount() == 1);
        }
    }

    @Test
    void theMetadataHasNothingButTheOptionsAndTheSwitches() {
        List<String> expected = new ArrayList<>(componentOptions().stream().map(o -> PREFIX + dashed(o)).toList());
        expected.add(PREFIX + "enabled");
        expected.add(PREFIX + "customizer.enabled");

        assertThat(metadata.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theSecretsAreTheOptionsTheComponentMarksSecret() {
        List<String> secrets = new ArrayList<>();
        component.get("componentProperties").fields().forEachRemaining(e -> {
            if (e.getValue().path("secret").asBoolean()) {
                secrets.add(e.getKey());
            }
        });

        assertThat(secrets).contains("accessKey", "secretKey");
        assertThat(FlowrouteComponentConfiguration.SECRET_OPTIONS).containsExactlyElementsOf(secrets);
        for (String secret : secrets) {
            assertThat(metadata.get(PREFIX + dashed(secret)).path("description").asText())
                    .contains("A secret").contains("masked");
        }
    }

    @Test
    void descriptionsAndDefaultsComeFromTheComponent() {
        JsonNode baseUrl = metadata.get(PREFIX + "base-url");
        assertThat(baseUrl.path("description").asText())
                .startsWith(component.at("/componentProperties/baseUrl/description").asText());
        assertThat(baseUrl.path("defaultValue").asText()).isEqualTo("https://api.flowroute.com");
        assertThat(metadata.get(PREFIX + "connect-timeout").path("defaultValue").asText()).isEqualTo("10s");
        assertThat(metadata.get(PREFIX + "max-connections").path("defaultValue").asInt()).isEqualTo(100);
        assertThat(metadata.get(PREFIX + "client").path("type").asText())
                .isEqualTo("io.github.camelflowroute.component.flowroute.client.FlowrouteClient");
    }

    @Test
    void enumOptionsHaveTheirValuesAsHints() throws IOException {
        JsonNode hints = metadataRoot().get("hints");
        List<String> hinted = new ArrayList<>();
        hints.forEach(h -> hinted.add(h.get("name").asText()));
        List<String> enums = new ArrayList<>();
        component.get("componentProperties").fields().forEachRemaining(e -> {
            if (e.getValue().has("enum")) {
                enums.add(PREFIX + dashed(e.getKey()));
            }
        });

        assertThat(hinted).containsExactlyInAnyOrderElementsOf(enums).contains(PREFIX + "route-type");
    }

    private List<String> componentOptions() {
        List<String> names = new ArrayList<>();
        component.get("componentProperties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String dashed(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static Map<String, JsonNode> metadataProperties() {
        Map<String, JsonNode> result = new HashMap<>();
        try {
            metadataRoot().get("properties").forEach(p -> result.put(p.get("name").asText(), p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** This starter's metadata; Spring Boot's own jars carry files of the same name. */
    private static JsonNode metadataRoot() throws IOException {
        List<URL> urls = Collections.list(FlowrouteStarterMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"));
        for (Iterator<URL> it = urls.iterator(); it.hasNext();) {
            try (InputStream in = it.next().openStream()) {
                JsonNode root = JSON.readTree(in);
                if (root.path("groups").path(0).path("name").asText().equals("camel.component.flowroute")) {
                    return root;
                }
            }
        }
        throw new IllegalStateException("No spring-configuration-metadata.json of the flowroute starter among " + urls);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = FlowrouteStarterMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
