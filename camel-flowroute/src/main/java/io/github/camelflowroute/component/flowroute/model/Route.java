package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An inbound voice route: where calls to a number go.
 *
 * @param id        the route id; {@code null} for a route still to be created
 * @param routeType the wire name of the type ({@code host}, {@code sip-reg}, {@code uri}, {@code number}); kept as
 *                  text so a type Flowroute adds later still reads, see {@link RouteType}
 * @param value     the target: a host, a SIP URI, a number, or the registration name
 * @param alias     a name for the route
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ApiObject
public record Route(
        String id,
        @JsonAlias("routeType") String routeType,
        @JsonAlias("routeValue") String value,
        String alias) {

    /** A route to be created. */
    public static Route newRoute(RouteType routeType, String value, String alias) {
        return new Route(null, routeType.wireName(), value, alias);
    }

    public Route withId(String id) {
        return new Route(id, routeType, value, alias);
    }
}
