package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the simulator did, oldest first: the latest {@value #CAPACITY} entries, so that a long-running standalone
 * simulator does not grow without bound (tests clear it far more often than that). Thread-safe.
 *
 * @param <T> the entries
 */
public abstract class Journal<T> {

    /** How many entries are kept at most. */
    public static final int CAPACITY = BoundedLog.CAPACITY;

    final BoundedLog<T> entries = new BoundedLog<>();

    Journal() {
    }

    synchronized void record(T entry) {
        entries.add(entry);
        notifyAll();
    }

    /** How many entries are recorded. */
    public synchronized int count() {
        return entries.size();
    }

    /**
     * Waits until the recorded entries satisfy {@code condition}, e.g.
     * {@code journal.await(a -> a.size() >= 3, Duration.ofSeconds(5))}.
     *
     * @return whether they did before the timeout ({@code false} also when interrupted, with the thread's
     *         interrupt flag set again)
     */
    public synchronized boolean await(Predicate<List<T>> condition, Duration timeout) {
        return MonitorWait.until(this, () -> condition.test(entries.snapshot()), timeout);
    }

    /** Forgets every recorded entry. */
    public synchronized void clear() {
        entries.clear();
    }
}
