package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation (happy paths, paging, errors) and checks that the simulator's answers break the
 * spec only in documented ways. Response validation runs inside the simulator on every answer.
 */
class SpecConformanceTest {

    @Test
    void specStyleWalkThroughEveryOperationLeavesNoViolations() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().responseStyle(ResponseStyle.SPEC).build().start()) {
            List<Integer> statuses = exerciseEveryOperation(sim);

            assertThat(statuses).contains(200, 201, 202, 204, 400, 401, 403, 404, 405, 422);
            assertThat(sim.responseViolations()).isEmpty();
        }
    }

    @Test
    void liveStyleWalkThroughEveryOperationLeavesNoViolations() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            exerciseEveryOperation(sim);

            assertThat(sim.responseViolations()).isEmpty();
        }
    }

    @Test
    void walkCoversEveryOperationOfTheSpec() {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            exerciseEveryOperation(sim);
            List<String> seen = sim.journal().requests().stream()
                    .filter(r -> r.status() >= 200 && r.status() < 300)
                    .map(r -> r.method() + " "
                            + r.path().replaceAll("/1\\d{10}", "/{n}").replaceAll("mdr2-[0-9a-f]+", "{id}"))
                    .distinct().toList();

            assertThat(seen).contains(
                    "POST /v2.1/messages", "GET /v2.1/messages", "GET /v2.1/messages/{id}",
                    "GET /v2/numbers", "GET /v2/numbers/{n}", "POST /v2/numbers/{n}",
                    "GET /v2/numbers/available", "GET /v2/numbers/available/areacodes",
                    "GET /v2/numbers/available/exchanges",
                    "PATCH /v2/numbers/{n}/relationships/primary_route",
                    "PATCH /v2/numbers/{n}/relationships/failover_route",
                    "POST /v2/routes", "GET /v2/routes");
        }
    }

    /** Exercises all 13 operations with paging and error cases; returns the statuses seen. */
    private static List<Integer> exerciseEveryOperation(FlowrouteSimulator sim) {
        SimClient c = new SimClient(sim);
        List<Integer> statuses = new ArrayList<>();
        String own = sim.state().accountNumbers().get(0).number();
        String tollFree = sim.state().accountNumbers().stream().filter(SimNumber::isTollFree).findFirst()
                .orElseThrow().number();
        String unrouted = sim.state().accountNumbers().get(3).number();

        // messages
        statuses.add(c.post("/v2.1/messages", SimClient.sms(own, "13125550123", "hello")).status());
        statuses.add(c.post("/v2.1/messages", SimClient.sms(tollFree, "13125550123", "Grüße")).status());
        statuses.add(c.post("/v2.1/messages", "{\"from\":\"" + own + "\",\"to\":\"13125550123\",\"is_mms\":true,"
                + "\"media_urls\":[\"https://example.com/a.png\"],\"dlr_callback\":\"https://example.com/dlr\"}")
                .status());
        statuses.add(c.post("/v2.1/messages", "{\"data\":{\"type\":\"message\",\"attributes\":{\"from\":\"" + own
                + "\",\"to\":\"13125550123\",\"body\":\"wrapped\"}}}").status());
        statuses.add(c.post("/v2.1/messages", SimClient.sms("12065550000", "13125550123", "x")).status()); // 403
        statuses.add(c.post("/v2.1/messages", SimClient.sms(own, "555", "x")).status()); // 422
        statuses.add(c.post("/v2.1/messages", "{\"from\":").status()); // 400
        String first = "/v2.1/messages?start_date=2025-01-01&limit=3";
        JsonNode page = c.get(first).json();
        statuses.add(c.get(SimClient.rebase(page.path("links").path("next").asText())).status());
        statuses.add(c.get("/v2.1/messages?start_date=2025-01-01T00:00:00Z&end_date=2025-01-07T00:00:00Z").status());
        statuses.add(c.get("/v2.1/messages").status()); // 400
        String mdr = sim.state().messages().get(3).id();
        statuses.add(c.get("/v2.1/messages/" + mdr).status());
        statuses.add(c.get("/v2.1/messages/mdr2-ffffffffffffffffffffffffffffffff").status()); // 404

        // account numbers
        statuses.add(c.get("/v2/numbers?limit=2").status());
        statuses.add(c.get("/v2/numbers?limit=2&offset=4").status());
        statuses.add(
                c.get("/v2/numbers?starts_with=206&ends_with=" + own.substring(8) + "&contains=" + own.substring(4, 7))
                        .status());
        statuses.add(c.get("/v2/numbers?limit=201").status()); // 422
        statuses.add(c.get("/v2/numbers/" + own).status());
        statuses.add(c.get("/v2/numbers/12065550000").status()); // 404 where the spec declares no content
        String buy = sim.state().availableNumbers().get(0).number();
        statuses.add(c.post("/v2/numbers/" + buy, null).status());
        statuses.add(c.post("/v2/numbers/" + buy, null).status()); // 404, bought already

        // inventory
        statuses.add(c.get("/v2/numbers/available?limit=5&offset=5&rate_center=seattle&state=wa").status());
        statuses.add(c.get("/v2/numbers/available?starts_with=1425&limit=200").status());
        statuses.add(c.get("/v2/numbers/available/areacodes?limit=3").status());
        statuses.add(c.get("/v2/numbers/available/areacodes?max_setup_cost=1.0&limit=400").status());
        statuses.add(c.get("/v2/numbers/available/areacodes?limit=401").status()); // 422
        statuses.add(c.get("/v2/numbers/available/exchanges?areacode=206&limit=2").status());
        statuses.add(c.get("/v2/numbers/available/exchanges?max_setup_cost=0.5").status());

        // routes
        JsonNode created = c.post("/v2/routes", "{\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":\"x\","
                + "\"route_type\":\"number\",\"value\":\"12065550199\"}}}").json();
        statuses.add(created.has("data") ? 201 : 0);
        String routeId = created.path("data").path("id").asText();
        statuses.add(c.post("/v2/routes", "{\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":\"x\","
                + "\"route_type\":\"fax\",\"value\":\"1\"}}}").status()); // 422
        statuses.add(c.get("/v2/routes?limit=2").status());
        statuses.add(c.get("/v2/routes?route_type=host").status());
        statuses.add(c.get("/v2/routes?route_type=nope").status()); // 422
        statuses.add(c.patch("/v2/numbers/" + unrouted + "/relationships/primary_route",
                "{\"data\":{\"id\":\"" + routeId + "\",\"type\":\"route\"}}").status());
        statuses.add(c.patch("/v2/numbers/" + unrouted + "/relationships/failover_route",
                "{\"data\":{\"id\":\"" + routeId + "\",\"type\":\"route\"}}").status());
        statuses.add(c.get("/v2/numbers/" + unrouted).status()); // now with both relationships
        statuses.add(c.patch("/v2/numbers/" + unrouted + "/relationships/primary_route",
                "{\"data\":{\"id\":\"1\",\"type\":\"route\"}}").status()); // 404

        // auth and unknown things
        statuses.add(SimClient.anonymous(sim).get("/v2/numbers/" + own).status()); // 401, spec: no content
        statuses.add(SimClient.anonymous(sim).get("/v2/routes").status());
        statuses.add(new SimClient(sim.baseUrl(), sim.accessKey(), "wrong").post("/v2.1/messages",
                SimClient.sms(own, "13125550123", "x")).status());
        statuses.add(c.get("/v2/nothing-here").status()); // 404
        statuses.add(c.method("DELETE", "/v2/routes").status()); // 405
        return statuses;
    }
}
