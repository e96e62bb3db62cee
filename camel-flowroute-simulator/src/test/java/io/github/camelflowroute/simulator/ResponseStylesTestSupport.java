package io.github.camelflowroute.simulator;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tests that compare the two answer styles: a simulator answering as the live API does ({@link #LIVE}, the
 * default) and one answering as the spec writes it ({@link #SPEC}), neither leaving what it documents.
 */
abstract class ResponseStylesTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension LIVE = new FlowrouteSimulatorExtension().failingOnResponseViolations();

    @RegisterExtension
    static final FlowrouteSimulatorExtension SPEC =
            new FlowrouteSimulatorExtension(FlowrouteSimulator.builder().responseStyle(ResponseStyle.SPEC))
                    .failingOnResponseViolations();
}
