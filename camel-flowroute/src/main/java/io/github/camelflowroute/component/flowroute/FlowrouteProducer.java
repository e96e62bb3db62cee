package io.github.camelflowroute.component.flowroute;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.github.camelflowroute.component.flowroute.client.ApiArguments;
import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.internal.binding.ListPaging;
import io.github.camelflowroute.component.flowroute.internal.binding.OperationBinding;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls the operation of the endpoint (or of the {@code CamelFlowrouteOperation} header) without blocking: once the
 * answer is in, the exchange continues on a thread of the endpoint's worker pool, never on the HTTP client's I/O
 * thread (unless {@code continueOnIoThread}), so a slow step after the call holds up no other call. The callback is
 * called exactly once on every path. What the operation reads and writes comes from its declaration
 * ({@link OperationBinding}).
 */
public class FlowrouteProducer extends DefaultAsyncProducer {

    private Executor workerPool;
    // the limiter whose rates this producer recorded on start
    private SendRateLimiter rateLimiter;
    private boolean countedForHealthCheck;

    public FlowrouteProducer(FlowrouteEndpoint endpoint) {
        super(endpoint);
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
        rateLimiter = getEndpoint().registerSendRates();
        workerPool = getEndpoint().workerPool();
        getEndpoint().producerHealthCheck().producerStarted();
        countedForHealthCheck = true;
    }

    @Override
    protected void doStop() throws Exception {
        if (countedForHealthCheck) {
            countedForHealthCheck = false;
            getEndpoint().producerHealthCheck().producerStopped();
        }
        if (rateLimiter != null) {
            getEndpoint().releaseSendRates(rateLimiter);
            rateLimiter = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> call;
        try {
            FlowrouteOperation operation = operationOf(exchange);
            ApiOperation<?> declaration = operation.declaration();
            if (declaration == null) {
                throw new UnsupportedOperationException("flowroute:" + operation + " is a consumer, not a producer");
            }
            call = invoke(exchange, declaration);
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
        call.whenComplete((ignored, error) -> continueExchange(() -> {
            if (error != null) {
                exchange.setException(unwrap(error));
            }
            callback.done(false);
        }));
        return false;
    }

    /** Hands the rest of the route over to the worker pool; runs it here when there is none, or it is shut down. */
    private void continueExchange(Runnable rest) {
        Executor pool = workerPool;
        if (pool != null) {
            try {
                pool.execute(rest);
                return;
            } catch (RejectedExecutionException stopping) {
                // the pool shut down with the component: the exchange must still complete, here
            }
        }
        rest.run();
    }

    private CompletableFuture<Void> invoke(Exchange exchange, ApiOperation<?> declaration) {
        FlowrouteEndpoint endpoint = getEndpoint();
        FlowrouteClient client = endpoint.getClient();
        ApiArguments args = OperationBinding.read(exchange, declaration, endpoint::optionValue);
        FlowrouteConfiguration configuration = endpoint.getConfiguration();
        return OperationBinding.invoke(exchange, declaration, args, client,
                new ListPaging(configuration.isFetchAllPages(), configuration.getMaxResults()));
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
