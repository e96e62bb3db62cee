package io.github.camelflowroute.component.flowroute;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.simulator.FaultRule;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each {@code flowroute:} producer endpoint has a readiness check: DOWN with the reason when the API refuses the keys
 * or cannot be reached, UP otherwise; one API call per interval at most, never a send's turn, never a secret shown.
 */
class ProducerHealthCheckTest extends FlowrouteTestSupport {

    private static final String WRONG_SECRET = "wrong-secret-f1c7e2";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // what camel.health.producersEnabled=true does in Camel Main (Camel calls no producer check by default)
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers");
        producers.setEnabled(true);
        // all results, not only the DOWN ones
        HealthCheckRegistry.get(context).setExposureLevel("full");
        return context;
    }

    @Test
    void goodKeysAreUp() throws Exception {
        sendRoute("flowroute:sendMessage");

        HealthCheck.Result result = producerReadiness().orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);
        assertThat(simulator().journal().count("GET", "/v2/numbers")).isEqualTo(1);
    }

    @Test
    void wrongKeysAreDownWithA401Reason() throws Exception {
        sendRoute("flowroute:sendMessage?secretKey=RAW(" + WRONG_SECRET + ")");

        HealthCheck.Result result = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().startsWith("producer:flowroute-"))
                .findFirst().orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).contains(
                "The Flowroute API refused the access key or secret key (401 Unauthorized on GET /v2/numbers)");
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 401);
    }

    @Test
    void aForbiddenAccountIsDownWithA403Reason() throws Exception {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/numbers")
                .always().respond(403));
        sendRoute("flowroute:sendMessage");

        HealthCheck.Result result = producerReadiness().orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("403"));
    }

    @Test
    void anOutageOfTheApiLeavesTheProducerUp() throws Exception {
        context.getComponent("flowroute", FlowrouteComponent.class).getConfiguration().setMaxRetries(0);
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/numbers")
                .always().respond(503));
        sendRoute("flowroute:sendMessage");

        HealthCheck.Result result = producerReadiness().orElseThrow();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 503);
    }

    @Test
    void aStoppedApiIsDownWithTheConnectionReasonAndUpOnceItIsBack() throws Exception {
        FlowrouteSimulator own = FlowrouteSimulator.builder().build().start();
        int port = own.port();
        try {
            FlowrouteComponent component = componentFor(own);
            component.getConfiguration().setMaxRetries(0);
            component.setHealthCheckInterval(100);
            context.addComponent("flowroute-own", component);
            sendRoute("flowroute-own:sendMessage");
            own.close();

            HealthCheck.Result down = awaitProducerState(HealthCheck.State.DOWN);
            assertThat(down.getMessage())
                    .hasValueSatisfying(m -> assertThat(m).startsWith("Cannot reach the Flowroute API: "));
            assertThat(down.getError()).isPresent();

            own = FlowrouteSimulator.builder().port(port).build().start();
            awaitProducerState(HealthCheck.State.UP);
        } finally {
            own.close();
        }
    }

    @Test
    void readinessFollowsTheCheckAndLivenessDoesNot() throws Exception {
        sendRoute("flowroute:sendMessage?secretKey=RAW(" + WRONG_SECRET + ")");

        assertThat(HealthCheckHelper.invokeReadiness(context)).filteredOn(r -> isProducerCheck(r))
                .singleElement().extracting(HealthCheck.Result::getState).isEqualTo(HealthCheck.State.DOWN);
        assertThat(HealthCheckHelper.invokeLiveness(context)).noneMatch(ProducerHealthCheckTest::isProducerCheck);
    }

    @Test
    void pollsWithinTheIntervalCallTheApiOnce() throws Exception {
        sendRoute("flowroute:sendMessage");

        for (int i = 0; i < 10; i++) {
            assertThat(producerReadiness())
                    .hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
        }

        assertThat(simulator().journal().count("GET", "/v2/numbers")).isEqualTo(1);
    }

    @Test
    void aPollDuringASlowProbeAnswersFromTheLastOne() throws Exception {
        context.getComponent("flowroute", FlowrouteComponent.class).setHealthCheckInterval(0);
        sendRoute("flowroute:sendMessage");
        assertThat(producerReadiness())
                .hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/numbers").delay(Duration.ofSeconds(5)).respond(401));
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/numbers").always().respond(401));

        long started = System.nanoTime();
        HealthCheck.Result during = producerReadiness().orElseThrow();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answered without waiting for the probe")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(during.getState()).isEqualTo(HealthCheck.State.UP);
        awaitProducerState(HealthCheck.State.DOWN);
    }

    @Test
    void theFirstPollWaitsForItsAnswerUpToTheConnectTimeout() throws Exception {
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2/numbers").delay(Duration.ofSeconds(3)));
        sendRoute("flowroute:sendMessage?connectTimeout=200");

        HealthCheck.Result first = producerReadiness().orElseThrow();

        assertThat(first.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(first.getMessage()).contains("No answer from the Flowroute API within 200 ms yet");
        awaitProducerState(HealthCheck.State.UP);
    }

    @Test
    void probesNeverTakeASendTurn() throws Exception {
        CountingLimiter limiter = new CountingLimiter();
        context.getRegistry().bind("limiter", limiter);
        context.getComponent("flowroute", FlowrouteComponent.class).setHealthCheckInterval(0);
        sendRoute("flowroute:sendMessage?rateLimiter=#limiter&from=" + accountNumber());
        template.sendBodyAndHeader("direct:send", "hello", FlowrouteConstants.TO, "12065550100");
        assertThat(limiter.acquired).as("the send took its turn").hasValue(1);

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (simulator().journal().count("GET", "/v2/numbers") < 3 && System.nanoTime() < deadline) {
            assertThat(producerReadiness())
                    .hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(HealthCheck.State.UP));
            TimeUnit.MILLISECONDS.sleep(10);
        }

        assertThat(simulator().journal().count("GET", "/v2/numbers")).isGreaterThanOrEqualTo(3);
        assertThat(limiter.acquired).hasValue(1);
    }

    @Test
    void anEndpointOfSeveralRoutesHasOneCheck() throws Exception {
        sendRoute("flowroute:sendMessage");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:other").to("flowroute:sendMessage");
            }
        });

        assertThat(HealthCheckHelper.getHealthCheckRepository(context, "producers").stream())
                .filteredOn(c -> c.getId().startsWith("producer:flowroute-")).hasSize(1);
        assertThat(HealthCheckHelper.invokeReadiness(context)).filteredOn(r -> isProducerCheck(r)).hasSize(1);
    }

    @Test
    void theCheckGoesWithTheLastProducer() throws Exception {
        sendRoute("flowroute:sendMessage");
        assertThat(producerReadiness()).isPresent();

        context.getRouteController().stopRoute("send");

        assertThat(producerReadiness()).isEmpty();
    }

    @Test
    void healthCheckProducerEnabledFalseRegistersNoCheck() throws Exception {
        context.getComponent("flowroute", FlowrouteComponent.class).setHealthCheckProducerEnabled(false);
        sendRoute("flowroute:sendMessage");

        assertThat(HealthCheckHelper.getHealthCheckRepository(context, "producers").stream())
                .noneMatch(c -> c.getId().startsWith("producer:flowroute"));
        assertThat(producerReadiness()).isEmpty();
        assertThat(simulator().journal().count("GET", "/v2/numbers")).isZero();
    }

    @Test
    void noResultShowsTheSecret() throws Exception {
        sendRoute("flowroute:sendMessage?secretKey=RAW(" + WRONG_SECRET + ")");
        sendRoute("direct:good", "flowroute:sendMessage?limit=1");

        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);

        assertThat(results).filteredOn(r -> isProducerCheck(r)).extracting(HealthCheck.Result::getState)
                .containsExactlyInAnyOrder(HealthCheck.State.DOWN, HealthCheck.State.UP);
        for (HealthCheck.Result result : results) {
            String where = "the result of " + result.getCheck().getId();
            for (String secret : List.of(WRONG_SECRET, simulator().secretKey())) {
                SecretForms.assertAbsent(secret, where, String.valueOf(result.getMessage()));
                SecretForms.assertAbsent(secret, where, String.valueOf(result.getDetails()));
                SecretForms.assertAbsent(secret, where, String.valueOf(result.getCheck().getMetaData()));
                SecretForms.assertAbsent(secret, where, stackTrace(result.getError()));
            }
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private void sendRoute(String to) throws Exception {
        sendRoute("direct:send", to);
    }

    private void sendRoute(String from, String to) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId(from.equals("direct:send") ? "send" : "good").to(to);
            }
        });
    }

    private Optional<HealthCheck.Result> producerReadiness() {
        return HealthCheckHelper.invokeReadiness(context).stream().filter(ProducerHealthCheckTest::isProducerCheck)
                .findFirst();
    }

    private HealthCheck.Result awaitProducerState(HealthCheck.State expected) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Optional<HealthCheck.Result> result = Optional.empty();
        while (System.nanoTime() < deadline) {
            result = producerReadiness();
            if (result.isPresent() && result.get().getState() == expected) {
                return result.get();
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        assertThat(result).hasValueSatisfying(r -> assertThat(r.getState()).isEqualTo(expected));
        return result.orElseThrow();
    }

    private static boolean isProducerCheck(HealthCheck.Result result) {
        return result.getCheck().getId().startsWith("producer:flowroute-");
    }

    private static String stackTrace(Optional<Throwable> error) {
        if (error.isEmpty()) {
            return "";
        }
        StringWriter text = new StringWriter();
        error.get().printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Counts the turns asked for; grants each at once. */
    static final class CountingLimiter implements SendRateLimiter {
        final AtomicInteger acquired = new AtomicInteger();

        @Override
        public CompletableFuture<Turn> acquire(String accessKey, Kind kind, int perSecond, Duration maxWait) {
            acquired.incrementAndGet();
            return CompletableFuture.completedFuture(new Turn() {
                @Override
                public void completed() {
                }

                @Override
                public void refused(Duration retryAfter) {
                }
            });
        }

        @Override
        public long getRefusedCount() {
            return 0;
        }

        @Override
        public long getDelayedCount() {
            return 0;
        }

        @Override
        public Duration getDelayedTime() {
            return Duration.ZERO;
        }
    }
}
