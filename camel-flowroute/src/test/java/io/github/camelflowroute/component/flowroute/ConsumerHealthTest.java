package io.github.camelflowroute.component.flowroute;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import io.github.camelflowroute.simulator.FaultRule;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer whose polls fail reports DOWN through Camel's health checks, and UP again after a good poll. */
class ConsumerHealthTest extends FlowrouteTestSupport {

    private static final String FROM = "flowroute:listMessages?startDate="
            + Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)
            + "&delay=20";

    @Test
    void failingPollsTurnTheConsumerDownAndAGoodPollUpAgain() throws Exception {
        // what camel.health.consumers-enabled does in Camel Main
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2.1/messages").always().respond(503));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(FROM).routeId("mdr").to("mock:out");
            }
        });

        awaitState(HealthCheck.State.DOWN);
        simulator().faults().clear();
        awaitState(HealthCheck.State.UP);
    }

    @Test
    void healthCheckConsumerEnabledFalseKeepsFailingPollsOutOfTheHealth() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        registry.setExposureLevel("full");
        context.getComponent("flowroute", FlowrouteComponent.class).setHealthCheckConsumerEnabled(false);
        simulator().faults().enqueue(FaultRule.onPath("GET", "/v2.1/messages").always().respond(503));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(FROM).routeId("mdr").to("mock:out");
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (simulator().journal().count("GET", "/v2.1/messages") < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(simulator().journal().count("GET", "/v2.1/messages")).as("polls that failed")
                .isGreaterThanOrEqualTo(3);

        assertThat(HealthCheckHelper.invoke(context)).filteredOn(r -> r.getCheck().getId().equals("consumer:mdr"))
                .allSatisfy(r -> assertThat(r.getState()).isNotEqualTo(HealthCheck.State.DOWN));
    }

    private void awaitState(HealthCheck.State expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        HealthCheck.State state = null;
        while (System.nanoTime() < deadline) {
            state = HealthCheckHelper.invoke(context).stream()
                    .filter(r -> r.getCheck().getId().equals("consumer:mdr"))
                    .map(HealthCheck.Result::getState).findFirst().orElse(null);
            if (state == expected) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(state).isEqualTo(expected);
    }
}
