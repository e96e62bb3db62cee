package io.github.camelflowroute.example;

import org.apache.camel.builder.RouteBuilder;

/**
 * The smallest use of the component in the Java DSL, the one README.md shows: the body is the text, the
 * {@code CamelFlowrouteTo} header the recipient, the {@code flowroute.from} property the sending number, and the
 * component's keys come from {@code camel.component.flowroute.*} properties. {@code dsl/notify.yaml} and
 * {@code dsl/notify.xml} are the same route in the YAML and XML DSLs; {@code DslRoutesTest} runs all three with
 * Camel Main against the simulator.
 */
public class NotifyRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:notify")
                .to("flowroute:sendMessage?from={{flowroute.from}}")
                .log("sent ${header.CamelFlowrouteMessageId}");
    }
}
