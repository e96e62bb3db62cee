package io.github.camelflowroute.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every request the simulator answered (or dropped), in the order the answers went out. Thread-safe.
 *
 * <p>Keeps the latest {@value #CAPACITY} requests so that a long-running standalone simulator does not
 * grow without bound; tests clear it far more often than that.
 */
public final class RequestJournal {

    /** How many requests are kept at most. */
    public static final int CAPACITY = BoundedLog.CAPACITY;

    private final BoundedLog<RecordedRequest> entries = new BoundedLog<>();

    RequestJournal() {
    }

    synchronized void record(RecordedRequest request) {
        entries.add(request);
    }

    /** A snapshot of the recorded requests, oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return entries.snapshot();
    }

    /** How many requests are recorded. */
    public synchronized int count() {
        return entries.size();
    }

    /**
     * How many recorded requests have this method and a path starting with {@code pathPrefix}.
     *
     * @param method     HTTP method, any case; {@code null} or {@code "*"} for any
     * @param pathPrefix path prefix, e.g. {@code /v2.1/messages}
     * @return the count
     */
    public synchronized int count(String method, String pathPrefix) {
        String m = method == null ? "*" : method.toUpperCase(Locale.ROOT);
        return (int) entries.stream()
                .filter(r -> m.equals("*") || r.method().equals(m))
                .filter(r -> r.path().startsWith(pathPrefix))
                .count();
    }

    /** The most recent request, if any. */
    public synchronized Optional<RecordedRequest> last() {
        return entries.last();
    }

    /** Forgets every recorded request. */
    public synchronized void clear() {
        entries.clear();
    }
}
