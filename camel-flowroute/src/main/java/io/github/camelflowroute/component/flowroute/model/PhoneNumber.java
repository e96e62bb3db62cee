package io.github.camelflowroute.component.flowroute.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

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
@JsonIgnoreProperties(ignoreUnknown = true)
public record PhoneNumber(
        @JsonProperty("id") String id,
        @JsonProperty("value") String value,
        @JsonProperty("alias") String alias,
        @JsonProperty("cnam_lookups_enabled") Boolean cnamLookupsEnabled,
        @JsonProperty("number_type") String numberType,
        @JsonProperty("rate_center") String rateCenter,
        @JsonProperty("state") String state,
        @JsonProperty("primary_route_id") String primaryRouteId,
        @JsonProperty("failover_route_id") String failoverRouteId,
        @JsonProperty("routes") List<Route> routes) {

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
