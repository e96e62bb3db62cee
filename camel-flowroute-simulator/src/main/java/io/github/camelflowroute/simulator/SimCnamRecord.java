package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A caller-ID (CNAM) record of the simulated account as last reviewed.
 *
 * @param id              decimal id, as a string
 * @param value           the caller-ID text, at most 15 characters
 * @param createdAt       creation time, or {@code null} (old live records have none)
 * @param approvedAt      when the review approved it, or {@code null} while pending or when rejected
 * @param rejectionReason why the review rejected it, or {@code null}
 * @param approved        whether it is approved
 */
public record SimCnamRecord(String id, String value, Instant createdAt, Instant approvedAt, String rejectionReason,
        boolean approved) {

    /** Checks the components. */
    public SimCnamRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
    }

    /** Whether the review has not decided yet. */
    public boolean pending() {
        return !approved && rejectionReason == null;
    }
}
