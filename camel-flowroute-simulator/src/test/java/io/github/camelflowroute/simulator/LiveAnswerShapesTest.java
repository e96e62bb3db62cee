package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, "answered unlike the live API": each shape as the live samples show it (LIVE style, the
 * default), and the spec's form kept in SPEC style where the spec differs.
 */
class LiveAnswerShapesTest extends ResponseStylesTestSupport {

    private static SimClient live() {
        return new SimClient(LIVE.simulator());
    }

    private static String unaliasedNumber(FlowrouteSimulator sim) {
        String number = sim.state().accountNumbers().get(2).number();
        sim.state().updateAccountNumber(number, n -> n.withAlias(null));
        return number;
    }

    @Test
    void accountNumbersAreListedAsPlainResourceObjects() {
        JsonNode first = live().get("/v2/numbers").json().path("data").get(0);

        // the official demos read result['data'][0]['id']
        assertThat(first.path("id").asText()).isEqualTo(LIVE.simulator().state().accountNumbers().get(0).number());
        assertThat(first.has("data")).isFalse();
        assertThat(first.has("relationships")).as("numbers-list.json items have none").isFalse();
    }

    @Test
    void specStyleKeepsTheSpecsWrappedNumberListItems() {
        JsonNode first = new SimClient(SPEC.simulator()).get("/v2/numbers").json().path("data").get(0);

        assertThat(first.path("data").path("type").asText()).isEqualTo("number");
    }

    @Test
    void numberWithoutAliasShowsAliasNull() {
        String number = unaliasedNumber(LIVE.simulator());

        JsonNode attributes = live().get("/v2/numbers/" + number).json().path("data").path("attributes");

        assertThat(attributes.has("alias")).isTrue();
        assertThat(attributes.get("alias").isNull()).isTrue();
    }

    @Test
    void numberDetailsCarryTheFourRelationshipsAndTopLevelLinks() {
        String number = unaliasedNumber(LIVE.simulator());

        JsonNode doc = live().get("/v2/numbers/" + number).json();

        JsonNode relationships = doc.path("data").path("relationships");
        assertThat(relationships.fieldNames()).toIterable()
                .containsExactly("cnam_preset", "e911_address", "failover_route", "primary_route");
        assertThat(relationships.path("cnam_preset").get("data").isNull()).isTrue();
        assertThat(relationships.path("e911_address").get("data").isNull()).isTrue();
        assertThat(relationships.path("failover_route").get("data").isNull()).isTrue();
        assertThat(relationships.path("primary_route").path("data").path("id").asText()).isEqualTo("0");
        assertThat(relationships.path("primary_route").path("data").path("type").asText()).isEqualTo("route");
        assertThat(doc.path("links").path("self").asText()).isEqualTo("https://api.flowroute.com/v2/numbers/" + number);
    }

