package io.github.camelflowroute.component.flowroute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a thousand generated invalid inputs, from a fixed seed, across every operation: numbers, ids, dates, limits,
 * enums, URLs, filters and bodies. Each yields the typed validation error naming its input, and no request reaches
 * the simulator.
 */
class BadInputCorpusTest extends FlowrouteTestSupport {

    private static final String OWNED = "12065550100";
    private static final Random RANDOM = new Random(20261123);
    private static int requestsSeen;

    /** One invalid input: where it goes, what it is, and which input the error must name. */
    private record Case(String operation, String header, Object value, Object body, String field) {
        String uri() {
            return switch (operation) {
                case "sendMessage" -> "flowroute:sendMessage?from=" + OWNED + "&to=12065550199";
                case "updatePrimaryRoute", "updateFailoverRoute" ->
                        "flowroute:" + operation + "?number=" + OWNED + "&routeId=1";
                case "listMessages" -> "flowroute:listMessages?startDate=2024-05-01";
                case "setCallback" -> "flowroute:setCallback?callbackUrl=https://hooks.example.com/x&callbackType=SMS";
                case "createRoute" -> "flowroute:createRoute?routeType=host&routeValue=pbx.example.com&alias=pbx";
                default -> "flowroute:" + operation;
            };
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGeneratedBadInputIsRefusedBeforeAnyRequest() {
        List<Case> cases = corpus();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(1000);
        return cases.stream().map(c -> DynamicTest.dynamicTest(
                c.operation() + " " + c.field() + " = " + printable(c.value() != null ? c.value() : c.body()), () -> {
                    Exchange out = call(c.uri(), e -> {
                        if (c.header() != null) {
                            e.getMessage().setHeader(c.header(), c.value());
                        }
                        e.getMessage().setBody(c.body() != null ? c.body() : "text");
                    });
                    assertThat(out.getException()).isInstanceOf(FlowrouteValidationException.class);
                    assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo(c.field());
                    requestsSeen += simulator().journal().count();
                }));
    }

    @AfterAll
    static void noRequestReachedTheSimulator() {
        assertThat(requestsSeen).isZero();
    }

    private static List<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String number = badNumber();
            cases.add(new Case("sendMessage", FlowrouteConstants.TO, number, null, "to"));
            cases.add(new Case("sendMessage", FlowrouteConstants.FROM, badNumber(), null, "from"));
            cases.add(new Case("getNumber", FlowrouteConstants.NUMBER, badNumber(), null, "number"));
            cases.add(new Case("purchaseNumber", FlowrouteConstants.NUMBER, badNumber(), null, "number"));
            cases.add(new Case("updatePrimaryRoute", FlowrouteConstants.NUMBER, badNumber(), null, "number"));
        }
        for (int i = 0; i < 100; i++) {
            cases.add(new Case("getMessage", FlowrouteConstants.MESSAGE_ID, badMessageId(), null, "messageId"));
            cases.add(new Case("listMessages", FlowrouteConstants.START_DATE, badDate(), null, "startDate"));
            cases.add(new Case("updateFailoverRoute", FlowrouteConstants.ROUTE_ID, badRouteId(), null, "routeId"));
        }
        for (int i = 0; i < 40; i++) {
            cases.add(new Case("listNumbers", FlowrouteConstants.LIMIT, badLimit(200), null, "limit"));
            cases.add(new Case("listAvailableAreaCodes", FlowrouteConstants.LIMIT, badLimit(400), null, "limit"));
            cases.add(new Case("listRoutes", FlowrouteConstants.OFFSET, -1 - RANDOM.nextInt(1000), null, "offset"));
            cases.add(new Case("searchAvailableNumbers", FlowrouteConstants.STARTS_WITH, badDigits(), null,
                    "startsWith"));
            cases.add(new Case("searchAvailableNumbers", FlowrouteConstants.STATE, badState(), null, "state"));
            cases.add(
                    new Case("listAvailableExchanges", FlowrouteConstants.AREA_CODE, badAreaCode(), null, "areaCode"));
            cases.add(new Case("listAvailableExchanges", FlowrouteConstants.MAX_SETUP_COST,
                    "-" + (1 + RANDOM.nextInt(99)), null, "maxSetupCost"));
            cases.add(new Case("sendMessage", FlowrouteConstants.MEDIA_URLS, badUrl(), null, "mediaUrls"));
            cases.add(new Case("sendMessage", FlowrouteConstants.DLR_CALLBACK, badUrl(), null, "dlrCallback"));
            cases.add(new Case("setCallback", FlowrouteConstants.CALLBACK_URL, badUrl(), null, "callbackUrl"));
            cases.add(new Case("setCallback", FlowrouteConstants.CALLBACK_TYPE, word(), null, "callbackType"));
            cases.add(new Case("createRoute", FlowrouteConstants.ROUTE_TYPE, word(), null, "routeType"));
            cases.add(new Case("createRoute", FlowrouteConstants.ALIAS, badRouteText(), null, "alias"));
            cases.add(new Case("sendMessage", null, null, Map.of("to", badNumber(), "body", "hi"), "to"));
            cases.add(new Case("sendMessage", FlowrouteConstants.IS_MMS, word(), null, "isMms"));
        }
        return cases;
    }

