package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Inbound messages POSTed in the flat legacy style: {"id","from","to","body"}. */
class LegacyCallbackStyleTest extends CallbackTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().callbackStyle(CallbackStyle.LEGACY));

    private static final String SENDER = "13125550123";

    @BeforeEach
    void setUp() {
        sim.state().callbacks().setAccount(CallbackType.SMS, receiver.url("/sms"));
        sim.state().callbacks().setAccount(CallbackType.MMS, receiver.url("/mms"));
    }

    @Test
    void inboundSmsIsPostedAsFlatBody() {
        String id = sim.injectInbound(SENDER, number, "Legacy hello");

        assertThat(sim.awaitDeliveries(Duration.ofSeconds(5))).isTrue();
        JsonNode body = receiver.received().get(0).json();
        assertThat(body.size()).isEqualTo(4);
        assertThat(body.path("id").asText()).isEqualTo(id);
        assertThat(body.path("from").asText()).isEqualTo(SENDER);
        assertThat(body.path("to").asText()).isEqualTo(number);
        assertThat(body.path("body").asText()).isEqualTo("Legacy hello");
    }

    @Test
    void inboundMmsIsPostedAsFlatBodyWithMediaUrls() {
        sim.injectInboundMms(SENDER, number, "", List.of(SimMedia.text("note.txt", "hi")));

        assertThat(sim.awaitDeliveries(Duration.ofSeconds(5))).isTrue();
        CallbackReceiver.Received post = receiver.received().get(0);
        assertThat(post.path()).isEqualTo("/mms");
        assertThat(post.json().path("media_urls").get(0).asText()).startsWith(sim.baseUrl() + "/_sim/media/");
        assertThat(post.json().has("data")).isFalse();
    }
}
