package io.github.camelflowroute.component.flowroute.model;

/**
 * Filters of the account's inbound routes ({@code GET /v2/routes}).
 *
 * @param routeType only routes of this type; optional
 * @param limit     records per page, {@code null} for the API's default
 * @param offset    records to skip, {@code null} for none
 */
public record RouteQuery(RouteType routeType, Integer limit, Integer offset) {
}
