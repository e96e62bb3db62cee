package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    @Test
    void missingCredentialsGet401WithFlowrouteErrorBody() {
        SimClient.Reply reply = SimClient.anonymous(SIM.simulator()).get("/v2/numbers");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).isEqualTo("application/vnd.api+json");
        JsonNode error = reply.json().path("errors").get(0);
        assertThat(error.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(error.path("status").asInt()).isEqualTo(401);
        assertThat(error.path("title").asText()).isEqualTo("Unauthorized");
        assertThat(error.path("detail").asText()).isNotBlank();
    }

    @Test
    void wrongSecretKeyGets401() {
        FlowrouteSimulator sim = SIM.simulator();

        SimClient.Reply reply = new SimClient(sim.baseUrl(), sim.accessKey(), "not-the-secret").get("/v2/routes");

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void unauthorizedAnswerCarriesBasicChallenge() {
        SimClient.Reply reply = SimClient.anonymous(SIM.simulator()).get("/v2/routes");

        assertThat(reply.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void defaultDemoCredentialsAreAccepted() {
        FlowrouteSimulator sim = SIM.simulator();

        SimClient.Reply reply = new SimClient(sim.baseUrl(), "sim-access-key", "sim-secret-key").get("/v2/routes");

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void unknownPathAlsoNeedsCredentials() {
        assertThat(SimClient.anonymous(SIM.simulator()).get("/nothing").status()).isEqualTo(401);
    }

    @Test
    void unauthenticatedSendChangesNoState() {
        FlowrouteSimulator sim = SIM.simulator();
        int before = sim.state().messages().size();

        SimClient.anonymous(sim).post("/v2.1/messages",
                SimClient.sms(sim.state().accountNumbers().get(0).number(), "13125550123", "x"));

        assertThat(sim.state().messages()).hasSize(before);
    }

    @Test
    void credentialsFromTheBuilderAreEnforced() {
        try (FlowrouteSimulator custom = FlowrouteSimulator.builder().credentials("ak", "sk").build().start()) {
            assertThat(new SimClient(custom.baseUrl(), "ak", "sk").get("/v2/routes").status()).isEqualTo(200);
            assertThat(new SimClient(custom.baseUrl(), "sim-access-key", "sim-secret-key").get("/v2/routes").status())
                    .isEqualTo(401);
        }
    }
}
