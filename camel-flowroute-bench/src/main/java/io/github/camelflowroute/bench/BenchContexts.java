package io.github.camelflowroute.bench;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/** The Camel contexts the bench's loads run the component in. */
final class BenchContexts {

    private BenchContexts() {
    }

    /** A context, not started, whose flowroute component talks to {@code baseUrl} with the simulator's demo keys. */
    static CamelContext flowrouteAt(String baseUrl) {
        CamelContext context = new DefaultCamelContext();
        FlowrouteComponent flowroute = new FlowrouteComponent();
        flowroute.getConfiguration().setBaseUrl(baseUrl);
        flowroute.getConfiguration().setAccessKey(Payloads.ACCESS_KEY);
        flowroute.getConfiguration().setSecretKey(Payloads.SECRET_KEY);
        context.addComponent("flowroute", flowroute);
        return context;
    }
}
