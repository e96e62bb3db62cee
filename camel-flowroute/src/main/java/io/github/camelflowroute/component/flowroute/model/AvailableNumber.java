package io.github.camelflowroute.component.flowroute.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A number that can be purchased.
 *
 * @param value       the number, 11 digits
 * @param numberType  {@code standard} or {@code tollfree}
 * @param rateCenter  the rate center
 * @param state       the state or province
 * @param monthlyCost the monthly price in dollars
 * @param setupCost   the one-time price in dollars
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ApiObject
public record AvailableNumber(
        String value,
        String numberType,
        String rateCenter,
        String state,
        BigDecimal monthlyCost,
        BigDecimal setupCost) {

    /** This number with the resource id standing in for a missing value. */
    public AvailableNumber withId(String id) {
        return value != null ? this : new AvailableNumber(id, numberType, rateCenter, state, monthlyCost, setupCost);
    }
}
