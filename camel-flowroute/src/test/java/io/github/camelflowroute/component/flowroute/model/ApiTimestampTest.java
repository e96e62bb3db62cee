package io.github.camelflowroute.component.flowroute.model;

import java.io.InputStream;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTimestampTest {

    // a plain mapper, as a user's marshal().json() has: no Java time module registered
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aTimestampInAnotherFormThanIso8601IsReadAsTheInstantItNames() throws Exception {
        try (InputStream json = getClass().getResourceAsStream("/model/delivery-receipt-space-separated.json")) {
            DeliveryReceipt receipt = mapper.readValue(json, DeliveryReceipt.class);

            assertThat(receipt.timestamp()).isEqualTo(Instant.parse("2024-06-01T12:00:00Z"));
        }
    }

    @Test
    void aTimestampIsWrittenAsIso8601Text() throws Exception {
        try (InputStream json = getClass().getResourceAsStream("/model/delivery-receipt-space-separated.json")) {
            JsonNode written = mapper.valueToTree(mapper.readValue(json, DeliveryReceipt.class));

            assertThat(written.get("timestamp").textValue()).isEqualTo("2024-06-01T12:00:00Z");
        }
    }
}
