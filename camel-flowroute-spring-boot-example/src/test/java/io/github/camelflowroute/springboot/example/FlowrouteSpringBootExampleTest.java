package io.github.camelflowroute.springboot.example;

import java.time.Duration;
import java.util.List;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example as it is shipped (default profile: embedded simulator), with Camel kept running for the test instead
 * of stopping after the first run.
 */
@SpringBootTest(properties = { "camel.main.run-controller=false", "camel.main.duration-max-messages=0" })
class FlowrouteSpringBootExampleTest {

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private FlowrouteSimulator simulator;

    @Test
    void theComponentIsConfiguredFromApplicationProperties() {
        var configuration = camelContext.getComponent("flowroute", FlowrouteComponent.class).getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo(simulator.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(configuration.getAccessKey()).isEqualTo(simulator.accessKey());
        assertThat(configuration.getConnectTimeout()).isEqualTo(5000);
    }

    @Test
    void theJavaAndYamlRoutesAreLoaded() {
        assertThat(camelContext.getRoutes()).extracting(Route::getRouteId)
                .contains(WelcomeSmsRoute.ROUTE_ID, "pick-sender", "lookup-message");
    }

    @Test
    void atStartTheWelcomeSmsGoesOutFromTheAccountsFirstNumberAndIsReadBack() throws InterruptedException {
        SimMessage sms = awaitWelcomeSms();

        assertThat(sms.from()).isEqualTo(simulator.state().accountNumbers().get(0).number());
        assertThat(sms.to()).isEqualTo("12065550100");
        awaitRequests("GET", "/v2.1/messages/" + sms.id(), 1);
        assertThat(simulator.responseViolations()).isEmpty();
    }

    private SimMessage awaitWelcomeSms() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            List<SimMessage> sent = simulator.state().messages().stream()
                    .filter(m -> WelcomeSmsRoute.TEXT.equals(m.body())).toList();
            if (!sent.isEmpty()) {
                return sent.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the welcome SMS never reached the simulator");
    }

    private void awaitRequests(String method, String path, int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (simulator.journal().count(method, path) < count && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(simulator.journal().count(method, path)).isEqualTo(count);
    }
}
