package io.github.camelflowroute.simulator;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Declarative use: the simulator is injected into constructors and test methods. */
@ExtendWith(FlowrouteSimulatorExtension.class)
class ExtensionParameterTest {

    private final FlowrouteSimulator fromConstructor;

    ExtensionParameterTest(FlowrouteSimulator simulator) {
        this.fromConstructor = simulator;
    }

    @Test
    void constructorAndMethodReceiveTheSameRunningSimulator(FlowrouteSimulator simulator) {
        assertThat(simulator).isSameAs(fromConstructor);
        assertThat(simulator.isRunning()).isTrue();
        assertThat(new SimClient(simulator).get("/v2/numbers").status()).isEqualTo(200);
    }

    @Test
    void injectedSimulatorUsesDefaults(FlowrouteSimulator simulator) {
        assertThat(simulator.accessKey()).isEqualTo("sim-access-key");
        assertThat(simulator.secretKey()).isEqualTo("sim-secret-key");
        assertThat(simulator.responseStyle()).isEqualTo(ResponseStyle.LIVE);
    }

    @Nested
    class NestedTests {
        @Test
        void nestedTestSharesTheOuterSimulator(FlowrouteSimulator simulator) {
            assertThat(simulator).isSameAs(fromConstructor);
            assertThat(simulator.isRunning()).isTrue();
        }
    }
}
