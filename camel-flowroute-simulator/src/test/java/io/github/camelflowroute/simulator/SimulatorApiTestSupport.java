package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the simulated API share: the simulator of the test class, a client with the account's
 * credentials, the account's first number, and the check after each test that no answer left the spec.
 * <p>
 * Each test class registers its own {@link FlowrouteSimulatorExtension} (a static field, configured as the class
 * needs); this class receives that simulator as a parameter, so the configuration stays where it is read.
 */
abstract class SimulatorApiTestSupport {

    /** The simulator of the test class, reset before each test. */
    protected FlowrouteSimulator sim;
    /** A client with the simulator's credentials. */
    protected SimClient client;
    /** The account's first number. */
    protected String number;

    @BeforeEach
    void connect(FlowrouteSimulator simulator) {
        sim = simulator;
        client = new SimClient(simulator);
        number = simulator.state().accountNumbers().get(0).number();
    }

    /** The ids of the items of a list answer, in its order. */
    protected static List<String> ids(SimClient.Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.json().path("data").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @AfterEach
    void noUndocumentedViolations() {
        assertThat(sim.responseViolations()).isEmpty();
    }
}
