package io.github.camelflowroute.bench;

import java.lang.management.ManagementFactory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/**
 * A fast stand-in for the Flowroute API, for the suite's separate server JVM: Vert.x (event loops, no thread per
 * request), no validation, fixed answers. Each port has its own added latency, served by a timer, so 512 requests
 * waiting 20 ms hold no thread.
 * <ul>
 * <li>{@code POST /v2.1/messages}: reads the body, answers 202 with one fixed send answer;</li>
 * <li>{@code GET /v2.1/messages?start_date&end_date&limit&offset}: a page of {@value #MDR_COUNT} pre-rendered MDRs
 * (one a second from {@link Payloads#MDR_EPOCH}), start inclusive, end exclusive, with live-style links;</li>
 * <li>{@code GET /_stats}, {@code POST /_stats/reset}: requests, in progress now and at most, open connections;</li>
 * <li>anything else without the demo Basic credentials: 401.</li>
 * </ul>
 * Arguments: {@code port:latencyMs} pairs; {@code --loops N} event loops (default 2).
 */
public final class StubServer {

    static final int MDR_COUNT = 100_000;

    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicInteger IN_PROGRESS = new AtomicInteger();
    private static final AtomicInteger MAX_IN_PROGRESS = new AtomicInteger();
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();
    private static final AtomicInteger MAX_CONNECTIONS = new AtomicInteger();
    private static final AtomicLong MDRS_SERVED = new AtomicLong();
    private static final AtomicLong PAGES_SERVED = new AtomicLong();

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static volatile long cpuAtReset = OS.getProcessCpuTime();
    private static volatile long timeAtReset = System.nanoTime();

    private static byte[][] mdrs;
    private static long[] mdrSeconds;

    private StubServer() {
    }

