package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final String RECIPIENT = "13125550123";
    private String sender;

    @BeforeEach
    void setUp() {
        sender = standardNumber();
    }

    private String standardNumber() {
        return sim.state().accountNumbers().stream().filter(n -> !n.isTollFree())
                .findFirst().orElseThrow().number();
    }

    private SimMessage sendAndFetch(String body) {
        SimClient.Reply reply = client.post("/v2.1/messages", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        String id = reply.json().path("data").path("id").asText();
        return sim.state().findMessage(id).orElseThrow();
    }

    @Test
    void sendAnswers202WithMessageSuccess() {
        SimClient.Reply reply = client.post("/v2.1/messages", SimClient.sms(sender, RECIPIENT, "hello"));

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.contentType()).isEqualTo("application/vnd.api+json");
        JsonNode data = reply.json().path("data");
        assertThat(data.path("type").asText()).isEqualTo("message");
        assertThat(data.path("id").asText()).matches("mdr2-[0-9a-f]{32}");
        assertThat(data.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2.1/messages/" + data.path("id").asText());
    }

    @Test
    void sentSmsIsRecordedAsBufferedOutboundMdrWithTwoReceipts() {
        SimMessage mdr = sendAndFetch(SimClient.sms(sender, RECIPIENT, "plain GSM text"));

        assertThat(mdr.direction()).isEqualTo("outbound");
        assertThat(mdr.from()).isEqualTo(sender);
        assertThat(mdr.to()).isEqualTo(RECIPIENT);
        assertThat(mdr.body()).isEqualTo("plain GSM text");
        assertThat(mdr.status()).as("mdr-list.json: an outbound MDR's status is its last receipt's")
                .isEqualTo("message buffered");
        assertThat(mdr.isMms()).isFalse();
        assertThat(mdr.messageEncoding()).isZero();
        assertThat(mdr.messageType()).isEqualTo("longcode");
        assertThat(mdr.amountNanodollars()).isEqualTo(4_000_000L);
        assertThat(mdr.deliveryReceipts()).extracting(SimMessage.DeliveryReceipt::level).containsExactly(1, 2);
        assertThat(mdr.deliveryReceipts()).extracting(SimMessage.DeliveryReceipt::status)
                .containsExactly("smsc submit", "message buffered");
        assertThat(mdr.deliveryReceipts()).extracting(SimMessage.DeliveryReceipt::statusCode)
                .containsExactly(null, 1003);
        assertThat(mdr.timestamp()).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
    }

    @Test
    void nonGsmCharacterGivesUcs2Encoding() {
        SimMessage mdr = sendAndFetch(SimClient.sms(sender, RECIPIENT, "Grüße 😀"));

        assertThat(mdr.messageEncoding()).isEqualTo(8);
    }

    @Test
    void gsmExtensionCharactersKeepGsmEncoding() {
        SimMessage mdr = sendAndFetch(SimClient.sms(sender, RECIPIENT, "Price: 5€ [approx] {ok} ~ ^ | \\"));

        assertThat(mdr.messageEncoding()).isZero();
    }

    @Test
    void tollFreeSenderGivesTollFreeMessageType() {
        String tollFree = sim.state().accountNumbers().stream().filter(SimNumber::isTollFree)
                .findFirst().orElseThrow().number();

        SimMessage mdr = sendAndFetch(SimClient.sms(tollFree, RECIPIENT, "hi"));

        assertThat(mdr.messageType()).isEqualTo("toll-free");
    }

    @Test
    void jsonApiBodyIsAccepted() {
        String body = "{\"data\":{\"type\":\"message\",\"attributes\":{\"from\":\"" + sender + "\",\"to\":\""
                + RECIPIENT + "\",\"body\":\"wrapped\"}}}";

        SimMessage mdr = sendAndFetch(body);

        assertThat(mdr.body()).isEqualTo("wrapped");
    }

    @Test
    void applicationJsonContentTypeIsAccepted() {
        SimClient.Reply reply = client.post("/v2.1/messages", SimClient.sms(sender, RECIPIENT, "hi"),
                "application/json");

        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    }

    @Test
    void isMmsAsStringMakesAnMmsPricedAsMms() {
        String body = "{\"from\":\"" + sender + "\",\"to\":\"" + RECIPIENT + "\",\"body\":\"pic\","
                + "\"is_mms\":\"true\",\"media_urls\":[\"https://example.com/a.png\"]}";

        SimMessage mdr = sendAndFetch(body);

        assertThat(mdr.isMms()).isTrue();
        assertThat(mdr.mediaUrls()).containsExactly("https://example.com/a.png");
        assertThat(mdr.amountNanodollars()).isEqualTo(20_000_000L);
    }

    @Test
    void mediaUrlsWithoutIsMmsMakeAnMms() {
        String body = "{\"from\":\"" + sender + "\",\"to\":\"" + RECIPIENT + "\","
                + "\"media_urls\":[\"http://example.com/a.jpg\"]}";

        assertThat(sendAndFetch(body).isMms()).isTrue();
    }

    @Test
    void senderNotOnAccountIsForbidden() {
        int before = sim.state().messages().size();

        SimClient.Reply reply = client.post("/v2.1/messages", SimClient.sms("12065550000", RECIPIENT, "hi"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("errors").get(0).path("status").asInt()).isEqualTo(403);
        assertThat(sim.state().messages()).hasSize(before);
    }

    @Test
    void recipientThatIsNotElevenDigitsIsUnprocessable() {
        SimClient.Reply reply = client.post("/v2.1/messages", SimClient.sms(sender, "+1 206 555 1234", "hi"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).singleElement().asString().contains("11-digit");
    }

    @Test
    void smsWithoutBodyIsUnprocessable() {
        SimClient.Reply reply = client.post("/v2.1/messages",
                "{\"from\":\"" + sender + "\",\"to\":\"" + RECIPIENT + "\"}");

        assertThat(reply.status()).isEqualTo(422);
    }

    @Test
    void mmsWithNonHttpMediaUrlIsUnprocessable() {
        SimClient.Reply reply = client.post("/v2.1/messages", "{\"from\":\"" + sender + "\",\"to\":\"" + RECIPIENT
                + "\",\"is_mms\":true,\"media_urls\":[\"ftp://example.com/a.png\"]}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).singleElement().asString().contains("http(s)");
    }

    @Test
    void mmsWithoutMediaIsUnprocessable() {
        SimClient.Reply reply = client.post("/v2.1/messages", "{\"from\":\"" + sender + "\",\"to\":\"" + RECIPIENT
                + "\",\"body\":\"x\",\"is_mms\":true}");

        assertThat(reply.status()).isEqualTo(422);
    }

    @Test
    void missingRecipientIsRejectedBySpecValidation() {
        SimClient.Reply reply = client.post("/v2.1/messages", "{\"from\":\"" + sender + "\",\"body\":\"x\"}");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails())
                .anySatisfy(d -> assertThat(d).startsWith("validation.request.body.schema.required").contains("to"));
    }

    @Test
    void lookUpReturnsMdr2Document() {
        SimMessage sent = sendAndFetch(SimClient.sms(sender, RECIPIENT, "find me"));

        SimClient.Reply reply = client.get("/v2.1/messages/" + sent.id());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode data = reply.json().path("data");
        assertThat(data.path("id").asText()).isEqualTo(sent.id());
        assertThat(data.path("type").asText()).isEqualTo("message");
        JsonNode attributes = data.path("attributes");
        assertThat(attributes.path("body").asText()).isEqualTo("find me");
        assertThat(attributes.path("direction").asText()).isEqualTo("outbound");
        assertThat(attributes.path("amount_nanodollars").asLong()).isEqualTo(4_000_000L);
        assertThat(attributes.path("delivery_receipts")).hasSize(2);
    }

    @Test
    void unknownMessageIdIsNotFound() {
        SimClient.Reply reply = client.get("/v2.1/messages/mdr2-00000000000000000000000000000000");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("errors").get(0).path("title").asText()).isEqualTo("Not Found");
    }

    @Test
    void searchReturnsRecordsFromStartInclusiveToEndExclusiveOldestFirst() {
        List<SimMessage> all = sim.state().messages();
        Instant start = all.get(1).timestamp();
        Instant end = all.get(3).timestamp();

        SimClient.Reply reply = client.get("/v2.1/messages?start_date=" + start + "&end_date=" + end);

        assertThat(reply.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().path("data").forEach(item -> ids.add(item.path("id").asText()));
        assertThat(ids).containsExactly(all.get(1).id(), all.get(2).id());
    }

    @Test
    void searchAcceptsDateOnlyStartDate() {
        SimClient.Reply reply = client.get("/v2.1/messages?start_date=2025-01-01&limit=100");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().path("data")).hasSize(sim.state().messages().size());
    }

    @Test
    void searchWithoutStartDateIsRejectedWithValidatorReason() {
        SimClient.Reply reply = client.get("/v2.1/messages");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorDetails()).anySatisfy(
                d -> assertThat(d).startsWith("validation.request.parameter.query.missing").contains("start_date"));
    }

    @Test
    void searchWithEndBeforeStartIsUnprocessable() {
        SimClient.Reply reply =
                client.get("/v2.1/messages?start_date=2025-02-01T00:00:00Z&end_date=2025-01-01T00:00:00Z");

        assertThat(reply.status()).isEqualTo(422);
    }

    @Test
    void injectedInboundMessageIsSearchableAndReadable() {
        Instant when = Instant.parse("2030-05-01T12:00:00Z");
        String id = sim.state().addMessage(SimMessage.inbound(RECIPIENT, sender, "incoming", when));

        SimClient.Reply search = client.get("/v2.1/messages?start_date=2030-05-01T00:00:00Z");
        SimClient.Reply one = client.get("/v2.1/messages/" + id);

        assertThat(id).matches("mdr2-[0-9a-f]{32}");
        assertThat(search.json().path("data")).singleElement()
                .satisfies(item -> assertThat(item.path("id").asText()).isEqualTo(id));
        assertThat(one.json().path("data").path("attributes").path("direction").asText()).isEqualTo("inbound");
    }
}
