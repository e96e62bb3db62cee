package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class RoutesTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static String newRoute(String type, String value, String alias) {
        return "{\"data\":{\"type\":\"route\",\"attributes\":{\"alias\":\"" + alias + "\",\"route_type\":\""
                + type + "\",\"value\":\"" + value + "\"}}}";
    }

    private static String routeRef(String id) {
        return "{\"data\":{\"id\":\"" + id + "\",\"type\":\"route\"}}";
    }

    private SimNumber unroutedNumber() {
        return sim.state().accountNumbers().stream()
                .filter(n -> SimRoute.BUILT_IN_ID.equals(n.primaryRouteId()) && n.failoverRouteId() == null)
                .findFirst().orElseThrow();
    }

    @Test
    void createAnswers201WithTheRoute() {
        SimClient.Reply reply = client.post("/v2/routes", newRoute("host", "198.51.100.7:5060", "Backup PBX"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode data = reply.json().path("data");
        String id = data.path("id").asText();
        assertThat(id).matches("\\d+");
        assertThat(data.path("type").asText()).isEqualTo("route");
        assertThat(data.path("attributes").path("route_type").asText()).isEqualTo("host");
        assertThat(data.path("attributes").path("value").asText()).isEqualTo("198.51.100.7:5060");
        assertThat(data.path("attributes").path("alias").asText()).isEqualTo("Backup PBX");
        // route-create.json: the live answer's self links lack /v2
        assertThat(data.path("links").path("self").asText()).isEqualTo("https://api.flowroute.com/routes/" + id);
        assertThat(reply.json().path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/routes/" + id);
    }

    @Test
    void createdRouteIsListed() {
        String id = client.post("/v2/routes", newRoute("uri", "sip:ops@example.com", "Ops"))
                .json().path("data").path("id").asText();

        SimClient.Reply list = client.get("/v2/routes?limit=200");

        List<String> ids = new ArrayList<>();
        list.json().path("data").forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).contains(id);
        assertThat(sim.state().findRoute(id)).isPresent();
    }

    @Test
    void listFiltersByRouteType() {
        SimClient.Reply reply = client.get("/v2/routes?route_type=sip-reg");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.path("attributes").path("route_type").asText()).isEqualTo("sip-reg"));
    }

    @Test
    void routeTypeFilterOutsideEnumIsRejectedWithValidatorReason() {
        SimClient.Reply reply = client.get("/v2/routes?route_type=carrier-pigeon");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).singleElement().asString()
                .startsWith("validation.request.parameter.schema.enum").contains("carrier-pigeon");
    }

    @Test
    void createWithRouteTypeOutsideEnumIsRejectedAndCreatesNothing() {
        List<SimRoute> before = sim.state().routes();

        SimClient.Reply reply = client.post("/v2/routes", newRoute("fax", "x", "Fax"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails())
                .anySatisfy(d -> assertThat(d).startsWith("validation.request.body.schema.enum"));
        assertThat(sim.state().routes()).isEqualTo(before);
    }

    @Test
    void numberRouteNeedsAnElevenDigitNumber() {
        SimClient.Reply reply = client.post("/v2/routes", newRoute("number", "5551234", "Short"));

        assertThat(reply.status()).isEqualTo(422);
    }

    @Test
    void patchPrimaryRouteIsReflectedInNumberDetails() {
        SimNumber number = unroutedNumber();
        SimRoute route = sim.state().routes().get(2);

        SimClient.Reply patch = client.patch("/v2/numbers/" + number.number() + "/relationships/primary_route",
                routeRef(route.id()));

        assertThat(patch.status()).isEqualTo(204);
        assertThat(patch.body()).isEmpty();
        JsonNode details = client.get("/v2/numbers/" + number.number()).json();
        assertThat(details.path("data").path("relationships").path("primary_route").path("data").path("id").asText())
                .isEqualTo(route.id());
        assertThat(details.path("included").get(0).path("id").asText()).isEqualTo(route.id());
    }

    @Test
    void patchFailoverRouteIsReflectedInNumberDetails() {
        SimNumber number = unroutedNumber();
        SimRoute route = sim.state().routes().get(0);

        SimClient.Reply patch = client.patch("/v2/numbers/" + number.number() + "/relationships/failover_route",
                routeRef(route.id()));

        assertThat(patch.status()).isEqualTo(204);
        assertThat(sim.state().findAccountNumber(number.number()).orElseThrow().failoverRouteId())
                .isEqualTo(route.id());
        JsonNode details = client.get("/v2/numbers/" + number.number()).json();
        assertThat(details.path("data").path("relationships").path("failover_route").path("data").path("id").asText())
                .isEqualTo(route.id());
    }

    @Test
    void patchWithUnknownRouteIsNotFound() {
        SimClient.Reply reply = client.patch(
                "/v2/numbers/" + unroutedNumber().number() + "/relationships/primary_route", routeRef("1"));

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void patchOnNumberNotOnAccountIsNotFound() {
        String routeId = sim.state().routes().get(0).id();

        SimClient.Reply reply = client.patch("/v2/numbers/12065550000/relationships/primary_route", routeRef(routeId));

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void routeListLimitAboveTwoHundredIsUnprocessable() {
        assertThat(client.get("/v2/routes?limit=201").status()).isEqualTo(422);
    }
}