    public static void main(String[] args) throws Exception {
        int loops = 2;
        List<int[]> ports = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--loops".equals(args[i])) {
                loops = Integer.parseInt(args[++i]);
            } else {
                String[] pl = args[i].split(":");
                ports.add(new int[] { Integer.parseInt(pl[0]), Integer.parseInt(pl[1]) });
            }
        }
        mdrs = new byte[MDR_COUNT][];
        mdrSeconds = new long[MDR_COUNT];
        for (int n = 0; n < MDR_COUNT; n++) {
            mdrs[n] = Payloads.mdrResource(n).getBytes(StandardCharsets.UTF_8);
            mdrSeconds[n] = Payloads.MDR_EPOCH.getEpochSecond() + n;
        }
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops).setPreferNativeTransport(false));
        CountDownLatch started = new CountDownLatch(ports.size());
        for (int[] pl : ports) {
            int port = pl[0];
            long latency = pl[1];
            vertx.deployVerticle(() -> new AbstractVerticle() {
                @Override
                public void start(Promise<Void> done) {
                    HttpServerOptions options = new HttpServerOptions().setHost("127.0.0.1").setPort(port)
                            .setTcpNoDelay(true).setAcceptBacklog(4096).setIdleTimeout(0)
                            // as the HTTP servers and proxies in front of an API do (Vert.x alone does not by default)
                            .setHandle100ContinueAutomatically(true);
                    vertx.createHttpServer(options)
                            .connectionHandler(c -> {
                                max(MAX_CONNECTIONS, CONNECTIONS.incrementAndGet());
                                c.closeHandler(v -> CONNECTIONS.decrementAndGet());
                            })
                            .requestHandler(r -> handle(vertx, r, latency))
                            .listen().onComplete(ar -> {
                                if (ar.succeeded()) {
                                    done.complete();
                                } else {
                                    done.fail(ar.cause());
                                }
                            });
                }
            }, new DeploymentOptions().setInstances(loops)).onComplete(ar -> {
                if (ar.failed()) {
                    ar.cause().printStackTrace();
                    System.exit(2);
                }
                started.countDown();
            });
        }
        started.await();
        System.out.println("STUB READY");
        System.out.flush();
        // runs until the suite destroys the process
        Thread.currentThread().join();
    }

    private static void handle(Vertx vertx, HttpServerRequest request, long latency) {
        REQUESTS.incrementAndGet();
        String path = request.path();
        if (path.startsWith("/_stats")) {
            stats(request);
            return;
        }
        if (!Payloads.AUTHORIZATION.equals(request.getHeader("Authorization"))) {
            request.response().setStatusCode(401).putHeader("WWW-Authenticate", "Basic").end();
            return;
        }
        max(MAX_IN_PROGRESS, IN_PROGRESS.incrementAndGet());
        if ("/v2.1/messages".equals(path) && request.method().name().equals("POST")) {
            request.body().onComplete(body -> later(vertx, latency,
                    () -> answer(request.response(), 202, Buffer.buffer(Payloads.SEND_ANSWER))));
        } else if ("/v2.1/messages".equals(path) && request.method().name().equals("GET")) {
            Buffer page;
            try {
                page = page(request.query());
            } catch (RuntimeException e) {
                IN_PROGRESS.decrementAndGet();
                request.response().setStatusCode(400).end(String.valueOf(e));
                return;
            }
            later(vertx, latency, () -> answer(request.response(), 200, page));
        } else {
            IN_PROGRESS.decrementAndGet();
            request.response().setStatusCode(404).end();
        }
    }

    private static void later(Vertx vertx, long latency, Runnable action) {
        if (latency <= 0) {
            action.run();
        } else {
            vertx.setTimer(latency, t -> action.run());
        }
    }

    private static void answer(HttpServerResponse response, int status, Buffer body) {
        IN_PROGRESS.decrementAndGet();
        response.setStatusCode(status).putHeader("Content-Type", "application/vnd.api+json").end(body);
    }

    private static Buffer page(String rawQuery) {
        Map<String, String> q = new HashMap<>();
        for (String pair : (rawQuery == null ? "" : rawQuery).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        long start = q.containsKey("start_date") ? seconds(q.get("start_date")) : Long.MIN_VALUE;
        long end = q.containsKey("end_date") ? seconds(q.get("end_date")) : Long.MAX_VALUE;
        int limit = q.containsKey("limit") ? Integer.parseInt(q.get("limit")) : 200;
        int offset = q.containsKey("offset") ? Integer.parseInt(q.get("offset")) : 0;
        int from = firstAtOrAfter(start);
        int to = Math.max(from, firstAtOrAfter(end));
        int pageFrom = (int) Math.min(to, (long) from + offset);
        int pageTo = (int) Math.min(to, (long) pageFrom + limit);
        Buffer b = Buffer.buffer(64 + (pageTo - pageFrom) * 420);
        b.appendString("{\"data\":[");
        for (int i = pageFrom; i < pageTo; i++) {
            if (i > pageFrom) {
                b.appendByte((byte) ',');
            }
            b.appendBytes(mdrs[i]);
        }
        String base = "https://api.flowroute.com/v2.1/messages?";
        String self = base + (rawQuery == null ? "" : rawQuery);
        b.appendString("],\"links\":{");
        if (pageTo < to) {
            b.appendString("\"next\":\"").appendString(base + withOffset(rawQuery, pageFrom - from + limit))
                    .appendString("\",");
        }
        b.appendString("\"self\":\"").appendString(self).appendString("\"}}");
        MDRS_SERVED.addAndGet(pageTo - pageFrom);
        PAGES_SERVED.incrementAndGet();
        return b;
    }

    /** Timestamps are whole seconds: a bound with a fraction starts at the next whole second. */
    private static long seconds(String text) {
        Instant i = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                : Instant.parse(text);
        return i.getEpochSecond() + (i.getNano() > 0 ? 1 : 0);
    }

    private static int firstAtOrAfter(long second) {
        int lo = 0;
        int hi = mdrSeconds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mdrSeconds[mid] < second) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String withOffset(String rawQuery, int offset) {
        StringBuilder sb = new StringBuilder();
        boolean found = false;
        for (String pair : (rawQuery == null ? "" : rawQuery).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            if (pair.startsWith("offset=")) {
                sb.append("offset=").append(offset);
                found = true;
            } else {
                sb.append(pair);
            }
        }
        if (!found) {
            sb.append(sb.length() > 0 ? "&" : "").append("offset=").append(offset);
        }
        return sb.toString();
    }

    private static void stats(HttpServerRequest request) {
        if (request.path().equals("/_stats/reset")) {
            REQUESTS.set(0);
            MAX_IN_PROGRESS.set(IN_PROGRESS.get());
            MAX_CONNECTIONS.set(CONNECTIONS.get());
            MDRS_SERVED.set(0);
            PAGES_SERVED.set(0);
            cpuAtReset = OS.getProcessCpuTime();
            timeAtReset = System.nanoTime();
            request.response().setStatusCode(204).end();
            return;
        }
        String json = "{\"requests\":" + REQUESTS.get() + ",\"inProgress\":" + IN_PROGRESS.get() + ",\"maxInProgress\":"
                + MAX_IN_PROGRESS.get() + ",\"connections\":" + CONNECTIONS.get() + ",\"maxConnections\":"
                + MAX_CONNECTIONS.get() + ",\"mdrsServed\":" + MDRS_SERVED.get() + ",\"pagesServed\":"
                + PAGES_SERVED.get() + ",\"cpuNanos\":" + (OS.getProcessCpuTime() - cpuAtReset)
                + ",\"nanos\":" + (System.nanoTime() - timeAtReset) + "}";
        request.response().putHeader("Content-Type", "application/json").end(json);
    }

    private static void max(AtomicInteger max, int value) {
        int m;
        while (value > (m = max.get()) && !max.compareAndSet(m, value)) {
            // retry
        }
    }
}
