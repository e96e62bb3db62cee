package io.github.camelflowroute.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The latest {@value #CAPACITY} entries of a journal, oldest first, so that a long-running standalone simulator does
 * not grow without bound (tests clear its journals far more often). Not thread-safe: its owner locks.
 *
 * @param <T> the entries
 */
final class BoundedLog<T> {

    /** How many entries are kept at most. */
    static final int CAPACITY = 10_000;

    private final Deque<T> entries = new ArrayDeque<>();

    /** Adds an entry, dropping the oldest when full. */
    void add(T entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    List<T> snapshot() {
        return List.copyOf(entries);
    }

    Stream<T> stream() {
        return entries.stream();
    }

    int size() {
        return entries.size();
    }

    Optional<T> last() {
        return Optional.ofNullable(entries.peekLast());
    }

    void clear() {
        entries.clear();
    }
}
