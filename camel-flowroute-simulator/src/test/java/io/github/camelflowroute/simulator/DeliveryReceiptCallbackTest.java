package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every send's delivery receipts, level 1 then level 2, POSTed like Flowroute's DLR callbacks. */
class DeliveryReceiptCallbackTest extends CallbackTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private String send(String extraJson) {
        SimClient.Reply reply = client.post("/v2.1/messages", "{\"from\":\"" + number
                + "\",\"to\":\"13125550123\",\"body\":\"Receipt please\"" + extraJson + "}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().path("data").path("id").asText();
    }

    @Test
    void sendPostsLevel1ThenLevel2ReceiptToItsDlrCallback() {
        String id = send(",\"dlr_callback\":\"" + receiver.url("/dlr") + "\"");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).hasSize(2).allMatch(r -> r.path().equals("/dlr"));
        JsonNode first = receiver.received().get(0).json().path("data");
        JsonNode second = receiver.received().get(1).json().path("data");
        assertThat(first.path("type").asText()).isEqualTo("delivery_receipt");
        assertThat(first.path("id").asText()).isEqualTo(id);
        assertThat(first.path("links").path("related").asText())
                .isEqualTo("https://api.flowroute.com/v2.1/messages/" + id);
        assertThat(first.path("attributes").path("level").asInt()).isEqualTo(1);
        assertThat(first.path("attributes").path("status").asText()).isEqualTo("smsc submit");
        assertThat(first.path("attributes").path("body").asText()).isEqualTo("Receipt please");
        assertThat(first.path("attributes").path("status_code").isNull()).as("mdr-list.json: level 1 has no code")
                .isTrue();
        assertThat(first.path("attributes").has("status_code_description")).isTrue();
        assertThat(first.path("attributes").has("timestamp")).isTrue();
        assertThat(second.path("attributes").path("level").asInt()).isEqualTo(2);
        assertThat(second.path("attributes").path("status").asText()).isEqualTo("message buffered");
        assertThat(second.path("attributes").path("status_code").asInt()).isEqualTo(1003);
    }

    @Test
    void sendWithoutDlrCallbackUsesTheNumbersRegistrationBeforeTheAccounts() {
        sim.state().callbacks().setAccount(CallbackType.DLR, receiver.url("/account"));
        sim.state().callbacks().setNumber(number, CallbackType.DLR, receiver.url("/number"));

        send("");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).extracting(CallbackReceiver.Received::path)
                .containsExactly("/number", "/number");
    }

    @Test
    void sendWithoutDlrCallbackUsesTheAccountsRegistration() {
        sim.state().callbacks().setAccount(CallbackType.DLR, receiver.url("/account"));

        send("");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(sim.callbackJournal().attempts(CallbackType.DLR)).hasSize(2)
                .allMatch(a -> a.url().equals(receiver.url("/account")) && a.succeeded());
    }

    @Test
    void sendWithNoCallbackAnywherePostsNothing() {
        send("");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(sim.callbackJournal().attempts()).isEmpty();
    }
}
