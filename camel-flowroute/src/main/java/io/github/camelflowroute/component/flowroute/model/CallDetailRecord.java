package io.github.camelflowroute.component.flowroute.model;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One call of a CDR export file (a row of its CSV). Amounts are in dollars, durations in seconds.
 *
 * @param direction           {@code Outbound} or {@code Inbound}
 * @param startTime           when the call started
 * @param endTime             when it ended
 * @param destination         the number called
 * @param numberAlias         the alias of the account's number, or {@code null}
 * @param callerId            the calling number as presented ({@code +12063389999})
 * @param totalCost           what the call cost in all
 * @param destinationName     the destination's rate name ({@code UNITED STATES - TOLL FREE})
 * @param callerIdCountry     the caller's country, or {@code N/A}
 * @param lineInformation     the line information digits, or {@code null}
 * @param result              how the call ended ({@code completed})
 * @param callFailSipCode     the final SIP status ({@code 200})
 * @param callFailReason      its reason phrase ({@code OK})
 * @param duration            the call's length
 * @param billedDuration      the length billed
 * @param rate                the per-minute rate
 * @param firstIncrement      the first billing increment
 * @param subsequentIncrement the later billing increments
 * @param costSubtotal        the cost before fees
 * @param connectFee          the connection fee
 * @param usfFee              the universal service fund fee
 * @param ccrf                the carrier cost recovery fee
 * @param cnamLookupFee       the caller-name lookup fee
 * @param customXTag          the custom X tag, or {@code null}
 * @param customerIp          the customer's SIP address (IP, optionally with a port)
 */
public record CallDetailRecord(
        String direction, Instant startTime, Instant endTime, String destination, String numberAlias,
        String callerId, BigDecimal totalCost, String destinationName, String callerIdCountry,
        String lineInformation, String result, Integer callFailSipCode, String callFailReason, Integer duration,
        Integer billedDuration, BigDecimal rate, Integer firstIncrement, Integer subsequentIncrement,
        BigDecimal costSubtotal, BigDecimal connectFee, BigDecimal usfFee, BigDecimal ccrf, BigDecimal cnamLookupFee,
        String customXTag, String customerIp) {

    @Override
    public String toString() {
        // numbers called are personal data: direction, time and result only
        return "CallDetailRecord[" + direction + ", " + startTime + ", " + result + ", " + duration + "s]";
    }
}
