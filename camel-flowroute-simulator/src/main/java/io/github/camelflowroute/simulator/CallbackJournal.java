package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.List;

/**
 * Every callback POST the simulator made ({@link CallbackAttempt}), in the order the answers came.
 * Thread-safe. Keeps the latest {@value #CAPACITY} attempts.
 *
 * <p>To wait for work in flight use {@link FlowrouteSimulator#awaitDeliveries(Duration)} (every queued
 * callback delivered or given up) or {@link #await(java.util.function.Predicate, Duration)} (a condition on the
 * attempts).
 */
public final class CallbackJournal extends Journal<CallbackAttempt> {

    CallbackJournal() {
    }

    /** The attempts, oldest first. */
    public synchronized List<CallbackAttempt> attempts() {
        return entries.snapshot();
    }

    /** The attempts of one type, oldest first. */
    public synchronized List<CallbackAttempt> attempts(CallbackType type) {
        return entries.stream().filter(a -> a.type() == type).toList();
    }
}
