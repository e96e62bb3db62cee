package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class CnamRecordsTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().cnamApprovalDelay(Duration.ofHours(1)));

    private String create(String value) {
        SimClient.Reply reply = client.post("/v2/cnams", "{\"value\":\"" + value + "\"}");
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().path("data").path("id").asText();
    }

    @Test
    void createAnswers201WithAPendingRecordAsTheLiveSample() {
        SimClient.Reply reply = client.post("/v2/cnams", "{\"value\":\"FR H5K8\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode data = reply.json().path("data");
        List<String> keys = new ArrayList<>();
        data.path("attributes").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("approval_datetime", "creation_datetime", "is_approved", "rejection_reason",
                "value");
        JsonNode a = data.path("attributes");
        assertThat(a.path("is_approved").asBoolean()).isFalse();
        assertThat(a.path("approval_datetime").isNull()).isTrue();
        assertThat(a.path("rejection_reason").isNull()).isTrue();
        assertThat(a.path("creation_datetime").asText())
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00");
        assertThat(data.path("id").isTextual()).isTrue();
        assertThat(data.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/cnams/" + data.path("id").asText());
    }

    @Test
    void formEncodedCreateIsAcceptedAsPythonAndRubySendIt() {
        SimClient.Reply reply = client.post("/v2/cnams", "value=FR+H5K8", "application/x-www-form-urlencoded");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("data").path("attributes").path("value").asText()).isEqualTo("FR H5K8");
    }

    @Test
    void jsonCreateWithNodesCharsetIsAccepted() {
        SimClient.Reply reply = client.post("/v2/cnams", "{\"value\":\"ACME\"}", "application/json; charset=utf-8");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void jsonApiCreateIsAccepted() {
        SimClient.Reply reply =
                client.post("/v2/cnams", "{\"data\":{\"type\":\"cnam\",\"attributes\":{\"value\":\"ACME\"}}}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("data").path("attributes").path("value").asText()).isEqualTo("ACME");
    }

    @Test
    void sameValueTwiceIs422Duplicate() {
        create("ACME");

        SimClient.Reply again = client.post("/v2/cnams", "{\"value\":\"ACME\"}");

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.errorDetails()).containsExactly(CnamHandler.DUPLICATE);
    }

    @Test
    void valueLongerThan15CharactersIs422() {
        assertThat(client.post("/v2/cnams", "{\"value\":\"ABCDEFGHIJKLMNOP\"}").status()).isEqualTo(422);
    }

    @Test
    void valueWithoutALetterIs422() {
        assertThat(client.post("/v2/cnams", "{\"value\":\"2065550123\"}").status()).isEqualTo(422);
    }

    @Test
    void missingValueIs422() {
        assertThat(client.post("/v2/cnams", "{\"name\":\"ACME\"}").status()).isEqualTo(422);
    }

    @Test
    void recordIsApprovedAfterTheConfiguredDelay() throws InterruptedException {
        sim.state().cnams().approvalDelay(Duration.ofMillis(300));
        String id = create("ACME");
        assertThat(client.get("/v2/cnams/" + id).json().path("data").path("attributes").path("is_approved").asBoolean())
                .isFalse();

        Thread.sleep(400);

        JsonNode a = client.get("/v2/cnams/" + id).json().path("data").path("attributes");
        assertThat(a.path("is_approved").asBoolean()).isTrue();
        assertThat(a.path("approval_datetime").asText()).endsWith("+00:00");
    }

    @Test
    void unknownRecordIs404() {
        assertThat(client.get("/v2/cnams/999999").status()).isEqualTo(404);
    }

    @Test
    void listFiltersByApprovalInEverySdksSpelling() {
        create("ACME");

        for (String approved : List.of("true", "True", "1")) {
            assertThat(client.get("/v2/cnams?is_approved=" + approved).json().path("data"))
                    .hasSize(2)
                    .allSatisfy(r -> assertThat(r.path("attributes").path("is_approved").asBoolean()).isTrue());
        }
        for (String pending : List.of("false", "False", "0")) {
            assertThat(client.get("/v2/cnams?is_approved=" + pending).json().path("data")).hasSize(1);
        }
        assertThat(client.get("/v2/cnams?is_approved=maybe").status()).isEqualTo(422);
    }

    @Test
    void listPagesWithExplicitLimitAndOffsetInTheLinks() {
        create("ACME");

        JsonNode page = client.get("/v2/cnams?limit=2").json();

        assertThat(page.path("data")).hasSize(2);
        assertThat(page.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/cnams?limit=2&offset=0");
        assertThat(page.path("links").path("next").asText())
                .isEqualTo("https://api.flowroute.com/v2/cnams?limit=2&offset=2");
        assertThat(client.get("/v2/cnams").json().path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/cnams?limit=10&offset=0");
    }

    @Test
    void pendingRecordCannotBeAssigned() {
        String id = create("ACME");

        SimClient.Reply reply = client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnam/" + id, null, null);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(sim.state().cnams().recordOf(number)).isEmpty();
    }

    @Test
    void approvedRecordIsAssignedWith202AndANumericId() {
        String id = create("ACME");
        sim.state().cnams().approve(id);

        SimClient.Reply reply = client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnam/" + id, null, null);

        assertThat(reply.status()).isEqualTo(202);
        JsonNode data = reply.json().path("data");
        assertThat(data.path("id").isIntegralNumber()).isTrue();
        assertThat(data.path("id").asLong()).isEqualTo(Long.parseLong(id));
        assertThat(data.path("type").asText()).isEqualTo("cnam");
        assertThat(data.path("attributes").path("date_created").asText())
                .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(sim.state().cnams().recordOf(number)).contains(id);
    }

    @Test
    void nodeSdksPluralPathAssignsAndUnassignsToo() {
        client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnams/17604", null, null);
        assertThat(sim.state().cnams().recordOf(number)).contains("17604");

        SimClient.Reply reply = client.delete("/v2/numbers/" + number + "/relationships/cnams");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(sim.state().cnams().recordOf(number)).isEmpty();
    }

    @Test
    void unassignAnswers202WithANullId() {
        client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnam/17604", null, null);

        SimClient.Reply reply = client.delete("/v2/numbers/" + number + "/relationships/cnam");

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("data").path("id").isNull()).isTrue();
        assertThat(sim.state().cnams().recordOf(number)).isEmpty();
    }

    @Test
    void assigningToANumberNotOnTheAccountIs404() {
        assertThat(client.send("PATCH", "/v2/numbers/12065550000/relationships/cnam/17604", null, null).status())
                .isEqualTo(404);
    }

    @Test
    void assigningAnUnknownRecordIs404() {
        assertThat(client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnam/999999", null, null).status())
                .isEqualTo(404);
    }

    @Test
    void deleteAnswers204AndUnassignsTheRecordEverywhere() {
        client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnam/17604", null, null);

        assertThat(client.delete("/v2/cnams/17604").status()).isEqualTo(204);

        assertThat(client.get("/v2/cnams/17604").status()).isEqualTo(404);
        assertThat(sim.state().cnams().recordOf(number)).isEmpty();
    }

    @Test
    void deletingAnUnknownRecordIs404() {
        assertThat(client.delete("/v2/cnams/999999").status()).isEqualTo(404);
    }

    @Test
    void rejectedRecordShowsItsReasonAndCannotBeAssigned() {
        String id = create("ACME");
        sim.state().cnams().reject(id, "Misleading name.");

        JsonNode a = client.get("/v2/cnams/" + id).json().path("data").path("attributes");
        assertThat(a.path("is_approved").asBoolean()).isFalse();
        assertThat(a.path("rejection_reason").asText()).isEqualTo("Misleading name.");
        assertThat(client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnam/" + id, null, null).status())
                .isEqualTo(422);
    }

    @Test
    void assignedRecordShowsInTheNumbersCnamPresetRelationship() {
        client.send("PATCH", "/v2/numbers/" + number + "/relationships/cnam/17604", null, null);

        JsonNode relationship = client.get("/v2/numbers/" + number).json()
                .path("data").path("relationships").path("cnam_preset").path("data");

        assertThat(relationship.path("id").asText()).isEqualTo("17604");
        assertThat(relationship.path("type").asText()).isEqualTo("cnam");
    }
}
