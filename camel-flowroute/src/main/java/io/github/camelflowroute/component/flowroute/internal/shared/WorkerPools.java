package io.github.camelflowroute.component.flowroute.internal.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.util.concurrent.CamelThreadFactory;

/**
 * The thread pools exchanges continue on after a Flowroute call, one per maximum size for all endpoints of a
 * component ({@link GrowingWorkerPool}: one thread per processor while the steps after the calls are short, more while
 * they block). Their threads are named by Camel's {@code ExecutorServiceManager} and the pools shut down with the
 * component. The queue is unbounded: the work queued is bounded by the exchanges in flight, and a full queue must
 * never push a route's work back onto an HTTP I/O thread.
 */
public final class WorkerPools {

    /** The thread name pattern's name, as in {@code Camel (ctx) thread #3 - FlowrouteWorker}. */
    public static final String THREAD_NAME = "FlowrouteWorker";
    // how long an idle worker stays, as Camel's default thread pool profile keeps its threads
    private static final long KEEP_ALIVE_SECONDS = 60;

    private final Map<Integer, ExecutorService> pools = new HashMap<>();
    private ScheduledExecutorService watch;

    /** The pool of at most this many threads, created on first use. */
    public synchronized ExecutorService get(CamelContext context, Object owner, int size) {
        return pools.computeIfAbsent(size, n -> {
            ExecutorServiceManager manager = context.getExecutorServiceManager();
            if (watch == null) {
                watch = manager.newSingleThreadScheduledExecutor(owner, THREAD_NAME + "Watch");
            }
            CamelThreadFactory threads = new CamelThreadFactory(manager.getThreadNamePattern(), THREAD_NAME, true);
            return new GrowingWorkerPool(Runtime.getRuntime().availableProcessors(), n, KEEP_ALIVE_SECONDS, threads,
                    watch);
        });
    }

    /** Shuts every pool down; exchanges already handed over still run. */
    public synchronized void shutdown(CamelContext context) {
        pools.values().forEach(pool -> context.getExecutorServiceManager().shutdown(pool));
        pools.clear();
        if (watch != null) {
            context.getExecutorServiceManager().shutdownNow(watch);
            watch = null;
        }
    }
}