    private static String badNumber() {
        return switch (RANDOM.nextInt(7)) {
            case 0 -> digits(1 + RANDOM.nextInt(9)); // too short
            case 1 -> digits(12 + RANDOM.nextInt(6)); // too long
            case 2 -> "1" + RANDOM.nextInt(2) + digits(9); // area code starting 0 or 1
            case 3 -> "2" + digits(10); // 11 digits without the leading 1
            case 4 -> digits(3) + (char) ('a' + RANDOM.nextInt(26)) + digits(6); // a letter
            case 5 -> "++1" + digits(10); // a doubled plus
            default -> digits(3) + "/" + digits(7); // a stray character
        };
    }

    private static String badMessageId() {
        return switch (RANDOM.nextInt(4)) {
            case 0 -> "mdr2-" + digits(RANDOM.nextInt(31));
            case 1 -> "mdr3-" + "a".repeat(32);
            case 2 -> "../v2/numbers/" + digits(11);
            default -> word();
        };
    }

    private static String badDate() {
        return switch (RANDOM.nextInt(4)) {
            case 0 -> RANDOM.nextInt(12) + 1 + "/" + (RANDOM.nextInt(28) + 1) + "/2024";
            case 1 -> "2024-" + (13 + RANDOM.nextInt(80)) + "-01";
            case 2 -> "yesterday " + word();
            default -> "2024-05-01T" + (24 + RANDOM.nextInt(70)) + ":00:00Z";
        };
    }

    private static String badRouteId() {
        return switch (RANDOM.nextInt(3)) {
            case 0 -> digits(2) + "/" + digits(2);
            case 1 -> "route " + digits(3);
            default -> "x".repeat(65 + RANDOM.nextInt(20));
        };
    }

    private static int badLimit(int max) {
        return RANDOM.nextBoolean() ? -RANDOM.nextInt(100) : max + 1 + RANDOM.nextInt(10_000);
    }

    private static String badDigits() {
        return RANDOM.nextBoolean() ? digits(12 + RANDOM.nextInt(5)) : digits(2) + word();
    }

    private static String badState() {
        return RANDOM.nextBoolean() ? word() + word() : digits(2);
    }

    private static String badAreaCode() {
        return switch (RANDOM.nextInt(3)) {
            case 0 -> RANDOM.nextInt(2) + digits(2);
            case 1 -> digits(4 + RANDOM.nextInt(3));
            default -> digits(2) + "x";
        };
    }

    private static String badUrl() {
        return switch (RANDOM.nextInt(4)) {
            case 0 -> "ftp://example.com/" + word();
            case 1 -> "/" + word() + ".png";
            case 2 -> "https://exa mple.com/" + word();
            default -> "javascript:" + word();
        };
    }

    private static String badRouteText() {
        return RANDOM.nextBoolean() ? "x".repeat(256 + RANDOM.nextInt(100)) : word() + "\u0007" + word();
    }

    private static String word() {
        StringBuilder w = new StringBuilder();
        for (int i = 0, n = 3 + RANDOM.nextInt(6); i < n; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    private static String digits(int count) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < count; i++) {
            d.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return d.toString();
    }

    private static String printable(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
