package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Camel tests against the project's Flowroute simulator on a free loopback port. The component is configured with
 * the simulator's base URL and demo credentials, as a user would configure it for the live API. The simulator
 * retries a failed callback after 200 ms instead of Flowroute's 30 s, so that webhook tests see the retries.
 */
abstract class FlowrouteTestSupport extends CamelTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().callbackRetryInterval(Duration.ofMillis(200))).failingOnResponseViolations();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("flowroute", componentFor(simulator()));
        return context;
    }

    /** The component configured for a simulator, as a user configures it for the live API. */
    static FlowrouteComponent componentFor(FlowrouteSimulator simulator) {
        FlowrouteComponent component = new FlowrouteComponent();
        component.getConfiguration().setBaseUrl(simulator.baseUrl());
        component.getConfiguration().setAccessKey(simulator.accessKey());
        component.getConfiguration().setSecretKey(simulator.secretKey());
        return component;
    }

    static FlowrouteSimulator simulator() {
        return SIM.simulator();
    }

    /** A number the simulator's account owns, usable as a sender. */
    static String accountNumber() {
        return simulator().state().accountNumbers().get(0).number();
    }

    /** Sends to the endpoint and returns the exchange, failed or not. */
    Exchange call(String uri, Processor setup) {
        return template.request(uri, setup);
    }

    Exchange call(String uri) {
        return template.request(uri, e -> {});
    }

    /** Routes what the consumer at {@code uri} emits to {@code mock:out}, as route {@code consumer}. */
    MockEndpoint consume(String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer").to("mock:out");
            }
        });
        return getMockEndpoint("mock:out");
    }

    /**
     * As {@link #consume(String)}, but the first exchange that {@code failsOnce} matches fails, once, as a route whose
     * next step is down would; {@code attempts} counts the exchanges it matched.
     */
    MockEndpoint consumeFailingOnce(String uri, Predicate<Exchange> failsOnce, AtomicInteger attempts)
            throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("consumer")
                        .process(e -> {
                            if (failsOnce.test(e) && attempts.getAndIncrement() == 0) {
                                throw new IllegalStateException("downstream unavailable");
                            }
                        })
                        .to("mock:out");
            }
        });
        return getMockEndpoint("mock:out");
    }
}
