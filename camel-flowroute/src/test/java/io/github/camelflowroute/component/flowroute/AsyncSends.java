package io.github.camelflowroute.component.flowroute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/**
 * Hands many exchanges to an endpoint's async producer at once, as a bulk sender's route does, without a thread per
 * exchange (a ProducerTemplate's async sends are bounded by its small pool), and waits until every one has ended.
 */
final class AsyncSends {

    private AsyncSends() {
    }

    static List<Exchange> sendAll(CamelContext context, String uri, int count, IntFunction<String> body)
            throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        try {
            List<CompletableFuture<Exchange>> ended = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Exchange exchange = new DefaultExchange(context);
                exchange.getMessage().setBody(body.apply(i));
                CompletableFuture<Exchange> done = new CompletableFuture<>();
                producer.process(exchange, doneSync -> done.complete(exchange));
                ended.add(done);
            }
            return ended.stream().map(CompletableFuture::join).toList();
        } finally {
            producer.stop();
        }
    }
}
