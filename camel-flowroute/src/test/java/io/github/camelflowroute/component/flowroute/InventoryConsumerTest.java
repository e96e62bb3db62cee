package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.simulator.SimNumber;
import io.github.camelflowroute.simulator.SimRoute;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The inventory consumers report what was added, changed or removed since their last poll. */
class InventoryConsumerTest extends FlowrouteTestSupport {

    private static final String NUMBERS = "flowroute:listNumbers?delay=20&limit=2";
    private static final String ROUTES = "flowroute:listRoutes?delay=20&limit=2";

    @Test
    void firstPollReportsEveryAccountNumberAsAdded() throws Exception {
        List<String> owned = simulator().state().accountNumbers().stream().map(SimNumber::number).toList();
        MockEndpoint out = consume(NUMBERS);
        out.expectedMessageCount(owned.size());
        out.assertIsSatisfied(10_000);

        assertThat(changes(out)).containsOnlyKeys(owned).containsValues("ADDED");
        assertThat(out.getExchanges())
                .allSatisfy(e -> assertThat(e.getMessage().getBody()).isInstanceOf(PhoneNumber.class));
    }

    @Test
    void purchasedNumberIsReportedAdded() throws Exception {
        MockEndpoint out = drained(NUMBERS);
        String bought = simulator().state().availableNumbers().get(0).number();

        template.requestBody("flowroute:purchaseNumber?number=" + bought, (Object) null);
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);

        assertThat(changes(out)).containsExactly(Map.entry(bought, "ADDED"));
    }

    @Test
    void changedAliasIsReportedChanged() throws Exception {
        MockEndpoint out = drained(NUMBERS);
        String number = accountNumber();

        simulator().state().updateAccountNumber(number, n -> n.withAlias("night shift"));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);

        assertThat(changes(out)).containsExactly(Map.entry(number, "CHANGED"));
        assertThat(out.getExchanges().get(0).getMessage().getBody(PhoneNumber.class).alias()).isEqualTo("night shift");
    }

    @Test
    void releasedNumberIsReportedRemovedWithItsKey() throws Exception {
        MockEndpoint out = drained(NUMBERS);
        String number = accountNumber();

        simulator().state().removeAccountNumber(number);
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);
        Thread.sleep(200);

        assertThat(changes(out)).containsExactly(Map.entry(number, "REMOVED"));
        assertThat(out.getExchanges().get(0).getMessage().getBody(PhoneNumber.class).value()).isEqualTo(number);
    }

    @Test
    void routesReportEachKindOfChange() throws Exception {
        MockEndpoint out = drained(ROUTES);
        SimRoute added = simulator().state().addRoute("uri", "sip:new@example.com", "new");
        SimRoute changed = simulator().state().routes().get(0);
        SimRoute removed = simulator().state().routes().get(1);

        simulator().state().updateRoute(changed.id(), r -> r.withAlias("renamed"));
        simulator().state().removeRoute(removed.id());
        out.expectedMessageCount(3);
        out.assertIsSatisfied(10_000);

        assertThat(changes(out, FlowrouteConstants.ROUTE_ID)).containsOnly(
                Map.entry(added.id(), "ADDED"), Map.entry(changed.id(), "CHANGED"), Map.entry(removed.id(), "REMOVED"));
        assertThat(out.getExchanges()).allSatisfy(e -> assertThat(e.getMessage().getBody()).isInstanceOf(Route.class));
    }

    @Test
    void failedChangeIsReportedAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(NUMBERS).routeId("consumer")
                        .to("mock:all")
                        .filter(header(FlowrouteConstants.CHANGE).isEqualTo("CHANGED"))
                        .process(e -> {
                            if (attempts.getAndIncrement() == 0) {
                                throw new IllegalStateException("CRM down");
                            }
                        })
                        .to("mock:changed");
            }
        });
        MockEndpoint all = getMockEndpoint("mock:all");
        all.expectedMinimumMessageCount(simulator().state().accountNumbers().size());
        all.assertIsSatisfied(10_000);

        simulator().state().updateAccountNumber(accountNumber(), n -> n.withAlias("retry me"));
        MockEndpoint changed = getMockEndpoint("mock:changed");
        changed.expectedMessageCount(1);
        changed.assertIsSatisfied(10_000);
        Thread.sleep(200);

        assertThat(attempts).as("failed once, then delivered").hasValue(2);
        assertThat(changed.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void availableNumbersConsumerReportsOnlyNewlyAvailableNumbers() throws Exception {
        String uri = "flowroute:searchAvailableNumbers?state=OR&delay=20";
        long forSale = simulator().state().availableNumbers().stream().filter(n -> "OR".equals(n.state())).count();
        MockEndpoint out = consume(uri);
        out.expectedMessageCount((int) forSale);
        out.assertIsSatisfied(10_000);

        out.reset();
        String sold = simulator().state().availableNumbers().stream().filter(n -> "OR".equals(n.state()))
                .findFirst().orElseThrow().number();
        simulator().state().removeAvailableNumber(sold);
        simulator().state().addAvailableNumber("15035550999", "PORTLAND", "OR", "standard");
        simulator().state().addAvailableNumber("12065550998", "SEATTLE", "WA", "standard");
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);
        Thread.sleep(200);

        assertThat(out.getExchanges()).singleElement().satisfies(e -> {
            assertThat(e.getMessage().getBody(AvailableNumber.class).value()).isEqualTo("15035550999");
            assertThat(e.getMessage().getHeader(FlowrouteConstants.CHANGE)).isEqualTo("ADDED");
        });
    }

    // ---- helpers ----

    /** A consumer that has taken in the initial inventory, with its mock reset. */
    private MockEndpoint drained(String uri) throws Exception {
        MockEndpoint out = consume(uri);
        out.expectedMinimumMessageCount(1);
        out.assertIsSatisfied(10_000);
        Thread.sleep(200);
        out.reset();
        return out;
    }

    private static Map<String, String> changes(MockEndpoint out) {
        return changes(out, FlowrouteConstants.NUMBER);
    }

    private static Map<String, String> changes(MockEndpoint out, String keyHeader) {
        return out.getExchanges().stream().collect(Collectors.toMap(
                (Exchange e) -> e.getMessage().getHeader(keyHeader, String.class),
                (Exchange e) -> e.getMessage().getHeader(FlowrouteConstants.CHANGE, String.class)));
    }
}
