package io.github.camelflowroute.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import org.HdrHistogram.Histogram;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;

/**
 * One client JVM of the send benchmark: a closed loop that keeps N sends in flight against the stub and measures
 * throughput, latency per send, process CPU per send and live threads. Arguments:
 * {@code --client raw|camel-http|component-default-pool|<a SendVariant client> --pool 512 --io-threads 2 --stub0 URL --stub20 URL};
 * the phases come as commands on standard input, so the suite can interleave short trials of the clients.
 * <p>
 * raw and component are asynchronous: the initial N sends come from the main thread, then each completion (on an
 * HttpClient I/O thread) starts the next one, so no harness thread sits between them. camel-http's producer blocks,
 * so it gets N caller threads, which is what a user of that route must give it for N sends in flight.
 */
public final class SendLoad {

    private SendLoad() {
    }

    /** A way of sending one SMS. */
    interface Target extends AutoCloseable {
        /** Sends message n; calls done exactly once with whether it was accepted. */
        void send(long n, Consumer<Boolean> done);

        /** Whether send blocks its caller until the answer is in. */
        default boolean blocking() {
            return false;
        }

        @Override
        void close() throws Exception;
    }

    /**
     * Reads commands from standard input, one a line: {@code target <latencyMs>} (builds the client for that stub,
     * closing the previous one), {@code prewarm <seconds>}, {@code phase <inFlight> <warmup> <measure>} (prints one
     * {@code RESULT}), {@code exit}. Every command but phase answers {@code OK}.
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = Probe.args(args);
        String client = a.get("client");
        int pool = Integer.parseInt(a.getOrDefault("pool", "512"));
        int ioThreads = Integer.parseInt(a.getOrDefault("io-threads", "2"));
        int baselineThreads = Probe.liveThreads();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Target target = null;
        String stub = null;
        int latency = -1;
        System.out.println("READY");
        System.out.flush();
        for (String line; (line = in.readLine()) != null;) {
            String[] c = line.trim().split("\\s+");
            switch (c[0]) {
                case "target" -> {
                    if (target != null) {
                        target.close();
                    }
                    latency = Integer.parseInt(c[1]);
                    stub = a.get("stub" + latency);
                    target = create(client, stub, pool, ioThreads);
                    ok();
                }
                case "prewarm" -> {
                    // JIT warm-up of the whole path (client and server) before the first measured phase
                    Loop loop = new Loop(target, 64);
                    loop.start();
                    Probe.sleepSeconds(Double.parseDouble(c[1]));
                    loop.stop();
                    ok();
                }
                case "phase" -> {
                    int inFlight = Integer.parseInt(c[1]);
                    Map<String, Object> result = run(target, stub, inFlight, Double.parseDouble(c[2]),
                            Double.parseDouble(c[3]), baselineThreads);
                    result.put("scenario", "send");
                    result.put("client", client);
                    result.put("latencyMs", latency);
                    result.put("inFlight", inFlight);
                    result.put("pool", client.equals("component-default-pool") ? 100 : pool);
                    result.put("ioThreads", ioThreads);
                    Probe.emit(result);
                }
                case "bursts" -> {
                    // bursts <inFlight> <bursts> <burstSize> <pauseFromMs> <pauseToMs>: idle pauses between bursts
                    Map<String, Object> result = bursts(target, Integer.parseInt(c[1]), Integer.parseInt(c[2]),
                            Integer.parseInt(c[3]), Long.parseLong(c[4]), Long.parseLong(c[5]));
                    result.put("scenario", "nginx-bursts");
                    result.put("client", client);
                    result.put("inFlight", Integer.parseInt(c[1]));
                    Probe.emit(result);
                }
                case "exit" -> {
                    if (target != null) {
                        target.close();
                    }
                    ok();
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException(line);
            }
        }
        System.exit(0);
    }

    private static void ok() {
        System.out.println("OK");
        System.out.flush();
    }

    static Target create(String client, String stub, int pool, int ioThreads) throws Exception {
        String pooled = "&rateLimit=false&maxConnections=" + pool + "&ioThreadCount=" + ioThreads;
        Optional<SendVariant> variant = SendVariant.of(client);
        if (variant.isPresent()) {
            return component(stub, pooled + variant.get().options);
        }
        return switch (client) {
            case "raw" -> raw(stub, pool, ioThreads);
            case "camel-http" -> camelHttp(stub, pool);
            case "component-default-pool" -> component(stub, "&rateLimit=false&ioThreadCount=" + ioThreads);
            default -> throw new IllegalArgumentException(client);
        };
    }

    // ---- the three ways to send ---------------------------------------------------------------------------

    /** HttpClient 5 async by hand: the JSON written by hand, the status checked, the answer's bytes taken. */
    static Target raw(String stub, int pool, int ioThreads) {
        CloseableHttpAsyncClient http = RawClient.create(pool, ioThreads);
        URI uri = URI.create(stub + "/v2.1/messages");
        ContentType json = ContentType.create("application/vnd.api+json", StandardCharsets.UTF_8);
        return new Target() {
            @Override
            public void send(long n, Consumer<Boolean> done) {
                SimpleHttpRequest request = SimpleHttpRequest.create("POST", uri);
                request.setHeader(HttpHeaders.AUTHORIZATION, Payloads.AUTHORIZATION);
                request.setHeader(HttpHeaders.ACCEPT, "application/vnd.api+json");
                request.setBody(Payloads.sendBody(n), json);
                http.execute(request, new FutureCallback<SimpleHttpResponse>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        byte[] body = response.getBodyBytes();
                        done.accept(response.getCode() == 202 && body != null && body.length > 0);
                    }

                    @Override
                    public void failed(Exception ex) {
                        done.accept(false);
                    }

                    @Override
                    public void cancelled() {
                        done.accept(false);
                    }
                });
            }

