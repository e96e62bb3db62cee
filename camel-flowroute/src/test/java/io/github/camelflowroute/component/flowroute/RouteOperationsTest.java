package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import io.github.camelflowroute.simulator.SimRoute;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteOperationsTest extends FlowrouteTestSupport {

    @Test
    void createRouteFromOptionsReturnsItWithItsId() {
        Exchange out = call("flowroute:createRoute?routeType=host&routeValue=203.0.113.10:5060&alias=office");

        Route route = out.getMessage().getBody(Route.class);
        assertThat(route.id()).isNotBlank();
        assertThat(route.routeType()).isEqualTo("host");
        assertThat(route.value()).isEqualTo("203.0.113.10:5060");
        assertThat(out.getMessage().getHeader(FlowrouteConstants.ROUTE_ID)).isEqualTo(route.id());
        assertThat(simulator().state().routes()).extracting(SimRoute::id).contains(route.id());
    }

    @Test
    void createRouteFromAModelBody() {
        Exchange out = call("flowroute:createRoute",
                e -> e.getMessage().setBody(Route.newRoute(RouteType.SIP_REG, "frontdesk", "desk phone")));

        assertThat(out.getMessage().getBody(Route.class).routeType()).isEqualTo("sip-reg");
    }

    @Test
    void createRouteFromAMapBody() {
        Exchange out = call("flowroute:createRoute", e -> e.getMessage()
                .setBody(Map.of("route_type", "uri", "value", "sip:help@example.com", "alias", "helpdesk")));

        assertThat(out.getMessage().getBody(Route.class).value()).isEqualTo("sip:help@example.com");
    }

    @Test
    void listRoutesFiltersByType() {
        call("flowroute:createRoute?routeType=uri&routeValue=sip:a@example.com&alias=a");

        @SuppressWarnings("unchecked")
        List<Route> routes = call("flowroute:listRoutes?routeType=uri&limit=200").getMessage().getBody(List.class);

        assertThat(routes).isNotEmpty().extracting(Route::routeType).containsOnly("uri");
        assertThat(routes).extracting(Route::value).contains("sip:a@example.com");
    }

    @Test
    void primaryAndFailoverRoutesAreSetOnTheNumber() {
        String number = accountNumber();
        String primary = createdRouteId("host", "203.0.113.20", "primary");
        String failover = createdRouteId("uri", "sip:backup@example.com", "failover");

        Exchange p = call("flowroute:updatePrimaryRoute?number=" + number + "&routeId=" + primary);
        Exchange f = call("flowroute:updateFailoverRoute", e -> {
            e.getMessage().setHeader(FlowrouteConstants.NUMBER, number);
            e.getMessage().setHeader(FlowrouteConstants.ROUTE_ID, failover);
        });

        assertThat(p.getException()).isNull();
        assertThat(f.getException()).isNull();
        assertThat(p.getMessage().getBody()).isNull();
        PhoneNumber details = call("flowroute:getNumber?number=" + number).getMessage().getBody(PhoneNumber.class);
        assertThat(details.primaryRouteId()).isEqualTo(primary);
        assertThat(details.failoverRouteId()).isEqualTo(failover);
        assertThat(details.routes()).extracting(Route::id).contains(primary, failover);
    }

    private String createdRouteId(String type, String value, String alias) {
        return call("flowroute:createRoute?routeType=" + type + "&routeValue=" + value + "&alias=" + alias)
                .getMessage().getHeader(FlowrouteConstants.ROUTE_ID, String.class);
    }
}
