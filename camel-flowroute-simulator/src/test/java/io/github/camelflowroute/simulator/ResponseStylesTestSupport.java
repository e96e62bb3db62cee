package io.github.camelflowroute.simulator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests that compare the two answer styles: a simulator answering as the live API does ({@link #LIVE}, the
 * default) and one answering as the spec writes it ({@link #SPEC}), neither leaving what it documents.
 */
abstract class ResponseStylesTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension LIVE = new FlowrouteSimulatorExtension();

    @RegisterExtension
    static final FlowrouteSimulatorExtension SPEC =
            new FlowrouteSimulatorExtension(FlowrouteSimulator.builder().responseStyle(ResponseStyle.SPEC));

    @AfterEach
    void noUndocumentedViolations() {
        assertThat(LIVE.simulator().responseViolations()).isEmpty();
        assertThat(SPEC.simulator().responseViolations()).isEmpty();
    }
}
