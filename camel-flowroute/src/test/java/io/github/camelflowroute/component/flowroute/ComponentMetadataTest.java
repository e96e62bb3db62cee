package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated flowroute.json, which tooling and the docs read, lists every operation, option and header. */
class ComponentMetadataTest {

    private static final String JSON = "/META-INF/io/github/camelflowroute/component/flowroute/flowroute.json";

    private final JsonNode metadata = read();

    @Test
    void operationPathListsEveryOperation() {
        List<String> listed = new ArrayList<>();
        metadata.at("/properties/operation/enum").forEach(n -> listed.add(n.asText()));

        assertThat(listed).containsExactlyElementsOf(
                Arrays.stream(FlowrouteOperation.values()).map(Enum::name).toList());
        assertThat(metadata.at("/properties/operation/required").asBoolean()).isTrue();
    }

    @Test
    void everyConfigurationOptionIsAnEndpointAndComponentOption() {
        for (Field field : FlowrouteConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(UriParam.class)) {
                assertThat(metadata.at("/properties/" + field.getName()).isMissingNode())
                        .as("endpoint option %s", field.getName()).isFalse();
                assertThat(metadata.at("/componentProperties/" + field.getName()).isMissingNode())
                        .as("component option %s", field.getName()).isFalse();
            }
        }
    }

    @Test
    void credentialsAreSecret() {
        for (String option : List.of("accessKey", "secretKey")) {
            assertThat(metadata.at("/properties/" + option + "/secret").asBoolean()).as(option).isTrue();
            assertThat(metadata.at("/componentProperties/" + option + "/secret").asBoolean()).as(option).isTrue();
        }
    }

    @Test
    void everyHeaderConstantIsListed() throws IllegalAccessException {
        for (Field field : FlowrouteConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String header = (String) field.get(null);
                assertThat(header).startsWith("CamelFlowroute");
                assertThat(metadata.at("/headers/" + header + "/description").asText()).as(header).isNotBlank();
            }
        }
    }

    @Test
    void defaultBaseUrlIsTheLiveApi() {
        assertThat(metadata.at("/properties/baseUrl/defaultValue").asText()).isEqualTo("https://api.flowroute.com");
        assertThat(metadata.at("/component/syntax").asText()).isEqualTo("flowroute:operation");
        assertThat(metadata.at("/component/async").asBoolean()).as("non-blocking producer").isTrue();
    }

    private static JsonNode read() {
        try (InputStream in = ComponentMetadataTest.class.getResourceAsStream(JSON)) {
            assertThat(in).as(JSON).isNotNull();
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
