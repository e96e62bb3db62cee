package io.github.camelflowroute.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;

/**
 * The posting side of the webhook benchmark, as Flowroute would post: JSON:API inbound-message callbacks, each with
 * its own MDR id (so the webhook's dedupe never short-cuts), N posts in flight, HttpClient 5 async. Commands on
 * standard input: {@code post <path> <inFlight> <warmup> <measure>} prints one {@code RESULT}; {@code exit}.
 * Arguments: {@code --receiver URL}.
 */
public final class WebhookLoad {

    private WebhookLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Probe.args(args);
        String receiver = a.get("receiver");
        CloseableHttpAsyncClient http = RawClient.create(1024, 2);
        AtomicLong sequence = new AtomicLong();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("READY");
        System.out.flush();
        for (String line; (line = in.readLine()) != null;) {
            String[] c = line.trim().split("\\s+");
            if (c[0].equals("exit")) {
                break;
            }
            String path = c[1];
            int inFlight = Integer.parseInt(c[2]);
            Run run = new Run(http, URI.create(receiver + path), inFlight, sequence);
            run.start();
            Probe.sleepSeconds(Double.parseDouble(c[3]));
            run.calls.measuring(true);
            long t0 = System.nanoTime();
            Probe.sleepSeconds(Double.parseDouble(c[4]));
            long t1 = System.nanoTime();
            run.calls.measuring(false);
            run.stop();
            Histogram h = run.calls.histogram();
            double seconds = (t1 - t0) / 1e9;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("scenario", "webhook");
            r.put("path", path);
            r.put("inFlight", inFlight);
            r.put("posts", run.calls.succeeded());
            r.put("errors", run.calls.failed());
            r.put("seconds", seconds);
            r.put("throughput", run.calls.succeeded() / seconds);
            r.put("p50us", h.getValueAtPercentile(50));
            r.put("p99us", h.getValueAtPercentile(99));
            Probe.emit(r);
        }
        http.close();
        System.exit(0);
    }

    static final class Run {
        final CloseableHttpAsyncClient http;
        final URI uri;
        final int inFlight;
        final AtomicLong sequence;
        final CallRecorder calls = new CallRecorder();
        final AtomicInteger outstanding = new AtomicInteger();
        volatile boolean running = true;

        Run(CloseableHttpAsyncClient http, URI uri, int inFlight, AtomicLong sequence) {
            this.http = http;
            this.uri = uri;
            this.inFlight = inFlight;
            this.sequence = sequence;
        }

        void start() {
            outstanding.set(inFlight);
            for (int i = 0; i < inFlight; i++) {
                post();
            }
        }

        void post() {
            if (!running) {
                outstanding.decrementAndGet();
                return;
            }
            long n = sequence.getAndIncrement();
            SimpleHttpRequest request = SimpleHttpRequest.create("POST", uri);
            request.setBody(Payloads.inboundCallback(n), ContentType.APPLICATION_JSON);
            long started = System.nanoTime();
            http.execute(request, new FutureCallback<SimpleHttpResponse>() {
                @Override
                public void completed(SimpleHttpResponse response) {
                    done(started, response.getCode() == 200 && "OK".equals(response.getBodyText()));
                }

                @Override
                public void failed(Exception ex) {
                    done(started, false);
                }

                @Override
                public void cancelled() {
                    done(started, false);
                }
            });
        }

        void done(long started, boolean success) {
            calls.record(started, success);
            post();
        }

        void stop() throws InterruptedException {
            running = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (outstanding.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
    }
}
