package io.github.camelflowroute.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    @Test
    void recordsMethodPathQueryBodyAndStatus() {
        String body = "{\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":\"a\",\"route_type\":\"uri\","
                + "\"value\":\"sip:a@example.com\"}}}";
        client.get("/v2/routes?route_type=uri&limit=5");
        client.post("/v2/routes", body);

        assertThat(sim.journal().requests()).satisfiesExactly(
                first -> {
                    assertThat(first.method()).isEqualTo("GET");
                    assertThat(first.path()).isEqualTo("/v2/routes");
                    assertThat(first.query()).isEqualTo("route_type=uri&limit=5");
                    assertThat(first.body()).isEmpty();
                    assertThat(first.status()).isEqualTo(200);
                },
                second -> {
                    assertThat(second.method()).isEqualTo("POST");
                    assertThat(second.body()).isEqualTo(body);
                    assertThat(second.header("content-type")).isEqualTo("application/vnd.api+json");
                    assertThat(second.status()).isEqualTo(201);
                });
    }

    @Test
    void authorizationHeaderIsRedacted() {
        client.get("/v2/routes");

        RecordedRequest recorded = sim.journal().last().orElseThrow();
        String encoded = Base64.getEncoder().encodeToString(
                (sim.accessKey() + ":" + sim.secretKey()).getBytes(StandardCharsets.UTF_8));
        assertThat(recorded.header("Authorization")).isEqualTo("Basic [REDACTED]");
        assertThat(recorded.toString()).doesNotContain(sim.secretKey()).doesNotContain(encoded);
    }

    @Test
    void unauthorizedRequestsAreRecordedToo() {
        SimClient.anonymous(sim).get("/v2/numbers");

        assertThat(sim.journal().last().orElseThrow().status()).isEqualTo(401);
    }

    @Test
    void countsByMethodAndPathPrefix() {
        client.get("/v2/numbers");
        client.get("/v2/numbers/available");
        client.get("/v2/routes");

        assertThat(sim.journal().count()).isEqualTo(3);
        assertThat(sim.journal().count("GET", "/v2/numbers")).isEqualTo(2);
        assertThat(sim.journal().count("post", "/v2/numbers")).isZero();
    }

    @Test
    void clearEmptiesTheJournal() {
        client.get("/v2/routes");

        sim.journal().clear();

        assertThat(sim.journal().requests()).isEmpty();
    }
}
