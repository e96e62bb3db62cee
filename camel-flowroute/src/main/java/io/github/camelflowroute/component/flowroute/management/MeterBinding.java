package io.github.camelflowroute.component.flowroute.management;

import io.github.camelflowroute.component.flowroute.metrics.FlowrouteEvents;
import io.github.camelflowroute.component.flowroute.metrics.FlowrouteMetrics;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the component's counters to Micrometer when Micrometer is on the classpath and the Camel registry holds a
 * {@code MeterRegistry} (as camel-micrometer's {@code metricsRegistry}, or the only one). Micrometer is an optional
 * dependency: without it this class never loads {@link FlowrouteMeters}.
 */
public final class MeterBinding {

    /** The name camel-micrometer binds its registry under. */
    public static final String REGISTRY_NAME = "metricsRegistry";

    private static final Logger LOG = LoggerFactory.getLogger(MeterBinding.class);
    private static final boolean MICROMETER_PRESENT = micrometerPresent();

    private MeterBinding() {
    }

    /**
     * Adds meters of the counters' events to the context's Micrometer registry.
     *
     * @return the listener added (to remove it when the component stops), or {@code null} when Micrometer or a
     *         registry is missing
     */
    public static FlowrouteEvents bind(CamelContext context, FlowrouteMetrics metrics) {
        if (!MICROMETER_PRESENT) {
            return null;
        }
        Object registry = context.getRegistry().lookupByName(REGISTRY_NAME);
        if (!FlowrouteMeters.isRegistry(registry)) {
            registry = context.getRegistry().findSingleByType(FlowrouteMeters.registryType());
        }
        if (registry == null) {
            LOG.debug("Micrometer is present but no MeterRegistry is in the Camel registry: no Flowroute meters");
            return null;
        }
        FlowrouteEvents meters = FlowrouteMeters.in(registry);
        metrics.addListener(meters);
        return meters;
    }

    private static boolean micrometerPresent() {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, MeterBinding.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
