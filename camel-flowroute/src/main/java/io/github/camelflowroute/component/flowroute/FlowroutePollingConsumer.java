package io.github.camelflowroute.component.flowroute;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.internal.polling.StateKeys;
import io.github.camelflowroute.component.flowroute.management.PollingPosition;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.Synchronization;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;

/**
 * What the polling consumers share: one exchange per record with Camel's batch properties, processed in order, and a
 * hook per exchange that tells the subclass whether it completed, so that positions advance only past records the
 * route finished. Repositories given by the user are started here but never stopped (they may be shared); the
 * in-memory defaults belong to the consumer.
 *
 * @param <R> what {@link #prepare()} returns for each exchange to route
 */
abstract class FlowroutePollingConsumer<R> extends ScheduledBatchPollingConsumer implements PollingPosition {

    private FlowrouteClient client;
    private StateRepository<String, String> stateRepository;
    private IdempotentRepository idempotentRepository;
    private boolean ownsRepositories;

    FlowroutePollingConsumer(FlowrouteEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public FlowrouteEndpoint getEndpoint() {
        return (FlowrouteEndpoint) super.getEndpoint();
    }

    FlowrouteConfiguration configuration() {
        return getEndpoint().getConfiguration();
    }

    FlowrouteClient client() {
        return client;
    }

    StateRepository<String, String> stateRepository() {
        return stateRepository;
    }

    IdempotentRepository idempotentRepository() {
        return idempotentRepository;
    }

    /** Whether the state repository is the consumer's own in-memory one, which nothing outside this JVM reads. */
    boolean ownsStateRepository() {
        return ownsRepositories;
    }

    /** The key of this consumer's position: the stateKey option, or the operation and its filters. */
    String stateKey() {
        String key = configuration().getStateKey();
        if (key != null) {
            return key;
        }
        FlowrouteEndpoint endpoint = getEndpoint();
        return StateKeys.defaultKey(endpoint.getOperation().name(), endpoint.getOperation().declaration(),
                endpoint::optionValue);
    }

    @Override
    public String positionKey() {
        return stateKey();
    }

    @Override
    public String position() {
        StateRepository<String, String> repository = stateRepository;
        return repository == null ? null : repository.getState(stateKey());
    }

    @Override
    protected void doStart() throws Exception {
        FlowrouteConfiguration conf = configuration();
        stateRepository = conf.getStateRepository();
        idempotentRepository = conf.getIdempotentRepository();
        ownsRepositories = stateRepository == null;
        if (stateRepository == null) {
            stateRepository = new MemoryStateRepository();
        }
        if (idempotentRepository == null) {
            idempotentRepository = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        }
        ServiceHelper.startService(stateRepository, idempotentRepository);
        client = getEndpoint().acquireConsumerClient();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (client != null) {
            getEndpoint().releaseConsumerClient();
            client = null;
        }
        if (ownsRepositories) {
            ServiceHelper.stopService(stateRepository);
        }
        if (configuration().getIdempotentRepository() == null) {
            ServiceHelper.stopService(idempotentRepository);
        }
    }

    @Override
    protected int poll() throws Exception {
        int processed = route(new ArrayDeque<>(prepare()));
        batchDone();
        // the API answered: the consumer is healthy whatever the route did with the records
        forceConsumerAsReady();
        return processed;
    }

    /** Reads the API and returns this poll's records, in emission order. */
    abstract List<R> prepare() throws Exception;

    /**
     * The exchange of one prepared record, with its completion hook. Built just before the record is routed, so a
     * poll of a thousand records does not hold a thousand exchanges.
     */
    abstract Exchange exchangeFor(R record, int index);

    /** Called when every exchange of a poll has completed. */
    void batchDone() {
    }

    /** Camel's batch entry point; this consumer's own {@link #poll()} routes its typed records directly. */
    @Override
    @SuppressWarnings("unchecked")
    public int processBatch(Queue<Object> records) throws Exception {
        // only ever given what prepare() returned
        return route((Queue<R>) (Queue<?>) records);
    }

    private int route(Queue<R> records) {
        int total = records.size();
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = exchangeFor(records.poll(), index);
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            processAndWait(exchange);
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing a Flowroute record", exchange,
                        exchange.getException());
            }
            releaseExchange(exchange, false);
        }
        return total;
    }

    /**
     * Routes one exchange and waits for it, in order. The wait is our own rather than Camel's sync bridge, which on
     * shutdown marks an exchange it was waiting for as rejected even when the route had finished it: that exchange
     * would then count as failed and be emitted again.
     */
    private void processAndWait(Exchange exchange) {
        CountDownLatch done = new CountDownLatch(1);
        try {
            getAsyncProcessor().process(exchange, doneSync -> done.countDown());
        } catch (Exception e) {
            exchange.setException(e);
            done.countDown();
        }
        boolean interrupted = false;
        while (done.getCount() > 0) {
            try {
                done.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new exchange whose completion (success or failure) is reported to the given hook. */
    Exchange newExchange(Object body, CompletionHook hook) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        exchange.getExchangeExtension().addOnCompletion(new Synchronization() {
            @Override
            public void onComplete(Exchange e) {
                hook.completed(true);
            }

            @Override
            public void onFailure(Exchange e) {
                hook.completed(false);
            }
        });
        return exchange;
    }

    /** Waits for a client call on the polling thread, rethrowing its own failure rather than a wrapper. */
    static <T> T await(CompletableFuture<T> call) throws Exception {
        try {
            return call.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface CompletionHook {
        void completed(boolean success);
    }
}
