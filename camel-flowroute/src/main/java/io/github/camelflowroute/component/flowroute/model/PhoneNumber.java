package io.github.camelflowroute.component.flowroute.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A phone number of the account, with its voice routes when the API gave them.
 *
 * @param id                 the number's id (its 11 digits)
 * @param value              the number, 11 digits
 * @param alias              the alias given to it
 * @param cnamLookupsEnabled whether caller-name lookups are on
 * @param numberType         {@code standard}, {@code tollfree} or {@code inum}
 * @param rateCenter         the rate center
 * @param state              the state or province
 * @param primaryRouteId     the id of the primary voice route, when known
 * @param failoverRouteId    the id of the failover voice route, when known
 * @param routes             the routes the API included with the number
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@ApiObject
public record PhoneNumber(
        String id,
        String value,
        String alias,
        Boolean cnamLookupsEnabled,
        String numberType,
        String rateCenter,
        String state,
        String primaryRouteId,
        String failoverRouteId,
        List<Route> routes) {

    public PhoneNumber {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /** This number with what JSON:API carries outside the attributes. */
    public PhoneNumber withResource(String id, String primaryRouteId, String failoverRouteId, List<Route> routes) {
        return new PhoneNumber(
                id, value != null ? value : id, alias, cnamLookupsEnabled, numberType, rateCenter, state,
                primaryRouteId, failoverRouteId, routes);
    }
}
