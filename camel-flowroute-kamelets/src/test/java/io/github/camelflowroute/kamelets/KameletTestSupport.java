package io.github.camelflowroute.kamelets;

import java.util.List;
import java.util.Properties;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kamelets as a user runs them: loaded from the jar's kamelets/ folder by camel-kamelet, configured through
 * {@code camel.kamelet.<name>.*} properties (the keys never in a route), against the Flowroute simulator. A
 * platform-http (Vert.x) server on a free loopback port serves the webhook of the SMS source.
 */
abstract class KameletTestSupport extends CamelTestSupport {

    static final List<String> KAMELETS = List.of("flowroute-sms-sink", "flowroute-sms-source", "flowroute-mdr-source");

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension().failingOnResponseViolations();

    static final int PORT = AvailablePortFinder.getNextAvailable();
    static final String EXTERNAL = "http://127.0.0.1:" + PORT;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(PORT);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    /** The account's keys and the simulator's address, for each Kamelet, as application properties. */
    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        for (String kamelet : KAMELETS) {
            properties.setProperty("camel.kamelet." + kamelet + ".accessKey", simulator().accessKey());
            properties.setProperty("camel.kamelet." + kamelet + ".secretKey", simulator().secretKey());
            properties.setProperty("camel.kamelet." + kamelet + ".baseUrl", simulator().baseUrl());
        }
        return properties;
    }

    static FlowrouteSimulator simulator() {
        return SIM.simulator();
    }

    /** A number the simulator's account owns. */
    static String accountNumber() {
        return simulator().state().accountNumbers().get(0).number();
    }
}
