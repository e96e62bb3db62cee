package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting on an object's monitor, with a deadline, until a condition holds. */
final class MonitorWait {

    private MonitorWait() {
    }

    /**
     * Waits on {@code monitor}, whose lock the caller holds, until {@code condition} is true.
     *
     * @return {@code true} once it is; {@code false} after the timeout, or when interrupted (the thread's flag then
     *         set again)
     */
    static boolean until(Object monitor, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                monitor.wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Sleeps for an answer's delay; an interrupt (the simulator shutting down) ends it at once, so the answer (or
     * the failure) goes right away, with the thread's interrupt flag set again.
     */
    static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
