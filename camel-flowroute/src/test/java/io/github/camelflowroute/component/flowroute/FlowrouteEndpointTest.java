package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlowrouteEndpointTest {

    @Test
    void unknownOperationIsRefusedWithTheListOfOperations() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();

            assertThatThrownBy(() -> context.getEndpoint("flowroute:sendFax"))
                    .isInstanceOf(ResolveEndpointFailedException.class)
                    .hasMessageContaining("sendFax").hasMessageContaining("listAvailableExchanges");
        }
    }

    @Test
    void endpointOptionsLeaveTheComponentDefaultsAlone() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            FlowrouteComponent component = new FlowrouteComponent();
            component.getConfiguration().setFrom("12065550100");
            component.getConfiguration().setAccessKey("a");
            component.getConfiguration().setSecretKey("b");
            context.addComponent("flowroute", component);
            context.start();

            FlowrouteEndpoint a =
                    context.getEndpoint("flowroute:sendMessage?from=14255550100", FlowrouteEndpoint.class);
            FlowrouteEndpoint b = context.getEndpoint("flowroute:sendMessage?to=12065550199", FlowrouteEndpoint.class);

            assertThat(a.getConfiguration().getFrom()).isEqualTo("14255550100");
            assertThat(b.getConfiguration().getFrom()).isEqualTo("12065550100");
            assertThat(component.getConfiguration().getFrom()).isEqualTo("12065550100");
        }
    }

    @Test
    void durationOptionsAcceptCamelsDurationText() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();

            FlowrouteEndpoint e = context.getEndpoint(
                    "flowroute:listRoutes?accessKey=a&secretKey=b&responseTimeout=5s&connectTimeout=250",
                    FlowrouteEndpoint.class);

            assertThat(e.getConfiguration().getResponseTimeout()).isEqualTo(5000);
            assertThat(e.getConfiguration().getConnectTimeout()).isEqualTo(250);
        }
    }

    @Test
    void routeWithoutCredentialsFailsToStartWithATypedReason() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:send").to("flowroute:sendMessage");
                }
            });

            assertThatThrownBy(context::start)
                    .hasRootCauseInstanceOf(FlowrouteValidationException.class)
                    .rootCause().hasMessage("Invalid accessKey: is required");
        }
    }

    @Test
    void plainHttpBaseUrlIsAcceptedAndATrailingSlashIgnored() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            FlowrouteEndpoint e = context.getEndpoint(
                    "flowroute:listRoutes?accessKey=a&secretKey=b&baseUrl=http://127.0.0.1:1/",
                    FlowrouteEndpoint.class);
            e.start();

            assertThat(e.getServiceUrl()).isEqualTo("http://127.0.0.1:1/");
            assertThat(e.getClient().toString()).isEqualTo("HttpFlowrouteClient[http://127.0.0.1:1]");
            e.stop();
        }
    }
}
