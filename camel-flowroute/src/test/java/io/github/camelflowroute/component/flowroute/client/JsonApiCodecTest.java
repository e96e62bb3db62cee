package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tolerant reader: every live-API variant of flowroute-notes.md parses, and request bodies follow the spec. */
class JsonApiCodecTest {

    private final JsonApiCodec codec = new JsonApiCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void mdrWithLiveVariantsParses() throws IOException {
        MessageDetailRecord mdr = codec.message(fixture("mdr-live.json"));

        assertThat(mdr.id()).isEqualTo("mdr2-39cadeace66e11e7aff806cd7f24ba2d");
        assertThat(mdr.amountDisplay()).isEqualTo("$0.0040");
        assertThat(mdr.amountNanodollars()).isEqualTo(4_000_000L);
        assertThat(mdr.isMms()).isTrue();
        assertThat(mdr.timestamp()).isEqualTo(Instant.parse("2017-12-22T01:52:39.260Z"));
        assertThat(mdr.deliveryReceipts()).extracting(r -> r.level()).containsExactly(1, 2);
        assertThat(mdr.media()).extracting(m -> m.id()).containsExactly("m-1");
    }

    @Test
    void mdrSetWithPlainResourceItemsParses() throws IOException {
        Page<MessageDetailRecord> page = codec.messages(fixture("mdr-set-live.json"));

        assertThat(page.items()).extracting(MessageDetailRecord::id)
                .containsExactly("mdr2-00000000000000000000000000000001", "mdr2-00000000000000000000000000000002");
        assertThat(page.items()).extracting(MessageDetailRecord::body).containsExactly("one", "two");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void mdrSetWithSpecWrappedItemsParses() throws IOException {
        Page<MessageDetailRecord> page = codec.messages(fixture("mdr-set-spec.json"));

        assertThat(page.items()).singleElement().satisfies(mdr -> {
            assertThat(mdr.id()).isEqualTo("mdr2-00000000000000000000000000000001");
            assertThat(mdr.amountDisplay()).isEqualTo("0.004");
        });
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void numberWithStringValueRelationshipsAndIncludedRoutesParses() throws IOException {
        PhoneNumber number = codec.number(fixture("number-live.json"));

        assertThat(number.value()).isEqualTo("12066417661");
        assertThat(number.primaryRouteId()).isEqualTo("99670");
        assertThat(number.failoverRouteId()).isEqualTo("99671");
        assertThat(number.routes()).extracting(Route::id, Route::routeType, Route::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("99670", "host", "203.0.113.10:5060"),
                        org.assertj.core.groups.Tuple.tuple("99671", "uri", "sip:vm@example.com"));
    }

    @Test
    void numberWithSpecIntegerValueAndStringRelationshipParses() throws IOException {
        PhoneNumber number = codec.number(fixture("number-spec.json"));

        assertThat(number.value()).isEqualTo("12066417661");
        assertThat(number.failoverRouteId()).isEqualTo("99671");
        assertThat(number.primaryRouteId()).isEqualTo("99670");
    }

    @Test
    void availableNumbersParseWithCosts() throws IOException {
        Page<AvailableNumber> page = codec.availableNumbers(fixture("available-numbers-live.json"));

        assertThat(page.items()).singleElement().satisfies(n -> {
            assertThat(n.value()).isEqualTo("12065550123");
            assertThat(n.monthlyCost()).isEqualByComparingTo(new BigDecimal("1.25"));
            assertThat(n.rateCenter()).isEqualTo("SEATTLE");
        });
    }

    @Test
    void areaCodesWithStringOrIntegerIdsParse() throws IOException {
        Page<AvailableCode> page = codec.availableCodes(fixture("areacodes.json"));

        assertThat(page.items()).extracting(AvailableCode::code).containsExactly("206", "312");
        assertThat(page.items().get(0).relatedLink()).endsWith("exchanges?areacode=206");
    }

    @Test
    void createdRouteParses() throws IOException {
        Route route = codec.route(fixture("route-created.json"));

        assertThat(route.id()).isEqualTo("99672");
        assertThat(route.routeType()).isEqualTo("sip-reg");
    }

    @Test
    void errorWithoutIdParses() throws IOException {
        List<ApiError> errors = codec.errors(fixture("error-403-no-id.json"));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.id()).isNull();
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.detail()).isEqualTo("You do not own this number");
        });
    }

    @Test
    void htmlErrorPageGivesNoErrors() {
        assertThat(codec.errors("<html><body>502 Bad Gateway</body></html>".getBytes())).isEmpty();
    }

    @Test
    void sendResultParses() throws IOException {
        assertThat(codec.sendResult(fixture("send-result.json")).id())
                .isEqualTo("mdr2-39cadeace66e11e7aff806cd7f24ba2d");
    }

    @Test
    void sendResultTakesTheResourceIdAndSelfLinkWhateverElseTheAnswerHolds() throws IOException {
        SendMessageResult result = codec.sendResult(fixture("send-result-among-other-members.json"));

        assertThat(result.id()).isEqualTo("mdr2-39cadeace66e11e7aff806cd7f24ba2d");
        assertThat(result.selfLink())
                .isEqualTo("https://api.flowroute.com/v2.1/messages/mdr2-39cadeace66e11e7aff806cd7f24ba2d");
    }

    @Test
    void sendResultWithoutAnIdIsRefused() {
        assertThatThrownBy(() -> codec.sendResult(fixture("send-result-without-id.json")))
                .isInstanceOf(IOException.class).hasMessageContaining("no message id");
    }

    @Test
    void messageBodyIsTheSpecCompactFormWithExplicitMmsFlag() throws IOException {
        JsonNode body = json.readTree(codec.messageBody(
                OutboundMessage.mms("12065550100", "12065550101", "hi", List.of("https://example.com/a.png"))));

        assertThat(body.get("from").asText()).isEqualTo("12065550100");
        assertThat(body.get("is_mms").asBoolean()).isTrue();
        assertThat(body.get("media_urls").get(0).asText()).isEqualTo("https://example.com/a.png");
        assertThat(body.has("data")).isFalse();
    }

    @Test
    void smsBodyStatesItIsNotMms() throws IOException {
        JsonNode body = json.readTree(codec.messageBody(OutboundMessage.sms("12065550100", "12065550101", "hi")));

        assertThat(body.get("is_mms").asBoolean()).isFalse();
        assertThat(body.has("media_urls")).isFalse();
    }

    @Test
    void messageTextReachesTheBodyUnchangedWhateverItHolds() throws IOException {
        String text = "Say \"hi\" \\ o/\n\ttab\u0001 caf\u00e9 \u20ac \ud83d\ude00 </script>";

        JsonNode body = json.readTree(codec.messageBody(OutboundMessage.sms("12065550100", "12065550101", text)
                .withDlrCallback("https://example.com/dlr?a=1&b=\"2\"")));

        assertThat(body.get("body").asText()).isEqualTo(text);
        assertThat(body.get("dlr_callback").asText()).isEqualTo("https://example.com/dlr?a=1&b=\"2\"");
        assertThat(body.size()).isEqualTo(5);
    }

    @Test
    void newRouteBodyIsJsonApi() throws IOException {
        JsonNode body = json.readTree(codec.newRouteBody(Route.newRoute(RouteType.SIP_REG, "office", "desk")));

        assertThat(body.at("/data/type").asText()).isEqualTo("route");
        assertThat(body.at("/data/attributes/route_type").asText()).isEqualTo("sip-reg");
        assertThat(body.at("/data/attributes/value").asText()).isEqualTo("office");
        assertThat(body.at("/data/attributes/alias").asText()).isEqualTo("desk");
    }

    @Test
    void routeReferenceBodyNamesTheRoute() throws IOException {
        JsonNode body = json.readTree(codec.routeReferenceBody("99670"));

        assertThat(body.at("/data/id").asText()).isEqualTo("99670");
        assertThat(body.at("/data/type").asText()).isEqualTo("route");
    }

    @Test
    void inboundCallbackInJsonApiFormTakesItsIncludedMedia() throws IOException {
        MessageDetailRecord mdr = codec.inboundMessage(utf8("""
                {"data":{"id":"mdr2-in-1","type":"message","attributes":{"from":"12065550142","to":"12064331866",
                "body":"pic","is_mms":true,"direction":"inbound"},
                "relationships":{"media":{"data":[{"id":"m-9","type":"media"}]}}},
                "included":[{"id":"m-9","type":"media","attributes":{"file_name":"a.png","mime_type":"image/png",
                "file_size":3,"url":"https://cdn.example/a.png"}}]}"""));

        assertThat(mdr.id()).isEqualTo("mdr2-in-1");
        assertThat(mdr.from()).isEqualTo("12065550142");
        assertThat(mdr.media()).extracting(m -> m.url()).containsExactly("https://cdn.example/a.png");
    }

    @Test
    void inboundCallbackInFlatFormTakesItsMediaUrls() throws IOException {
        MessageDetailRecord mdr = codec.inboundMessage(utf8("""
                {"id":"mdr2-in-2","from":"12065550142","to":"12064331866","body":"pic",
                "media_urls":["https://cdn.example/b.png"]}"""));

        assertThat(mdr.id()).isEqualTo("mdr2-in-2");
        assertThat(mdr.body()).isEqualTo("pic");
        assertThat(mdr.media()).extracting(m -> m.url()).containsExactly("https://cdn.example/b.png");
    }

    @Test
    void inboundCallbackWithNullDataOrNoObjectIsRefused() {
        for (String body : List.of("{\"data\":null}", "[]", "null", "\"text\"", "")) {
            assertThatThrownBy(() -> codec.inboundMessage(utf8(body))).as(body).isInstanceOf(IOException.class);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = JsonApiCodecTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void anErrorWhoseDetailIsAnObjectKeepsIt() throws Exception {
        List<ApiError> errors = codec.errors(fixture("error-422-object-detail.json"));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).detailObject()).containsEntry("zip", "must be 5 digits")
                .containsEntry("state", "must be a 2-letter code");
        assertThat(errors.get(0).detail()).contains("must be 5 digits");
        assertThat(new FlowrouteApiException(422, "POST", "/v2/e911s", errors).getMessage())
                .contains("zip").doesNotContain("must be 5 digits");
    }
}
