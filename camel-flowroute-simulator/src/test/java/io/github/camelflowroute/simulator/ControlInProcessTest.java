package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Driving the state from Java: numbers, inventory, routes, MDRs (no server needed). */
class ControlInProcessTest {

    private final SimulatorState state = FlowrouteSimulator.builder().build().state();
    private final String number = state.accountNumbers().get(2).number();

    @Test
    void accountNumberChangesAliasRateCenterAndRoutes() {
        SimRoute route = state.routes().get(2);

        SimNumber changed = state.updateAccountNumber(number, n -> n.withAlias("Support line")
                .withRateCenter("TACOMA", "WA").withPrimaryRouteId(route.id()).withFailoverRouteId(route.id()));

        assertThat(state.findAccountNumber(number)).contains(changed);
        assertThat(changed.alias()).isEqualTo("Support line");
        assertThat(changed.rateCenter()).isEqualTo("TACOMA");
        assertThat(changed.state()).isEqualTo("WA");
        assertThat(changed.primaryRouteId()).isEqualTo(route.id());
    }

    @Test
    void accountNumberChangeNamingAnUnknownRouteIsRefused() {
        assertThatThrownBy(() -> state.updateAccountNumber(number, n -> n.withPrimaryRouteId("999")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThat(state.findAccountNumber(number).orElseThrow().primaryRouteId()).isEqualTo(SimRoute.BUILT_IN_ID);
    }

    @Test
    void removedAccountNumberLeavesTheAccountAndItsCallbacks() {
        state.callbacks().setNumber(number, CallbackType.SMS, "https://example.com/sms");

        assertThat(state.removeAccountNumber(number)).isTrue();

        assertThat(state.findAccountNumber(number)).isEmpty();
        assertThat(state.callbacks().numbers()).doesNotContainKey(number);
        assertThat(state.removeAccountNumber(number)).isFalse();
    }

    @Test
    void removedInventoryNumberCannotBePurchased() {
        String available = state.availableNumbers().get(0).number();

        assertThat(state.removeAvailableNumber(available)).isTrue();

        assertThat(state.findAvailableNumber(available)).isEmpty();
        assertThat(state.purchase(available)).isEmpty();
    }

    @Test
    void routeChangesTargetAndAlias() {
        SimRoute route = state.routes().get(0);

        SimRoute changed = state.updateRoute(route.id(), r -> r.withTarget("uri", "sip:desk@example.com")
                .withAlias("Desk"));

        assertThat(changed).isEqualTo(new SimRoute(route.id(), "uri", "sip:desk@example.com", "Desk"));
        assertThat(state.findRoute(route.id())).contains(changed);
    }

    @Test
    void removedRouteIsUnassignedFromNumbers() {
        SimNumber routed = state.accountNumbers().stream().filter(n -> n.primaryRouteId() != null)
                .findFirst().orElseThrow();

        assertThat(state.removeRoute(routed.primaryRouteId())).isTrue();

        assertThat(state.findRoute(routed.primaryRouteId())).isEmpty();
        assertThat(state.findAccountNumber(routed.number()).orElseThrow().primaryRouteId()).isNull();
    }

    @Test
    void lateRecordWithPastTimestampIsSortedIntoPlace() {
        Instant past = Instant.parse("2025-01-06T15:01:00Z");
        String id = state.addMessage(SimMessage.inbound("13125550199", number, "late", past));

        List<SimMessage> all = state.messages();

        assertThat(all.get(1).id()).isEqualTo(id);
        assertThat(all).isSortedAccordingTo(SimulatorState.MESSAGE_ORDER);
    }

    @Test
    void bulkMessagesAreSpacedInboundRecordsToAccountNumbers() {
        Instant from = Instant.parse("2024-03-01T00:00:00Z");

        List<String> ids = state.addMessages(1_000, from, Duration.ofSeconds(2));

        assertThat(ids).hasSize(1_000).doesNotHaveDuplicates().allMatch(id -> id.matches("mdr2-[0-9a-f]{32}"));
        SimMessage last = state.findMessage(ids.get(999)).orElseThrow();
        assertThat(last.timestamp()).isEqualTo(from.plusSeconds(2 * 999));
        assertThat(last.direction()).isEqualTo("inbound");
        assertThat(state.findAccountNumber(last.to())).isPresent();
        assertThat(state.messageCount()).isEqualTo(1_005);
        assertThat(state.messages()).isSortedAccordingTo(SimulatorState.MESSAGE_ORDER);
    }

    @Test
    void searchPageHoldsTheRangesRecordsInOrderWithTheTotal() {
        Instant from = Instant.parse("2024-03-01T00:00:00Z");
        List<String> ids = state.addMessages(50, from, Duration.ofMinutes(1));

        MessagePage page = state.searchMessages(from.plusSeconds(60 * 10), from.plusSeconds(60 * 40), 5, 10);

        assertThat(page.total()).isEqualTo(30);
        assertThat(page.items()).extracting(SimMessage::id).containsExactlyElementsOf(ids.subList(15, 25));
        assertThat(page.hasMore()).isTrue();
        assertThat(state.searchMessages(from, null, 100, 10).items()).isEmpty();
    }
}
