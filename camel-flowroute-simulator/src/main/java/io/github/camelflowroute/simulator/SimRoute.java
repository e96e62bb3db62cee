package io.github.camelflowroute.simulator;

import java.util.Objects;

/**
 * An inbound voice route of the simulated account.
 *
 * @param id        numeric route id, as a string (the API always sends route ids as strings)
 * @param routeType one of {@code host}, {@code sip-reg}, {@code uri}, {@code number}
 * @param value     the route target, e.g. {@code 203.0.113.10:5060} for a host route
 * @param alias     friendly name
 */
public record SimRoute(String id, String routeType, String value, String alias) {

    /** The route types the API knows (the {@code route_type} enum of the spec). */
    public static final java.util.List<String> ROUTE_TYPES = java.util.List.of("host", "sip-reg", "uri", "number");

    /** Checks the components. */
    public SimRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(routeType, "routeType");
        if (!ROUTE_TYPES.contains(routeType)) {
            throw new IllegalArgumentException("route type must be one of " + ROUTE_TYPES + ": " + routeType);
        }
        value = value == null ? "" : value;
        alias = alias == null ? "" : alias;
    }

    /** A copy with another alias. */
    public SimRoute withAlias(String newAlias) {
        return new SimRoute(id, routeType, value, newAlias);
    }

    /** A copy with another type and value, e.g. {@code withTarget("uri", "sip:desk@example.com")}. */
    public SimRoute withTarget(String newRouteType, String newValue) {
        return new SimRoute(id, newRouteType, newValue, alias);
    }
}
