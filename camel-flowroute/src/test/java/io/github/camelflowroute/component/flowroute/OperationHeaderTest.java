package io.github.camelflowroute.component.flowroute;

import java.util.List;

import io.github.camelflowroute.component.flowroute.model.Route;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationHeaderTest extends FlowrouteTestSupport {

    @Test
    void operationHeaderOverridesTheEndpointsOperation() {
        Exchange out = call("flowroute:listNumbers", e -> e.getMessage()
                .setHeader(FlowrouteConstants.OPERATION, FlowrouteOperation.listRoutes));

        @SuppressWarnings("unchecked")
        List<Object> body = out.getMessage().getBody(List.class);
        assertThat(body).isNotEmpty().allSatisfy(r -> assertThat(r).isInstanceOf(Route.class));
        assertThat(simulator().journal().count("GET", "/v2/routes")).isEqualTo(1);
    }

    @Test
    void operationHeaderMayBeText() {
        call("flowroute:listNumbers", e -> e.getMessage().setHeader(FlowrouteConstants.OPERATION, "listRoutes"));

        assertThat(simulator().journal().count("GET", "/v2/routes")).isEqualTo(1);
    }

    @Test
    void routeTypeOptionAcceptsTheApisDashedName() {
        Exchange out = call("flowroute:listRoutes?routeType=sip-reg");

        assertThat(out.getException()).isNull();
        assertThat(simulator().journal().requests().get(0).query()).contains("route_type=sip-reg");
    }
}
