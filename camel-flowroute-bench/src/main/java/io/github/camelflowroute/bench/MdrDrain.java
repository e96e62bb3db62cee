package io.github.camelflowroute.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.client.HttpFlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;

/**
 * One client JVM of the MDR drain (run with {@code -Xmx64m}): reads every MDR of the stub, page after page, and
 * reports records per second, pages, GC time and the heap's high-water mark. {@code --mode}:
 * <ul>
 * <li>{@code raw}: HttpClient 5 async, each page bound by plain Jackson to records of the same fields, links.next
 * followed;</li>
 * <li>{@code listMessages}: {@code flowroute:listMessages} through a ProducerTemplate, one page per call, offset from
 * the {@code CamelFlowrouteNextOffset} header;</li>
 * <li>{@code consumer}: a {@code from("flowroute:listMessages?...")} route (greedy, no delay between polls), counted
 * in a processor: a new route per drain, started in the measured time, on one client built once (see
 * {@link ConsumerDrainer});</li>
 * <li>{@code consumerAligned}: the same with {@code maxMessagesPerPoll=999}, which makes every poll end on a page
 * boundary (an extra: it shows what re-reading the rest of a cut page costs);</li>
 * <li>{@code fetchAll}: one {@code listMessages?fetchAllPages=true&maxResults=N} call (an extra: it holds every record
 * at once).</li>
 * </ul>
 * Commands on standard input: {@code drain <records>} prints one {@code RESULT}; {@code exit}.
 */
public final class MdrDrain {

    static final String START = "2024-06-01T00:00:00Z";
    static final String END = "2024-06-03T00:00:00Z";
    static final int PAGE = 200;

