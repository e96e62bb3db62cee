package io.github.camelflowroute.kamelets;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSinkKameletTest extends KameletTestSupport {

    private static final String CUSTOMER = "12065550142";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // Kamelets: flowroute-sms-sink
                from("direct:notify")
                        .to("kamelet:flowroute-sms-sink?from={{flowroute.from}}");
                from("direct:notifyOne")
                        .to("kamelet:flowroute-sms-sink?from={{flowroute.from}}&to=" + CUSTOMER);
                from("direct:notifyMms")
                        .to("kamelet:flowroute-sms-sink?from={{flowroute.from}}&to=" + CUSTOMER
                                + "&mediaUrls=https://example.com/a.png");
            }
        };
    }

    @Override
    protected java.util.Properties useOverridePropertiesWithPropertiesComponent() {
        java.util.Properties properties = super.useOverridePropertiesWithPropertiesComponent();
        properties.setProperty("flowroute.from", accountNumber());
        return properties;
    }

    @Test
    void theToHeaderNamesTheRecipientAndTheBodyIsTheText() {
        Exchange e = template.request("direct:notify", x -> {
            x.getMessage().setHeader("to", CUSTOMER);
            x.getMessage().setBody("Your order has shipped");
        });

        assertThat(e.getException()).isNull();
        SimMessage sent = sentMessage(e);
        assertThat(sent.direction()).isEqualTo("outbound");
        assertThat(sent.from()).isEqualTo(accountNumber());
        assertThat(sent.to()).isEqualTo(CUSTOMER);
        assertThat(sent.body()).isEqualTo("Your order has shipped");
        assertThat(sent.isMms()).isFalse();
    }

    @Test
    void theCloudEventsToHeaderNamesTheRecipient() {
        Exchange e = template.request("direct:notify", x -> {
            x.getMessage().setHeader("ce-to", CUSTOMER);
            x.getMessage().setBody("hello");
        });

        assertThat(e.getException()).isNull();
        assertThat(sentMessage(e).to()).isEqualTo(CUSTOMER);
    }

    @Test
    void theToPropertyNamesTheRecipientWhenNoHeaderDoes() {
        Exchange e = template.request("direct:notifyOne", x -> x.getMessage().setBody("hello"));

        assertThat(e.getException()).isNull();
        assertThat(sentMessage(e).to()).isEqualTo(CUSTOMER);
    }

    @Test
    void aHeaderWinsOverTheToProperty() {
        Exchange e = template.request("direct:notifyOne", x -> {
            x.getMessage().setHeader("to", "12065550143");
            x.getMessage().setBody("hello");
        });

        assertThat(e.getException()).isNull();
        assertThat(sentMessage(e).to()).isEqualTo("12065550143");
    }

    @Test
    void mediaUrlsMakeAnMms() {
        Exchange e = template.request("direct:notifyMms", x -> x.getMessage().setBody("a photo"));

        assertThat(e.getException()).isNull();
        SimMessage sent = sentMessage(e);
        assertThat(sent.isMms()).isTrue();
        assertThat(sent.mediaUrls()).containsExactly("https://example.com/a.png");
    }

    @Test
    void aJsonBodyGivesTheMessageFields() {
        Exchange e = template.request("direct:notify", x -> x.getMessage().setBody(
                "{\"to\":\"" + CUSTOMER + "\",\"body\":\"from JSON\"}"));

        assertThat(e.getException()).isNull();
        assertThat(sentMessage(e)).satisfies(m -> {
            assertThat(m.to()).isEqualTo(CUSTOMER);
            assertThat(m.body()).isEqualTo("from JSON");
        });
    }

    @Test
    void withoutARecipientTheSendFailsBeforeAnyRequest() {
        Exchange e = template.request("direct:notify", x -> x.getMessage().setBody("to nobody"));

        assertThat(e.getException()).isInstanceOf(FlowrouteValidationException.class);
        assertThat(((FlowrouteValidationException) e.getException()).getField()).isEqualTo("to");
        assertThat(simulator().journal().count("POST", "/v2.1/messages")).isZero();
    }

    private static SimMessage sentMessage(Exchange e) {
        String id = e.getMessage().getHeader("CamelFlowrouteMessageId", String.class);
        assertThat(id).as("CamelFlowrouteMessageId").isNotBlank();
        return simulator().state().findMessage(id).orElseThrow();
    }

}
