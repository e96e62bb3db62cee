package io.github.camelflowroute.component.flowroute.metrics;

/** How a call ended, after all its attempts. */
public enum CallOutcome {
    /** The API answered 2xx and the answer was read. */
    SUCCEEDED,
    /** The API answered an error status (4xx, or 5xx and 429 once retries were used up). */
    API_ERROR,
    /**
     * A send failed after its request may have reached the API ({@code FlowrouteDeliveryUnknownException}): it is not
     * tried again, and whether it went out is unknown.
     */
    DELIVERY_UNKNOWN,
    /** The call failed without its request reaching the API (no turn under the rate limit in time, no connection). */
    NOT_SENT,
    /** Any other failure: an unreadable answer, a transport failure of a call that only reads. */
    FAILED;

    /** The name in meters and JSON: lower case with underscores. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
