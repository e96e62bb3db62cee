package io.github.camelflowroute.component.flowroute;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelflowroute.component.flowroute.model.DeliveryReceipt;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.simulator.CallbackAttempt;
import io.github.camelflowroute.simulator.SimMedia;
import org.apache.camel.Exchange;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What Flowroute posts arrives in the route as typed models, once, and a failed route makes Flowroute post again. */
class WebhookDeliveryTest extends WebhookTestSupport {

    private static final String CUSTOMER = "12065550142";

    @Test
    void inboundSmsArrivesAsAMessageRecord() throws Exception {
        webhook("inboundMessages", "");
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(1);

        String id = simulator().injectInbound(CUSTOMER, accountNumber(), "Is my order ready?");

        out.assertIsSatisfied(10_000);
        Exchange e = out.getExchanges().get(0);
        MessageDetailRecord mdr = e.getMessage().getBody(MessageDetailRecord.class);
        assertThat(mdr.id()).isEqualTo(id);
        assertThat(mdr.direction()).isEqualTo("inbound");
        assertThat(mdr.body()).isEqualTo("Is my order ready?");
        assertThat(e.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID)).isEqualTo(id);
        assertThat(e.getMessage().getHeader(FlowrouteConstants.FROM)).isEqualTo(CUSTOMER);
        assertThat(e.getMessage().getHeader(FlowrouteConstants.TO)).isEqualTo(accountNumber());
        awaitAttempts(1);
        assertThat(simulator().callbackJournal().attempts()).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(200));
    }

    @Test
    void inboundMmsCarriesTypedMedia() throws Exception {
        webhook("inboundMessages", "");
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(1);

        simulator().injectInboundMms(CUSTOMER, accountNumber(), "photo", List.of(SimMedia.text("note.txt", "hello")));

        out.assertIsSatisfied(10_000);
        MessageDetailRecord mdr = out.getExchanges().get(0).getMessage().getBody(MessageDetailRecord.class);
        assertThat(mdr.isMms()).isTrue();
        assertThat(mdr.media()).singleElement().satisfies(m -> {
            assertThat(m.url()).startsWith(simulator().baseUrl());
            assertThat(m.mimeType()).isEqualTo("text/plain");
            assertThat(m.fileSize()).isEqualTo(5L);
            assertThat(m.fileName()).isEqualTo("note.txt");
        });
    }

    @Test
    void downloadMediaAttachesTheFiles() throws Exception {
        webhook("inboundMessages", "downloadMedia=true");
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(1);

        simulator().injectInboundMms(CUSTOMER, accountNumber(), "photo", List.of(SimMedia.text("note.txt", "hello")));

        out.assertIsSatisfied(10_000);
        AttachmentMessage message = out.getExchanges().get(0).getMessage(AttachmentMessage.class);
        assertThat(message.getAttachmentNames()).containsExactly("note.txt");
        assertThat(
                new String(message.getAttachment("note.txt").getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("hello");
    }

    @Test
    void mediaLargerThanTheLimitFailsTheDeliverySoFlowroutePostsAgain() throws Exception {
        webhook("inboundMessages", "downloadMedia=true&maxMediaSize=3");
        MockEndpoint out = getMockEndpoint("mock:out");

        simulator().injectInboundMms(CUSTOMER, accountNumber(), "photo", List.of(SimMedia.text("note.txt", "hello")));

        awaitAttempts(2);
        assertThat(out.getReceivedCounter()).isZero();
        assertThat(simulator().callbackJournal().attempts()).extracting(CallbackAttempt::status).contains(500);
    }

    @Test
    void sentMessageProducesLevelOneAndTwoReceipts() throws Exception {
        webhook("deliveryReceipts", "");
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(2);

        String id = template.request("flowroute:sendMessage?from=" + accountNumber() + "&to=" + CUSTOMER,
                e -> e.getMessage().setBody("your code is 1234")).getMessage()
                .getHeader(FlowrouteConstants.MESSAGE_ID, String.class);

        out.assertIsSatisfied(10_000);
        List<DeliveryReceipt> receipts = out.getExchanges().stream()
                .map(e -> e.getMessage().getBody(DeliveryReceipt.class)).toList();
        assertThat(receipts).extracting(DeliveryReceipt::level).containsExactly(1, 2);
        assertThat(receipts).extracting(DeliveryReceipt::messageId).containsOnly(id);
        // as the live sample mdr-list.json: level 1 has no status code, level 2 is the carrier's 1003
        assertThat(receipts.get(0).statusCode()).isNull();
        assertThat(receipts.get(1).status()).isEqualTo("message buffered");
        assertThat(receipts.get(1).statusCode()).isEqualTo(1003);
        assertThat(receipts).allSatisfy(r -> assertThat(r.timestamp()).isNotNull());
    }

    @Test
    void failedRouteAnswers500AndFlowroutesRetryIsProcessed() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(webhookUri("inboundMessages", "webhookAllowUnauthenticated=true"))
                        .routeId("webhook")
                        .process(e -> {
                            if (calls.getAndIncrement() == 0) {
                                throw new IllegalStateException("ticketing system down");
                            }
                        })
                        .to("mock:out");
            }
        });
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedMessageCount(1);

        simulator().injectInbound(CUSTOMER, accountNumber(), "help");

        out.assertIsSatisfied(10_000);
        awaitAttempts(2);
        assertThat(simulator().callbackJournal().attempts()).extracting(CallbackAttempt::status).containsExactly(500,
                200);
        assertThat(calls).hasValue(2);
    }

    @Test
    void samePostFiveTimesIsProcessedOnce() throws Exception {
        webhook("inboundMessages", "");
        MockEndpoint out = getMockEndpoint("mock:out");
        String body = """
                {"data":{"type":"message","id":"mdr2-0123456789abcdef0123456789abcdef","attributes":{
                "direction":"inbound","from":"12065550142","to":"12064331866","body":"hi","is_mms":false}}}""";

        for (int i = 0; i < 5; i++) {
            assertThat(post("", body)).isEqualTo(200);
        }

        assertThat(out.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void legacyFlatBodiesAreAccepted() throws Exception {
        webhook("inboundMessages", "");
        MockEndpoint out = getMockEndpoint("mock:out");

        assertThat(post("", "{\"id\":\"mdr2-0123456789abcdef0123456789abcdee\",\"from\":\"12065550142\","
                + "\"to\":\"12064331866\",\"body\":\"legacy\"}")).isEqualTo(200);

        assertThat(out.getExchanges()).singleElement().satisfies(e -> {
            assertThat(e.getMessage().getBody(MessageDetailRecord.class).body()).isEqualTo("legacy");
            assertThat(e.getMessage().getHeader(FlowrouteConstants.FROM)).isEqualTo("12065550142");
        });
    }

    @Test
    void legacyFlatMmsCarriesItsMediaUrls() throws Exception {
        webhook("inboundMessages", "");
        MockEndpoint out = getMockEndpoint("mock:out");

        assertThat(post("", "{\"id\":\"mdr2-0123456789abcdef0123456789abcded\",\"from\":\"12065550142\","
                + "\"to\":\"12064331866\",\"body\":\"look\",\"is_mms\":\"true\","
                + "\"media_urls\":[\"https://media.example.com/a.jpg\"]}")).isEqualTo(200);

        MessageDetailRecord mdr = out.getExchanges().get(0).getMessage().getBody(MessageDetailRecord.class);
        assertThat(mdr.isMms()).isTrue();
        assertThat(mdr.media()).extracting(m -> m.url()).containsExactly("https://media.example.com/a.jpg");
    }

    @Test
    void legacyFlatReceiptsAreAccepted() throws Exception {
        webhook("deliveryReceipts", "");
        MockEndpoint out = getMockEndpoint("mock:out");

        assertThat(post("", "{\"id\":\"mdr2-0123456789abcdef0123456789abcdee\",\"level\":2,\"status\":\"delivered\","
                + "\"status_code\":1000}")).isEqualTo(200);

        assertThat(out.getExchanges()).singleElement().satisfies(e -> {
            DeliveryReceipt r = e.getMessage().getBody(DeliveryReceipt.class);
            assertThat(r.messageId()).isEqualTo("mdr2-0123456789abcdef0123456789abcdee");
            assertThat(r.level()).isEqualTo(2);
        });
    }

    private static void awaitAttempts(int count) throws InterruptedException {
        assertThat(simulator().callbackJournal().await(a -> a.size() >= count, Duration.ofSeconds(10)))
                .as("%d callback attempts", count).isTrue();
    }
}
