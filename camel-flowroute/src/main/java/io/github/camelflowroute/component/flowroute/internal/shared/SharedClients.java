package io.github.camelflowroute.component.flowroute.internal.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;

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

    private final Map<Key, Entry> clients = new HashMap<>();

    /** The roles that never share a client. */
    public enum Role {
        PRODUCER,
        CONSUMER
    }

    /**
     * The client of these settings and role, created by {@code factory} for its first user.
     *
     * @param settings what makes two clients interchangeable: a value with {@code equals} over every setting the
     *                 factory builds from
     */
    public synchronized FlowrouteClient acquire(Object settings, Role role, Factory factory) throws Exception {
        Key key = new Key(role, settings);
        Entry entry = clients.get(key);
        if (entry == null) {
            entry = new Entry(factory.create());
            clients.put(key, entry);
        }
        entry.users++;
        return entry.client;
    }

    /** One user of the client of these settings and role is done with it; the last one closes it. */
    public synchronized void release(Object settings, Role role) {
        Key key = new Key(role, settings);
        Entry entry = clients.get(key);
        if (entry != null && --entry.users <= 0) {
            clients.remove(key);
            entry.client.close();
        }
    }

    public synchronized int size() {
        return clients.size();
    }

    /** The clients shared now: role, the settings they were acquired with, and how many users hold each. */
    public synchronized List<Usage> usages() {
        List<Usage> usages = new ArrayList<>();
        clients.forEach((key, entry) -> usages.add(new Usage(key.role(), key.settings(), entry.users)));
        return usages;
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

    /** One shared client as {@link #usages()} lists it. */
    public record Usage(Role role, Object settings, int users) {
    }

    /** A client is shared by the users of one role with equal settings. */
    private record Key(Role role, Object settings) {
    }
}
