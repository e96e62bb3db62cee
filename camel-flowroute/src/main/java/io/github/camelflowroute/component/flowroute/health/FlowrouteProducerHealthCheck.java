package io.github.camelflowroute.component.flowroute.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.client.FlowrouteTransportException;
import io.github.camelflowroute.component.flowroute.model.NumberQuery;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of one {@code flowroute:} producer endpoint: whether the Flowroute API takes its keys.
 * <p>
 * The probe lists one of the account's numbers ({@code GET /v2/numbers?limit=1}): a cheap authenticated read that no
 * send rate limiter counts, so it never takes a send's turn. It runs at most once per interval; calls in between
 * answer from the last outcome, so health polls (several per second behind a load balancer) cost the API one call
 * per interval. The state is DOWN when the API refuses the keys (401, 403) or cannot be reached (connection refused
 * or reset, timeout, TLS failure), UP for any other answer: a 5xx or 429 means the keys reach the API, and taking
 * every node out of service over an outage of Flowroute's would not help.
 * <p>
 * Messages and details name the status, method, path and reason, never a credential.
 */
public class FlowrouteProducerHealthCheck implements HealthCheck {

    /** The group of the component's health checks, as Camel's own components use. */
    public static final String GROUP = "camel";

    private final String id;
    private final String endpointUri;
    private final Supplier<FlowrouteClient> client;
    private final long intervalNanos;
    private final Duration firstAnswerWait;
    private volatile boolean enabled = true;

    private final Object lock = new Object();
    private CompletableFuture<Outcome> probe;
    private long probeStarted;
    private volatile Outcome last;

    /**
     * @param id              the check's id ({@code producer:flowroute-<endpoint id>})
     * @param endpointUri     the endpoint's URI with its secrets masked, shown as a detail
     * @param client          the endpoint's client, taken at each probe
     * @param interval        the least time between two probes
     * @param firstAnswerWait how long a call waits for the first probe's answer before it reports DOWN for now
     */
    public FlowrouteProducerHealthCheck(String id, String endpointUri, Supplier<FlowrouteClient> client,
            Duration interval, Duration firstAnswerWait) {
        this.id = id;
        this.endpointUri = endpointUri;
        this.client = client;
        this.intervalNanos = interval.toNanos();
        this.firstAnswerWait = firstAnswerWait;
    }

    @Override
    public String getGroup() {
        return GROUP;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Map<String, Object> getMetaData() {
        return Map.of(CHECK_ID, id, CHECK_GROUP, GROUP, CHECK_KIND, Kind.READINESS, CHECK_ENABLED, enabled,
                ENDPOINT_URI, endpointUri);
    }

    /** A producer that cannot reach the API is not ready; it is alive all the same (a restart would not help). */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this).detail(ENDPOINT_URI, endpointUri);
        if (!enabled) {
            return builder.unknown().message("Disabled").build();
        }
        outcome().writeTo(builder);
        return builder.build();
    }

    /** The last probe's outcome, after starting a new probe when the interval has passed. */
    private Outcome outcome() {
        CompletableFuture<Outcome> current;
        synchronized (lock) {
            long now = System.nanoTime();
            if (probe == null || probe.isDone() && now - probeStarted >= intervalNanos) {
                probeStarted = now;
                probe = startProbe();
            }
            current = probe;
        }
        Outcome known = last;
        if (current.isDone() || known == null) {
            try {
                return current.get(firstAnswerWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return Outcome.down("No answer from the Flowroute API within " + firstAnswerWait.toMillis()
                        + " ms yet", null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.down("Interrupted while waiting for the Flowroute API", null, null);
            } catch (ExecutionException e) {
                // the probe's future never fails (see startProbe); keep the contract all the same
                return Outcome.of(e.getCause());
            }
        }
        // a probe is under way: health polls must not wait for the network while an answer is known
        return known;
    }

    private CompletableFuture<Outcome> startProbe() {
        CompletableFuture<?> call;
        try {
            FlowrouteClient current = client.get();
            call = current != null ? current.listNumbers(new NumberQuery(null, null, null, 1, null))
                    : CompletableFuture.failedFuture(new IllegalStateException("the endpoint is not started"));
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        return call.handle((ignored, error) -> error == null ? Outcome.UP : Outcome.of(error))
                .whenComplete((outcome, ignored) -> last = outcome);
    }

    @Override
    public String toString() {
        return id;
    }

    /** What one probe found. */
    record Outcome(State state, String message, Integer status, Throwable error) {

        static final Outcome UP = new Outcome(State.UP, "The Flowroute API accepts the keys", 200, null);

        static Outcome down(String message, Integer status, Throwable error) {
            return new Outcome(State.DOWN, message, status, error);
        }

        static Outcome of(Throwable failure) {
            Throwable error = failure;
            while (error instanceof CompletionException && error.getCause() != null) {
                error = error.getCause();
            }
            if (error instanceof FlowrouteApiException api) {
                if (api.isUnauthorized()) {
                    return down("The Flowroute API refused the access key or secret key (401 Unauthorized on "
                            + api.getMethod() + " " + api.getPath() + ")", 401, api);
                }
                if (api.isForbidden()) {
                    return down("The Flowroute API refused the account access (403 Forbidden on " + api.getMethod()
                            + " " + api.getPath() + ")", 403, api);
                }
                return new Outcome(State.UP, "The Flowroute API answered " + api.getStatusCode()
                        + "; the keys reach it", api.getStatusCode(), null);
            }
            if (error instanceof FlowrouteTransportException transport) {
                return down("Cannot reach the Flowroute API: " + transport.getReason(), null, transport);
            }
            // the component's exceptions never carry credentials; a client that cannot be built, say
            return down("Cannot call the Flowroute API: " + error.getClass().getSimpleName() + ": "
                    + error.getMessage(), null, error);
        }

        void writeTo(HealthCheckResultBuilder builder) {
            builder.state(state).message(message);
            if (status != null) {
                builder.detail(HTTP_RESPONSE_CODE, status);
            }
            if (error != null) {
                builder.error(error);
            }
        }
    }
}
