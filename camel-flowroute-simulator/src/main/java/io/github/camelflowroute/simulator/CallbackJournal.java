package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every callback POST the simulator made ({@link CallbackAttempt}), in the order the answers came.
 * Thread-safe. Keeps the latest {@value #CAPACITY} attempts.
 *
 * <p>To wait for work in flight use {@link FlowrouteSimulator#awaitDeliveries(Duration)} (every queued
 * callback delivered or given up) or {@link #await(Predicate, Duration)} (a condition on the attempts).
 */
public final class CallbackJournal {

    /** How many attempts are kept at most. */
    public static final int CAPACITY = BoundedLog.CAPACITY;

    private final BoundedLog<CallbackAttempt> entries = new BoundedLog<>();

    CallbackJournal() {
    }

    synchronized void record(CallbackAttempt attempt) {
        entries.add(attempt);
        notifyAll();
    }

    /** The attempts, oldest first. */
    public synchronized List<CallbackAttempt> attempts() {
        return entries.snapshot();
    }

    /** The attempts of one type, oldest first. */
    public synchronized List<CallbackAttempt> attempts(CallbackType type) {
        return entries.stream().filter(a -> a.type() == type).toList();
    }

    /** How many attempts are recorded. */
    public synchronized int count() {
        return entries.size();
    }

    /**
     * Waits until the recorded attempts satisfy {@code condition}, e.g.
     * {@code journal.await(a -> a.size() >= 3, Duration.ofSeconds(5))}.
     *
     * @return whether they did before the timeout ({@code false} also when interrupted, with the thread's
     *         interrupt flag set again)
     */
    public synchronized boolean await(Predicate<List<CallbackAttempt>> condition, Duration timeout) {
        return MonitorWait.until(this, () -> condition.test(entries.snapshot()), timeout);
    }

    /** Forgets every recorded attempt. */
    public synchronized void clear() {
        entries.clear();
    }
}
