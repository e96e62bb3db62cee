package io.github.camelflowroute.component.flowroute;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A MeterRegistry bound under a name of the user's own is found by its type when it is the only one. */
class MicrometerRegistryByTypeTest extends FlowrouteTestSupport {

    private final MeterRegistry meters = new SimpleMeterRegistry();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("myMeters", meters);
        return context;
    }

    @Test
    void theOnlyRegistryGetsTheMeters() {
        Exchange out = call("flowroute:listRoutes");

        assertThat(out.getException()).isNull();
        assertThat(meters.get("flowroute.calls").tags("operation", "listRoutes", "outcome", "succeeded").counter()
                .count()).isEqualTo(1.0);
    }
}
