package io.github.camelflowroute.component.flowroute.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A call detail record export: a job that collects the calls its filters select into a gzip'd CSV file.
 *
 * @param id               the export id
 * @param status           {@code processing}, {@code completed} or {@code failed}
 * @param callbackUrl      the URL Flowroute posts to when the job ends, or {@code null}
 * @param downloadUrl      the file's pre-signed URL once completed, else {@code null}
 * @param requestedAt      when it was requested
 * @param createdAt        when the file was made
 * @param expiresAt        when the download URL stops working
 * @param filterParameters the filters as the API echoes them (read leniently: their forms vary)
 * @param numCalls         the calls in the file, or {@code null} while processing
 * @param billedMinutes    their billed minutes, or {@code null} while processing
 * @param totalCost        their total cost in dollars, or {@code null} while processing
 */
@ApiObject
public record CdrExport(
        String id,
        String status,
        String callbackUrl,
        String downloadUrl,
        @ApiTimestamp Instant requestedAt,
        @ApiTimestamp Instant createdAt,
        @ApiTimestamp Instant expiresAt,
        Map<String, Object> filterParameters,
        Integer numCalls,
        Integer billedMinutes,
        BigDecimal totalCost) {

    /** Whether the file can be downloaded. */
    public boolean isCompleted() {
        return "completed".equalsIgnoreCase(status) && downloadUrl != null;
    }

    /** Whether the job failed. */
    public boolean isFailed() {
        return "failed".equalsIgnoreCase(status);
    }

    public CdrExport withId(String newId) {
        return new CdrExport(newId, status, callbackUrl, downloadUrl, requestedAt, createdAt, expiresAt,
                filterParameters, numCalls, billedMinutes, totalCost);
    }

    @Override
    public String toString() {
        // the download URL is a bearer credential for the file: left out
        return "CdrExport[id=" + id + ", status=" + status + ", numCalls=" + numCalls + "]";
    }
}
