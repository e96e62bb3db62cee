package io.github.camelflowroute.component.flowroute.model;

import java.math.BigDecimal;

/**
 * Filters of the area codes with numbers for sale ({@code GET /v2/numbers/available/areacodes}).
 *
 * @param maxSetupCost only codes whose numbers cost at most this to set up, in dollars; optional
 * @param limit        records per page, {@code null} for the API's default
 * @param offset       records to skip, {@code null} for none
 */
public record AreaCodeQuery(BigDecimal maxSetupCost, Integer limit, Integer offset) {
}