    @Test
    void purchaseAnswersWithRouteZeroAsPrimaryAndIncluded() {
        String available = LIVE.simulator().state().availableNumbers().get(0).number();

        SimClient.Reply reply = live().post("/v2/numbers/" + available, null);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode doc = reply.json();
        assertThat(doc.path("data").path("relationships").path("primary_route").path("data").path("id").asText())
                .isEqualTo("0");
        assertThat(doc.path("included")).hasSize(1);
        assertThat(doc.path("included").get(0).path("id").asText()).isEqualTo("0");
        assertThat(doc.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers/" + available);
    }

    @Test
    void routeListStartsWithTheBuiltInSipRegRouteWithoutValue() {
        JsonNode first = live().get("/v2/routes").json().path("data").get(0);

        assertThat(first.path("id").asText()).isEqualTo("0");
        assertThat(first.path("attributes").path("route_type").asText()).isEqualTo("sip-reg");
        assertThat(first.path("attributes").path("alias").asText()).isEqualTo("sip-reg");
        assertThat(first.path("attributes").get("value").isNull()).isTrue();
    }

    @Test
    void sipRegRoutesHaveValueNullNotEmptyText() {
        List<JsonNode> sipReg = new ArrayList<>();
        live().get("/v2/routes?route_type=sip-reg").json().path("data").forEach(sipReg::add);

        assertThat(sipReg).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.path("attributes").get("value").isNull()).isTrue());
    }

    @Test
    void specStyleWritesAnEmptyValueForTheSpecsStringType() {
        JsonNode first = new SimClient(SPEC.simulator()).get("/v2/routes").json().path("data").get(0);

        assertThat(first.path("attributes").path("value").asText()).isEmpty();
    }

    @Test
    void rateCentresAndStatesAreLowerCase() {
        JsonNode number = live().get("/v2/numbers?limit=1").json().path("data").get(0).path("attributes");
        JsonNode available = live().get("/v2/numbers/available?limit=1").json().path("data").get(0).path("attributes");

        assertThat(number.path("rate_center").asText()).isEqualTo("seattle");
        assertThat(number.path("state").asText()).isEqualTo("wa");
        assertThat(available.path("rate_center").asText())
                .isEqualTo(available.path("rate_center").asText().toLowerCase());
        assertThat(available.path("state").asText()).isEqualTo(available.path("state").asText().toLowerCase());
    }

    @Test
    void mdrListHasNoSelfLinksOnItemsNorOnTheList() {
        JsonNode doc = live().get("/v2.1/messages?start_date=2025-01-01&limit=2").json();

        assertThat(doc.path("links").has("self")).isFalse();
        assertThat(doc.path("links").has("next")).isTrue();
        doc.path("data").forEach(item -> assertThat(item.has("links")).isFalse());
    }

    @Test
    void outboundReceiptsFollowTheLiveSample() {
        JsonNode outbound = live().get("/v2.1/messages?start_date=2025-01-01&limit=1").json().path("data").get(0)
                .path("attributes");

        assertThat(outbound.path("direction").asText()).isEqualTo("outbound");
        assertThat(outbound.path("status").asText()).isEqualTo("message buffered");
        JsonNode receipts = outbound.path("delivery_receipts");
        assertThat(receipts.get(0).path("level").asInt()).isEqualTo(1);
        assertThat(receipts.get(0).path("status").asText()).isEqualTo("smsc submit");
        assertThat(receipts.get(0).get("status_code").isNull()).isTrue();
        assertThat(receipts.get(0).path("status_code_description").asText()).isEqualTo("Message has been sent");
        assertThat(receipts.get(1).path("level").asInt()).isEqualTo(2);
        assertThat(receipts.get(1).path("status").asText()).isEqualTo("message buffered");
        assertThat(receipts.get(1).path("status_code").asInt()).isEqualTo(1003);
        assertThat(receipts.get(1).path("status_code_description").asText()).isEqualTo("Message accepted by Carrier");
    }

    @Test
    void specStyleLeavesOutAReceiptCodeItDoesNotHave() {
        JsonNode receipt = new SimClient(SPEC.simulator()).get("/v2.1/messages?start_date=2025-01-01&limit=1").json()
                .path("data").get(0).path("data").path("attributes").path("delivery_receipts").get(0);

        assertThat(receipt.has("status_code")).isFalse();
    }

    @Test
    void inboundMessagesAreCharged() {
        JsonNode inbound = live().get("/v2.1/messages?start_date=2025-01-01&limit=2").json().path("data").get(1)
                .path("attributes");

        assertThat(inbound.path("direction").asText()).isEqualTo("inbound");
        assertThat(inbound.path("amount_nanodollars").asLong()).isEqualTo(4_000_000L);
        assertThat(inbound.path("amount_display").asText()).isEqualTo("$0.0040");
        assertThat(inbound.path("delivery_receipts")).isEmpty();
    }

    @Test
    void badRequestIsTitledClientErrorAsLive() {
        JsonNode error = live().post("/v2/routes", "{not json").json().path("errors").get(0);

        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("title").asText()).isEqualTo("Client Error");
        assertThat(error.path("id").asText()).isNotEmpty();
    }

    @Test
    void specStyleTitlesBadRequestAsHttpDoes() {
        JsonNode error = new SimClient(SPEC.simulator()).post("/v2/routes", "{not json").json().path("errors").get(0);

        assertThat(error.path("title").asText()).isEqualTo("Bad Request");
    }

    @Test
    void createdRouteLinksLackTheVersionAsLive() {
        JsonNode doc = live().post("/v2/routes",
                "{\"data\":{\"type\":\"route\",\"attributes\":{\"route_type\":\"host\",\"value\":\"pbx.example.com\","
                        + "\"alias\":\"PBX\"}}}")
                .json();

        String id = doc.path("data").path("id").asText();
        assertThat(doc.path("links").path("self").asText()).isEqualTo("https://api.flowroute.com/routes/" + id);
        assertThat(live().get("/v2/routes?limit=200").json().path("data").findValuesAsText("self"))
                .contains("https://api.flowroute.com/v2/routes/" + id);
    }
}
