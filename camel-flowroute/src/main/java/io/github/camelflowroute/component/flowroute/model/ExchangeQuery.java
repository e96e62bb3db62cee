package io.github.camelflowroute.component.flowroute.model;

import java.math.BigDecimal;

/**
 * Filters of the exchanges with numbers for sale ({@code GET /v2/numbers/available/exchanges}).
 *
 * @param areaCode     only exchanges of this three-digit area code; optional
 * @param maxSetupCost only exchanges whose numbers cost at most this to set up, in dollars; optional
 * @param limit        records per page, {@code null} for the API's default
 * @param offset       records to skip, {@code null} for none
 */
public record ExchangeQuery(String areaCode, BigDecimal maxSetupCost, Integer limit, Integer offset) {
}
