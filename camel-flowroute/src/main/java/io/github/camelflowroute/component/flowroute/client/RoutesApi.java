package io.github.camelflowroute.component.flowroute.client;

import io.github.camelflowroute.component.flowroute.model.EdgeStrategy;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteType;

import static io.github.camelflowroute.component.flowroute.client.Inputs.checked;
import static io.github.camelflowroute.component.flowroute.client.Inputs.limit;
import static io.github.camelflowroute.component.flowroute.client.Inputs.offset;
import static io.github.camelflowroute.component.flowroute.client.Inputs.phoneNumber;
import static io.github.camelflowroute.component.flowroute.client.Inputs.routeType;
import static io.github.camelflowroute.component.flowroute.client.Inputs.text;

/** Inbound voice routes and the numbers' primary and failover routes. */
public final class RoutesApi {

    private static final int MAX_LIMIT = 200;

    public static final ApiOperation<Route> CREATE_ROUTE = ApiOperation
            .<Route>post("createRoute", "/v2/routes")
            .describedAs("Create an inbound voice route.")
            .inputs(routeType("routeType"), text("routeValue"), text("alias"))
            .bodyModel(Route.class)
            .check(RoutesApi::newRoute)
            .writes((args, codec) -> codec.newRouteBody(args.get("route", Route.class)))
            .reads("Route", (body, codec, args) -> codec.route(body))
            .resultHeader("routeId", Route::id);

    public static final ApiOperation<Page<Route>> LIST_ROUTES = ApiOperation
            .<Page<Route>>get("listRoutes", "/v2/routes")
            .describedAs("List the account's inbound voice routes.")
            .inputs(routeType("routeType").inQuery("route_type").filter(), limit(MAX_LIMIT), offset())
            .readsPage("Route", (body, codec, args) -> codec.routes(body))
            .pollable(Polling.inventory("routeId", Route::id, key -> new Route(key, null, null, null)));

    public static final ApiOperation<Void> UPDATE_PRIMARY_ROUTE = ApiOperation
            .<Void>patch("updatePrimaryRoute", "/v2/numbers/{number}/relationships/primary_route")
            .describedAs("Set a number's primary voice route.")
            .inputs(phoneNumber("number").inPath(), checked("routeId", ApiInputs::routeId))
            .writes((args, codec) -> codec.routeReferenceBody(args.get("routeId", String.class)));

    public static final ApiOperation<Void> UPDATE_FAILOVER_ROUTE = ApiOperation
            .<Void>patch("updateFailoverRoute", "/v2/numbers/{number}/relationships/failover_route")
            .describedAs("Set a number's failover voice route.")
            .inputs(phoneNumber("number").inPath(), checked("routeId", ApiInputs::routeId))
            .writes((args, codec) -> codec.routeReferenceBody(args.get("routeId", String.class)));

    public static final ApiOperation<Page<EdgeStrategy>> LIST_EDGE_STRATEGIES = ApiOperation
            .<Page<EdgeStrategy>>get("listEdgeStrategies", "/v2/routes/edge_strategies")
            .describedAs("List the edge strategies (points of presence) a route can use.")
            .readsPage("EdgeStrategy", (body, codec, args) -> codec.opaqueList(body, EdgeStrategy::new));

    private RoutesApi() {
    }

    /** The route a body model describes, completed from the inputs, then checked. */
    private static void newRoute(ApiArguments args) {
        Route model = args.body(Route.class);
        RouteType type = args.get("routeType", RouteType.class);
        String typeName = model != null && model.routeType() != null
                ? model.routeType() : type == null ? null : type.wireName();
        String value = model != null && model.value() != null ? model.value() : args.get("routeValue", String.class);
        String alias = model != null && model.alias() != null ? model.alias() : args.get("alias", String.class);
        RouteType checkedType;
        try {
            checkedType = RouteType.fromText(ApiInputs.required("routeType", typeName));
        } catch (IllegalArgumentException e) {
            throw new FlowrouteValidationException("routeType", "expected one of host, sip-reg, uri, number");
        }
        // a SIP registration route names no target: the registration is the account's own
        boolean noValue = checkedType == RouteType.SIP_REG && (value == null || value.isBlank());
        args.with("route", Route.newRoute(checkedType, noValue ? "" : ApiInputs.routeText("routeValue", value),
                ApiInputs.routeText("alias", alias)));
    }
}
