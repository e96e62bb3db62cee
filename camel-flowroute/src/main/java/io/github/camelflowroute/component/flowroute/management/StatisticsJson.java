package io.github.camelflowroute.component.flowroute.management;

import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.metrics.CallOutcome;
import io.github.camelflowroute.component.flowroute.metrics.OperationStatistics;
import io.github.camelflowroute.component.flowroute.metrics.RetryReason;
import org.apache.camel.util.json.JsonObject;

/** The counts and limiter state as JSON, the same in JMX and the dev console. */
final class StatisticsJson {

    private StatisticsJson() {
    }

    static JsonObject of(OperationStatistics s) {
        JsonObject json = new JsonObject();
        json.put("calls", s.calls());
        json.put("succeeded", s.calls(CallOutcome.SUCCEEDED));
        json.put("failed", s.failedCalls());
        json.put("deliveryUnknown", s.deliveryUnknown());
        json.put("outcomes", byTag(CallOutcome.values(), CallOutcome::tag, s::calls));
        JsonObject statuses = new JsonObject();
        s.statuses().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> statuses.put(e.getKey().toString(), e.getValue()));
        json.put("statuses", statuses);
        json.put("rateLimited", s.rateLimited());
        json.put("retries", s.retries());
        json.put("retryReasons", byTag(RetryReason.values(), RetryReason::tag, s::retries));
        json.put("rateLimitWaits", s.rateLimitWaits());
        json.put("rateLimitWaitMillis", s.rateLimitWaitTime().toMillis());
        json.put("webhookDuplicates", s.webhookDuplicates());
        return json;
    }

    /** The limiter's type and counters; {@code null} for none. */
    static JsonObject of(SendRateLimiter limiter) {
        if (limiter == null) {
            return null;
        }
        JsonObject json = new JsonObject();
        json.put("type", limiter.getClass().getName());
        json.put("refused", limiter.getRefusedCount());
        json.put("delayed", limiter.getDelayedCount());
        json.put("delayedMillis", limiter.getDelayedTime().toMillis());
        return json;
    }

    /** A count per constant, keyed by the constant's tag, in the enum's order. */
    private static <E> JsonObject byTag(E[] constants, Function<E, String> tag, ToLongFunction<E> count) {
        JsonObject json = new JsonObject();
        for (E constant : constants) {
            json.put(tag.apply(constant), count.applyAsLong(constant));
        }
        return json;
    }
}
