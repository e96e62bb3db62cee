package io.github.camelflowroute.springboot.example;

import java.time.Duration;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live profile, whose two key lines are the README's Spring Boot snippet: the keys come from
 * {@code FLOWROUTE_ACCESS_KEY}/{@code FLOWROUTE_SECRET_KEY}, here given as test properties, and the requests go to a
 * simulator of the test's own (with another access key than the default one; the secret key is the one every test
 * uses, which the build's secret scan looks for) instead of api.flowroute.com.
 */
@ActiveProfiles("live")
@SpringBootTest(properties = { "camel.main.run-controller=false", "camel.main.duration-max-messages=0" })
class LiveProfileTest {

    private static final FlowrouteSimulator SIM = FlowrouteSimulator.builder().port(0)
            .credentials("live-profile-access", FlowrouteSimulator.DEFAULT_SECRET_KEY).build().start();

    @DynamicPropertySource
    static void liveEnvironment(DynamicPropertyRegistry registry) {
        registry.add("FLOWROUTE_ACCESS_KEY", () -> "live-profile-access");
        registry.add("FLOWROUTE_SECRET_KEY", () -> FlowrouteSimulator.DEFAULT_SECRET_KEY);
        registry.add("FLOWROUTE_EXAMPLE_TO", () -> "12065550111");
        registry.add("camel.component.flowroute.base-url", SIM::baseUrl);
    }

    @AfterAll
    static void stopSimulator() {
        SIM.close();
    }

    @Autowired
    private ApplicationContext context;

    @Test
    void theKeysFromTheEnvironmentReachTheApiAndNoSimulatorIsStarted() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (SIM.state().messages().stream().noneMatch(m -> WelcomeSmsRoute.TEXT.equals(m.body()))
                && System.nanoTime() < until) {
            Thread.sleep(50);
        }

        assertThat(SIM.state().messages()).anyMatch(m -> WelcomeSmsRoute.TEXT.equals(m.body())
                && "12065550111".equals(m.to()));
        assertThat(context.containsBean(EmbeddedSimulator.NAME)).isFalse();
    }
}
