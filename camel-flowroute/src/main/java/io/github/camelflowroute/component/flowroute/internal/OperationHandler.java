package io.github.camelflowroute.component.flowroute.internal;

import java.util.concurrent.CompletableFuture;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import org.apache.camel.Exchange;

/** One operation: reads its inputs from the exchange, calls the client, and writes the result back. */
@FunctionalInterface
public interface OperationHandler {

    /**
     * Starts the call. Input errors may be thrown directly or fail the returned future; the future completes once
     * the result is on the exchange.
     */
    CompletableFuture<Void> invoke(Exchange exchange, FlowrouteClient client, FlowrouteConfiguration configuration);
}
