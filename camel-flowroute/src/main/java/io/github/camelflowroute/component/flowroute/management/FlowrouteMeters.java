package io.github.camelflowroute.component.flowroute.management;

import java.time.Duration;

import io.github.camelflowroute.component.flowroute.metrics.CallOutcome;
import io.github.camelflowroute.component.flowroute.metrics.FlowrouteEvents;
import io.github.camelflowroute.component.flowroute.metrics.RetryReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The component's events as Micrometer meters, tagged with the operation. The only class that names Micrometer's
 * types: {@link MeterBinding} loads it only when Micrometer is on the classpath. Micrometer caches each meter, so
 * looking it up per event costs a map lookup.
 */
final class FlowrouteMeters implements FlowrouteEvents {

    static final String CALLS = "flowroute.calls";
    static final String ANSWERS = "flowroute.answers";
    static final String RETRIES = "flowroute.retries";
    static final String RATE_LIMIT_WAITS = "flowroute.rate.limit.waits";
    static final String WEBHOOK_DUPLICATES = "flowroute.webhook.duplicates";

    private final MeterRegistry registry;

    private FlowrouteMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The meters in the registry, which must be a {@code MeterRegistry}. */
    static FlowrouteEvents in(Object registry) {
        return new FlowrouteMeters((MeterRegistry) registry);
    }

    /** Whether the object is a Micrometer registry. */
    static boolean isRegistry(Object candidate) {
        return candidate instanceof MeterRegistry;
    }

    /** The Micrometer registry type, for a registry lookup. */
    static Class<?> registryType() {
        return MeterRegistry.class;
    }

    @Override
    public void answered(String operation, int status) {
        Counter.builder(ANSWERS).description("Attempts of Flowroute API calls answered, by HTTP status")
                .tag("operation", operation).tag("status", Integer.toString(status)).register(registry).increment();
    }

    @Override
    public void retried(String operation, RetryReason reason) {
        Counter.builder(RETRIES).description("Failed attempts of Flowroute API calls tried again, by reason")
                .tag("operation", operation).tag("reason", reason.tag()).register(registry).increment();
    }

    @Override
    public void waitedForTurn(String operation, Duration waited) {
        Timer.builder(RATE_LIMIT_WAITS).description("Waits of Flowroute sends for their turn under the rate limit")
                .tag("operation", operation).register(registry).record(waited);
    }

    @Override
    public void completed(String operation, CallOutcome outcome) {
        Counter.builder(CALLS).description("Flowroute API calls ended, by outcome")
                .tag("operation", operation).tag("outcome", outcome.tag()).register(registry).increment();
    }

    @Override
    public void webhookDuplicate(String operation) {
        Counter.builder(WEBHOOK_DUPLICATES).description("Repeated Flowroute webhook posts not routed again")
                .tag("operation", operation).register(registry).increment();
    }
}
