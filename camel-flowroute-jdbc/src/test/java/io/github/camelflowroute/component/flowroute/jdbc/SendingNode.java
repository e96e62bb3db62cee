package io.github.camelflowroute.component.flowroute.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * One node of an application that sends with a shared access key: a CamelContext of its own with its own flowroute
 * component, hence its own HTTP client and, unless a shared limiter is given, its own in-process limiter, as a
 * separate JVM would have. Its sends are handed to the async producer all at once, as a bulk route does.
 */
final class SendingNode implements AutoCloseable {

    private final DefaultCamelContext context = new DefaultCamelContext();
    private final FlowrouteComponent flowroute = new FlowrouteComponent();

    /**
     * @param limiter the shared limiter, or {@code null} for the component's default one
     */
    SendingNode(String name, FlowrouteSimulator simulator, SendRateLimiter limiter) {
        context.getCamelContextExtension().setName(name);
        flowroute.getConfiguration().setBaseUrl(simulator.baseUrl());
        flowroute.getConfiguration().setAccessKey(simulator.accessKey());
        flowroute.getConfiguration().setSecretKey(simulator.secretKey());
        flowroute.getConfiguration().setRateLimiter(limiter);
        context.addComponent("flowroute", flowroute);
        context.start();
    }

    /** The limiter the node's sends wait in. */
    SendRateLimiter limiter() {
        SendRateLimiter shared = flowroute.getConfiguration().getRateLimiter();
        return shared != null ? shared : flowroute.getDefaultRateLimiter();
    }

    /** Starts {@code count} sends to the endpoint; the future ends when all have, with their exchanges. */
    CompletableFuture<List<Exchange>> send(String uri, int count) throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        List<CompletableFuture<Exchange>> ended = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody(context.getName() + " " + i);
            CompletableFuture<Exchange> done = new CompletableFuture<>();
            producer.process(exchange, doneSync -> done.complete(exchange));
            ended.add(done);
        }
        return CompletableFuture.allOf(ended.toArray(CompletableFuture[]::new))
                .thenApply(all -> ended.stream().map(CompletableFuture::join).toList())
                .whenComplete((all, failed) -> producer.stop());
    }

    @Override
    public void close() {
        context.stop();
    }
}
