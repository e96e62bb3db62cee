package io.github.camelflowroute.component.flowroute.metrics;

/** Why a failed attempt of a call is tried again. */
public enum RetryReason {
    /** The API refused the attempt with 429: the access key was over its rate limit. */
    RATE_LIMITED,
    /** A pooled connection was found closed before anything was written; tried again at once. */
    STALE_CONNECTION,
    /** The request provably did not reach the API (no connection, or not written). */
    NOT_SENT,
    /** The API answered 5xx to a call that may be repeated. */
    SERVER_ERROR,
    /** The API answered something that could not be read, to a call that may be repeated. */
    UNREADABLE_ANSWER,
    /** The connection failed or timed out after the request was written, for a call that may be repeated. */
    TRANSPORT_ERROR;

    /** The name in meters and JSON: lower case with underscores. */
    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
