package io.github.camelflowroute.component.flowroute;

import java.util.Map;

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
