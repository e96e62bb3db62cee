package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Callback-URL endpoints of the later spec revision, validated against that document. */
class CallbackRegistrationTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final String URL = "https://hooks.example.com/flowroute/sms";

    private static String didCallback(String url) {
        return "{\"data\":{\"attributes\":{\"callback_url\":\"" + url + "\"}}}";
    }

    @Test
    void accountCallbackIsSetWith204() {
        SimClient.Reply reply = client.put("/v2.1/messages/sms_callback", "{\"callback_url\":\"" + URL + "\"}");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(sim.state().callbacks().account(CallbackType.SMS)).contains(URL);
        assertThat(sim.state().callbacks().account(CallbackType.DLR)).isEmpty();
    }

    @Test
    void accountCallbackIsReadBackAsCallbackDocument() {
        sim.state().callbacks().setAccount(CallbackType.DLR, URL);

        SimClient.Reply reply = client.get("/v2.1/messages/dlr_callback");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json().path("data");
        assertThat(data.path("type").asText()).isEqualTo("callback");
        assertThat(data.path("attributes").path("callback_url").asText()).isEqualTo(URL);
    }

    @Test
    void accountCallbackWithBadUrlIsRefusedWith422() {
        SimClient.Reply reply = client.put("/v2.1/messages/mms_callback", "{\"callback_url\":\"not a url\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(sim.state().callbacks().account()).isEmpty();
    }

    @Test
    void accountCallbackWithoutUrlIsRefused() {
        assertThat(client.put("/v2.1/messages/sms_callback", "{}").status()).isEqualTo(422);
        assertThat(client.put("/v2.1/messages/sms_callback", "{\"url\":\"" + URL + "\"}").status()).isEqualTo(422);
    }

    @Test
    void accountCallbackIsRemovedWith204ThenGone() {
        sim.state().callbacks().setAccount(CallbackType.SMS, URL);

        assertThat(client.delete("/v2.1/messages/sms_callback").status()).isEqualTo(204);

        assertThat(sim.state().callbacks().account(CallbackType.SMS)).isEmpty();
        assertThat(client.get("/v2.1/messages/sms_callback").status()).isEqualTo(404);
        assertThat(client.delete("/v2.1/messages/sms_callback").status()).isEqualTo(404);
    }

    @Test
    void numberCallbackIsSetWith204() {
        SimClient.Reply reply = client.post("/v2/numbers/" + number + "/relationships/dlr_callback", didCallback(URL));

        assertThat(reply.status()).isEqualTo(204);
        assertThat(sim.state().callbacks().number(number, CallbackType.DLR)).contains(URL);
        assertThat(client.get("/v2/numbers/" + number + "/relationships/dlr_callback").json()
                .path("data").path("attributes").path("callback_url").asText()).isEqualTo(URL);
    }

    @Test
    void numberCallbackIsRemovedWith204() {
        sim.state().callbacks().setNumber(number, CallbackType.MMS, URL);

        assertThat(client.delete("/v2/numbers/" + number + "/relationships/mms_callback").status()).isEqualTo(204);

        assertThat(sim.state().callbacks().numbers()).isEmpty();
    }

    @Test
    void numberCallbackWithBadUrlIsRefusedWith422() {
        SimClient.Reply reply = client.post("/v2/numbers/" + number + "/relationships/sms_callback",
                didCallback("ftp://example.com/x"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(sim.state().callbacks().numbers()).isEmpty();
    }

    @Test
    void numberCallbackBodyWithoutTheRevisionsDidCallbackFormIsRefused() {
        // the revision's DIDCallback is {"data":{"attributes":{"callback_url"}}}; a flat body lacks it
        SimClient.Reply reply = client.post("/v2/numbers/" + number + "/relationships/sms_callback",
                "{\"callback_url\":\"" + URL + "\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).anyMatch(d -> d.contains("callback_url"));
    }

    @Test
    void numberCallbackForANumberNotOnTheAccountIs404() {
        assertThat(client.post("/v2/numbers/12065550199/relationships/sms_callback", didCallback(URL)).status())
                .isEqualTo(404);
    }

    @Test
    void unknownCallbackTypeIsNotAResource() {
        assertThat(client.put("/v2.1/messages/fax_callback", "{\"callback_url\":\"" + URL + "\"}").status())
                .isEqualTo(405);
        assertThat(client.post("/v2/numbers/" + number + "/relationships/fax_callback", didCallback(URL)).status())
                .isEqualTo(404);
    }

    @Test
    void callbackPathsNeedCredentials() {
        assertThat(SimClient.anonymous(sim).put("/v2.1/messages/sms_callback", "{\"callback_url\":\"" + URL + "\"}")
                .status()).isEqualTo(401);
    }
}
