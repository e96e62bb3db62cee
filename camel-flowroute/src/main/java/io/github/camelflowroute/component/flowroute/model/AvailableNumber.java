package io.github.camelflowroute.component.flowroute.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

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
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailableNumber(
        @JsonProperty("value") String value,
        @JsonProperty("number_type") String numberType,
        @JsonProperty("rate_center") String rateCenter,
        @JsonProperty("state") String state,
        @JsonProperty("monthly_cost") BigDecimal monthlyCost,
        @JsonProperty("setup_cost") BigDecimal setupCost) {

    /** This number with the resource id standing in for a missing value. */
    public AvailableNumber withId(String id) {
        return value != null ? this : new AvailableNumber(id, numberType, rateCenter, state, monthlyCost, setupCost);
    }
}
