package io.github.camelflowroute.example;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.CnamRecord;
import io.github.camelflowroute.component.flowroute.model.E911Address;
import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The example's flow in the Java DSL: one route per step, called in turn by {@code direct:flowroute-example}. Step 10
 * (looking the SMS up again) is the YAML route {@code routes/lookup-message.yaml}. Steps 13 and 14 register an E911
 * address and a caller-ID (CNAM) record and, when spending is enabled, assign them to the number.
 * <p>
 * The steps pass what they learn (the number, the route ids, the message ids) to later steps in exchange properties.
 * Where the component sets a header that the next call reads (for example {@code CamelFlowrouteRouteId} after
 * createRoute), the next step sets it again from the property anyway, so each step reads on its own.
 * <p>
 * Which steps run depends on the settings: without {@code spend}, the example buys nothing and sends nothing, and it
 * leaves the routing of the account's existing number alone.
 */
public class ExampleRoutes extends RouteBuilder {

    /** The number of steps the example prints. */
    public static final int STEPS = 14;

    /** The URI that runs the whole flow once. */
    public static final String FLOW = "direct:flowroute-example";

    // exchange properties the steps fill in (the YAML route reads and writes some of them too)
    public static final String STEP = "exampleStep";
    public static final String CANDIDATE = "exampleCandidate";
    public static final String NUMBER = "exampleNumber";
    public static final String PURCHASED = "examplePurchased";
    public static final String HOST_ROUTE_ID = "exampleHostRouteId";
    public static final String URI_ROUTE_ID = "exampleUriRouteId";
    public static final String SMS_ID = "exampleSmsId";
    public static final String MMS_ID = "exampleMmsId";
    public static final String LOOKED_UP_STATUS = "exampleLookedUpStatus";
    public static final String E911_ID = "exampleE911Id";
    public static final String CNAM_ID = "exampleCnamId";
    public static final String CNAM_APPROVED = "exampleCnamApproved";

    /** The E911 address the example registers: Flowroute's own office, as its SDK examples use. */
    public static final E911Address EXAMPLE_ADDRESS = new E911Address(null, "camel-flowroute example", "Camel",
            "Example", "1221", "2nd Ave", "Suite", "300", "Seattle", "WA", "US", "98101");
    /** How long step 14 waits for Flowroute's review of the caller-ID record (the live API takes up to 48 h). */
    private static final long CNAM_REVIEW_WAIT_SECONDS = 15;

    /** Host route target: an address of TEST-NET-3 (RFC 5737), reserved for documentation. */
    public static final String HOST_ROUTE_TARGET = "203.0.113.20:5060";
    public static final String HOST_ROUTE_ALIAS = "camel-flowroute example PBX";
    /** URI route target, on a domain reserved for examples (RFC 2606). */
    public static final String URI_ROUTE_TARGET = "sip:frontdesk@sip.example.com";
    public static final String URI_ROUTE_ALIAS = "camel-flowroute example front desk";

    private final ExampleSettings settings;
    private final StepPrinter printer;
    private final ConsumerRoutes consumers;

