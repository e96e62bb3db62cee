package io.github.camelflowroute.component.flowroute;

import java.math.BigDecimal;
import java.util.List;

import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every filter and route input can be set per message with a header, which wins over the endpoint option. */
class FilterHeaderTest extends FlowrouteTestSupport {

    @Test
    void stateAndRateCenterHeadersOverrideTheOptions() {
        Exchange out = call("flowroute:searchAvailableNumbers?state=NY", e -> {
            e.getMessage().setHeader(FlowrouteConstants.STATE, "OR");
            e.getMessage().setHeader(FlowrouteConstants.RATE_CENTER, "PORTLAND");
        });

        List<AvailableNumber> found = list(out);
        assertThat(found).isNotEmpty().allSatisfy(n -> {
            // the API writes rate centres and states in lower case, whatever the filter's case
            assertThat(n.state()).isEqualTo("or");
            assertThat(n.rateCenter()).isEqualTo("portland");
        });
    }

    @Test
    void digitHeadersFilterNumbers() {
        Exchange out = call("flowroute:searchAvailableNumbers",
                e -> e.getMessage().setHeader(FlowrouteConstants.STARTS_WITH, "1503"));

        assertThat(this.<AvailableNumber>list(out)).isNotEmpty()
                .allSatisfy(n -> assertThat(n.value()).startsWith("1503"));
    }

    @Test
    void areaCodeAndCostHeadersFilterExchanges() {
        Exchange out = call("flowroute:listAvailableExchanges", e -> {
            e.getMessage().setHeader(FlowrouteConstants.AREA_CODE, "503");
            e.getMessage().setHeader(FlowrouteConstants.MAX_SETUP_COST, new BigDecimal("100"));
        });

        assertThat(this.<AvailableCode>list(out)).isNotEmpty().allSatisfy(c -> assertThat(c.code()).startsWith("503"));
        assertThat(simulator().journal().requests().get(0).query()).contains("areacode=503")
                .contains("max_setup_cost=100");
    }

    @Test
    void routeHeadersDescribeTheNewRoute() {
        Exchange out = call("flowroute:createRoute", e -> {
            e.getMessage().setHeader(FlowrouteConstants.ROUTE_TYPE, "uri");
            e.getMessage().setHeader(FlowrouteConstants.ROUTE_VALUE, "sip:night@example.com");
            e.getMessage().setHeader(FlowrouteConstants.ALIAS, "night line");
        });

        Route route = out.getMessage().getBody(Route.class);
        assertThat(route.routeType()).isEqualTo("uri");
        assertThat(route.alias()).isEqualTo("night line");
    }

    @Test
    void routeTypeHeaderFiltersRoutes() {
        Exchange out = call("flowroute:listRoutes?routeType=uri",
                e -> e.getMessage().setHeader(FlowrouteConstants.ROUTE_TYPE, RouteType.HOST));

        assertThat(this.<Route>list(out)).isNotEmpty().extracting(Route::routeType).containsOnly("host");
    }

    @Test
    void sipRegistrationRouteNeedsNoValue() {
        Exchange out = call("flowroute:createRoute?routeType=sip-reg&alias=desk phone registration");

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(Route.class).routeType()).isEqualTo("sip-reg");
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Exchange out) {
        assertThat(out.getException()).isNull();
        return out.getMessage().getBody(List.class);
    }
}
