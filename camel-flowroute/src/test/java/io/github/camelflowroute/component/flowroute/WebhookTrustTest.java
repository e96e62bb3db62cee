package io.github.camelflowroute.component.flowroute;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts that are not Flowroute's callbacks, or not from where they should be, never reach the route. */
class WebhookTrustTest extends WebhookTestSupport {

    private static final String VALID = """
            {"data":{"type":"message","id":"mdr2-0123456789abcdef0123456789abcdef","attributes":{
            "direction":"inbound","from":"12065550142","to":"12064331866","body":"hi"}}}""";

    @Test
    void postWithoutTheTokenIsRefusedWith401() throws Exception {
        webhook("inboundMessages", "webhookToken=s3cret");

        assertThat(post("", VALID)).isEqualTo(401);
        assertThat(post("?token=guess", VALID)).isEqualTo(401);
        assertThat(getMockEndpoint("mock:out").getReceivedCounter()).isZero();
    }

    @Test
    void postWithTheTokenIsRoutedWithoutTheToken() throws Exception {
        webhook("inboundMessages", "webhookToken=s3cret");

        assertThat(post("?token=s3cret", VALID)).isEqualTo(200);
        MockEndpoint out = getMockEndpoint("mock:out");
        assertThat(out.getReceivedCounter()).isEqualTo(1);
        assertThat(out.getExchanges().get(0).getMessage().getHeaders()).doesNotContainKey("token");
    }

    @Test
    void postFromOutsideTheAllowedSourcesIsRefusedWith403() throws Exception {
        webhook("inboundMessages", "webhookAllowedSources=10.0.0.0/8");

        assertThat(post("", VALID)).isEqualTo(403);
        assertThat(getMockEndpoint("mock:out").getReceivedCounter()).isZero();
    }

    @Test
    void postFromAnAllowedSourceIsRouted() throws Exception {
        webhook("inboundMessages", "webhookAllowedSources=10.0.0.0/8,127.0.0.1");

        assertThat(post("", VALID)).isEqualTo(200);
    }

    @Test
    void oversizedBodyIsRefusedWith413() throws Exception {
        webhook("inboundMessages", "webhookMaxBodySize=100");

        assertThat(post("", VALID + " ".repeat(200))).isEqualTo(413);
        assertThat(getMockEndpoint("mock:out").getReceivedCounter()).isZero();
    }

    @Test
    void twoHundredMalformedBodiesAreRefusedWith4xxAndNoneIsRouted() throws Exception {
        webhook("inboundMessages", "");
        List<String> bodies = malformedBodies(200);

        for (String body : bodies) {
            assertThat(post("", body)).as(body).isBetween(400, 499);
        }

        assertThat(getMockEndpoint("mock:out").getReceivedCounter()).isZero();
    }

    /** Truncations, wrong shapes, missing ids and numbers, wrong types and noise, from a fixed seed. */
    private static List<String> malformedBodies(int count) {
        List<String> bodies = new ArrayList<>(List.of(
                "", "null", "[]", "[" + VALID + "]", "42", "\"text\"", "{}", "{\"data\":null}", "{\"data\":[]}",
                "{\"data\":{}}", "{\"data\":{\"type\":\"message\"}}", "<xml/>", "id=mdr2-1&from=1",
                "{\"data\":{\"id\":\"mdr2-0123456789abcdef0123456789abcdef\",\"attributes\":{\"to\":\"1\"}}}",
                "{\"id\":\"mdr2-0123456789abcdef0123456789abcdef\",\"body\":\"no numbers\"}",
                "{\"from\":\"12065550142\",\"to\":\"12064331866\",\"body\":\"no id\"}",
                "{\"data\":{\"id\":\"mdr2-x\",\"attributes\":{\"from\":{},\"to\":[]}}}"));
        Random random = new Random(7);
        while (bodies.size() < count) {
            switch (bodies.size() % 3) {
                case 0 -> bodies.add(VALID.substring(0, 1 + random.nextInt(VALID.length() - 2)));
                case 1 -> {
                    byte[] noise = new byte[1 + random.nextInt(60)];
                    random.nextBytes(noise);
                    bodies.add(new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
                default -> bodies.add("{\"data\":{\"type\":\"message\",\"attributes\":{\"from\":\"" + random.nextInt()
                        + "\",\"timestamp\":\"not a time " + random.nextInt() + "\"}}}");
            }
        }
        return bodies;
    }
}
