package io.github.camelflowroute.component.flowroute.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one operation (or of several added up) at one moment.
 *
 * @param outcomes          calls ended, by how they ended
 * @param statuses          attempts answered, by HTTP status (a 429 retried and then accepted counts a 429 and a 202)
 * @param retryReasons      attempts tried again, by why
 * @param rateLimitWaits    attempts that waited for their turn under the send rate limit
 * @param rateLimitWaitTime the time those attempts waited, in total
 * @param webhookDuplicates webhook posts not routed because they repeated an earlier one
 */
public record OperationStatistics(Map<CallOutcome, Long> outcomes, Map<Integer, Long> statuses,
        Map<RetryReason, Long> retryReasons, long rateLimitWaits, Duration rateLimitWaitTime,
        long webhookDuplicates) {

    /** Nothing counted. */
    public static final OperationStatistics EMPTY = new OperationStatistics(Map.of(), Map.of(), Map.of(), 0,
            Duration.ZERO, 0);

    public OperationStatistics {
        outcomes = Map.copyOf(outcomes);
        statuses = Map.copyOf(statuses);
        retryReasons = Map.copyOf(retryReasons);
    }

    /** Calls ended, whatever their outcome. */
    public long calls() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Calls ended with this outcome. */
    public long calls(CallOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /** Calls ended with any outcome but {@link CallOutcome#SUCCEEDED}. */
    public long failedCalls() {
        return calls() - calls(CallOutcome.SUCCEEDED);
    }

    /** Attempts answered with this HTTP status. */
    public long answers(int status) {
        return statuses.getOrDefault(status, 0L);
    }

    /** Attempts the API refused with 429 (whether tried again or not). */
    public long rateLimited() {
        return answers(429);
    }

    /** Attempts tried again, for any reason. */
    public long retries() {
        return retryReasons.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Attempts tried again for this reason. */
    public long retries(RetryReason reason) {
        return retryReasons.getOrDefault(reason, 0L);
    }

    /** Sends whose delivery is unknown (see {@link CallOutcome#DELIVERY_UNKNOWN}). */
    public long deliveryUnknown() {
        return calls(CallOutcome.DELIVERY_UNKNOWN);
    }

    /** These counts and the other's added up. */
    public OperationStatistics plus(OperationStatistics other) {
        Map<CallOutcome, Long> o = new EnumMap<>(CallOutcome.class);
        o.putAll(outcomes);
        other.outcomes.forEach((k, v) -> o.merge(k, v, Long::sum));
        Map<Integer, Long> s = new TreeMap<>(statuses);
        other.statuses.forEach((k, v) -> s.merge(k, v, Long::sum));
        Map<RetryReason, Long> r = new EnumMap<>(RetryReason.class);
        r.putAll(retryReasons);
        other.retryReasons.forEach((k, v) -> r.merge(k, v, Long::sum));
        return new OperationStatistics(o, s, r, rateLimitWaits + other.rateLimitWaits,
                rateLimitWaitTime.plus(other.rateLimitWaitTime), webhookDuplicates + other.webhookDuplicates);
    }
}
