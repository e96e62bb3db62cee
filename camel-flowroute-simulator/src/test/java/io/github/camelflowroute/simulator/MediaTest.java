package io.github.camelflowroute.simulator;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator serves the media of injected MMS at the URLs its callbacks and MDRs carry. */
class MediaTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    @BeforeEach
    void setUp() {
        client = SimClient.anonymous(sim);
    }

    @Test
    void injectedMmsMediaIsServedWithItsMimeType() throws Exception {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        String id =
                sim.injectInboundMms("13125550123", number, "photo", List.of(new SimMedia("p.png", "image/png", png)));
        String url = sim.state().findMessage(id).orElseThrow().mediaUrls().get(0);

        HttpResponse<byte[]> media = client.getBytes(url);

        assertThat(media.statusCode()).isEqualTo(200);
        assertThat(media.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(media.body()).isEqualTo(png);
    }

    @Test
    void mediaInjectedOverTheControlApiIsServed() throws Exception {
        String base64 = Base64.getEncoder().encodeToString("plain text".getBytes(StandardCharsets.UTF_8));
        SimClient.Reply reply = client.post("/_sim/inbound", "{\"from\":\"13125550123\",\"to\":\"" + number
                + "\",\"media\":[{\"file_name\":\"a.txt\",\"mime_type\":\"text/plain\",\"content_base64\":\""
                + base64 + "\"}]}", "application/json");
        SimMessage mdr = sim.state().findMessage(reply.json().path("id").asText()).orElseThrow();

        HttpResponse<byte[]> media = client.getBytes("/_sim/media/" + mdr.mediaId(0));

        assertThat(mdr.isMms()).isTrue();
        assertThat(new String(media.body(), StandardCharsets.UTF_8)).isEqualTo("plain text");
    }

    @Test
    void unknownMediaIs404() throws Exception {
        assertThat(client.getBytes("/_sim/media/media-nothing-0").statusCode()).isEqualTo(404);
    }
}
