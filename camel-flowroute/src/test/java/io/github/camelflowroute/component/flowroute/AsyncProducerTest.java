package io.github.camelflowroute.component.flowroute;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.Route;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer never blocks and calls Camel's callback exactly once, on success and on every failure path. A stub
 * client plugged in through the {@code client} option controls when and how each call completes.
 */
class AsyncProducerTest extends CamelTestSupport {

    private final AtomicReference<Object> nextAnswer = new AtomicReference<>();
    private AsyncProducer producer;

    private FlowrouteClient stubClient() {
        return (FlowrouteClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { FlowrouteClient.class }, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    Object answer = nextAnswer.get();
                    if (answer instanceof RuntimeException e) {
                        throw e;
                    }
                    return answer;
                });
    }

    private AsyncProducer producer() throws Exception {
        return producer("");
    }

    private AsyncProducer producer(String options) throws Exception {
        context.getRegistry().bind("stub", stubClient());
        producer = context.getEndpoint("flowroute:listRoutes?client=#stub" + options).createAsyncProducer();
        producer.start();
        return producer;
    }

    /** Completes an in-flight call on this thread and returns the thread the callback ran on. */
    private Thread callbackThreadWith(String options) throws Exception {
        CompletableFuture<Page<Route>> answer = new CompletableFuture<>();
        nextAnswer.set(answer);
        CountingCallback callback = new CountingCallback();
        producer(options).process(new DefaultExchange(context), callback);
        answer.complete(new Page<>(List.of(), null, null));
        assertThat(callback.done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(callback.calls).hasValue(1);
        return callback.thread;
    }

    @Test
    void aWorkerPoolOfTheUsersOwnRunsTheRestOfTheRoute() throws Exception {
        ExecutorService own = Executors.newSingleThreadExecutor(r -> new Thread(r, "users-own-pool"));
        try {
            context.getRegistry().bind("ownPool", own);

            assertThat(callbackThreadWith("&workerPool=#ownPool").getName()).isEqualTo("users-own-pool");
        } finally {
            own.shutdownNow();
        }
    }

    @Test
    void continueOnIoThreadRunsTheRestOfTheRouteWhereTheCallCompleted() throws Exception {
        assertThat(callbackThreadWith("&continueOnIoThread=true")).isSameAs(Thread.currentThread());
    }

    @AfterEach
    void stopProducer() throws Exception {
        if (producer != null) {
            producer.stop();
        }
    }

    @Test
    void inFlightCallReturnsFalseAndCompletesTheCallbackOnceLater() throws Exception {
        CompletableFuture<Page<Route>> answer = new CompletableFuture<>();
        nextAnswer.set(answer);
        CountingCallback callback = new CountingCallback();
        Exchange exchange = new DefaultExchange(context);

        boolean sync = producer().process(exchange, callback);

        assertThat(sync).isFalse();
        assertThat(callback.calls).hasValue(0);
        answer.complete(new Page<>(List.of(new Route("1", "host", "h", "a")), null, null));
        // the rest of the route runs on the worker pool, not on the thread that completed the call
        assertThat(callback.done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(callback.calls).hasValue(1);
        assertThat(callback.thread).isNotSameAs(Thread.currentThread());
        assertThat(callback.thread.getName()).contains("FlowrouteWorker");
        assertThat(callback.doneSync).isFalse();
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(1);
    }

    @Test
    void failedFutureSetsTheUnwrappedCauseAndCompletesTheCallbackOnce() throws Exception {
        CompletableFuture<Page<Route>> answer = new CompletableFuture<>();
        nextAnswer.set(answer);
        CountingCallback callback = new CountingCallback();
        Exchange exchange = new DefaultExchange(context);
        producer().process(exchange, callback);

        FlowrouteApiException failure = new FlowrouteApiException(500, "GET", "/v2/routes", List.of());
        answer.completeExceptionally(new CompletionException(failure));

        assertThat(callback.done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(callback.calls).hasValue(1);
        assertThat(exchange.getException()).isSameAs(failure);
    }

    @Test
    void alreadyFailedFutureCompletesSynchronouslyOnce() throws Exception {
        nextAnswer.set(CompletableFuture.failedFuture(new FlowrouteApiException(503, "GET", "/v2/routes", List.of())));
        CountingCallback callback = new CountingCallback();
        Exchange exchange = new DefaultExchange(context);

        boolean sync = producer().process(exchange, callback);

        assertThat(sync).isTrue();
        assertThat(callback.calls).hasValue(1);
        assertThat(callback.doneSync).isTrue();
        assertThat(exchange.getException()).isInstanceOf(FlowrouteApiException.class);
    }

    @Test
    void clientThrowingInsteadOfFailingTheFutureStillCompletesTheCallbackOnce() throws Exception {
        nextAnswer.set(new IllegalStateException("broken client"));
        CountingCallback callback = new CountingCallback();
        Exchange exchange = new DefaultExchange(context);

        boolean sync = producer().process(exchange, callback);

        assertThat(sync).isTrue();
        assertThat(callback.calls).hasValue(1);
        assertThat(exchange.getException()).hasMessage("broken client");
    }

    @Test
    void unknownOperationHeaderFailsTheExchangeOnce() throws Exception {
        CountingCallback callback = new CountingCallback();
        Exchange exchange = new DefaultExchange(context);
        exchange.getMessage().setHeader(FlowrouteConstants.OPERATION, "deleteEverything");

        producer().process(exchange, callback);

        assertThat(callback.calls).hasValue(1);
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deleteEverything").hasMessageContaining("sendMessage");
    }

    private static final class CountingCallback implements AsyncCallback {
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch done = new CountDownLatch(1);
        volatile boolean doneSync;
        volatile Thread thread;

        @Override
        public void done(boolean doneSync) {
            this.doneSync = doneSync;
            this.thread = Thread.currentThread();
            calls.incrementAndGet();
            done.countDown();
        }
    }
}
