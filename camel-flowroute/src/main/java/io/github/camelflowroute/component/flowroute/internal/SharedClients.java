package io.github.camelflowroute.component.flowroute.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.management.ClientView;
import io.github.camelflowroute.component.flowroute.management.Masking;

/**
 * The HTTP clients of one component, one per distinct connection setting and role, shared by its endpoints: a route
 * with a dozen flowroute endpoints then holds one connection pool and one set of I/O threads, not a dozen. A client
 * closes when its last user stops.
 * <p>
 * Producers and polling consumers never share a client: with {@code continueOnIoThread} a producer's exchange
 * continues on the client's I/O thread, and a route that blocks there would otherwise also stall the consumers' reads
 * that the same thread serves.
 */
public final class SharedClients {

    /** Creates a client; may fail like the endpoint start it serves. */
    @FunctionalInterface
    public interface Factory {
        FlowrouteClient create() throws Exception;
    }

    private final Map<Settings, Entry> clients = new HashMap<>();

    /** The roles that never share a client. */
    public enum Role {
        PRODUCER,
        CONSUMER
    }

    public synchronized FlowrouteClient acquire(FlowrouteConfiguration configuration, Role role, Factory factory)
            throws Exception {
        Settings key = Settings.of(configuration, role);
        Entry entry = clients.get(key);
        if (entry == null) {
            entry = new Entry(factory.create());
            clients.put(key, entry);
        }
        entry.users++;
        return entry.client;
    }

    public synchronized void release(FlowrouteConfiguration configuration, Role role) {
        Settings key = Settings.of(configuration, role);
        Entry entry = clients.get(key);
        if (entry != null && --entry.users <= 0) {
            clients.remove(key);
            entry.client.close();
        }
    }

    public synchronized int size() {
        return clients.size();
    }

    /** The clients shared now, for the dev console: the access keys masked, the secret keys left out. */
    public synchronized List<ClientView> views() {
        List<ClientView> views = new ArrayList<>();
        clients.forEach((key, entry) -> views.add(new ClientView(key.role().name(), key.baseUrl(),
                Masking.accessKey(key.accessKey()), entry.users)));
        return views;
    }

    public synchronized void closeAll() {
        clients.values().forEach(e -> e.client.close());
        clients.clear();
    }

    private static final class Entry {
        final FlowrouteClient client;
        int users;

        Entry(FlowrouteClient client) {
            this.client = client;
        }
    }

    /** What makes two endpoints' clients interchangeable. The TLS settings compare by identity. */
    private record Settings(
            Role role, String baseUrl, String accessKey, String secretKey, Object sslContextParameters, long connectTimeout,
            long responseTimeout, long requestTimeout, long connectionRequestTimeout, int maxConnections, int ioThreadCount,
            String proxyHost, Integer proxyPort, boolean allowInsecureHttp, long maxResponseSize, int maxRetries,
            long retryDelay, long maxRetryDelay, long connectionMaxIdle, boolean expectContinue, boolean rateLimit,
            Object rateLimiter, int smsPerSecond, int mmsPerSecond, long rateLimitMaxWait) {

        static Settings of(FlowrouteConfiguration c, Role role) {
            return new Settings(role, c.getBaseUrl(), c.getAccessKey(), c.getSecretKey(), identity(c.getSslContextParameters()),
                    c.getConnectTimeout(), c.getResponseTimeout(), c.getRequestTimeout(), c.getConnectionRequestTimeout(), c.getMaxConnections(),
                    c.getIoThreadCount(), c.getProxyHost(), c.getProxyPort(), c.isAllowInsecureHttp(),
                    c.getMaxResponseSize(), c.getMaxRetries(), c.getRetryDelay(), c.getMaxRetryDelay(),
                    c.getConnectionMaxIdle(), c.isExpectContinue(), c.isRateLimit(), identity(c.getRateLimiter()),
                    c.getSmsPerSecond(), c.getMmsPerSecond(), c.getRateLimitMaxWait());
        }

        private static Object identity(Object o) {
            return o == null ? null : new Identity(o);
        }

        @Override
        public String toString() {
            return "Settings[" + role + " " + baseUrl + "]";
        }
    }

    private record Identity(Object target) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.target == target;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target);
        }
    }
}
