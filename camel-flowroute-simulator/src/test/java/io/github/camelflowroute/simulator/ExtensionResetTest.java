package io.github.camelflowroute.simulator;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The first test dirties everything; the second must not notice. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionResetTest {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static int port;

    @Test
    @Order(1)
    void dirtiesStateJournalAndFaults() {
        FlowrouteSimulator sim = SIM.simulator();
        port = sim.port();
        SimClient client = new SimClient(sim);
        client.post("/v2/numbers/" + sim.state().availableNumbers().get(0).number(), null);
        sim.state().addRoute("uri", "sip:x@example.com", "extra");
        sim.faults().enqueue(FaultRule.any().always().respond(500));

        assertThat(sim.state().accountNumbers()).hasSize(6);
        assertThat(sim.journal().count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void nextTestSeesSeedDataEmptyJournalAndNoFaults() {
        FlowrouteSimulator sim = SIM.simulator();

        assertThat(sim.port()).isEqualTo(port);
        assertThat(sim.state().accountNumbers()).hasSize(5);
        assertThat(sim.state().routes()).hasSize(5);
        assertThat(sim.journal().count()).isZero();
        assertThat(sim.faults().pending()).isEmpty();
        assertThat(new SimClient(sim).get("/v2/routes").status()).isEqualTo(200);
    }
}
