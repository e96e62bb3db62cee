package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.component.flowroute.management.MeterBinding;
import io.github.camelflowroute.simulator.FaultRule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** With Micrometer and a MeterRegistry in the Camel registry, the component's counts appear as meters. */
class MicrometerMetersTest extends FlowrouteTestSupport {

    private static final String SEND = "flowroute:sendMessage?retryDelay=10&to=12065550199&from=";

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // where camel-micrometer looks for (and puts) its registry
        context.getRegistry().bind(MeterBinding.REGISTRY_NAME, meters);
        return context;
    }

    @Test
    void a429ThenSuccessShowsAsCallAnswerAndRetryMeters() {
        simulator().faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(1).respond(429));

        Exchange out = call(SEND + accountNumber(), e -> e.getMessage().setBody("after 429"));

        assertThat(out.getException()).isNull();
        assertThat(meters.get("flowroute.calls").tags("operation", "sendMessage", "outcome", "succeeded").counter()
                .count()).isEqualTo(1.0);
        assertThat(meters.get("flowroute.answers").tags("operation", "sendMessage", "status", "429").counter()
                .count()).isEqualTo(1.0);
        assertThat(meters.get("flowroute.answers").tags("operation", "sendMessage", "status", "202").counter()
                .count()).isEqualTo(1.0);
        assertThat(meters.get("flowroute.retries").tags("operation", "sendMessage", "reason", "rate_limited").counter()
                .count()).isEqualTo(1.0);
    }

    @Test
    void aReadShowsUnderItsOwnOperation() {
        Exchange out = call("flowroute:listRoutes");

        assertThat(out.getException()).isNull();
        assertThat(meters.get("flowroute.calls").tags("operation", "listRoutes", "outcome", "succeeded").counter()
                .count()).isEqualTo(1.0);
        assertThat(meters.find("flowroute.calls").tags("operation", "sendMessage").counter()).isNull();
    }
}
