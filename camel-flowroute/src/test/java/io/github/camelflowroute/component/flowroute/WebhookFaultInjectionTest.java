package io.github.camelflowroute.component.flowroute;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.camelflowroute.simulator.CallbackAttempt;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbound-message webhook receives 400 messages while its route fails about 10% of the exchanges and is slower
 * than the simulator's callback timeout for about 5% of them. The simulator posts again after every failure and
 * every timeout, so it also posts again while the first post is still being routed; and the test posts a tenth of
 * the messages once more after they were delivered. Every message must be routed successfully exactly once.
 */
class WebhookFaultInjectionTest extends CamelTestSupport {

    private static final int MESSAGES = 400;
    private static final long SEED = 90_125L;
    private static final double FAILURE_RATE = 0.10;
    private static final double SLOW_RATE = 0.05;
    private static final long CALLBACK_TIMEOUT_MS = 300;
    /** Longer than the callback timeout plus a retry interval: the re-post arrives while the first is in flight. */
    private static final long SLOW_MS = 700;
    private static final String CUSTOMER = "12065550142";

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(FlowrouteSimulator.builder()
            .callbackRetryInterval(Duration.ofMillis(200))
            .callbackRetries(12)
            .callbackTimeout(Duration.ofMillis(CALLBACK_TIMEOUT_MS)));

    /** Route attempts per MDR id. */
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    /** Completed routings per MDR id: must end at exactly one each. */
    private final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    private final AtomicInteger slowFailures = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger slow = new AtomicInteger();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        WebhookTestSupport.addWebhookContext(context, SIM.simulator());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(WebhookTestSupport.webhookUri("inboundMessages", "webhookAllowUnauthenticated=true"))
                        .routeId("webhook")
                        .process(e -> decide(e))
                        // 0 ms or SLOW_MS, without holding a thread
                        .delay(exchangeProperty("delay")).asyncDelayed()
                        .process(e -> {
                            if (e.getProperty("fail", false, Boolean.class)) {
                                throw new IllegalStateException("downstream refused " + id(e));
                            }
                            routed.computeIfAbsent(id(e), k -> new AtomicInteger()).incrementAndGet();
                        });
            }
        };
    }

    @Test
    void everyInboundMessageIsRoutedSuccessfullyExactlyOnceDespiteFailuresTimeoutsAndRepeats() throws Exception {
        FlowrouteSimulator sim = SIM.simulator();
        String to = sim.state().accountNumbers().get(0).number();
        long started = System.nanoTime();

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            ids.add(sim.injectInbound(CUSTOMER, to, String.format(Locale.ROOT, "inbound %03d", i)));
        }
        assertThat(sim.awaitDeliveries(Duration.ofSeconds(60))).as("every callback delivered or given up").isTrue();
        int reposted = repostEveryTenthDeliveredCallback(ids);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        List<CallbackAttempt> callbacks = sim.callbackJournal().attempts();
        long timedOut = callbacks.stream().filter(a -> a.status() == 0).count();
        System.out.printf("Webhook fault injection: %d messages, %d posts by the simulator (%d timed out, %d answered"
                + " 500), %d re-posted by the test; route attempts %d, failed %d, slow %d (slow and failed %d);"
                + " %d ms%n",
                MESSAGES, callbacks.size(), timedOut, callbacks.stream().filter(a -> a.status() == 500).count(),
                reposted, attempts.values().stream().mapToInt(AtomicInteger::get).sum(), failures.get(), slow.get(),
                slowFailures.get(), millis);
        // the faults did happen, or the test proves nothing
        assertThat(failures.get()).isPositive();
        assertThat(timedOut).isPositive();
        assertThat(slowFailures.get()).isPositive();

        Map<String, Integer> routedCounts = routed.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, en -> en.getValue().get()));
        assertThat(routedCounts.keySet()).as("messages routed").containsExactlyInAnyOrderElementsOf(ids);
        assertThat(routedCounts).allSatisfy((id, times) -> assertThat(times).as("routings of %s", id).isEqualTo(1));
    }

    /** Decides, from the seed, the MDR id and the attempt number, whether this attempt is slow and whether it fails. */
    private void decide(Exchange e) {
        String id = id(e);
        int attempt = attempts.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        SplittableRandom random = new SplittableRandom(SEED ^ (id.hashCode() * 1_000_003L + attempt));
        boolean isSlow = random.nextDouble() < SLOW_RATE;
        boolean fails = random.nextDouble() < FAILURE_RATE;
        e.setProperty("delay", isSlow ? SLOW_MS : 0L);
        e.setProperty("fail", fails);
        count(isSlow, slow);
        count(fails, failures);
        count(isSlow && fails, slowFailures);
    }

    private static void count(boolean condition, AtomicInteger counter) {
        if (condition) {
            counter.incrementAndGet();
        }
    }

    private static String id(Exchange e) {
        return e.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
    }

    /** Posts the delivered callback of every tenth message again, as a sender repeating itself would. */
    private int repostEveryTenthDeliveredCallback(List<String> ids) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        int count = 0;
        for (int i = 0; i < ids.size(); i += 10) {
            String id = ids.get(i);
            CallbackAttempt delivered = SIM.simulator().callbackJournal().attempts().stream()
                    .filter(a -> a.messageId().equals(id) && a.succeeded()).findFirst().orElse(null);
            if (delivered == null) {
                continue; // lost: the assertions report it
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivered.url()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(delivered.body())).build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            count++;
        }
        return count;
    }
}
