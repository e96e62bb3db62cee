package io.github.camelflowroute.example;

import java.util.List;

import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same small route in the Java, YAML and XML DSLs (the README's snippets), each run with Camel Main and
 * configured only by properties, sends an SMS through the simulator.
 */
class DslRoutesTest {

    @RegisterExtension
    static FlowrouteSimulatorExtension flowroute = new FlowrouteSimulatorExtension();

    @ParameterizedTest(name = "{0} DSL")
    @ValueSource(strings = { "java", "yaml", "xml" })
    void theNotifyRouteSendsAnSms(String dsl) throws Exception {
        FlowrouteSimulator sim = flowroute.simulator();
        String from = sim.state().accountNumbers().get(0).number();
        Main main = new Main();
        // not the example's application.properties: only the properties given here
        main.setDefaultPropertyPlaceholderLocation("false");
        if (dsl.equals("java")) {
            main.configure().addRoutesBuilder(new NotifyRoute());
        } else {
            main.addOverrideProperty("camel.main.routes-include-pattern", "classpath:dsl/notify." + dsl);
        }
        main.addOverrideProperty("camel.component.flowroute.base-url", sim.baseUrl());
        main.addOverrideProperty("camel.component.flowroute.access-key", sim.accessKey());
        main.addOverrideProperty("camel.component.flowroute.secret-key", sim.secretKey());
        main.addOverrideProperty("flowroute.from", from);
        main.start();
        try {
            Exchange done = main.getCamelContext().createProducerTemplate().request("direct:notify", e -> {
                e.getMessage().setBody("Your order has shipped (" + dsl + ")");
                e.getMessage().setHeader(FlowrouteConstants.TO, "12065550100");
            });

            assertThat(done.getException()).isNull();
            assertThat(main.getCamelContext().getRoutes()).hasSize(1);
            String id = done.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
            List<SimMessage> sent = sim.state().messages().stream().filter(m -> m.id().equals(id)).toList();
            assertThat(sent).singleElement().satisfies(m -> {
                assertThat(m.body()).isEqualTo("Your order has shipped (" + dsl + ")");
                assertThat(m.from()).isEqualTo(from);
                assertThat(m.to()).isEqualTo("12065550100");
            });
        } finally {
            main.stop();
        }
    }
}
