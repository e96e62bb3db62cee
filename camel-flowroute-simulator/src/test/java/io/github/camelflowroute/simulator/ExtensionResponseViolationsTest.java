package io.github.camelflowroute.simulator;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link FlowrouteSimulatorExtension#failingOnResponseViolations()} fails a test the simulator answered off spec. */
class ExtensionResponseViolationsTest {

    /** A test's context, as far as the extension reads it: its unique id. */
    private static final ExtensionContext TEST = (ExtensionContext) Proxy.newProxyInstance(
            ExtensionContext.class.getClassLoader(), new Class<?>[] { ExtensionContext.class },
            (proxy, method, args) -> method.getName().equals("getUniqueId") ? "[test:one]" : null);

    @Test
    void aTestWhoseAnswersLeftTheSpecFailsNamingThem() {
        FlowrouteSimulatorExtension extension = new FlowrouteSimulatorExtension().failingOnResponseViolations();
        extension.beforeEach(TEST);
        FlowrouteSimulator sim = extension.simulator();
        String id = answerOffSpec(sim);

        assertThatThrownBy(() -> extension.afterEach(TEST)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("The simulator answered outside its spec: ")
                .hasMessageContaining("GET /v2.1/messages/" + id);
        assertThat(sim.isRunning()).as("stopped all the same").isFalse();
    }

    @Test
    void withoutTheOptionTheViolationsAreOnlyRecorded() {
        FlowrouteSimulatorExtension extension = new FlowrouteSimulatorExtension();
        extension.beforeEach(TEST);
        FlowrouteSimulator sim = extension.simulator();
        answerOffSpec(sim);

        extension.afterEach(TEST);

        assertThat(sim.responseViolations()).hasSize(1);
    }

    @Test
    void aTestWhoseAnswersFitTheSpecPasses() {
        FlowrouteSimulatorExtension extension = new FlowrouteSimulatorExtension().failingOnResponseViolations();
        extension.beforeEach(TEST);
        new SimClient(extension.simulator()).get("/v2/routes");

        extension.afterEach(TEST);
    }

    /** Reads back a record whose message_type is outside the spec's enum: one recorded violation. */
    private static String answerOffSpec(FlowrouteSimulator sim) {
        SimMessage seeded = sim.state().messages().get(0);
        String id = sim.state().addMessage(new SimMessage(null, "outbound", seeded.from(), seeded.to(), "x", false,
                null, seeded.timestamp(), "delivered", 0, "short-code", 0, null, null));
        new SimClient(sim).get("/v2.1/messages/" + id);
        return id;
    }
}
