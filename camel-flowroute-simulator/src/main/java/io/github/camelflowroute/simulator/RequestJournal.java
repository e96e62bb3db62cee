package io.github.camelflowroute.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every request the simulator answered (or dropped), in the order the answers went out. Thread-safe.
 *
 * <p>Keeps the latest {@value #CAPACITY} requests.
 */
public final class RequestJournal extends Journal<RecordedRequest> {

    RequestJournal() {
    }

    /** A snapshot of the recorded requests, oldest first. */
    public synchronized List<RecordedRequest> requests() {
        return entries.snapshot();
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
}
