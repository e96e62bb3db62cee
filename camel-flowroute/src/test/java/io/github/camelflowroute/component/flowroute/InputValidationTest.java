package io.github.camelflowroute.component.flowroute;

import java.util.stream.Stream;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every operation refuses its bad inputs with a typed error naming the input, and sends nothing. */
class InputValidationTest extends FlowrouteTestSupport {

    private static final String FROM = "12065550100";
    private static final String SEND = "flowroute:sendMessage?from=" + FROM + "&to=12065550199";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                arguments("sendMessage", "flowroute:sendMessage?to=12065550199", "text", "from"),
                arguments("sendMessage", "flowroute:sendMessage?from=" + FROM, "text", "to"),
                arguments("sendMessage", "flowroute:sendMessage?from=" + FROM + "&to=555-0100", "text", "to"),
                arguments("sendMessage", "flowroute:sendMessage?from=+44 20 7946 0000&to=12065550199", "text", "from"),
                arguments("sendMessage", SEND, "", "body"),
                arguments("sendMessage", SEND + "&mediaUrls=ftp://example.com/a.png", "text", "mediaUrls"),
                arguments("sendMessage", SEND + "&mediaUrls=not a url", "text", "mediaUrls"),
                arguments("sendMessage", SEND + "&isMms=false&mediaUrls=https://example.com/a.png", "text", "isMms"),
                arguments("sendMessage", SEND + "&isMms=true", "", "mediaUrls"),
                arguments("sendMessage", SEND + "&dlrCallback=/relative", "text", "dlrCallback"),
                arguments("getMessage", "flowroute:getMessage", null, "messageId"),
                arguments("getMessage", "flowroute:getMessage?messageId=mdr2-123", null, "messageId"),
                arguments("getMessage", "flowroute:getMessage?messageId=../v2/numbers", null, "messageId"),
                arguments("listMessages", "flowroute:listMessages", null, "startDate"),
                arguments("listMessages", "flowroute:listMessages?startDate=yesterday", null, "startDate"),
                arguments("listMessages", "flowroute:listMessages?startDate=2024-05-02&endDate=2024-05-01", null,
                        "endDate"),
                arguments("listMessages", "flowroute:listMessages?startDate=2024-05-01&limit=0", null, "limit"),
                arguments("listMessages", "flowroute:listMessages?startDate=2024-05-01&offset=-1", null, "offset"),
                arguments("listNumbers", "flowroute:listNumbers?limit=201", null, "limit"),
                arguments("listNumbers", "flowroute:listNumbers?startsWith=206x", null, "startsWith"),
                arguments("listNumbers", "flowroute:listNumbers?contains=123456789012", null, "contains"),
                arguments("getNumber", "flowroute:getNumber", null, "number"),
                arguments("getNumber", "flowroute:getNumber?number=12345", null, "number"),
                arguments("purchaseNumber", "flowroute:purchaseNumber?number=1-800-FLOWERS", null, "number"),
                arguments("searchAvailableNumbers", "flowroute:searchAvailableNumbers?state=Washington", null, "state"),
                arguments("searchAvailableNumbers", "flowroute:searchAvailableNumbers?rateCenter=42", null,
                        "rateCenter"),
                arguments("searchAvailableNumbers", "flowroute:searchAvailableNumbers?endsWith=-1", null, "endsWith"),
                arguments("listAvailableAreaCodes", "flowroute:listAvailableAreaCodes?limit=401", null, "limit"),
                arguments("listAvailableAreaCodes", "flowroute:listAvailableAreaCodes?maxSetupCost=-1", null,
                        "maxSetupCost"),
                arguments("listAvailableExchanges", "flowroute:listAvailableExchanges?areaCode=106", null, "areaCode"),
                arguments("listAvailableExchanges", "flowroute:listAvailableExchanges?areaCode=2065", null, "areaCode"),
                arguments("createRoute", "flowroute:createRoute?routeValue=x&alias=y", null, "routeType"),
                arguments("createRoute", "flowroute:createRoute?routeType=host&alias=y", null, "routeValue"),
                arguments("createRoute", "flowroute:createRoute?routeType=host&routeValue=x", null, "alias"),
                arguments("listRoutes", "flowroute:listRoutes?limit=500", null, "limit"),
                arguments("updatePrimaryRoute", "flowroute:updatePrimaryRoute?routeId=1", null, "number"),
                arguments("updatePrimaryRoute", "flowroute:updatePrimaryRoute?number=" + FROM, null, "routeId"),
                arguments("updateFailoverRoute", "flowroute:updateFailoverRoute?number=" + FROM + "&routeId=a/b", null,
                        "routeId"),
                arguments("updateFailoverRoute", "flowroute:updateFailoverRoute?number=abc&routeId=1", null, "number"));
    }

    @ParameterizedTest(name = "{0}: {3} refused ({1})")
    @MethodSource("badInputs")
    void badInputIsRefusedBeforeAnyRequest(String operation, String uri, String body, String field) {
        Exchange out = call(uri, e -> e.getMessage().setBody(body));

        assertThat(out.getException()).isInstanceOf(FlowrouteValidationException.class);
        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo(field);
        assertThat(simulator().journal().count()).isZero();
    }

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                arguments(FlowrouteConstants.LIMIT, "ten", "flowroute:listNumbers", "limit"),
                arguments(FlowrouteConstants.START_DATE, "01/05/2024", "flowroute:listMessages", "startDate"),
                arguments(FlowrouteConstants.IS_MMS, "maybe", SEND, "isMms"),
                arguments(FlowrouteConstants.TO, "call me", SEND, "to"),
                arguments(FlowrouteConstants.MESSAGE_ID, "mdr3-39cadeace66e11e7aff806cd7f24ba2d",
                        "flowroute:getMessage",
                        "messageId"));
    }

    @ParameterizedTest(name = "header {0}={1} refused")
    @MethodSource("badHeaders")
    void badHeaderIsRefusedBeforeAnyRequest(String header, Object value, String uri, String field) {
        Exchange out = call(uri, e -> {
            e.getMessage().setHeader(header, value);
            e.getMessage().setBody("text");
        });

        assertThat(out.getException()).isInstanceOf(FlowrouteValidationException.class);
        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo(field);
        assertThat(simulator().journal().count()).isZero();
    }
}
