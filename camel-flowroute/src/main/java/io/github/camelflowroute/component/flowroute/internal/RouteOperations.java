package io.github.camelflowroute.component.flowroute.internal;

import java.util.Map;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.FlowrouteOperation;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteQuery;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import org.apache.camel.Exchange;

/** Inbound voice routes and the numbers' primary and failover routes. */
public final class RouteOperations {

    private RouteOperations() {
    }

    public static void register(Map<FlowrouteOperation, OperationHandler> handlers) {
        handlers.put(FlowrouteOperation.createRoute, (exchange, client, conf) -> client
                .createRoute(route(exchange, conf))
                .thenAccept(route -> {
                    exchange.getMessage().setBody(route);
                    exchange.getMessage().setHeader(FlowrouteConstants.ROUTE_ID, route.id());
                }));
        handlers.put(FlowrouteOperation.listRoutes, (exchange, client, conf) -> {
            Integer offset = NumberOperations.offset(exchange, conf);
            RouteQuery query = new RouteQuery(
                    ExchangeInputs.routeType(exchange, conf.getRouteType()), NumberOperations.limit(exchange, conf), offset);
            return ListResults.apply(exchange, client, conf, offset, client.listRoutes(query));
        });
        handlers.put(FlowrouteOperation.updatePrimaryRoute, (exchange, client, conf) -> client
                .updatePrimaryRoute(NumberOperations.number(exchange, conf), routeId(exchange, conf))
                .thenAccept(none -> exchange.getMessage().setBody(null)));
        handlers.put(FlowrouteOperation.updateFailoverRoute, (exchange, client, conf) -> client
                .updateFailoverRoute(NumberOperations.number(exchange, conf), routeId(exchange, conf))
                .thenAccept(none -> exchange.getMessage().setBody(null)));
    }

    /** The route a body model describes, completed from the headers, then the endpoint options. */
    static Route route(Exchange exchange, FlowrouteConfiguration conf) {
        Route model = BodyReader.model(exchange, Route.class);
        RouteType type = ExchangeInputs.routeType(exchange, conf.getRouteType());
        String value = ExchangeInputs.text(exchange, FlowrouteConstants.ROUTE_VALUE, conf.getRouteValue());
        String alias = ExchangeInputs.text(exchange, FlowrouteConstants.ALIAS, conf.getAlias());
        if (model == null) {
            return new Route(null, type == null ? null : type.wireName(), value, alias);
        }
        return new Route(null,
                model.routeType() != null ? model.routeType() : type == null ? null : type.wireName(),
                model.value() != null ? model.value() : value,
                model.alias() != null ? model.alias() : alias);
    }

    private static String routeId(Exchange exchange, FlowrouteConfiguration conf) {
        return ExchangeInputs.text(exchange, FlowrouteConstants.ROUTE_ID, conf.getRouteId());
    }
}
