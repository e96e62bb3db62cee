package io.github.camelflowroute.component.flowroute.internal;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import org.apache.camel.Exchange;

/** Benchmark-only access to how sendMessage assembles its message from body, headers and options. */
public final class BenchInputsAccess {

    private BenchInputsAccess() {
    }

    public static OutboundMessage message(Exchange exchange, FlowrouteConfiguration configuration) {
        return MessageOperations.message(exchange, configuration);
    }
}
