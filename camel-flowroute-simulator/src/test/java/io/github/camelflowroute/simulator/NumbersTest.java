package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private SimulatorState state() {
        return sim.state();
    }

    @Test
    void listReturnsTheAccountNumbers() {
        SimClient.Reply reply = client.get("/v2/numbers");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply)).containsExactlyElementsOf(
                state().accountNumbers().stream().map(SimNumber::number).toList());
    }

    @Test
    void listItemsCarryNumberAttributes() {
        SimNumber first = state().accountNumbers().get(0);

        JsonNode item = client.get("/v2/numbers").json().path("data").get(0);

        assertThat(item.path("type").asText()).isEqualTo("number");
        assertThat(item.path("attributes").path("rate_center").asText()).isEqualTo(first.rateCenter().toLowerCase());
        assertThat(item.path("attributes").path("state").asText()).isEqualTo(first.state().toLowerCase());
        assertThat(item.path("attributes").path("number_type").asText()).isEqualTo(first.numberType());
        assertThat(item.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers/" + first.number());
    }

    @Test
    void startsWithMatchesTheNationalPart() {
        SimNumber target = state().accountNumbers().get(2);

        SimClient.Reply reply = client.get("/v2/numbers?starts_with=" + target.areaCode());

        assertThat(ids(reply)).contains(target.number()).allMatch(id -> id.startsWith("1" + target.areaCode()));
    }

    @Test
    void startsWithMatchesTheFullNumber() {
        SimNumber target = state().accountNumbers().get(2);

        SimClient.Reply reply = client.get("/v2/numbers?starts_with=" + target.number().substring(0, 7));

        assertThat(ids(reply)).containsExactly(target.number());
    }

    @Test
    void endsWithFilters() {
        SimNumber target = state().accountNumbers().get(1);

        SimClient.Reply reply = client.get("/v2/numbers?ends_with=" + target.number().substring(5));

        assertThat(ids(reply)).containsExactly(target.number());
    }

    @Test
    void containsFilters() {
        SimNumber target = state().accountNumbers().get(3);

        SimClient.Reply reply = client.get("/v2/numbers?contains=" + target.number().substring(3, 9));

        assertThat(ids(reply)).containsExactly(target.number());
    }

    @Test
    void detailsShowRoutesAsRelationshipsAndIncluded() {
        SimNumber routed = state().accountNumbers().stream().filter(n -> n.primaryRouteId() != null)
                .filter(n -> n.failoverRouteId() != null).findFirst().orElseThrow();

        SimClient.Reply reply = client.get("/v2/numbers/" + routed.number());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode relationships = reply.json().path("data").path("relationships");
        assertThat(relationships.path("primary_route").path("data").path("id").asText())
                .isEqualTo(routed.primaryRouteId());
        assertThat(relationships.path("failover_route").path("data").path("id").asText())
                .isEqualTo(routed.failoverRouteId());
        List<String> included = new ArrayList<>();
        reply.json().path("included").forEach(r -> included.add(r.path("id").asText()));
        assertThat(included).containsExactly(routed.primaryRouteId(), routed.failoverRouteId());
    }

    @Test
    void detailsOfNumberNotOnAccountIsNotFound() {
        SimClient.Reply reply = client.get("/v2/numbers/12065550000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("errors").get(0).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void purchaseMovesTheNumberFromInventoryToAccount() {
        SimNumber candidate = state().availableNumbers().get(5);

        SimClient.Reply reply = client.post("/v2/numbers/" + candidate.number(), null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("data").path("id").asText()).isEqualTo(candidate.number());
        assertThat(state().findAccountNumber(candidate.number())).isPresent();
        assertThat(state().findAvailableNumber(candidate.number())).isEmpty();
        assertThat(client.get("/v2/numbers/" + candidate.number()).status()).isEqualTo(200);
    }

    @Test
    void purchasingNumberNotInInventoryIsNotFound() {
        String owned = state().accountNumbers().get(0).number();

        SimClient.Reply reply = client.post("/v2/numbers/" + owned, null);

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void limitAboveTwoHundredIsUnprocessable() {
        SimClient.Reply reply = client.get("/v2/numbers?limit=201");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).singleElement().asString().contains("200");
    }

    @Test
    void limitOfTwoHundredIsAccepted() {
        assertThat(client.get("/v2/numbers?limit=200").status()).isEqualTo(200);
    }

    @Test
    void nonIntegerLimitIsRejectedWithValidatorReason() {
        SimClient.Reply reply = client.get("/v2/numbers?limit=ten");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).singleElement().asString()
                .startsWith("validation.request.parameter.schema.type");
    }

    @Test
    void nonNumericNumberIdIsRejectedBySpecValidation() {
        SimClient.Reply reply = client.get("/v2/numbers/not-a-number");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).singleElement().asString()
                .startsWith("validation.request.parameter.schema.type");
    }
}
