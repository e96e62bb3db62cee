package io.github.camelflowroute.component.flowroute.management;

import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.metrics.OperationStatistics;
import org.apache.camel.util.json.JsonObject;

/**
 * What an endpoint's JMX attributes show: the counts of its operation, and the state of the rate limiter its sends
 * wait for.
 *
 * @param counts  the counts of the endpoint's operation
 * @param limiter the limiter in use, or {@code null}
 */
public record EndpointStatistics(OperationStatistics counts, SendRateLimiter limiter) {

    public long calls() {
        return counts.calls();
    }

    public long failedCalls() {
        return counts.failedCalls();
    }

    public long retries() {
        return counts.retries();
    }

    public long rateLimited() {
        return counts.rateLimited();
    }

    public long rateLimitWaits() {
        return counts.rateLimitWaits();
    }

    public long rateLimitWaitMillis() {
        return counts.rateLimitWaitTime().toMillis();
    }

    public long deliveryUnknown() {
        return counts.deliveryUnknown();
    }

    public long webhookDuplicates() {
        return counts.webhookDuplicates();
    }

    /** The limiter as JSON, or {@code none}. */
    public String rateLimiterState() {
        JsonObject json = StatisticsJson.of(limiter);
        return json == null ? "none" : json.toJson();
    }

    /** The counts, with the limiter's state under {@code rateLimiter}. */
    public String toJson() {
        JsonObject json = StatisticsJson.of(counts);
        json.put("rateLimiter", StatisticsJson.of(limiter));
        return json.toJson();
    }
}
