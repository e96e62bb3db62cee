package io.github.camelflowroute.simulator;

import java.util.Objects;

/**
 * A phone number, either on the simulated account or in the purchasable inventory.
 *
 * @param number          E.164 NANP number without {@code +}: 11 digits starting with 1
 * @param rateCenter      rate center, e.g. {@code SEATTLE}
 * @param state           two-letter state, e.g. {@code WA}
 * @param numberType      {@code standard} or {@code tollfree}
 * @param alias           friendly name, or {@code null}
 * @param primaryRouteId  id of the primary voice route, or {@code null}
 * @param failoverRouteId id of the failover voice route, or {@code null}
 * @param monthlyCost     recurring monthly charge in dollars
 * @param setupCost       one-time setup charge in dollars
 */
public record SimNumber(String number, String rateCenter, String state, String numberType, String alias,
        String primaryRouteId, String failoverRouteId, double monthlyCost, double setupCost) {

    /** Checks the components. */
    public SimNumber {
        if (!PhoneNumbers.isE164Nanp(number)) {
            throw new IllegalArgumentException("number must be 11 digits starting with 1: " + number);
        }
        Objects.requireNonNull(rateCenter, "rateCenter");
        Objects.requireNonNull(state, "state");
        if (!"standard".equals(numberType) && !"tollfree".equals(numberType)) {
            throw new IllegalArgumentException("number type must be standard or tollfree: " + numberType);
        }
    }

    /** The 3-digit area code (NPA). */
    public String areaCode() {
        return number.substring(1, 4);
    }

    /** The 6-digit NPA-NXX exchange. */
    public String exchange() {
        return number.substring(1, 7);
    }

    /** Whether this is a toll-free number. */
    public boolean isTollFree() {
        return "tollfree".equals(numberType);
    }

    /** A copy with another primary route id ({@code null} clears it). */
    public SimNumber withPrimaryRouteId(String routeId) {
        return new SimNumber(number, rateCenter, state, numberType, alias, routeId, failoverRouteId,
                monthlyCost, setupCost);
    }

    /** A copy with another failover route id ({@code null} clears it). */
    public SimNumber withFailoverRouteId(String routeId) {
        return new SimNumber(number, rateCenter, state, numberType, alias, primaryRouteId, routeId,
                monthlyCost, setupCost);
    }

    /** A copy with another rate center and state. */
    public SimNumber withRateCenter(String newRateCenter, String newState) {
        return new SimNumber(number, newRateCenter, newState, numberType, alias, primaryRouteId, failoverRouteId,
                monthlyCost, setupCost);
    }

    /** A copy with another alias. */
    public SimNumber withAlias(String newAlias) {
        return new SimNumber(number, rateCenter, state, numberType, newAlias, primaryRouteId, failoverRouteId,
                monthlyCost, setupCost);
    }
}
