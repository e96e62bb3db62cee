package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state API, used without HTTP (a simulator's state exists before it starts). */
class SimulatorStateTest {

    private static SimulatorState state(long seed) {
        return FlowrouteSimulator.builder().seed(seed).build().state();
    }

    @Test
    void sameSeedGivesTheSameData() {
        SimulatorState a = state(7);
        SimulatorState b = state(7);

        assertThat(a.accountNumbers()).isEqualTo(b.accountNumbers());
        assertThat(a.availableNumbers()).isEqualTo(b.availableNumbers());
        assertThat(a.routes()).isEqualTo(b.routes());
        assertThat(a.messages()).isEqualTo(b.messages());
    }

    @Test
    void differentSeedGivesDifferentNumbers() {
        assertThat(state(1).accountNumbers()).isNotEqualTo(state(2).accountNumbers());
    }

    @Test
    void seedHasAccountRoutesMessagesAndInventory() {
        SimulatorState s = state(42);

        assertThat(s.accountNumbers()).hasSize(5).anyMatch(SimNumber::isTollFree);
        assertThat(s.routes()).extracting(SimRoute::routeType).contains("host", "sip-reg", "uri", "number");
        assertThat(s.messages()).hasSizeGreaterThanOrEqualTo(3)
                .extracting(SimMessage::direction).contains("inbound", "outbound");
        assertThat(s.availableNumbers()).hasSizeGreaterThan(250);
        assertThat(s.availableNumbers().stream().map(SimNumber::state).collect(Collectors.toSet()))
                .contains("WA", "OR", "NY", "IL");
        assertThat(s.availableNumbers()).allMatch(n -> n.monthlyCost() == 1.25);
        assertThat(s.availableNumbers().stream().map(SimNumber::setupCost).distinct().count()).isGreaterThan(3);
    }

    @Test
    void seedNumbersAreElevenDigitsAndDisjoint() {
        SimulatorState s = state(42);

        assertThat(s.accountNumbers()).allMatch(n -> n.number().matches("1[2-9]\\d{9}"));
        assertThat(s.availableNumbers()).noneMatch(n -> s.findAccountNumber(n.number()).isPresent());
    }

    @Test
    void messagesAreSortedByTimestamp() {
        SimulatorState s = state(42);
        s.addMessage(SimMessage.inbound("13125550123", s.accountNumbers().get(0).number(), "early",
                Instant.parse("2020-01-01T00:00:00Z")));

        List<SimMessage> messages = s.messages();

        assertThat(messages.get(0).body()).isEqualTo("early");
        assertThat(messages).isSortedAccordingTo(java.util.Comparator.comparing(SimMessage::timestamp));
    }

    @Test
    void addedRouteGetsTheNextNumericId() {
        SimulatorState s = state(42);
        long last = Long.parseLong(s.routes().get(s.routes().size() - 1).id());

        SimRoute route = s.addRoute("host", "192.0.2.1", "lab");

        assertThat(route.id()).isEqualTo(Long.toString(last + 1));
        assertThat(s.findRoute(route.id())).contains(route);
    }

    @Test
    void addingAnAvailableNumberToTheAccountMovesIt() {
        SimulatorState s = state(42);
        SimNumber inventory = s.availableNumbers().get(0);

        SimNumber added = s.addAccountNumber(inventory.number());

        assertThat(added).as("a number entering the account routes to the built-in route")
                .isEqualTo(inventory.withPrimaryRouteId(SimRoute.BUILT_IN_ID));
        assertThat(s.findAvailableNumber(inventory.number())).isEmpty();
    }

    @Test
    void addedAccountNumberGetsItsAreasRateCenter() {
        SimNumber added = state(42).addAccountNumber("15035550142");

        assertThat(added.rateCenter()).isEqualTo("PORTLAND");
        assertThat(added.state()).isEqualTo("OR");
        assertThat(added.numberType()).isEqualTo("standard");
    }

    @Test
    void malformedNumbersAreRefused() {
        assertThatThrownBy(() -> state(42).addAccountNumber("2065550142")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> state(42).addAvailableNumber("+12065550142", "SEATTLE", "WA", "standard"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messageWithIdReplacesTheStoredOne() {
        SimulatorState s = state(42);
        SimMessage original = s.messages().get(0);

        s.addMessage(new SimMessage(original.id(), original.direction(), original.from(), original.to(), "edited",
                original.isMms(), original.mediaUrls(), original.timestamp(), "failed", original.messageEncoding(),
                original.messageType(), original.amountNanodollars(), null, List.of()));

        assertThat(s.findMessage(original.id()).orElseThrow().status()).isEqualTo("failed");
        assertThat(s.messages()).hasSameSizeAs(state(42).messages());
    }

    @Test
    void resetRestoresTheSeed() {
        SimulatorState s = state(42);
        List<SimNumber> seeded = s.accountNumbers();
        s.addAccountNumber("12065550142");
        s.addRoute("uri", "sip:a@example.com", "a");

        s.reset();

        assertThat(s.accountNumbers()).isEqualTo(seeded);
        assertThat(s.routes()).hasSize(5);
    }

    @Test
    void generatedMessageIdsRepeatAfterReset() {
        SimulatorState s = state(42);
        String first = s.addMessage(SimMessage.inbound("13125550123", "12065550142", "a", Instant.now()));

        s.reset();
        String again = s.addMessage(SimMessage.inbound("13125550123", "12065550142", "a", Instant.now()));

        assertThat(again).isEqualTo(first);
    }
}
