package io.github.camelflowroute.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The account's CDR export jobs. A job completes {@link #completionDelay()} after it was created (1 s
 * unless configured), with the calls of {@link CallLog} in its window; tests can make the next jobs fail
 * or be slow ({@link #enqueueOutcome}). Its totals are counted once, when it is created: at once for a
 * small call log, in the background for a large one (a million generated calls take seconds), the job
 * staying {@code processing} until they are. Thread-safe.
 */
public final class CdrExports {

    /** Completion delay unless the builder sets another. */
    public static final Duration DEFAULT_COMPLETION_DELAY = Duration.ofSeconds(1);
    private static final long FIRST_ID = 38_647L;
    /**
     * Up to this many calls in the log, a new export's calls are counted at once (milliseconds); above it in
     * the background, and the export stays {@code processing} until they are.
     */
    static final long COUNT_INLINE = 10_000;

    /**
     * How the next created job behaves.
     *
     * @param fails         whether it ends {@code failed}
     * @param delay         time until it ends, or {@code null} for the current completion delay
     * @param downloadDelay wait before the download's first byte
     */
    public record Outcome(boolean fails, Duration delay, Duration downloadDelay) {
    }

    /** What a completed export holds. */
    public record Totals(long numCalls, long billedSeconds, long totalUnits, long subtotalUnits, long ccrfUnits,
            long cnamUnits) {

        /** Billed minutes, rounded up. */
        public long billedMinutes() {
            return (billedSeconds + 59) / 60;
        }
    }

    private final Clock clock;
    private final CallLog calls;
    private final Map<Long, SimCdrExport> exports = new LinkedHashMap<>();
    private final Map<Long, Totals> totals = new HashMap<>();
    /** Counts each new export's calls in the background, as the live job does while it is processing. */
    private final ThreadPoolExecutor counter = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "flowroute-simulator-cdr-export");
                // never keep a test JVM alive; with no core thread it also ends when idle, so a closed
                // simulator leaves no thread behind
                t.setDaemon(true);
                return t;
            });
    private long generation;
    private final Deque<Outcome> outcomes = new ArrayDeque<>();
    private Duration defaultDelay = DEFAULT_COMPLETION_DELAY;
    private Duration completionDelay = DEFAULT_COMPLETION_DELAY;
    private Random keys;
    private long nextId;
    private final long seed;

    CdrExports(Clock clock, CallLog calls, long seed) {
        this.clock = clock;
        this.calls = calls;
        this.seed = seed;
        reset();
    }

    /** No jobs, no queued outcomes, the completion delay back to the configured default. */
    synchronized void reset() {
        generation++;
        exports.clear();
        totals.clear();
        outcomes.clear();
        completionDelay = defaultDelay;
        keys = new Random(seed * 131 + 5);
        nextId = FIRST_ID;
    }

    synchronized void configureDefaultDelay(Duration delay) {
        this.defaultDelay = requireDelay(delay);
        this.completionDelay = defaultDelay;
    }

    private static Duration requireDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + delay);
        }
        return delay;
    }

    /** Time from creation to completion of jobs created from now on. */
    public synchronized Duration completionDelay() {
        return completionDelay;
    }

    /** Changes the completion delay of jobs created from now on (until {@link FlowrouteSimulator#reset()}). */
    public synchronized void completionDelay(Duration delay) {
        this.completionDelay = requireDelay(delay);
    }

    /**
     * Makes the next {@code times} jobs fail or take their own time.
     *
     * @param times how many jobs, at least 1
     */
    public synchronized void enqueueOutcome(Outcome outcome, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be 1 or more: " + times);
        }
        if (outcome.delay() != null) {
            requireDelay(outcome.delay());
        }
        requireDelay(outcome.downloadDelay());
        for (int i = 0; i < times; i++) {
            outcomes.add(outcome);
        }
    }

    /** Outcomes not used yet. */
    public synchronized int pendingOutcomes() {
        return outcomes.size();
    }

    /** Creates a job; it ends after the completion delay or as the next queued outcome says. */
    synchronized SimCdrExport create(String callbackUrl, ObjectNode filterParameters, Instant start, Instant end,
            Set<String> aliases) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Outcome outcome = outcomes.isEmpty() ? new Outcome(false, null, Duration.ZERO) : outcomes.poll();
        Duration delay = outcome.delay() == null ? completionDelay : outcome.delay();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            key.append(String.format("%016x", keys.nextLong()));
        }
        key.append("000");
        StringBuilder signature = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            signature.append(String.format("%016x", keys.nextLong()));
        }
        SimCdrExport export = new SimCdrExport(nextId++, now, callbackUrl, filterParameters, start, end,
                aliases == null ? null : Set.copyOf(aliases), clock.instant().plus(delay), outcome.fails(),
                outcome.downloadDelay(), key + ".gz", signature.toString());
        exports.put(export.id(), export);
        if (!export.fails()) {
            if (calls.count() <= COUNT_INLINE) {
                count(export, generation);
            } else {
                long startedIn = generation;
                counter.execute(() -> count(export, startedIn));
            }
        }
        return export;
    }

    /**
     * The export's status now: {@code processing} until its completion time has come and, unless it fails,
     * its calls are counted; then {@code completed} or {@code failed}.
     */
    public String status(SimCdrExport export) {
        String byClock = export.status(now());
        if (!"completed".equals(byClock)) {
            return byClock;
        }
        synchronized (this) {
            return totals.containsKey(export.id()) ? byClock : "processing";
        }
    }

    /** Every job, newest first (the live list shows the higher id first). */
    public synchronized List<SimCdrExport> list() {
        List<SimCdrExport> all = new ArrayList<>(exports.values());
        java.util.Collections.reverse(all);
        return all;
    }

    /** The job with this id, if any. */
    public synchronized Optional<SimCdrExport> find(long id) {
        return Optional.ofNullable(exports.get(id));
    }

    /** The job whose download has this key, if any. */
    synchronized Optional<SimCdrExport> findByKey(String key) {
        return exports.values().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The clock's now. */
    Instant now() {
        return clock.instant();
    }

    /** The calls of a job, lazily read. */
    Iterator<SimCall> callsOf(SimCdrExport export) {
        return calls.calls(export.start(), export.end(), export.numberAliases());
    }

    /** The totals of a job, once counted (see {@link #status}); empty before. */
    synchronized Optional<Totals> totals(SimCdrExport export) {
        return Optional.ofNullable(totals.get(export.id()));
    }

    /** Reads every call of the job once; the result is dropped when a reset came in between. */
    private void count(SimCdrExport export, long startedIn) {
        long n = 0;
        long billed = 0;
        long total = 0;
        long subtotal = 0;
        long ccrf = 0;
        long cnam = 0;
        for (Iterator<SimCall> it = callsOf(export); it.hasNext();) {
            SimCall c = it.next();
            n++;
            billed += c.billedDuration();
            long sub = c.subtotalUnits();
            long fee = c.ccrfUnits();
            subtotal += sub;
            ccrf += fee;
            cnam += c.cnamLookupUnits();
            total += sub + fee + c.cnamLookupUnits();
        }
        synchronized (this) {
            if (generation == startedIn) {
                totals.put(export.id(), new Totals(n, billed, total, subtotal, ccrf, cnam));
            }
        }
    }
}
