package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A CDR export job of the simulated account. Its status follows from the clock: {@code processing} until
 * {@link #completesAt()}, then {@code completed} (or {@code failed} when it was made to fail).
 *
 * @param id               numeric id
 * @param requestedAt      when it was created
 * @param callbackUrl      where to POST when it ends, or {@code null}
 * @param filterParameters the filters as sent
 * @param start            first call start time included
 * @param end              first call start time excluded
 * @param numberAliases    aliases the calls must have, or {@code null} for all
 * @param completesAt      when the job ends
 * @param fails            whether it ends {@code failed}
 * @param downloadDelay    how long the download waits before its first byte
 * @param key              the download's object key (path below the download prefix)
 * @param signature        the download URL's {@code X-Amz-Signature}
 */
public record SimCdrExport(long id, Instant requestedAt, String callbackUrl, ObjectNode filterParameters,
        Instant start, Instant end, Set<String> numberAliases, Instant completesAt, boolean fails,
        Duration downloadDelay, String key, String signature) {

    /** How long a completed export's download URL stays valid (X-Amz-Expires=259200). */
    public static final Duration DOWNLOAD_VALIDITY = Duration.ofDays(3);

    /**
     * The status by the clock alone: {@code processing} until {@link #completesAt()}, then {@code completed}
     * or {@code failed}. {@link CdrExports#status} also waits for the export's calls to be counted.
     */
    public String status(Instant now) {
        if (now.isBefore(completesAt)) {
            return "processing";
        }
        return fails ? "failed" : "completed";
    }

    /** When the download URL stops working. */
    public Instant expiresAt() {
        return completesAt.plus(DOWNLOAD_VALIDITY);
    }
}
