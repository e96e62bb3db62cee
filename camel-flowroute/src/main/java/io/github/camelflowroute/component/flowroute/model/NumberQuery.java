package io.github.camelflowroute.component.flowroute.model;

/**
 * Filters of the account's numbers ({@code GET /v2/numbers}); each digit filter is optional.
 *
 * @param startsWith digits the number starts with
 * @param endsWith   digits the number ends with
 * @param contains   digits the number contains
 * @param limit      records per page, {@code null} for the API's default
 * @param offset     records to skip, {@code null} for none
 */
public record NumberQuery(String startsWith, String endsWith, String contains, Integer limit, Integer offset) {

    /** No filter, first page. */
    public static NumberQuery all() {
        return new NumberQuery(null, null, null, null, null);
    }
}
