package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import io.github.camelflowroute.component.flowroute.internal.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.internal.SharedClients;
import io.github.camelflowroute.component.flowroute.internal.WorkerPools;
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

    private final SharedClients sharedClients = new SharedClients();
    private final WorkerPools workerPools = new WorkerPools();
    private final Map<String, SendRateLimiter> rateLimiters = new ConcurrentHashMap<>();
    private ScheduledExecutorService rateLimitScheduler;

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
    protected void doStop() throws Exception {
        workerPools.shutdown(getCamelContext());
        sharedClients.closeAll();
        rateLimiters.clear();
        synchronized (this) {
            if (rateLimitScheduler != null) {
                getCamelContext().getExecutorServiceManager().shutdownNow(rateLimitScheduler);
                rateLimitScheduler = null;
            }
        }
        super.doStop();
    }

    /**
     * The send rate limiter of an access key: one per key for all endpoints of this component, since Flowroute counts
     * per key. The first endpoint's rates and wait limit set it up.
     */
    SendRateLimiter rateLimiterFor(FlowrouteConfiguration conf) {
        return rateLimiters.computeIfAbsent(String.valueOf(conf.getAccessKey()), key -> new SendRateLimiter(
                conf.getSmsPerSecond(), conf.getMmsPerSecond(), Duration.ofMillis(conf.getRateLimitMaxWait()),
                rateLimitScheduler()));
    }

    private synchronized ScheduledExecutorService rateLimitScheduler() {
        if (rateLimitScheduler == null) {
            rateLimitScheduler = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "FlowrouteRateLimit");
        }
        return rateLimitScheduler;
    }

    /** The pool of {@code size} threads that this component's producers continue exchanges on. */
    ExecutorService workerPool(int size) {
        return workerPools.get(getCamelContext(), this, size);
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

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
