package io.github.camelflowroute.simulator;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import static io.github.camelflowroute.simulator.ApiRequest.text;

/** Inbound routes: create, list, and assign to numbers as primary or failover route. */
record RoutesHandler(SimulatorState state, JsonRenderer json) {

    /** POST /v2/routes: 201 with the route (notes: create route answers 201). */
    ApiResponse create(ApiRequest request) {
        JsonNode data = request.json() == null ? null : request.json().get("data");
        JsonNode attributes = data == null ? null : data.get("attributes");
        if (attributes == null || !attributes.isObject()) {
            throw ApiException.unprocessable("The body must be {\"data\":{\"type\":\"route\",\"attributes\":"
                    + "{\"alias\",\"route_type\",\"value\"}}}.");
        }
        requireType(data, "route");
        String routeType = text(attributes, "route_type");
        String value = text(attributes, "value");
        String alias = text(attributes, "alias");
        if (routeType == null || !SimRoute.ROUTE_TYPES.contains(routeType)) {
            throw ApiException.unprocessable("route_type must be one of " + SimRoute.ROUTE_TYPES + ".");
        }
        if (value == null) {
            throw ApiException.unprocessable("value is required.");
        }
        switch (routeType) {
            case "number" -> {
                if (!PhoneNumbers.isE164Nanp(value)) {
                    throw ApiException.unprocessable("A number route's value must be an 11-digit number "
                            + "starting with 1 (got '" + value + "').");
                }
            }
            case "host", "uri" -> {
                if (value.isBlank()) {
                    throw ApiException.unprocessable("A " + routeType + " route needs a value.");
                }
            }
            default -> {
                // sip-reg routes to the registered device; its value may be empty
            }
        }
        SimRoute route = state.addRoute(routeType, value, alias);
        return ApiResponse.json(201, json.bytes(json.newRouteDocument(route)))
                .withHeader("Location", JsonRenderer.routeLink(route));
    }

    /** GET /v2/routes, optionally filtered by route_type. */
    ApiResponse list(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        String routeType = request.queryParam("route_type");
        List<SimRoute> matching = state.routes().stream()
                .filter(r -> routeType == null || r.routeType().equals(routeType))
                .toList();
        return ApiResponse.json(200, json.bytes(json.page(request, paging, matching, json::route)));
    }

    /** PATCH /v2/numbers/{number_id}/relationships/primary_route. */
    ApiResponse assignPrimary(ApiRequest request) {
        return assign(request, true);
    }

    /** PATCH /v2/numbers/{number_id}/relationships/failover_route. */
    ApiResponse assignFailover(ApiRequest request) {
        return assign(request, false);
    }

    private ApiResponse assign(ApiRequest request, boolean primary) {
        JsonNode data = request.json() == null ? null : request.json().get("data");
        String routeId = data == null ? null : text(data, "id");
        if (routeId == null || routeId.isBlank()) {
            throw ApiException.unprocessable("The body must be {\"data\":{\"id\":\"<route id>\",\"type\":\"route\"}}.");
        }
        requireType(data, "route");
        String number = request.pathParam("number_id");
        return switch (state.assignRoute(number, routeId, primary)) {
            case DONE -> ApiResponse.noContent();
            case NO_SUCH_NUMBER -> throw ApiException.numberNotOnAccount(number);
            case NO_SUCH_ROUTE -> throw ApiException.notFound("No route with id " + routeId + ".");
        };
    }

    private static void requireType(JsonNode data, String expected) {
        String type = text(data, "type");
        if (type != null && !type.equals(expected)) {
            throw ApiException.unprocessable("data.type must be \"" + expected + "\" (got '" + type + "').");
        }
    }

}
