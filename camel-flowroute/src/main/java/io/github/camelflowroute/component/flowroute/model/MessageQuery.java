package io.github.camelflowroute.component.flowroute.model;

import java.time.Instant;

/**
 * Filters of a message detail record search ({@code GET /v2.1/messages}).
 *
 * @param startDate the earliest record time, inclusive; required
 * @param endDate   the latest record time, exclusive; {@code null} for "until now"
 * @param limit     records per page, {@code null} for the API's default
 * @param offset    records to skip, {@code null} for none
 */
public record MessageQuery(Instant startDate, Instant endDate, Integer limit, Integer offset) {

    /** All records since the given time, first page. */
    public static MessageQuery since(Instant startDate) {
        return new MessageQuery(startDate, null, null, null);
    }
}