            @Override
            public void close() {
                http.close(CloseMode.GRACEFUL);
            }
        };
    }

    /** What a user writes today: a Map, marshal().json(), to("http://...") with Basic auth. Blocking. */
    static Target camelHttp(String stub, int pool) throws Exception {
        CamelContext context = new DefaultCamelContext();
        HttpComponent http = context.getComponent("http", HttpComponent.class);
        http.setMaxTotalConnections(pool);
        http.setConnectionsPerRoute(pool);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:send")
                        .marshal().json(JsonLibrary.Jackson)
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/vnd.api+json"))
                        .to(stub + "/v2.1/messages?authMethod=Basic&authUsername="
                                + Payloads.ACCESS_KEY + "&authPassword=" + Payloads.SECRET_KEY
                                + "&authenticationPreemptive=true");
            }
        });
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        Endpoint endpoint = context.getEndpoint("direct:send");
        return new Target() {
            @Override
            public void send(long n, Consumer<Boolean> done) {
                Map<String, Object> sms = new LinkedHashMap<>();
                sms.put("from", Payloads.FROM);
                sms.put("to", Payloads.to(n));
                sms.put("body", Payloads.text(n));
                sms.put("is_mms", false);
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody(sms);
                template.send(endpoint, exchange);
                done.accept(exchange.getException() == null
                        && Integer.valueOf(202).equals(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)));
            }

            @Override
            public boolean blocking() {
                return true;
            }

            @Override
            public void close() throws Exception {
                context.close();
            }
        };
    }

    /** The component: flowroute:sendMessage through a ProducerTemplate, asynchronously (no template thread pool). */
    static Target component(String stub, String poolOptions) throws Exception {
        CamelContext context = BenchContexts.flowrouteAt(stub);
        context.start();
        ProducerTemplate template = context.createProducerTemplate();
        // the async API without the template's own thread pool: the send returns as soon as it is handed to HttpClient
        template.setThreadedAsyncMode(false);
        template.start();
        Endpoint endpoint = context.getEndpoint("flowroute:sendMessage?from=" + Payloads.FROM + poolOptions);
        return new Target() {
            @Override
            public void send(long n, Consumer<Boolean> done) {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setBody(Payloads.text(n));
                exchange.getMessage().setHeader(FlowrouteConstants.TO, Payloads.to(n));
                template.asyncSend(endpoint, exchange).whenComplete((e, error) -> done.accept(
                        error == null && e.getException() == null
                                && Payloads.SENT_ID.equals(e.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID))));
            }

            @Override
            public void close() throws Exception {
                context.close();
            }
        };
    }

    // ---- the closed loop ----------------------------------------------------------------------------------

    static Map<String, Object> run(Target target, String stub, int inFlight, double warmup, double measure,
            int baselineThreads) throws Exception {
        Loop loop = new Loop(target, inFlight);
        loop.start();
        Probe.sleepSeconds(warmup);
        Probe.stubPost(stub, "/_stats/reset");
        Probe.resetPeakThreads();
        loop.measuring(true);
        long cpu0 = Probe.processCpuNanos();
        long t0 = System.nanoTime();
        Probe.sleepSeconds(measure / 2);
        int threadsMid = Probe.liveThreads();
        Map<String, Integer> groups = Probe.threadGroups();
        Probe.sleepSeconds(measure / 2);
        long cpu1 = Probe.processCpuNanos();
        long t1 = System.nanoTime();
        loop.measuring(false);
        int threadsPeak = Probe.peakThreads();
        var stats = Probe.stubGet(stub, "/_stats");
        loop.stop();

        Histogram h = loop.histogram();
        long ok = loop.calls.succeeded();
        double seconds = (t1 - t0) / 1e9;
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sends", ok);
        r.put("errors", loop.calls.failed());
        r.put("seconds", seconds);
        r.put("throughput", ok / seconds);
        r.put("p50us", h.getValueAtPercentile(50));
        r.put("p90us", h.getValueAtPercentile(90));
        r.put("p99us", h.getValueAtPercentile(99));
        r.put("maxUs", h.getMaxValue());
        r.put("meanUs", h.getMean());
        r.put("cpuUsPerSend", ok == 0 ? 0 : (cpu1 - cpu0) / 1e3 / ok);
        r.put("cpuUtilisation", (cpu1 - cpu0) / 1e9 / seconds);
        r.put("threadsBefore", baselineThreads);
        r.put("threadsDuring", threadsMid);
        r.put("threadsPeak", threadsPeak);
        r.put("threadGroups", groups);
        r.put("serverMaxInProgress", stats.path("maxInProgress").asInt());
        r.put("serverMaxConnections", stats.path("maxConnections").asInt());
        r.put("serverRequests", stats.path("requests").asLong());
        r.put("serverCpuUtilisation", stats.path("cpuNanos").asDouble() / Math.max(1, stats.path("nanos").asDouble()));
        return r;
    }

    /**
     * Sends {@code bursts} bursts of {@code burstSize} with at most {@code inFlight} outstanding, pausing between
     * bursts for a time that sweeps from {@code pauseFromMs} to {@code pauseToMs}: the connections idle right up to a
     * proxy's keep-alive timeout. Counts the failed sends; throughput is over the time spent sending, pauses excluded.
     */
    static Map<String, Object> bursts(Target target, int inFlight, int bursts, int burstSize, long pauseFromMs,
            long pauseToMs) throws Exception {
        LongAdder ok = new LongAdder();
        LongAdder failed = new LongAdder();
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(inFlight);
        long sending = 0;
        long n = 0;
        for (int b = 0; b < bursts; b++) {
            if (b > 0) {
                Thread.sleep(pauseFromMs + (pauseToMs - pauseFromMs) * b / Math.max(1, bursts - 1));
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < burstSize; i++) {
                slots.acquire();
                target.send(n++, success -> {
                    (success ? ok : failed).increment();
                    slots.release();
                });
            }
            if (!slots.tryAcquire(inFlight, 120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("a burst did not complete");
            }
            slots.release(inFlight);
            sending += System.nanoTime() - t0;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("sends", ok.sum());
        r.put("errors", failed.sum());
        r.put("seconds", sending / 1e9);
        r.put("throughput", ok.sum() / (sending / 1e9));
        return r;
    }

    /** Keeps N sends in flight; records each completed send's latency while measuring. */
    static final class Loop {
        final Target target;
        final int inFlight;
        final CallRecorder calls = new CallRecorder();
        final AtomicLong sequence = new AtomicLong();
        final AtomicInteger outstanding = new AtomicInteger();
        volatile boolean running = true;
        ExecutorService callers;

        Loop(Target target, int inFlight) {
            this.target = target;
            this.inFlight = inFlight;
        }

        void start() {
            if (target.blocking()) {
                callers = Executors.newFixedThreadPool(inFlight, r -> {
                    Thread t = new Thread(r, "caller");
                    t.setDaemon(true);
                    return t;
                });
                for (int i = 0; i < inFlight; i++) {
                    callers.execute(() -> {
                        while (running) {
                            long n = sequence.getAndIncrement();
                            long started = System.nanoTime();
                            boolean[] result = new boolean[1];
                            target.send(n, success -> result[0] = success);
                            calls.record(started, result[0]);
                        }
                    });
                }
            } else {
                outstanding.set(inFlight);
                for (int i = 0; i < inFlight; i++) {
                    issue();
                }
            }
        }

        private void issue() {
            if (!running) {
                outstanding.decrementAndGet();
                return;
            }
            long n = sequence.getAndIncrement();
            long started = System.nanoTime();
            target.send(n, success -> {
                calls.record(started, success);
                issue();
            });
        }

        void measuring(boolean on) {
            calls.measuring(on);
        }

        Histogram histogram() {
            return calls.histogram();
        }

        void stop() throws InterruptedException {
            running = false;
            if (callers != null) {
                callers.shutdown();
                if (!callers.awaitTermination(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("callers did not finish");
                }
            } else {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (outstanding.get() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                if (outstanding.get() > 0) {
                    throw new IllegalStateException(outstanding.get() + " sends never completed");
                }
            }
        }
    }
}
