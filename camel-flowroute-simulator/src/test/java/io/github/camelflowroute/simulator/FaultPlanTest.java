package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Random faults from a seeded plan: their rates, their determinism, and their counters. */
class FaultPlanTest {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final FaultRule ROUTES_503 = FaultRule.onPath("GET", "/v2/routes").respond(503);
    private static final FaultRule ROUTES_500 = FaultRule.onPath("GET", "/v2/routes").respond(500);
    private static final FaultRule NUMBERS_503 = FaultRule.onPath("GET", "/v2/numbers").respond(503);

    private final SimClient client = new SimClient(SIM.simulator());

    private List<Integer> statuses(String path, int requests) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            result.add(client.get(path).status());
        }
        return result;
    }

    @Test
    void planFaultsAboutItsRateOfRequestsAndCountsExactlyWhatItInjected() {
        SIM.simulator().faults().randomly(FaultPlan.seeded(1).with(0.1, ROUTES_503));

        List<Integer> statuses = statuses("/v2/routes", 400);

        long faulted = statuses.stream().filter(s -> s == 503).count();
        assertThat(faulted).isBetween(20L, 60L);
        assertThat(statuses).containsOnly(200, 503);
        assertThat(SIM.simulator().faults().injectedCount(ROUTES_503)).isEqualTo(faulted);
        assertThat(SIM.simulator().faults().planRequests()).isEqualTo(400);
    }

    @Test
    void sameSeedGivesTheSameDecisions() {
        FaultPlan plan = FaultPlan.seeded(7).with(0.3, ROUTES_503).with(0.2, ROUTES_500);
        SIM.simulator().faults().randomly(plan);
        List<Integer> first = statuses("/v2/routes", 60);

        SIM.simulator().faults().randomly(plan);
        List<Integer> second = statuses("/v2/routes", 60);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesOtherDecisions() {
        SIM.simulator().faults().randomly(FaultPlan.seeded(7).with(0.5, ROUTES_503));
        List<Integer> first = statuses("/v2/routes", 60);

        SIM.simulator().faults().randomly(FaultPlan.seeded(8).with(0.5, ROUTES_503));
        List<Integer> second = statuses("/v2/routes", 60);

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void requestsNoRuleMatchesAreNeitherFaultedNorDrawnFor() {
        SIM.simulator().faults().randomly(FaultPlan.seeded(3).with(1.0, NUMBERS_503));

        assertThat(statuses("/v2/routes", 5)).containsOnly(200);
        assertThat(SIM.simulator().faults().planRequests()).isZero();
        assertThat(statuses("/v2/numbers", 3)).containsOnly(503);
        assertThat(SIM.simulator().faults().planRequests()).isEqualTo(3);
    }

    @Test
    void drawOnAnotherPathsSliceLeavesTheRequestAlone() {
        // half the range belongs to /v2/numbers: about half of the /v2/routes requests go through
        SIM.simulator().faults().randomly(FaultPlan.seeded(5).with(0.5, NUMBERS_503).with(0.5, ROUTES_503));

        long faulted = statuses("/v2/routes", 200).stream().filter(s -> s == 503).count();

        assertThat(faulted).isBetween(70L, 130L);
        assertThat(SIM.simulator().faults().injectedCount(NUMBERS_503)).isZero();
    }

    @Test
    void eachKindIsCountedAndTheCountsAddUp() {
        FaultRule dropped = FaultRule.onPath("GET", "/v2/routes").dropConnection();
        SIM.simulator().faults().randomly(FaultPlan.seeded(11).with(0.2, ROUTES_503).with(0.2, ROUTES_500));

        List<Integer> statuses = statuses("/v2/routes", 200);

        FaultInjector faults = SIM.simulator().faults();
        assertThat(faults.injectedCount(ROUTES_503)).isEqualTo(statuses.stream().filter(s -> s == 503).count());
        assertThat(faults.injectedCount(ROUTES_500)).isEqualTo(statuses.stream().filter(s -> s == 500).count());
        assertThat(faults.injectedCount(dropped)).isZero();
        assertThat(faults.injectedCount())
                .isEqualTo(faults.injectedCount(ROUTES_503) + faults.injectedCount(ROUTES_500));
        assertThat(faults.injectedCount(FaultRule.Action.STATUS)).isEqualTo(faults.injectedCount());
    }

    @Test
    void queuedRulesGoBeforeThePlan() {
        SIM.simulator().faults().randomly(FaultPlan.seeded(2).with(1.0, ROUTES_503));
        SIM.simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/routes").respond(418));

        assertThat(statuses("/v2/routes", 2)).containsExactly(418, 503);
        assertThat(SIM.simulator().faults().planRequests()).isEqualTo(1);
    }

    @Test
    void clearEndsThePlan() {
        SIM.simulator().faults().randomly(FaultPlan.seeded(2).with(1.0, ROUTES_503));

        SIM.simulator().faults().clear();

        assertThat(SIM.simulator().faults().plan()).isEmpty();
        assertThat(client.get("/v2/routes").status()).isEqualTo(200);
    }

    @Test
    void ratesAddingUpToMoreThanOneAreRefused() {
        FaultPlan plan = FaultPlan.seeded(1).with(0.6, ROUTES_503);

        assertThatThrownBy(() -> plan.with(0.5, ROUTES_500)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plan.with(-0.1, ROUTES_500)).isInstanceOf(IllegalArgumentException.class);
        assertThat(plan.with(0.4, ROUTES_500).totalRate()).isEqualTo(1.0);
    }
}
