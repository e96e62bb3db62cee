package io.github.camelflowroute.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class NumberReleaseAndAliasTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    @Test
    void releaseAnswers204AndTheNumberLeavesTheAccount() {
        assertThat(client.delete("/v2/numbers/" + number).status()).isEqualTo(204);

        assertThat(client.get("/v2/numbers/" + number).status()).isEqualTo(404);
        assertThat(sim.state().findAccountNumber(number)).isEmpty();
    }

    @Test
    void releasingANumberNotOnTheAccountIs404() {
        assertThat(client.delete("/v2/numbers/12065550000").status()).isEqualTo(404);
    }

    @Test
    void aliasUpdateInTheSdksFlatFormWithoutContentTypeAnswersTheNumber() {
        SimClient.Reply reply = client.send("PATCH", "/v2/numbers/" + number,
                "{\"type\":\"number\",\"alias\":\"New Test\"}", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data").path("id").asText()).isEqualTo(number);
        assertThat(reply.json().path("data").path("attributes").path("alias").asText()).isEqualTo("New Test");
        assertThat(sim.state().findAccountNumber(number).orElseThrow().alias()).isEqualTo("New Test");
    }

    @Test
    void aliasUpdateLabelledFormEncodedIsReadAsJson() {
        SimClient.Reply reply = client.send("PATCH", "/v2/numbers/" + number,
                "{\"type\":\"number\",\"alias\":\"Front desk\"}", "application/x-www-form-urlencoded");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(sim.state().findAccountNumber(number).orElseThrow().alias()).isEqualTo("Front desk");
    }

    @Test
    void aliasUpdateInJsonApiFormIsAccepted() {
        SimClient.Reply reply = client.patch("/v2/numbers/" + number,
                "{\"data\":{\"type\":\"number\",\"attributes\":{\"alias\":\"Sales\"}}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(sim.state().findAccountNumber(number).orElseThrow().alias()).isEqualTo("Sales");
    }

    @Test
    void aliasNullClearsIt() {
        client.patch("/v2/numbers/" + number, "{\"type\":\"number\",\"alias\":null}");

        assertThat(sim.state().findAccountNumber(number).orElseThrow().alias()).isNull();
    }

    @Test
    void aliasOfANumberNotOnTheAccountIs404() {
        assertThat(client.patch("/v2/numbers/12065550000", "{\"type\":\"number\",\"alias\":\"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aliasBodyWithoutAliasIs422() {
        assertThat(client.patch("/v2/numbers/" + number, "{\"type\":\"number\"}").status()).isEqualTo(422);
    }

    @Test
    void edgeStrategiesAreAJsonApiList() {
        SimClient.Reply reply = client.get("/v2/routes/edge_strategies");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.path("type").asText()).isEqualTo("edge_strategy");
            assertThat(item.path("id").asText()).matches("\\d+");
            assertThat(item.path("attributes").path("name").asText()).isNotEmpty();
        });
    }
}
