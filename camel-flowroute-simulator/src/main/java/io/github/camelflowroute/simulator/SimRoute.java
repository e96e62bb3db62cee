package io.github.camelflowroute.simulator;

import java.util.Objects;

/**
 * An inbound voice route of the simulated account.
 *
 * @param id        numeric route id, as a string (the API always sends route ids as strings)
 * @param routeType one of {@code host}, {@code sip-reg}, {@code uri}, {@code number}
 * @param value     the route target, e.g. {@code 203.0.113.10:5060} for a host route; {@code null} for a
 *                  {@code sip-reg} route without target, like the built-in route {@value #BUILT_IN_ID}
 * @param alias     friendly name
 */
public record SimRoute(String id, String routeType, String value, String alias) {

    /** The route types the API knows (the {@code route_type} enum of the spec). */
    public static final java.util.List<String> ROUTE_TYPES = java.util.List.of("host", "sip-reg", "uri", "number");

    /**
     * Id of the account's built-in {@code sip-reg} route: every account has it, listed first, and it is
     * the primary route of a newly purchased number ({@code routes-list.json}, {@code number-purchase.json}).
     */
    public static final String BUILT_IN_ID = "0";

    /** The built-in route {@code "0"}: type {@code sip-reg}, alias {@code sip-reg}, no value. */
    public static SimRoute builtIn() {
        return new SimRoute(BUILT_IN_ID, "sip-reg", null, "sip-reg");
    }

    /** Checks the components. */
    public SimRoute {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(routeType, "routeType");
        if (!ROUTE_TYPES.contains(routeType)) {
            throw new IllegalArgumentException("route type must be one of " + ROUTE_TYPES + ": " + routeType);
        }
        // only a sip-reg route may lack a target (it routes to whatever device registered)
        value = value == null && !routeType.equals("sip-reg") ? "" : value;
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
