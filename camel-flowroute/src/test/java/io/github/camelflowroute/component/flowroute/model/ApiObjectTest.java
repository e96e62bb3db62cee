package io.github.camelflowroute.component.flowroute.model;

import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiObjectTest {

    // a plain mapper, as a user's unmarshal().json() has: it fails on unknown fields unless the type says otherwise
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void fieldsAreReadUnderTheSnakeCaseOfTheirJavaNames() throws Exception {
        PhoneNumber number = read();

        assertThat(number.cnamLookupsEnabled()).isTrue();
        assertThat(number.numberType()).isEqualTo("standard");
        assertThat(number.rateCenter()).isEqualTo("seattle");
    }

    @Test
    void aFieldTheModelDoesNotKnowIsIgnoredByAnyMapper() throws Exception {
        assertThat(read().value()).isEqualTo("12065551234");
    }

    @Test
    void fieldsAreWrittenUnderTheSnakeCaseOfTheirJavaNames() throws Exception {
        JsonNode written = mapper.valueToTree(read());

        assertThat(written.has("cnam_lookups_enabled")).isTrue();
        assertThat(written.has("cnamLookupsEnabled")).isFalse();
    }

    private PhoneNumber read() throws Exception {
        try (InputStream json = getClass().getResourceAsStream("/model/phone-number-with-unknown-field.json")) {
            return mapper.readValue(json, PhoneNumber.class);
        }
    }
}
