package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented live variants in LIVE style, and their spec-typed forms in SPEC style. */
class ResponseStyleTest extends ResponseStylesTestSupport {

    private static JsonNode numberDetails(FlowrouteSimulator sim) {
        String number = sim.state().accountNumbers().get(0).number();
        return new SimClient(sim).get("/v2/numbers/" + number).json().path("data").path("attributes").path("value");
    }

    private static JsonNode firstMdrSetItem(FlowrouteSimulator sim) {
        return new SimClient(sim).get("/v2.1/messages?start_date=2025-01-01").json().path("data").get(0);
    }

    private static String firstMessageId(FlowrouteSimulator sim) {
        return sim.state().messages().get(0).id();
    }

    @Test
    void liveNumberValueIsElevenDigitString() {
        JsonNode value = numberDetails(LIVE.simulator());

        assertThat(value.isTextual()).isTrue();
        assertThat(value.asText()).matches("1\\d{10}");
    }

    @Test
    void specNumberValueIsInteger() {
        JsonNode value = numberDetails(SPEC.simulator());

        assertThat(value.isIntegralNumber()).isTrue();
        assertThat(value.asLong()).isEqualTo(Long.parseLong(SPEC.simulator().state().accountNumbers().get(0).number()));
    }

    @Test
    void liveAccountListValueIsString() {
        JsonNode item = new SimClient(LIVE.simulator()).get("/v2/numbers").json().path("data").get(0);

        assertThat(item.path("attributes").path("value").isTextual()).isTrue();
    }

    @Test
    void liveAvailableNumberValueIsString() {
        JsonNode item = new SimClient(LIVE.simulator()).get("/v2/numbers/available").json().path("data").get(0);

        assertThat(item.path("attributes").path("value").isTextual()).isTrue();
    }

    @Test
    void specAvailableNumberValueIsInteger() {
        JsonNode item = new SimClient(SPEC.simulator()).get("/v2/numbers/available").json().path("data").get(0);

        assertThat(item.path("attributes").path("value").isIntegralNumber()).isTrue();
    }

    @Test
    void liveAmountDisplayIsDollarString() {
        FlowrouteSimulator sim = LIVE.simulator();
        JsonNode attributes = new SimClient(sim).get("/v2.1/messages/" + firstMessageId(sim))
                .json().path("data").path("attributes");

        assertThat(attributes.path("amount_display").isTextual()).isTrue();
        assertThat(attributes.path("amount_display").asText()).isEqualTo("$0.0040");
    }

    @Test
    void specAmountDisplayIsNumber() {
        FlowrouteSimulator sim = SPEC.simulator();
        JsonNode attributes = new SimClient(sim).get("/v2.1/messages/" + firstMessageId(sim))
                .json().path("data").path("attributes");

        assertThat(attributes.path("amount_display").isNumber()).isTrue();
        assertThat(attributes.path("amount_display").asDouble()).isEqualTo(0.004);
    }

    @Test
    void liveMdrSetItemsArePlainResourceObjects() {
        JsonNode item = firstMdrSetItem(LIVE.simulator());

        assertThat(item.has("data")).isFalse();
        assertThat(item.path("id").asText()).startsWith("mdr2-");
        assertThat(item.path("type").asText()).isEqualTo("message");
        assertThat(item.path("attributes").path("amount_display").isTextual()).isTrue();
        assertThat(item.has("links")).as("mdr-list.json items have no links").isFalse();
    }

    @Test
    void specMdrSetItemsAreWrappedMdr2Documents() {
        JsonNode item = firstMdrSetItem(SPEC.simulator());

        assertThat(item.fieldNames()).toIterable().containsExactly("data");
        assertThat(item.path("data").path("id").asText()).startsWith("mdr2-");
        assertThat(item.path("data").path("attributes").path("amount_display").isNumber()).isTrue();
    }

    @Test
    void liveForbiddenErrorHasNoId() {
        JsonNode error = new SimClient(LIVE.simulator())
                .post("/v2.1/messages", SimClient.sms("12065550000", "13125550123", "x")).json().path("errors").get(0);

        assertThat(error.has("id")).isFalse();
        assertThat(error.path("status").asInt()).isEqualTo(403);
    }

    @Test
    void specForbiddenErrorHasId() {
        JsonNode error = new SimClient(SPEC.simulator())
                .post("/v2.1/messages", SimClient.sms("12065550000", "13125550123", "x")).json().path("errors").get(0);

        assertThat(error.path("id").asText()).isNotEmpty();
    }

    @Test
    void bothStylesServeTheSameAccount() {
        assertThat(LIVE.simulator().state().accountNumbers()).isEqualTo(SPEC.simulator().state().accountNumbers());
        assertThat(LIVE.simulator().responseStyle()).isEqualTo(ResponseStyle.LIVE);
        assertThat(SPEC.simulator().responseStyle()).isEqualTo(ResponseStyle.SPEC);
    }
}
