package io.github.camelflowroute.component.flowroute.health;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * The producer health check of one endpoint, in Camel's {@code producers} repository while at least one of the
 * endpoint's producers runs. An endpoint used by several routes has several producers but one check.
 * <p>
 * Nothing is registered when {@code camel-health} is not on the classpath (there is no repository to register
 * with) or the component's {@code healthCheckProducerEnabled} is false. Camel calls producer checks only when
 * {@code camel.health.producersEnabled=true}.
 */
public final class ProducerHealthCheckRegistration {

    private final CamelContext context;
    private final String id;
    private final String endpointUri;
    private final Supplier<FlowrouteClient> client;
    private final Supplier<Settings> settings;

    private int producers;
    private WritableHealthCheckRepository repository;
    private FlowrouteProducerHealthCheck check;

    /** How the check of an endpoint runs, read from the component when the first producer starts. */
    public record Settings(boolean enabled, Duration interval, Duration firstAnswerWait) {
    }

    /**
     * @param endpointId  the endpoint's id: the check is {@code producer:flowroute-<endpointId>}
     * @param endpointUri the endpoint's URI with its secrets masked
     */
    public ProducerHealthCheckRegistration(CamelContext context, String endpointId, String endpointUri,
            Supplier<FlowrouteClient> client, Supplier<Settings> settings) {
        this.context = context;
        this.id = "producer:flowroute-" + endpointId;
        this.endpointUri = endpointUri;
        this.client = client;
        this.settings = settings;
    }

    /** A producer of the endpoint started: the first one registers the check. */
    public synchronized void producerStarted() {
        if (producers++ > 0) {
            return;
        }
        Settings current = settings.get();
        if (!current.enabled()) {
            return;
        }
        // health checks are optional: the repository exists only with camel-health on the classpath
        repository =
                HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
        if (repository != null) {
            check = new FlowrouteProducerHealthCheck(id, endpointUri, client, current.interval(),
                    current.firstAnswerWait());
            repository.addHealthCheck(check);
        }
    }

    /** A producer of the endpoint stopped: the last one removes the check. */
    public synchronized void producerStopped() {
        if (producers == 0 || --producers > 0) {
            return;
        }
        if (repository != null && check != null) {
            repository.removeHealthCheck(check);
        }
        repository = null;
        check = null;
    }

    /** The registered check, or {@code null}. */
    public synchronized FlowrouteProducerHealthCheck getHealthCheck() {
        return check;
    }
}
