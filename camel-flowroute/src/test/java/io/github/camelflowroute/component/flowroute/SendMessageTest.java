package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SendMessageTest extends FlowrouteTestSupport {

    private static final String TO = "12065550199";

    @Test
    void textBodyIsSentFromAndToTheEndpointsNumbers() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber() + "&to=" + TO,
                e -> e.getMessage().setBody("Your table is ready"));

        assertThat(out.getException()).isNull();
        SendMessageResult result = out.getMessage().getBody(SendMessageResult.class);
        assertThat(result.id()).matches("mdr2-[0-9a-f]{32}");
        SimMessage stored = simulator().state().findMessage(result.id()).orElseThrow();
        assertThat(stored.from()).isEqualTo(accountNumber());
        assertThat(stored.to()).isEqualTo(TO);
        assertThat(stored.body()).isEqualTo("Your table is ready");
        assertThat(stored.isMms()).isFalse();
    }

    @Test
    void messageIdHeaderCarriesTheMdrId() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber() + "&to=" + TO,
                e -> e.getMessage().setBody("hi"));

        assertThat(out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class))
                .isEqualTo(out.getMessage().getBody(SendMessageResult.class).id());
    }

    @Test
    void headersOverrideTheEndpointsNumbersAndAreNormalised() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber() + "&to=12065550000", e -> {
            e.getMessage().setHeader(FlowrouteConstants.TO, "+1 (425) 555-0142");
            e.getMessage().setBody("hi");
        });

        String id = out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        assertThat(simulator().state().findMessage(id).orElseThrow().to()).isEqualTo("14255550142");
    }

    @Test
    void messageModelBodyIsSentAsIs() {
        Exchange out = call("flowroute:sendMessage",
                e -> e.getMessage().setBody(OutboundMessage.sms(accountNumber(), TO, "from a model")));

        String id = out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        assertThat(simulator().state().findMessage(id).orElseThrow().body()).isEqualTo("from a model");
    }

    @Test
    void mapBodyIsReadAsAMessage() {
        Exchange out = call("flowroute:sendMessage",
                e -> e.getMessage().setBody(Map.of("from", accountNumber(), "to", TO, "body", "from a map")));

        String id = out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        assertThat(simulator().state().findMessage(id).orElseThrow().body()).isEqualTo("from a map");
    }

    @Test
    void jsonBodyIsReadAsAMessageAndFilledFromTheEndpoint() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber(),
                e -> e.getMessage().setBody("{\"to\": \"" + TO + "\", \"body\": \"from json\"}"));

        String id = out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        SimMessage stored = simulator().state().findMessage(id).orElseThrow();
        assertThat(stored.body()).isEqualTo("from json");
        assertThat(stored.from()).isEqualTo(accountNumber());
    }

    @Test
    void mediaUrlsHeaderSendsAnMms() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber() + "&to=" + TO, e -> {
            e.getMessage().setHeader(FlowrouteConstants.MEDIA_URLS,
                    List.of("https://example.com/menu.png", "https://example.com/map.jpg"));
            e.getMessage().setBody("menu attached");
        });

        String id = out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        SimMessage stored = simulator().state().findMessage(id).orElseThrow();
        assertThat(stored.isMms()).isTrue();
        assertThat(stored.mediaUrls()).containsExactly("https://example.com/menu.png", "https://example.com/map.jpg");
    }

    @Test
    void mediaUrlsOptionSendsAnMmsWithoutText() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber() + "&to=" + TO
                + "&mediaUrls=https://example.com/a.png");

        assertThat(out.getException()).isNull();
        String id = out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        assertThat(simulator().state().findMessage(id).orElseThrow().isMms()).isTrue();
    }

    @Test
    void dlrCallbackHeaderIsSentWithTheMessage() {
        Exchange out = call("flowroute:sendMessage?from=" + accountNumber() + "&to=" + TO, e -> {
            e.getMessage().setHeader(FlowrouteConstants.DLR_CALLBACK, "https://hooks.example.com/dlr");
            e.getMessage().setBody("hi");
        });

        String id = out.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        assertThat(simulator().state().findMessage(id).orElseThrow().dlrCallback())
                .isEqualTo("https://hooks.example.com/dlr");
    }

    @Test
    void requestBodyIsTheSpecsCompactMessage() {
        call("flowroute:sendMessage?from=" + accountNumber() + "&to=" + TO, e -> e.getMessage().setBody("hi"));

        var request = simulator().journal().requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v2.1/messages");
        assertThat(request.body()).contains("\"is_mms\":false").doesNotContain("\"data\"");
        assertThat(request.header("Content-Type")).startsWith("application/vnd.api+json");
    }
}
