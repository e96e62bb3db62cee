package io.github.camelflowroute.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * One JVM of the rate-limited scenario: the simulator enforcing Flowroute's send limits (5 SMS per second per key,
 * refused attempts counting) in this JVM, and N nodes sending with the one key, each a CamelContext of its own with
 * its own component and default rate limiter, as N uncoordinated processes would have. Each node queues its SMS at
 * once, as a bulk route does. "Loaded" adds what a busy host does: each attempt reaches the limit 0 to 20 ms late and
 * a thread burns CPU throughout. Commands on standard input: {@code rate <nodes> <smsPerNode> quiet|loaded} (prints
 * one {@code RESULT}: accepted SMS per second and, past the first window's burst, as a fraction of the allowed rate;
 * failed sends; 429s), {@code exit}.
 */
public final class RateLoad {

    private RateLoad() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            System.out.println("READY");
            for (String line; (line = in.readLine()) != null;) {
                String[] c = line.trim().split("\\s+");
                if (c[0].equals("exit")) {
                    break;
                }
                if (c[0].equals("rate")) {
                    Probe.emit(run(sim, Integer.parseInt(c[1]), Integer.parseInt(c[2]), "loaded".equals(c[3])));
                }
            }
        }
    }

    static Map<String, Object> run(FlowrouteSimulator sim, int nodes, int perNode, boolean loaded) throws Exception {
        sim.reset();
        List<DefaultCamelContext> contexts = new ArrayList<>();
        String uri = "flowroute:sendMessage?from=" + sim.state().accountNumbers().get(0).number()
                + "&to=12065550199&rateLimitMaxWait=300s";
        for (int n = 0; n < nodes; n++) {
            DefaultCamelContext context = new DefaultCamelContext();
            FlowrouteComponent flowroute = new FlowrouteComponent();
            flowroute.getConfiguration().setBaseUrl(sim.baseUrl());
            flowroute.getConfiguration().setAccessKey(sim.accessKey());
            flowroute.getConfiguration().setSecretKey(sim.secretKey());
            context.addComponent("flowroute", flowroute);
            context.start();
            contexts.add(context);
            // a running application: classes loaded and connections open before the bulk send
            send(context, uri, sim.smsPerSecond()).join();
        }
        Thread.sleep(1100);
        sim.enforceRateLimits(true);
        Thread burner = null;
        if (loaded) {
            sim.sendArrivalJitter(Duration.ofMillis(20));
            burner = new Thread(RateLoad::burn, "cpu-load");
            burner.setDaemon(true);
            burner.start();
        }
        int before = sim.state().messageCount();
        long start = System.nanoTime();
        List<CompletableFuture<List<Exchange>>> all = new ArrayList<>();
        for (DefaultCamelContext context : contexts) {
            all.add(send(context, uri, perNode));
        }
        long failed = all.stream().map(CompletableFuture::join).flatMap(List::stream)
                .filter(e -> e.getException() != null).count();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (burner != null) {
            burner.interrupt();
            burner.join();
        }
        int accepted = sim.state().messageCount() - before;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", "rate");
        r.put("nodes", nodes);
        r.put("loaded", loaded);
        r.put("sms", nodes * perNode);
        r.put("accepted", accepted);
        r.put("failed", failed);
        r.put("refused", sim.rateLimitedCount());
        r.put("seconds", seconds);
        r.put("perSecond", accepted / seconds);
        r.put("ofAllowed", accepted / seconds / sim.smsPerSecond());
        // the first window's sends all go at once: past them, the rate the limit allows is the fair yardstick
        r.put("steadyOfAllowed", (accepted - sim.smsPerSecond()) / seconds / sim.smsPerSecond());
        contexts.forEach(DefaultCamelContext::stop);
        sim.reset();
        return r;
    }

    private static CompletableFuture<List<Exchange>> send(DefaultCamelContext context, String uri, int count)
            throws Exception {
        AsyncProducer producer = context.getEndpoint(uri).createAsyncProducer();
        producer.start();
        List<CompletableFuture<Exchange>> ended = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setBody("bulk " + i);
            CompletableFuture<Exchange> done = new CompletableFuture<>();
            producer.process(exchange, doneSync -> done.complete(exchange));
            ended.add(done);
        }
        return CompletableFuture.allOf(ended.toArray(CompletableFuture[]::new))
                .thenApply(x -> ended.stream().map(CompletableFuture::join).toList());
    }

    private static void burn() {
        long x = 0;
        while (!Thread.currentThread().isInterrupted()) {
            x = x * 31 + System.nanoTime();
        }
        if (x == 42) {
            // keeps the loop from being optimised away
            System.out.print("");
        }
    }
}