    private MdrDrain() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawPage(@JsonProperty("data") List<RawMdr> data, @JsonProperty("links") RawLinks links) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawLinks(@JsonProperty("next") String next, @JsonProperty("self") String self) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawMdr(@JsonProperty("id") String id, @JsonProperty("type") String type,
            @JsonProperty("attributes") RawAttributes attributes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RawAttributes(
            @JsonProperty("amount_display") String amountDisplay,
            @JsonProperty("amount_nanodollars") long amountNanodollars,
            @JsonProperty("body") String body,
            @JsonProperty("delivery_receipts") List<Map<String, Object>> deliveryReceipts,
            @JsonProperty("direction") String direction,
            @JsonProperty("from") String from,
            @JsonProperty("is_mms") boolean isMms,
            @JsonProperty("message_encoding") int messageEncoding,
            @JsonProperty("message_type") String messageType,
            @JsonProperty("status") String status,
            @JsonProperty("timestamp") Instant timestamp,
            @JsonProperty("to") String to) {
    }

    interface Drainer {
        /** Gets ready for run {@code run} outside the measured time and CPU. */
        default void prepare(int run) throws Exception {
        }

        /** Reads records until at least {@code records} arrived or the list ends; returns [records, pages, nanos]. */
        long[] drain(int records, int run) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Probe.args(args);
        String mode = a.get("mode");
        String stub = a.get("stub");
        Drainer drainer = switch (mode) {
            case "raw" -> raw(stub);
            case "listMessages" -> listMessages(stub, false);
            case "fetchAll" -> listMessages(stub, true);
            case "consumer" -> consumer(stub, "");
            // the first record of every poll is the watermark's own, already delivered: 1 + 999 records fill
            // exactly five pages, so no record is read twice
            case "consumerAligned" -> consumer(stub, "&maxMessagesPerPoll=999");
            default -> throw new IllegalArgumentException(mode);
        };
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("READY");
        System.out.flush();
        int run = 0;
        for (String line; (line = in.readLine()) != null;) {
            String[] c = line.trim().split("\\s+");
            if (c[0].equals("exit")) {
                System.exit(0);
            }
            int records = Integer.parseInt(c[1]);
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("scenario", "mdr");
            r.put("mode", mode);
            r.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long gc0 = gcMillis();
            long gcCount0 = gcCount();
            drainer.prepare(run + 1);
            Probe.stubPost(stub, "/_stats/reset");
            long cpu0 = Probe.processCpuNanos();
            long t0 = System.nanoTime();
            try {
                long[] done = drainer.drain(records, ++run);
                double seconds = (done[2] - t0) / 1e9;
                r.put("records", done[0]);
                r.put("pages", done[1]);
                r.put("seconds", seconds);
                r.put("recordsPerSecond", done[0] / seconds);
                r.put("cpuUsPerRecord", (Probe.processCpuNanos() - cpu0) / 1e3 / Math.max(1, done[0]));
                r.put("oom", false);
            } catch (OutOfMemoryError e) {
                r.put("oom", true);
                r.put("error", String.valueOf(e));
            } catch (Throwable e) {
                Throwable t = e;
                while (t.getCause() != null) {
                    t = t.getCause();
                }
                r.put("oom", t instanceof OutOfMemoryError);
                r.put("error", String.valueOf(t));
            }
            var stats = Probe.stubGet(stub, "/_stats");
            r.put("serverRecordsServed", stats.path("mdrsServed").asLong());
            r.put("serverPagesServed", stats.path("pagesServed").asLong());
            r.put("gcMillis", gcMillis() - gc0);
            r.put("gcCount", gcCount() - gcCount0);
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            r.put("heapPeakBytes", peak);
            Probe.emit(r);
        }
        System.exit(0);
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static long gcCount() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionCount());
        }
        return sum;
    }

    // ---- the ways to drain --------------------------------------------------------------------------------

    static Drainer raw(String stub) {
        CloseableHttpAsyncClient http = RawClient.create(8, 2);
        ObjectReader reader = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .findAndAddModules()
                .build()
                .readerFor(RawPage.class);
        return (records, run) -> {
            String next =
                    stub + "/v2.1/messages?start_date=" + START + "&end_date=" + END + "&limit=" + PAGE + "&offset=0";
            long count = 0;
            long pages = 0;
            while (next != null && count < records) {
                SimpleHttpRequest request = SimpleHttpRequest.create("GET", URI.create(next));
                request.setHeader("Authorization", Payloads.AUTHORIZATION);
                request.setHeader("Accept", "application/vnd.api+json");
                SimpleHttpResponse response = http.execute(request, null).get(30, TimeUnit.SECONDS);
                if (response.getCode() != 200) {
                    throw new IllegalStateException("page answered " + response.getCode());
                }
                RawPage page = reader.readValue(response.getBodyBytes());
                count += page.data().size();
                pages++;
                String link = page.links() == null ? null : page.links().next();
                if (link == null || page.data().isEmpty()) {
                    break;
                }
                URI u = URI.create(link);
                next = stub + u.getRawPath() + "?" + u.getRawQuery();
            }
            return new long[] { count, pages, System.nanoTime() };
        };
    }

    private static CamelContext context(String stub) throws Exception {
        CamelContext context = BenchContexts.flowrouteAt(stub);
        context.getShutdownStrategy().setTimeout(5);
        context.start();
        return context;
    }

    static Drainer listMessages(String stub, boolean fetchAll) throws Exception {
        CamelContext context = context(stub);
        ProducerTemplate template = context.createProducerTemplate();
        return (records, run) -> {
            String uri = "flowroute:listMessages?startDate=" + START + "&endDate=" + END + "&limit=" + PAGE
                    + (fetchAll ? "&fetchAllPages=true&maxResults=" + records : "");
            Endpoint endpoint = context.getEndpoint(uri);
            long count = 0;
            long pages = 0;
            int offset = 0;
            while (count < records) {
                Exchange exchange = endpoint.createExchange();
                exchange.getMessage().setHeader(FlowrouteConstants.OFFSET, offset);
                template.send(endpoint, exchange);
                if (exchange.getException() != null) {
                    throw exchange.getException();
                }
                List<?> items = exchange.getMessage().getBody(List.class);
                count += items.size();
                pages++;
                Integer nextOffset = exchange.getMessage().getHeader(FlowrouteConstants.NEXT_OFFSET, Integer.class);
                if (!Boolean.TRUE.equals(exchange.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class))
                        || nextOffset == null || items.isEmpty()) {
                    break;
                }
                offset = nextOffset;
            }
            return new long[] { count, fetchAll ? -1 : pages, System.nanoTime() };
        };
    }

    static Drainer consumer(String stub, String options) throws Exception {
        return new ConsumerDrainer(context(stub), options);
    }

    /**
     * Each drain is a fresh route (a fresh position in the same records), added and later removed outside the
     * measured time. A consumer in production builds its HTTP client and JSON mapper once, when its route starts; so
     * that every drain does not pay that again, the routes share one client, built once for this JVM with the
     * component's defaults and given through the {@code client} option.
     */
    static final class ConsumerDrainer implements Drainer {
        private final CamelContext context;
        private final String options;
        private final AtomicLong count = new AtomicLong();
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicLong finished = new AtomicLong();
        private volatile CountDownLatch done;
        private volatile int target;
        private String routeId;

        ConsumerDrainer(CamelContext context, String options) {
            this.context = context;
            this.options = options;
            context.getRegistry().bind("drainClient", HttpFlowrouteClient.builder()
                    .baseUrl(
                            context.getComponent("flowroute", FlowrouteComponent.class).getConfiguration().getBaseUrl())
                    .credentials(Payloads.ACCESS_KEY, Payloads.SECRET_KEY)
                    .build());
        }

        @Override
        public void prepare(int run) throws Exception {
            if (routeId != null) {
                context.getRouteController().stopRoute(routeId);
                context.removeRoute(routeId);
            }
            routeId = "drain-" + run;
            String id = routeId;
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // a fresh state key per run: each drain starts from the first record again
                    from("flowroute:listMessages?startDate=" + START + "&limit=" + PAGE + "&stateKey=" + id
                            + "&greedy=true&delay=1&initialDelay=0&client=#drainClient" + options)
                            .routeId(id).autoStartup(false)
                            .process(e -> {
                                if (!(e.getMessage().getBody() instanceof MessageDetailRecord)) {
                                    failures.incrementAndGet();
                                }
                                if (count.incrementAndGet() == target) {
                                    finished.set(System.nanoTime());
                                    done.countDown();
                                }
                            });
                }
            });
        }

        @Override
        public long[] drain(int records, int run) throws Exception {
            count.set(0);
            failures.set(0);
            target = records;
            done = new CountDownLatch(1);
            context.getRouteController().startRoute(routeId);
            if (!done.await(300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("consumer delivered " + count.get() + " of " + records);
            }
            if (failures.get() > 0) {
                throw new IllegalStateException(failures.get() + " exchanges without an MDR body");
            }
            return new long[] { count.get(), -1, finished.get() };
        }
    }
}
