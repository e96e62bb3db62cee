package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleTest {

    @Test
    void bindsLoopbackWithBaseUrlWithoutTrailingSlash() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            assertThat(sim.port()).isPositive();
            assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.1:" + sim.port()).doesNotEndWith("/");
        }
    }

    @Test
    void explicitPortIsUsed() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().port(free).build().start()) {
            assertThat(sim.port()).isEqualTo(free);
        }
    }

    @Test
    void closeStopsServing() {
        FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start();
        SimClient client = new SimClient(sim);
        assertThat(client.get("/v2/routes").status()).isEqualTo(200);

        sim.close();

        assertThat(sim.isRunning()).isFalse();
        assertThatThrownBy(() -> client.get("/v2/routes")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void portBeforeStartIsAnError() {
        assertThatThrownBy(() -> FlowrouteSimulator.builder().build().port()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownPathIsNotFoundWithErrorBody() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            SimClient.Reply reply = new SimClient(sim).get("/v3/whatever");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.contentType()).isEqualTo("application/vnd.api+json");
            assertThat(reply.json().path("errors").get(0).path("status").asInt()).isEqualTo(404);
        }
    }

    @Test
    void wrongMethodOnKnownPathIsMethodNotAllowed() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            SimClient.Reply reply = new SimClient(sim).method("DELETE", "/v2/routes");

            assertThat(reply.status()).isEqualTo(405);
            assertThat(reply.headers().firstValue("Allow")).contains("GET, POST");
        }
    }

    @Test
    void undocumentedResponseProblemIsRecordedAsViolation() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            SimMessage seeded = sim.state().messages().get(0);
            // a record the spec cannot describe: message_type outside its enum
            String id = sim.state().addMessage(new SimMessage(null, "outbound", seeded.from(), seeded.to(), "x", false,
                    null, seeded.timestamp(), "delivered", 0, "short-code", 0, null, null));

            new SimClient(sim).get("/v2.1/messages/" + id);

            assertThat(sim.responseViolations()).singleElement().asString()
                    .startsWith("GET /v2.1/messages/" + id + " -> 200: validation.response.body.schema.enum")
                    .contains("/data/attributes/message_type");
        }
    }

    @Test
    void responseValidationCanBeSwitchedOff() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().validateResponses(false).build().start()) {
            SimMessage seeded = sim.state().messages().get(0);
            String id = sim.state().addMessage(new SimMessage(null, "outbound", seeded.from(), seeded.to(), "x", false,
                    null, seeded.timestamp(), "delivered", 0, "short-code", 0, null, null));

            new SimClient(sim).get("/v2.1/messages/" + id);

            assertThat(sim.responseViolations()).isEmpty();
        }
    }

    @Test
    void requestValidationCanBeSwitchedOff() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().validateRequests(false).build().start()) {
            // the spec allows no unknown body fields; without request validation the operation decides
            SimClient.Reply reply = new SimClient(sim).post("/v2.1/messages", "{\"from\":\""
                    + sim.state().accountNumbers().get(0).number()
                    + "\",\"to\":\"13125550123\",\"body\":\"x\",\"tag\":1}");

            assertThat(reply.status()).isEqualTo(202);
        }
    }

    @Test
    void startingTwiceIsAnError() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void mainReadsItsOptions() {
        FlowrouteSimulator sim = FlowrouteSimulatorMain.parse(new String[] {
                "--port", "0", "--style", "spec", "--seed", "9", "--access-key", "a", "--secret-key", "s" }).build();

        assertThat(sim.responseStyle()).isEqualTo(ResponseStyle.SPEC);
        assertThat(sim.state().seed()).isEqualTo(9);
        assertThat(sim.accessKey()).isEqualTo("a");
        assertThat(sim.secretKey()).isEqualTo("s");
    }

    @Test
    void mainReadsItsCallbackOptions() {
        FlowrouteSimulator sim = FlowrouteSimulatorMain.parse(new String[] {
                "--callback-style", "legacy", "--callback-retries", "1", "--callback-retry-interval-ms", "5" }).build();

        assertThat(sim.callbackStyle()).isEqualTo(CallbackStyle.LEGACY);
    }

    @Test
    void mainRefusesUnknownOptions() {
        assertThatThrownBy(() -> FlowrouteSimulatorMain.parse(new String[] { "--colour", "red" }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