    public ExampleRoutes(ExampleSettings settings, StepPrinter printer, ConsumerRoutes consumers) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.consumers = Objects.requireNonNull(consumers, "consumers");
    }

    /** Waits up to 60 s for a consumer to have taken something in. */
    private static void awaitUntil(BooleanSupplier condition, Supplier<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the consumer did not deliver within 60 s; it has " + seen.get());
            }
            Thread.sleep(50);
        }
    }

    /** Waits a little for the CNAM record's review; the live API usually takes longer, and the step says so. */
    private void awaitApproval(String cnamId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CNAM_REVIEW_WAIT_SECONDS);
        while (!approved(cnamId) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
    }

    private boolean approved(String cnamId) {
        CnamRecord record = getContext().createProducerTemplate()
                .requestBodyAndHeader("flowroute:getCnamRecord", null, FlowrouteConstants.CNAM_ID, cnamId,
                        CnamRecord.class);
        return record != null && Boolean.TRUE.equals(record.isApproved());
    }

    @Override
    public void configure() {
        from(FLOW).routeId("flowroute-example")
                .to("direct:search-inventory")
                .to("direct:purchase-number")
                .to("direct:create-host-route")
                .to("direct:create-uri-route")
                .to("direct:set-primary-route")
                .to("direct:set-failover-route")
                .to("direct:show-number")
                .to("direct:send-sms")
                .to("direct:send-mms")
                .to("direct:lookup-message") // the YAML route
                // the next two steps wait for the consumers: off the HTTP client's I/O thread, as any blocking work
                .threads(1)
                .to("direct:archive-messages")
                .to("direct:sync-numbers")
                .to("direct:e911-address")
                .to("direct:caller-id");

        // [13] an E911 address: validated, created, and (when spending) assigned to the number
        from("direct:e911-address").routeId("e911-address")
                .setProperty(STEP, constant(13))
                .setBody(constant(EXAMPLE_ADDRESS))
                .to("flowroute:validateE911Address")
                .to("flowroute:createE911Address")
                .process(e -> e.setProperty(E911_ID, e.getMessage().getHeader(FlowrouteConstants.E911_ID)))
                .choice().when(exchange -> settings.spend())
                .setHeader(FlowrouteConstants.NUMBER, exchangeProperty(NUMBER))
                .to("flowroute:assignE911Address")
                .process(e -> printer.step(13, "E911 address %s validated, created and assigned to %s",
                        e.getProperty(E911_ID), e.getProperty(NUMBER)))
                .otherwise()
                .process(e -> printer.step(13, "E911 address %s validated and created; not assigned (spending not"
                        + " enabled: assignments are charged)", e.getProperty(E911_ID)))
                .end();

        // [14] a caller-ID (CNAM) record: created, and once Flowroute approved it, assigned to the number
        from("direct:caller-id").routeId("caller-id")
                .setProperty(STEP, constant(14))
                // the same value twice is refused: a new one per run
                .setBody(constant("CAMEL " + (System.currentTimeMillis() / 1000 % 100_000)))
                .to("flowroute:createCnamRecord")
                .process(e -> e.setProperty(CNAM_ID, e.getMessage().getHeader(FlowrouteConstants.CNAM_ID)))
                .process(e -> awaitApproval(e.getProperty(CNAM_ID, String.class)))
                .process(e -> e.setProperty(CNAM_APPROVED, approved(e.getProperty(CNAM_ID, String.class))))
                .choice()
                .when(exchange -> settings.spend()
                        && Boolean.TRUE.equals(exchange.getProperty(CNAM_APPROVED, Boolean.class)))
                .setHeader(FlowrouteConstants.NUMBER, exchangeProperty(NUMBER))
                .to("flowroute:assignCnamRecord")
                .process(e -> printer.step(14, "caller-ID record %s approved and assigned to %s",
                        e.getProperty(CNAM_ID), e.getProperty(NUMBER)))
                .when(exchangeProperty(CNAM_APPROVED).isEqualTo(true))
                .process(e -> printer.step(14, "caller-ID record %s approved; not assigned (spending not enabled)",
                        e.getProperty(CNAM_ID)))
                .otherwise()
                .process(e -> printer.step(14, "caller-ID record %s created; Flowroute reviews it (up to 48 h)"
                        + " before assignCnamRecord can assign it", e.getProperty(CNAM_ID)))
                .end();

        // [11] the listMessages consumer takes in what the flow sent; [12] the listNumbers consumer syncs the numbers
        from("direct:archive-messages").routeId("archive-messages")
                .setProperty(STEP, constant(11))
                .process(e -> {
                    List<String> sent = Stream.of(e.getProperty(SMS_ID, String.class),
                            e.getProperty(MMS_ID, String.class)).filter(Objects::nonNull).toList();
                    getContext().getRouteController().startRoute(ConsumerRoutes.MDR_ROUTE);
                    awaitUntil(() -> consumers.archived().containsAll(sent), () -> "archived " + consumers.archived()
                            + ", route " + getContext().getRouteController().getRouteStatus(ConsumerRoutes.MDR_ROUTE));
                    printer.step(11,
                            "the listMessages consumer archived %d records since the start, the %d sent here included",
                            consumers.archived().size(), sent.size());
                });
        from("direct:sync-numbers").routeId("sync-numbers")
                .setProperty(STEP, constant(12))
                .process(e -> {
                    String number = e.getProperty(NUMBER, String.class);
                    getContext().getRouteController().startRoute(ConsumerRoutes.NUMBER_SYNC_ROUTE);
                    awaitUntil(() -> consumers.synced().contains("ADDED " + number), () -> "synced "
                            + consumers.synced()
                            + ", route "
                            + getContext().getRouteController().getRouteStatus(ConsumerRoutes.NUMBER_SYNC_ROUTE));
                    printer.step(12, "the listNumbers consumer synced %d numbers of the account, %s among them",
                            consumers.synced().size(), number);
                });

        // [1] numbers for sale in Washington state, first page of 5
        from("direct:search-inventory").routeId("search-inventory")
                .setProperty(STEP, constant(1))
                .to("flowroute:searchAvailableNumbers?state=WA&limit=5")
                .process(this::printInventory);

        // [2] buy the first of them, or, without spending, take a number the account has
        if (settings.spend()) {
            from("direct:purchase-number").routeId("purchase-number")
                    .setProperty(STEP, constant(2))
                    .setHeader(FlowrouteConstants.NUMBER, exchangeProperty(CANDIDATE))
                    .to("flowroute:purchaseNumber")
                    .process(this::printPurchase);
        } else {
            from("direct:purchase-number").routeId("purchase-number")
                    .setProperty(STEP, constant(2))
                    .to("flowroute:listNumbers?limit=1")
                    .process(this::useExistingNumber);
        }

        // [3] a voice route to a SIP host, described by endpoint options
        from("direct:create-host-route").routeId("create-host-route")
                .setProperty(STEP, constant(3))
                .to("flowroute:createRoute?routeType=host&routeValue=" + HOST_ROUTE_TARGET
                        + "&alias=RAW(" + HOST_ROUTE_ALIAS + ")")
                .process(e -> printRoute(e, 3, HOST_ROUTE_ID));

        // [4] a voice route to a SIP URI, described by a Route model in the body
        from("direct:create-uri-route").routeId("create-uri-route")
                .setProperty(STEP, constant(4))
                .setBody(constant(new Route(null, "uri", URI_ROUTE_TARGET, URI_ROUTE_ALIAS)))
                .to("flowroute:createRoute")
                .process(e -> printRoute(e, 4, URI_ROUTE_ID));

        // [5] and [6] calls to the number ring the host route first and the URI route when the host does not answer
        routeChange("direct:set-primary-route", "set-primary-route", 5, "updatePrimaryRoute", HOST_ROUTE_ID, "primary");
        routeChange("direct:set-failover-route", "set-failover-route", 6, "updateFailoverRoute", URI_ROUTE_ID,
                "failover");

        // [7] the number as the API sees it now, with its routes
        from("direct:show-number").routeId("show-number")
                .setProperty(STEP, constant(7))
                .setHeader(FlowrouteConstants.NUMBER, exchangeProperty(NUMBER))
                .to("flowroute:getNumber")
                .process(this::printNumber);

        // [8] an SMS from the number: text in the body, numbers in headers
        if (settings.spend()) {
            from("direct:send-sms").routeId("send-sms")
                    .setProperty(STEP, constant(8))
                    .setHeader(FlowrouteConstants.FROM, exchangeProperty(NUMBER))
                    .setHeader(FlowrouteConstants.TO, constant(settings.to()))
                    .setBody(constant("Hello from Apache Camel: this number now has voice routes."))
                    .to("flowroute:sendMessage")
                    .process(e -> printSend(e, 8, "SMS", SMS_ID));
        } else {
            skipped("direct:send-sms", "send-sms", 8, "SMS not sent (spending not enabled)");
        }

        // [9] an MMS: an OutboundMessage model in the body, with the media URL of a picture
        if (settings.spend()) {
            from("direct:send-mms").routeId("send-mms")
                    .setProperty(STEP, constant(9))
                    .process(e -> e.getMessage().setBody(OutboundMessage.mms(
                            e.getProperty(NUMBER, String.class), settings.to(), "A picture from Apache Camel",
                            List.of(settings.mediaUrl()))))
                    .to("flowroute:sendMessage")
                    .process(e -> printSend(e, 9, "MMS", MMS_ID));
        } else {
            skipped("direct:send-mms", "send-mms", 9, "MMS not sent (spending not enabled)");
        }
    }

    /** A step that sets one of the number's routes, when the example bought the number. */
    private void routeChange(String uri, String id, int step, String operation, String routeIdProperty, String kind) {
        if (settings.spend()) {
            from(uri).routeId(id)
                    .setProperty(STEP, constant(step))
                    .setHeader(FlowrouteConstants.NUMBER, exchangeProperty(NUMBER))
                    .setHeader(FlowrouteConstants.ROUTE_ID, exchangeProperty(routeIdProperty))
                    .to("flowroute:" + operation)
                    .process(e -> printer.step(step, "%s route of %s set to route %s", kind,
                            e.getProperty(NUMBER), e.getProperty(routeIdProperty)));
        } else {
            // the number is one the account already uses: re-routing its calls to an example host would break them
            skipped(uri, id, step, kind + " route not set: the example changes routes only on a number it bought");
        }
    }

    private void skipped(String uri, String id, int step, String why) {
        from(uri).routeId(id)
                .setProperty(STEP, constant(step))
                .process(e -> printer.step(step, "%s", why));
    }

    private void printInventory(Exchange e) {
        List<AvailableNumber> found = listBody(e, AvailableNumber.class);
        if (found.isEmpty()) {
            throw new IllegalStateException("no numbers for sale in WA");
        }
        AvailableNumber first = found.get(0);
        e.setProperty(CANDIDATE, first.value());
        boolean more = Boolean.TRUE.equals(e.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class));
        printer.step(1, "%d numbers for sale in WA%s, first %s (%s, %s) at $%s a month", found.size(),
                more ? " (more on later pages)" : "", first.value(), first.rateCenter(), first.state(),
                first.monthlyCost());
    }

    private void printPurchase(Exchange e) {
        PhoneNumber bought = e.getMessage().getBody(PhoneNumber.class);
        // purchaseNumber also puts the number in the CamelFlowrouteNumber header
        e.setProperty(NUMBER, e.getMessage().getHeader(FlowrouteConstants.NUMBER, String.class));
        e.setProperty(PURCHASED, true);
        printer.step(2, "purchased %s (%s, %s)", bought.value(), bought.rateCenter(), bought.state());
    }

    private void useExistingNumber(Exchange e) {
        List<PhoneNumber> numbers = listBody(e, PhoneNumber.class);
        if (numbers.isEmpty()) {
            throw new IllegalStateException("the account has no number to use, and buying one needs spending enabled");
        }
        PhoneNumber number = numbers.get(0);
        e.setProperty(NUMBER, number.value());
        e.setProperty(PURCHASED, false);
        printer.step(2, "purchase skipped (spending not enabled); using the account's number %s (%s, %s)",
                number.value(), number.rateCenter(), number.state());
    }

    private void printRoute(Exchange e, int step, String property) {
        Route route = e.getMessage().getBody(Route.class);
        // createRoute also puts the new id in the CamelFlowrouteRouteId header
        e.setProperty(property, e.getMessage().getHeader(FlowrouteConstants.ROUTE_ID, String.class));
        printer.step(step, "created %s route %s -> %s (%s)", route.routeType(), route.id(), route.value(),
                route.alias());
    }

    private void printNumber(Exchange e) {
        PhoneNumber number = e.getMessage().getBody(PhoneNumber.class);
        printer.step(7, "%s (%s, %s): primary route %s, failover route %s", number.value(), number.rateCenter(),
                number.state(), describe(number, number.primaryRouteId()), describe(number, number.failoverRouteId()));
    }

    private static String describe(PhoneNumber number, String routeId) {
        if (routeId == null) {
            return "none";
        }
        return number.routes().stream()
                .filter(r -> routeId.equals(r.id()))
                .findFirst()
                .map(r -> routeId + " (" + r.routeType() + " " + r.value() + ")")
                .orElse(routeId);
    }

    private void printSend(Exchange e, int step, String kind, String property) {
        SendMessageResult sent = e.getMessage().getBody(SendMessageResult.class);
        e.setProperty(property, sent.id());
        printer.step(step, "sent %s from %s to %s: %s", kind, e.getProperty(NUMBER), settings.to(), sent.id());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listBody(Exchange e, Class<T> type) {
        return (List<T>) e.getMessage().getBody(List.class);
    }
}
