package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelflowroute.component.flowroute.client.AdaptiveSendRateLimiter;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.internal.shared.SendRates;
import io.github.camelflowroute.component.flowroute.internal.shared.SharedClients;
import io.github.camelflowroute.component.flowroute.internal.shared.WorkerPools;
import io.github.camelflowroute.component.flowroute.management.ClientView;
import io.github.camelflowroute.component.flowroute.management.MeterBinding;
import io.github.camelflowroute.component.flowroute.metrics.FlowrouteEvents;
import io.github.camelflowroute.component.flowroute.metrics.FlowrouteMetrics;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The {@code flowroute:} component: holds the defaults every endpoint starts from. */
@Component("flowroute")
public class FlowrouteComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The defaults of every endpoint's options.")
    private FlowrouteConfiguration configuration = new FlowrouteConfiguration();

    @Metadata(label = "security", defaultValue = "false",
            description = "Use the global SSL context parameters of the CamelContext when none are set.")
    private boolean useGlobalSslContextParameters;

    @Metadata(label = "health", defaultValue = "30000", javaType = "java.time.Duration",
            description = "The least time between two calls of a producer's health check to the API (it lists one"
                    + " number of the account); health polls in between answer from the last call.")
    private long healthCheckInterval = 30000;

    private final SharedClients sharedClients = new SharedClients();
    private final WorkerPools workerPools = new WorkerPools();
    private final SendRates sendRates = new SendRates();
    private AdaptiveSendRateLimiter defaultRateLimiter;
    private ScheduledExecutorService rateLimitTimer;
    // what the clients and webhooks of this component report, per operation; Micrometer meters when bound
    private final FlowrouteMetrics metrics = new FlowrouteMetrics();
    private FlowrouteEvents meters;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        FlowrouteOperation operation = FlowrouteEndpoint.operationOf(remaining);
        FlowrouteConfiguration endpointConfiguration = configuration.copy();
        FlowrouteEndpoint endpoint = new FlowrouteEndpoint(uri, this, operation, endpointConfiguration);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        meters = MeterBinding.bind(getCamelContext(), metrics);
    }

    @Override
    protected void doStop() throws Exception {
        if (meters != null) {
            metrics.removeListener(meters);
            meters = null;
        }
        workerPools.shutdown(getCamelContext());
        sharedClients.closeAll();
        synchronized (this) {
            if (defaultRateLimiter != null) {
                defaultRateLimiter.close();
                defaultRateLimiter = null;
                getCamelContext().getExecutorServiceManager().shutdownNow(rateLimitTimer);
                rateLimitTimer = null;
            }
        }
        super.doStop();
    }

    /**
     * The rate limiter of the endpoints without a {@code rateLimiter} of their own: one for the component, which keeps
     * each access key's sends (of all its endpoints, since Flowroute counts per key) under the limit in this process.
     * Its getters count the 429 answers and the sends that waited.
     */
    public synchronized SendRateLimiter getDefaultRateLimiter() {
        if (defaultRateLimiter == null) {
            rateLimitTimer = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "FlowrouteRateLimit");
            defaultRateLimiter = new AdaptiveSendRateLimiter(rateLimitTimer);
        }
        return defaultRateLimiter;
    }

    /** The default rate limiter if an endpoint made the component create it, else {@code null}. */
    synchronized SendRateLimiter defaultRateLimiterIfCreated() {
        return defaultRateLimiter;
    }

    /**
     * The counters of this component's calls and webhook posts, per operation: what its endpoints' JMX attributes,
     * the {@code flowroute} dev console and the Micrometer meters show.
     */
    public FlowrouteMetrics getMetrics() {
        return metrics;
    }

    /** The HTTP clients this component's endpoints share now, with their access keys masked. */
    public List<ClientView> clientViews() {
        return sharedClients.usages().stream()
                .map(u -> ((ClientSettings) u.settings()).view(u.role().name(), u.users())).toList();
    }

    /** The pool of {@code size} threads that this component's producers continue exchanges on. */
    ExecutorService workerPool(int size) {
        return workerPools.get(getCamelContext(), this, size);
    }

    /** The send rates of this component's started producers, per access key and limiter. */
    SendRates getSendRates() {
        return sendRates;
    }

    /** The HTTP clients this component's endpoints share. */
    SharedClients getSharedClients() {
        return sharedClients;
    }

    public FlowrouteConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(FlowrouteConfiguration configuration) {
        this.configuration = configuration;
    }

    public long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
