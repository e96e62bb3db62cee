package io.github.camelflowroute.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11, "refused although real clients send them": each request form the live API takes. */
class LiveRequestFormsTest {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private final SimClient client = new SimClient(SIM.simulator());

    private static List<String> ids(SimClient.Reply reply) {
        return reply.json().path("data").findValuesAsText("id");
    }

    @Test
    void mdrSearchTakesADateTimeWithoutZoneAsUtc() {
        SimClient.Reply zoneless =
                client.get("/v2.1/messages?start_date=2025-01-06T15:30:00&end_date=2025-02-01T00:00:00");
        SimClient.Reply utc =
                client.get("/v2.1/messages?start_date=2025-01-06T15:30:00Z&end_date=2025-02-01T00:00:00Z");

        assertThat(zoneless.status()).as(zoneless.body()).isEqualTo(200);
        assertThat(ids(zoneless)).isNotEmpty().isEqualTo(ids(utc));
    }

    @Test
    void accountCallbackIsTakenInTheJsonApiForm() {
        SimClient.Reply reply = client.put("/v2.1/messages/sms_callback",
                "{\"data\":{\"attributes\":{\"callback_url\":\"https://example.com/sms\"}}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        assertThat(SIM.simulator().state().callbacks().account(CallbackType.SMS)).contains("https://example.com/sms");
    }

    @Test
    void accountCallbackIsStillTakenInTheFlatForm() {
        SimClient.Reply reply =
                client.put("/v2.1/messages/dlr_callback", "{\"callback_url\":\"https://example.com/dlr\"}");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(SIM.simulator().state().callbacks().account(CallbackType.DLR)).contains("https://example.com/dlr");
    }

    @Test
    void routeCreationIgnoresAnAttributeItDoesNotKnow() {
        SimClient.Reply reply = client.post("/v2/routes", "{\"data\":{\"type\":\"route\",\"attributes\":{"
                + "\"route_type\":\"host\",\"value\":\"abc123.sonsofodin.com\",\"alias\":\"abc\",\"edge_strategy\":\"1\"}}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.json().path("data").path("attributes").has("edge_strategy")).isFalse();
    }

    @Test
    void extraFieldsAreIgnoredByEveryOperationNotJustRoutes() {
        String from = SIM.simulator().state().accountNumbers().get(0).number();

        SimClient.Reply reply = client.post("/v2.1/messages", "{\"from\":\"" + from
                + "\",\"to\":\"12065550123\",\"body\":\"hi\",\"campaign\":\"spring\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    }

    @Test
    void aWrongTypeIsStillRefused() {
        SimClient.Reply reply = client.post("/v2/routes", "{\"data\":{\"type\":\"route\",\"attributes\":{"
                + "\"route_type\":\"fax\",\"value\":\"x\",\"alias\":\"a\",\"edge_strategy\":\"1\"}}}");

        assertThat(reply.status()).isEqualTo(422);
    }

    @Test
    void aMissingRequiredFieldIsStillRefused() {
        SimClient.Reply reply = client.post("/v2.1/messages", "{\"to\":\"12065550123\",\"body\":\"hi\",\"extra\":1}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).anyMatch(d -> d.contains("from"));
    }

    @Test
    void jsonLabelledAsAFormIsReadAsJson() {
        // the PHP and Ruby SDKs label some JSON bodies application/x-www-form-urlencoded
        SimClient.Reply reply = client.post("/v2/routes", "{\"data\":{\"type\":\"route\",\"attributes\":{"
                + "\"route_type\":\"uri\",\"value\":\"sip:desk@example.com\",\"alias\":\"Desk\"}}}",
                "application/x-www-form-urlencoded");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    @Test
    void aFormBodyIsReadAsTheJsonObjectItStandsFor() {
        JsonNode single = RequestNormalizer.formAsJson("value=FR+H5K8");
        JsonNode repeated = RequestNormalizer.formAsJson("numbers=14254664444&numbers=18827833439");

        assertThat(single.toString()).isEqualTo("{\"value\":\"FR H5K8\"}");
        assertThat(repeated.toString()).isEqualTo("{\"numbers\":[\"14254664444\",\"18827833439\"]}");
    }

    @Test
    void aFormBodyReachesTheOperationAsJson() {
        // no served operation takes a form yet (CNAM create and portability will): the normalizer shows it
        ApiRequest form = new ApiRequest("POST", "/v2/cnams", null, java.util.Map.of(),
                "application/x-www-form-urlencoded", "value=FR+H5K8", null, java.util.Map.of());

        ApiRequest normalized =
                new RequestNormalizer(new com.fasterxml.jackson.databind.ObjectMapper()).normalize(form);

        assertThat(normalized.contentType()).isEqualTo("application/vnd.api+json");
        assertThat(normalized.json().path("value").asText()).isEqualTo("FR H5K8");
        assertThat(normalized.body()).isEqualTo("{\"value\":\"FR H5K8\"}");
    }
}
