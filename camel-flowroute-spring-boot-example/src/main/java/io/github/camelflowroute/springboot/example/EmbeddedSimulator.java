package io.github.camelflowroute.springboot.example;

import java.util.Map;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The example's stand-in for the Flowroute API, so that it runs without an account. Not something an application of
 * your own needs.
 * <p>
 * When {@code flowroute.simulator.enabled} is true (as {@code application.properties} says, and the {@code live}
 * profile does not), it starts a simulator on a free loopback port before the application context is created and
 * publishes {@code flowroute.simulator.base-url}, {@code .access-key} and {@code .secret-key}, which
 * {@code application.properties} gives to the {@code camel.component.flowroute.*} properties. The simulator is a
 * bean named {@code flowrouteSimulator} while the application runs and stops with it. Registered in
 * {@code META-INF/spring.factories}.
 */
public class EmbeddedSimulator implements ApplicationListener<ApplicationEvent> {

    /** The name of the property source and of the bean. */
    public static final String NAME = "flowrouteSimulator";

    private FlowrouteSimulator simulator;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent prepared && simulator != null) {
            prepared.getApplicationContext().getBeanFactory().registerSingleton(NAME, simulator);
        } else if (event instanceof ContextClosedEvent || event instanceof ApplicationFailedEvent) {
            stop();
        }
    }

    private synchronized void start(ConfigurableEnvironment environment) {
        if (simulator != null || !environment.getProperty("flowroute.simulator.enabled", Boolean.class, false)) {
            return;
        }
        simulator = FlowrouteSimulator.builder().port(0).build().start();
        environment.getPropertySources().addFirst(new MapPropertySource(NAME, Map.of(
                "flowroute.simulator.base-url", simulator.baseUrl(),
                "flowroute.simulator.access-key", simulator.accessKey(),
                "flowroute.simulator.secret-key", simulator.secretKey())));
    }

    private synchronized void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
