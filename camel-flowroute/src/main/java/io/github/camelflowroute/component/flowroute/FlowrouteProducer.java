package io.github.camelflowroute.component.flowroute;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelflowroute.component.flowroute.internal.CallbackOperations;
import io.github.camelflowroute.component.flowroute.internal.MessageOperations;
import io.github.camelflowroute.component.flowroute.internal.NumberOperations;
import io.github.camelflowroute.component.flowroute.internal.OperationHandler;
import io.github.camelflowroute.component.flowroute.internal.RouteOperations;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls the operation of the endpoint (or of the {@code CamelFlowrouteOperation} header) without blocking: the
 * exchange continues on the HTTP client's I/O thread once the answer is in. The callback is called exactly once on
 * every path.
 */
public class FlowrouteProducer extends DefaultAsyncProducer {

    private final Map<FlowrouteOperation, OperationHandler> handlers = new EnumMap<>(FlowrouteOperation.class);

    public FlowrouteProducer(FlowrouteEndpoint endpoint) {
        super(endpoint);
        MessageOperations.register(handlers);
        NumberOperations.register(handlers);
        RouteOperations.register(handlers);
        CallbackOperations.register(handlers);
    }

    @Override
    public FlowrouteEndpoint getEndpoint() {
        return (FlowrouteEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // the client now, so that settings it cannot be built with fail the route's start, not its first message
        getEndpoint().getClient();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> call;
        try {
            FlowrouteOperation operation = operationOf(exchange);
            OperationHandler handler = handlers.get(operation);
            if (handler == null) {
                throw new UnsupportedOperationException("flowroute:" + operation + " is a consumer, not a producer");
            }
            call = handler.invoke(exchange, getEndpoint().getClient(), getEndpoint().getConfiguration());
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (call.isDone()) {
            complete(exchange, call);
            callback.done(true);
            return true;
        }
        call.whenComplete((ignored, error) -> {
            if (error != null) {
                exchange.setException(unwrap(error));
            }
            callback.done(false);
        });
        return false;
    }

    private FlowrouteOperation operationOf(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(FlowrouteConstants.OPERATION);
        if (header == null) {
            return getEndpoint().getOperation();
        }
        return header instanceof FlowrouteOperation op ? op : FlowrouteEndpoint.operationOf(header.toString());
    }

    private static void complete(Exchange exchange, CompletableFuture<Void> call) {
        try {
            call.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            exchange.setException(unwrap(e));
        }
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
