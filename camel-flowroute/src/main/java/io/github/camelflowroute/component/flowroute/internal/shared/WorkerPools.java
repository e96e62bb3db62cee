package io.github.camelflowroute.component.flowroute.internal.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ThreadPoolProfile;

/**
 * The thread pools exchanges continue on after a Flowroute call, one per size for all endpoints of a component, made
 * by Camel's {@code ExecutorServiceManager} (so named, managed and shut down like Camel's own). A fixed number of
 * threads and an unbounded queue: the work queued is bounded by the exchanges in flight, and a full queue must never
 * push a route's work back onto an HTTP I/O thread.
 */
public final class WorkerPools {

    /** The thread name pattern's name, as in {@code Camel (ctx) thread #3 - FlowrouteWorker}. */
    public static final String THREAD_NAME = "FlowrouteWorker";

    private final Map<Integer, ExecutorService> pools = new HashMap<>();

    /** The pool of this many threads, created on first use. */
    public synchronized ExecutorService get(CamelContext context, Object owner, int size) {
        return pools.computeIfAbsent(size, n -> {
            ThreadPoolProfile profile = new ThreadPoolProfile(THREAD_NAME + "-" + n);
            profile.setPoolSize(n);
            profile.setMaxPoolSize(n);
            profile.setMaxQueueSize(-1);
            profile.setAllowCoreThreadTimeOut(true);
            return context.getExecutorServiceManager().newThreadPool(owner, THREAD_NAME, profile);
        });
    }

    /** Shuts every pool down; exchanges already handed over still run. */
    public synchronized void shutdown(CamelContext context) {
        pools.values().forEach(pool -> context.getExecutorServiceManager().shutdown(pool));
        pools.clear();
    }
}
