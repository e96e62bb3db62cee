package io.github.camelflowroute.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inbound messages POSTed to the registered callback in the default JSON:API style. */
class InboundCallbackTest extends CallbackTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final String SENDER = "13125550123";

    @Test
    void inboundSmsIsPostedAsJsonApiMessage() {
        sim.state().callbacks().setAccount(CallbackType.SMS, receiver.url("/sms"));

        String id = sim.injectInbound(SENDER, number, "Hello there");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).hasSize(1);
        CallbackReceiver.Received post = receiver.received().get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.path()).isEqualTo("/sms");
        JsonNode data = post.json().path("data");
        assertThat(data.path("type").asText()).isEqualTo("message");
        assertThat(data.path("id").asText()).isEqualTo(id);
        JsonNode a = data.path("attributes");
        assertThat(a.path("direction").asText()).isEqualTo("inbound");
        assertThat(a.path("from").asText()).isEqualTo(SENDER);
        assertThat(a.path("to").asText()).isEqualTo(number);
        assertThat(a.path("body").asText()).isEqualTo("Hello there");
        assertThat(a.path("is_mms").asBoolean(true)).isFalse();
        assertThat(a.has("timestamp")).isTrue();
        assertThat(a.path("message_encoding").asInt()).isZero();
        assertThat(a.path("message_type").asText()).isEqualTo("longcode");
        assertThat(a.path("status").asText()).isEqualTo("delivered");
        assertThat(a.path("amount_nanodollars").asText()).isEqualTo("4000000");
        assertThat(a.path("amount_display").asText()).isEqualTo("$0.0040");
        assertThat(post.json().has("included")).isFalse();
    }

    @Test
    void inboundSmsIsRecordedAsMdr() {
        String id = sim.injectInbound(SENDER, number, "Recorded");

        SimMessage mdr = sim.state().findMessage(id).orElseThrow();

        assertThat(mdr.direction()).isEqualTo("inbound");
        assertThat(mdr.body()).isEqualTo("Recorded");
        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(sim.callbackJournal().attempts()).isEmpty();
    }

    @Test
    void inboundMmsIsPostedWithMediaRelationshipAndIncludedMedia() {
        sim.state().callbacks().setAccount(CallbackType.SMS, receiver.url("/sms"));
        sim.state().callbacks().setAccount(CallbackType.MMS, receiver.url("/mms"));
        SimMedia photo = new SimMedia("photo.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });

        String id = sim.injectInboundMms(SENDER, number, "See photo", List.of(photo));

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).extracting(CallbackReceiver.Received::path).containsExactly("/mms");
        JsonNode doc = receiver.received().get(0).json();
        assertThat(doc.path("data").path("attributes").path("is_mms").asBoolean()).isTrue();
        JsonNode related = doc.path("data").path("relationships").path("media").path("data");
        assertThat(related).hasSize(1);
        assertThat(related.get(0).path("type").asText()).isEqualTo("media");
        JsonNode media = doc.path("included").get(0);
        assertThat(media.path("type").asText()).isEqualTo("media");
        assertThat(media.path("id").asText()).isEqualTo(related.get(0).path("id").asText());
        assertThat(media.path("attributes").path("file_name").asText()).isEqualTo("photo.png");
        assertThat(media.path("attributes").path("file_size").asInt()).isEqualTo(4);
        assertThat(media.path("attributes").path("mime_type").asText()).isEqualTo("image/png");
        assertThat(media.path("attributes").path("url").asText())
                .isEqualTo(sim.baseUrl() + "/_sim/media/" + sim.state().findMessage(id).orElseThrow().mediaId(0));
    }

    @Test
    void numberCallbackWinsOverAccountCallback() {
        sim.state().callbacks().setAccount(CallbackType.SMS, receiver.url("/account"));
        sim.state().callbacks().setNumber(number, CallbackType.SMS, receiver.url("/number"));
        String other = sim.state().accountNumbers().get(1).number();

        sim.injectInbound(SENDER, number, "to the number's own URL");
        sim.injectInbound(SENDER, other, "to the account's URL");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).extracting(CallbackReceiver.Received::path)
                .containsExactlyInAnyOrder("/number", "/account");
        assertThat(receiver.received()).filteredOn(r -> r.path().equals("/number")).singleElement()
                .satisfies(r -> assertThat(r.body()).contains("own URL"));
    }

    @Test
    void inboundToANumberNotOnTheAccountIsRefused() {
        assertThatThrownBy(() -> sim.injectInbound(SENDER, "12065550199", "lost"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inboundOverTheControlApiIsPosted() {
        sim.state().callbacks().setAccount(CallbackType.SMS, receiver.url("/sms"));

        SimClient.Reply reply = SimClient.anonymous(sim).post("/_sim/inbound",
                "{\"from\":\"" + SENDER + "\",\"to\":\"" + number + "\",\"body\":\"over HTTP\"}", "application/json");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(
                r.json().path("data").path("id").asText()).isEqualTo(reply.json().path("id").asText()));
    }
}
