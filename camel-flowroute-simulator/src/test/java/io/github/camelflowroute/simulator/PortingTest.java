package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PortingTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    @Test
    void formEncodedNumbersAreCheckedOneByOneAsPythonSendsThem() {
        SimClient.Reply reply = client.post("/v2/portorders/portability", "numbers=14254664444&numbers=18827833439",
                "application/x-www-form-urlencoded");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json().path("data");
        assertThat(data).hasSize(2);
        assertThat(data.get(0).path("id").asText()).isEqualTo("14254664444");
        assertThat(data.get(0).path("type").asText()).isEqualTo("portability");
        assertThat(data.get(0).path("attributes").path("portable").asBoolean()).isTrue();
        assertThat(data.get(0).path("attributes").path("rate_center").asText()).isEqualTo("bellevue");
    }

    @Test
    void singleFormEncodedNumberIsAList() {
        SimClient.Reply reply = client.post("/v2/portorders/portability", "numbers=14254664444",
                "application/x-www-form-urlencoded");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data")).hasSize(1);
    }

    @Test
    void phpsJsonNumbersWithPlusAreAccepted() {
        SimClient.Reply reply = client.post("/v2/portorders/portability",
                "{\"numbers\":[\"+14254445555\",\"+14254446666\"]}", "application/json; charset=utf-8");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data").get(1).path("attributes").path("number").asText())
                .isEqualTo("14254446666");
    }

    @Test
    void numberAlreadyOnTheAccountIsNotPortable() {
        String own = sim.state().accountNumbers().get(0).number();

        JsonNode a = client.post("/v2/portorders/portability", "{\"numbers\":[\"" + own + "\"]}")
                .json().path("data").get(0).path("attributes");

        assertThat(a.path("portable").asBoolean()).isFalse();
        assertThat(a.path("reason").asText()).contains("already on your account");
    }

    @Test
    void malformedNumberIs422() {
        SimClient.Reply reply = client.post("/v2/portorders/portability", "{\"numbers\":[\"555-1234\"]}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).anySatisfy(d -> assertThat(d).contains("555-1234"));
    }

    @Test
    void missingNumbersIs422() {
        assertThat(client.post("/v2/portorders/portability", "{}").status()).isEqualTo(422);
    }

    @Test
    void portOrdersListIsEmptyAtStartWithPagingLinks() {
        JsonNode page = client.get("/v2/portorders").json();

        assertThat(page.path("data")).isEmpty();
        assertThat(page.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/portorders?limit=10&offset=0");
    }

    @Test
    void portOrdersPageAndFilterByApproval() {
        PortOrders orders = sim.state().portOrders();
        orders.add("pending", false, List.of("14254664444"), Instant.parse("2025-01-01T00:00:00Z"));
        orders.add("completed", true, List.of("14254664445"), Instant.parse("2025-01-02T00:00:00Z"));
        orders.add("submitted", true, List.of("14254664446"), Instant.parse("2025-01-03T00:00:00Z"));

        JsonNode page = client.get("/v2/portorders?limit=2&offset=0").json();
        assertThat(page.path("data")).hasSize(2);
        assertThat(page.path("links").path("next").asText())
                .isEqualTo("https://api.flowroute.com/v2/portorders?limit=2&offset=2");
        assertThat(client.get("/v2/portorders?is_approved=true").json().path("data")).hasSize(2);
        assertThat(client.get("/v2/portorders?is_approved=0").json().path("data")).hasSize(1);
    }

    @Test
    void controlApiAddsAPortOrder() {
        SimClient control = SimClient.anonymous(sim);

        assertThat(control.post("/_sim/portorders", "{\"numbers\":[\"14254664444\"]}", "application/json").status())
                .isEqualTo(201);

        JsonNode item = client.get("/v2/portorders").json().path("data").get(0);
        assertThat(item.path("attributes").path("status").asText()).isEqualTo("pending");
        assertThat(item.path("attributes").path("numbers").get(0).asText()).isEqualTo("14254664444");
    }
}
