package io.github.camelflowroute.springboot.example;

import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The Java DSL half of the example: once, at start, send an SMS from the account's first number to
 * {@code example.to}, then look it up again. Finding the number and the lookup are the YAML routes of
 * {@code routes/flowroute.yaml}. No endpoint carries a key or a URL: the component has them from the properties.
 */
@Component
public class WelcomeSmsRoute extends RouteBuilder {

    /** The route's id, and the text it sends. */
    public static final String ROUTE_ID = "welcome-sms";
    public static final String TEXT = "Hello from camel-flowroute on Spring Boot";

    @Override
    public void configure() {
        from("timer:flowroute-example?repeatCount=1").routeId(ROUTE_ID)
                .to("direct:pick-sender")
                .setHeader(FlowrouteConstants.TO, simple("{{example.to}}"))
                .setBody(constant(TEXT))
                .to("flowroute:sendMessage")
                .log("sent SMS ${header.CamelFlowrouteMessageId} from ${header.CamelFlowrouteFrom}")
                .to("direct:lookup-message");
    }
}
