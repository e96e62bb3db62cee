package io.github.camelflowroute.component.flowroute;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route that blocks after a Flowroute call (a JDBC insert, a file write; here a 400 ms sleep) with 16 sends in
 * flight holds up no other Flowroute call of the application: the exchange continues on the worker pool, not on the
 * HTTP client's I/O threads. With {@code continueOnIoThread} it does hold them up, which is why that is not the
 * default.
 */
@Tag("load") // long: left out of the second run on a newer Camel (README quick start)
class SlowStepAfterCallTest extends FlowrouteTestSupport {

    private static final int IN_FLIGHT = 16;
    private static final long SLOW_STEP_MILLIS = 400;
    private static final int SAMPLES = 7;

    private final AtomicBoolean sending = new AtomicBoolean();
    private final ExecutorService feeder = Executors.newSingleThreadExecutor();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                String send = "flowroute:sendMessage?rateLimit=false&to=12065550199&from=" + accountNumber();
                from("direct:slow").to(send).process(e -> Thread.sleep(SLOW_STEP_MILLIS));
                from("direct:slowOnIoThread").to(send + "&continueOnIoThread=true")
                        .process(e -> Thread.sleep(SLOW_STEP_MILLIS));
                // the same client settings as the sends (rateLimit is one of them), so the same I/O threads
                from("direct:list").to("flowroute:listNumbers?rateLimit=false");
            }
        };
    }

    @AfterEach
    void stopSending() throws InterruptedException {
        sending.set(false);
        feeder.shutdown();
        feeder.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void anUnrelatedCallKeepsItsIdleLatencyWhileSixteenSendsSitInASlowStep() throws Exception {
        long idle = medianListLatencyMillis();

        keepSendingThrough("direct:slow");
        long loaded = medianListLatencyMillis();

        assertThat(loaded).as("listNumbers with %d sends in a slow step (idle: %d ms)", IN_FLIGHT, idle)
                .isLessThanOrEqualTo(idle + 50);
    }

    @Test
    void continuingOnTheIoThreadLetsASlowStepHoldUpOtherCalls() throws Exception {
        long idle = medianListLatencyMillis();

        keepSendingThrough("direct:slowOnIoThread");
        long loaded = medianListLatencyMillis();

        assertThat(loaded).as("listNumbers behind I/O threads blocked by slow steps (idle: %d ms)", idle)
                .isGreaterThan(idle + 100);
    }

    /** Keeps {@link #IN_FLIGHT} sends going through the route until the test ends; returns once they all are. */
    private void keepSendingThrough(String route) throws InterruptedException {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        sending.set(true);
        feeder.execute(() -> {
            while (sending.get()) {
                try {
                    slots.acquire();
                } catch (InterruptedException e) {
                    return;
                }
                template.asyncSend(route, e -> e.getMessage().setBody("slow step"))
                        .whenComplete((e, t) -> slots.release());
            }
        });
        // every send is in its slow step once the first ones come back for more
        Thread.sleep(SLOW_STEP_MILLIS + 200);
    }

    /** The median of several listNumbers calls, after one to warm up. */
    private long medianListLatencyMillis() {
        assertThat(template.request("direct:list", e -> {}).getException()).isNull();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            long started = System.nanoTime();
            Exchange listed = template.request("direct:list", e -> {});
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            assertThat(listed.getException()).isNull();
        }
        millis.sort(Long::compare);
        return millis.get(SAMPLES / 2);
    }
}
