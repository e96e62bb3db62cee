package io.github.camelflowroute.bench;

import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What a load loop records of the calls that complete while it measures: their latencies in microseconds, and how
 * many succeeded and failed. Calls completing during warm-up are not recorded.
 */
final class CallRecorder {

    private final Recorder latencies = new Recorder(3_600_000_000L, 3);
    private final LongAdder ok = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile boolean measuring;

    /** Records a call that started at {@code startedNanos} ({@link System#nanoTime()}) and just completed. */
    void record(long startedNanos, boolean success) {
        if (measuring) {
            latencies.recordValue(Math.max(1, (System.nanoTime() - startedNanos) / 1000));
            (success ? ok : failed).increment();
        }
    }

    /** Starts measuring from zero, or stops. */
    void measuring(boolean on) {
        if (on) {
            latencies.reset();
            ok.reset();
            failed.reset();
        }
        measuring = on;
    }

    /** The latencies recorded since the last call. */
    Histogram histogram() {
        return latencies.getIntervalHistogram();
    }

    long succeeded() {
        return ok.sum();
    }

    long failed() {
        return failed.sum();
    }
}
