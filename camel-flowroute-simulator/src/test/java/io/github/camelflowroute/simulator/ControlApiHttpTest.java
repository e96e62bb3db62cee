package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The control API under /_sim/, over HTTP, without credentials. */
class ControlApiHttpTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private SimClient control;
    private SimClient api;

    @BeforeEach
    void setUp() {
        control = SimClient.anonymous(sim);
        api = new SimClient(sim);
    }

    private String accountNumber() {
        return sim.state().accountNumbers().get(0).number();
    }

    @Test
    void resetRestoresTheSeed() {
        sim.state().addRoute("host", "192.0.2.1", "extra");

        SimClient.Reply reply = control.post("/_sim/reset", null);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(sim.state().routes()).hasSize(5);
    }

    @Test
    void journalCountLeavesControlCallsOut() {
        api.get("/v2/numbers");
        api.get("/v2/routes");

        JsonNode all = control.get("/_sim/journal").json();
        JsonNode numbers = control.get("/_sim/journal?method=GET&path=/v2/numbers").json();

        assertThat(all.path("count").asInt()).isEqualTo(2);
        assertThat(numbers.path("count").asInt()).isEqualTo(1);
    }

    @Test
    void enqueuedFaultAnswersTheNextMatchingRequest() {
        SimClient.Reply added = control.post("/_sim/faults",
                "{\"method\":\"GET\",\"path\":\"/v2/numbers\",\"times\":1,\"status\":503}", "application/json");

        assertThat(added.status()).isEqualTo(201);
        assertThat(control.get("/_sim/faults").json().path("data")).hasSize(1);
        assertThat(api.get("/v2/numbers").status()).isEqualTo(503);
        assertThat(api.get("/v2/numbers").status()).isEqualTo(200);
    }

    @Test
    void lateMessageIsFoundByTheApisSearch() {
        String body = "{\"from\":\"13125550100\",\"to\":\"" + accountNumber()
                + "\",\"body\":\"late\",\"timestamp\":\"2023-05-01T12:00:00Z\"}";

        SimClient.Reply added = control.post("/_sim/messages", body, "application/json");

        assertThat(added.status()).isEqualTo(201);
        JsonNode found = api.get("/v2.1/messages?start_date=2023-05-01&end_date=2023-05-02").json().path("data");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("id").asText()).isEqualTo(added.json().path("id").asText());
        assertThat(found.get(0).path("attributes").path("direction").asText()).isEqualTo("inbound");
    }

    @Test
    void bulkMessagesAreAddedAndListed() {
        SimClient.Reply added = control.post("/_sim/messages/bulk",
                "{\"count\":500,\"from\":\"2024-01-01T00:00:00Z\",\"spacing_ms\":1000}", "application/json");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().path("count").asInt()).isEqualTo(500);
        JsonNode page = control.get("/_sim/messages?offset=490&limit=20").json();
        assertThat(page.path("total").asInt()).isEqualTo(505);
        assertThat(page.path("data")).hasSize(15);
        assertThat(page.path("data").get(9).path("id").asText()).isEqualTo(added.json().path("last_id").asText());
    }

    @Test
    void accountNumberIsAddedChangedAndRemoved() {
        SimRoute route = sim.state().routes().get(0);

        SimClient.Reply added = control.post("/_sim/numbers",
                "{\"number\":\"15035550142\",\"alias\":\"Lab\"}", "application/json");
        SimClient.Reply changed = control.patch("/_sim/numbers/15035550142",
                "{\"rate_center\":\"SALEM\",\"primary_route_id\":\"" + route.id() + "\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(changed.status()).isEqualTo(200);
        SimNumber n = sim.state().findAccountNumber("15035550142").orElseThrow();
        assertThat(n.alias()).isEqualTo("Lab");
        assertThat(n.rateCenter()).isEqualTo("SALEM");
        assertThat(n.primaryRouteId()).isEqualTo(route.id());
        assertThat(api.get("/v2/numbers/15035550142").status()).isEqualTo(200);

        assertThat(control.delete("/_sim/numbers/15035550142").status()).isEqualTo(204);
        assertThat(api.get("/v2/numbers/15035550142").status()).isEqualTo(404);
    }

    @Test
    void inventoryNumberIsAddedAndRemoved() {
        SimClient.Reply added = control.post("/_sim/available",
                "{\"number\":\"12065550142\",\"rate_center\":\"SEATTLE\",\"state\":\"WA\"}", "application/json");

        assertThat(added.status()).isEqualTo(201);
        assertThat(api.get("/v2/numbers/available?starts_with=1206555014").json().path("data")).hasSize(1);
        assertThat(control.delete("/_sim/available/12065550142").status()).isEqualTo(204);
        assertThat(api.post("/v2/numbers/12065550142", null).status()).isEqualTo(404);
    }

    @Test
    void routeIsAddedChangedAndRemoved() {
        SimClient.Reply added = control.post("/_sim/routes",
                "{\"route_type\":\"host\",\"value\":\"192.0.2.1:5060\",\"alias\":\"Lab\"}", "application/json");
        String id = added.json().path("id").asText();

        SimClient.Reply changed = control.patch("/_sim/routes/" + id, "{\"alias\":\"Lab 2\"}");

        assertThat(added.status()).isEqualTo(201);
        assertThat(changed.json().path("attributes").path("alias").asText()).isEqualTo("Lab 2");
        assertThat(sim.state().findRoute(id).orElseThrow().value()).isEqualTo("192.0.2.1:5060");
        assertThat(control.delete("/_sim/routes/" + id).status()).isEqualTo(204);
        assertThat(sim.state().findRoute(id)).isEmpty();
    }

    @Test
    void refusedValuesAnswer422AndUnknownRecords404() {
        assertThat(control.post("/_sim/numbers", "{\"number\":\"2065550142\"}", "application/json").status())
                .isEqualTo(422);
        assertThat(control.delete("/_sim/routes/1").status()).isEqualTo(404);
        assertThat(control.post("/_sim/routes", "{not json", "application/json").status()).isEqualTo(400);
        assertThat(control.get("/_sim/nothing-here").status()).isEqualTo(404);
    }
}
