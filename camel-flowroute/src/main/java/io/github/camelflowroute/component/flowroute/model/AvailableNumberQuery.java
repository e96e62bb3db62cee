package io.github.camelflowroute.component.flowroute.model;

/**
 * Filters of the purchasable numbers ({@code GET /v2/numbers/available}); each is optional.
 *
 * @param startsWith digits the number starts with
 * @param endsWith   digits the number ends with
 * @param contains   digits the number contains
 * @param rateCenter the rate center, for example {@code SEATTLE}
 * @param state      the two-letter state or province, for example {@code WA}
 * @param limit      records per page, {@code null} for the API's default
 * @param offset     records to skip, {@code null} for none
 */
public record AvailableNumberQuery(
        String startsWith, String endsWith, String contains, String rateCenter, String state, Integer limit,
        Integer offset) {
}
