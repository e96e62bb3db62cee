package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A voice call of the simulated account, as a row of a CDR export ({@code cdr-export-download.csv}).
 * Charges follow from the call: billed in 6-second increments, {@code rate} dollars per minute,
 * CCRF 13.045 % of the subtotal, a 0.0039 CNAM lookup fee on inbound calls that had one.
 *
 * @param direction       {@code Outbound} or {@code Inbound}
 * @param startTime       when the call started
 * @param duration        seconds, 0 for a call that did not connect
 * @param destination     the number called, 11 digits
 * @param numberAlias     alias of the account number involved, may be empty
 * @param callerId        the caller, {@code +} and 11 digits
 * @param destinationName e.g. {@code UNITED STATES}
 * @param callerIdCountry e.g. {@code N/A}
 * @param lineInformation e.g. {@code 61}, may be empty
 * @param result          {@code completed} or {@code failed}
 * @param sipCode         final SIP status, e.g. 200
 * @param failReason      its reason phrase, e.g. {@code OK}
 * @param rateMicros      rate per minute in millionths of a dollar (1500 = 0.0015)
 * @param cnamLookup      whether a CNAM lookup was charged
 * @param customerIp      the customer's SIP address
 */
public record SimCall(String direction, Instant startTime, int duration, String destination, String numberAlias,
        String callerId, String destinationName, String callerIdCountry, String lineInformation,
        String result, int sipCode, String failReason, long rateMicros, boolean cnamLookup,
        String customerIp) {

    /** Seconds per billing increment (first and subsequent). */
    public static final int INCREMENT = 6;

    /** Checks the components. */
    public SimCall {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(startTime, "startTime");
        if (duration < 0) {
            throw new IllegalArgumentException("duration must be 0 or more: " + duration);
        }
        numberAlias = numberAlias == null ? "" : numberAlias;
        lineInformation = lineInformation == null ? "" : lineInformation;
    }

    /** An outbound call that connected, rated 0.0098 per minute. */
    public static SimCall outbound(String accountNumber, String alias, String destination, Instant start,
            int durationSeconds) {
        return new SimCall("Outbound", start, durationSeconds, destination, alias, "+" + accountNumber,
                PhoneNumbers.isTollFree(destination) ? "UNITED STATES - TOLL FREE" : "UNITED STATES", "N/A", "",
                "completed", 200, "OK", PhoneNumbers.isTollFree(destination) ? 0 : 9_800, false,
                "203.0.113.10:5080");
    }

    /** An inbound call that connected, rated 0.0015 per minute, with a CNAM lookup. */
    public static SimCall inbound(String caller, String accountNumber, String alias, Instant start,
            int durationSeconds) {
        return new SimCall("Inbound", start, durationSeconds, accountNumber, alias, "+" + caller, "UNITED STATES",
                "UNITED STATES", "61", "completed", 200, "OK", 1_500, true, "203.0.113.10");
    }

    /** When the call ended. */
    public Instant endTime() {
        return startTime.plusSeconds(duration);
    }

    /** Seconds billed: the duration rounded up to whole increments. */
    public int billedDuration() {
        return (duration + INCREMENT - 1) / INCREMENT * INCREMENT;
    }

    /** Rate times billed time, in hundred-millionths of a dollar (the CSV's 8 decimals). */
    public long subtotalUnits() {
        return Math.round(rateMicros * 100.0 * billedDuration() / 60.0);
    }

    /** Cost recovery fee in hundred-millionths of a dollar. */
    public long ccrfUnits() {
        return Math.round(subtotalUnits() * 0.13045);
    }

    /** CNAM lookup fee in hundred-millionths of a dollar. */
    public long cnamLookupUnits() {
        return cnamLookup ? 390_000 : 0;
    }

    /** Everything charged, in hundred-millionths of a dollar. */
    public long totalUnits() {
        return subtotalUnits() + ccrfUnits() + cnamLookupUnits();
    }
}
