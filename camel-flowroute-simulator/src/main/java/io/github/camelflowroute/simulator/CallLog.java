package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The account's voice calls, the source of CDR exports: calls added one by one (kept in memory, ordered by
 * start time) and generated runs of calls that are never stored. A run ({@link #generate}) is a count, a
 * first start time and a spacing; its call {@code i} is computed from {@code i} and the run's seed on
 * demand, so a million-call export is read in constant memory and the same seed gives the same calls.
 * Thread-safe.
 */
public final class CallLog {

    /** A generated run: call {@code i} starts at {@code from + i * spacing}. */
    private record Run(long count, Instant from, long spacingMillis, List<String[]> numbers, long seed) {

        SimCall call(long i) {
            long r = mix(seed + i);
            String[] account = numbers.get((int) (i % numbers.size()));
            Instant start = from.plusMillis(i * spacingMillis);
            int last4 = (int) ((r >>> 16) % 10_000);
            String other = "1312555" + (char) ('0' + last4 / 1000) + (char) ('0' + last4 / 100 % 10)
                    + (char) ('0' + last4 / 10 % 10) + (char) ('0' + last4 % 10);
            boolean failed = i % 17 == 16;
            int duration = failed ? 0 : (int) (5 + (r >>> 32) % 600);
            SimCall call = (r & 1) == 0
                    ? SimCall.outbound(account[0], account[1], other, start, duration)
                    : SimCall.inbound(other, account[0], account[1], start, duration);
            if (failed) {
                return new SimCall(call.direction(), start, 0, call.destination(), call.numberAlias(),
                        call.callerId(), call.destinationName(), call.callerIdCountry(), call.lineInformation(),
                        "failed", 486, "Busy Here", call.rateMicros(), false, call.customerIp());
            }
            return call;
        }

        /** First index starting at or after {@code t}. */
        long firstAtOrAfter(Instant t) {
            long delta = Duration.between(from, t).toMillis();
            if (delta <= 0) {
                return 0;
            }
            if (spacingMillis == 0) {
                return count;
            }
            return Math.min(count, (delta + spacingMillis - 1) / spacingMillis);
        }
    }

    /** SplitMix64's finaliser: a well-spread, repeatable value per index. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    private static final Comparator<SimCall> ORDER = Comparator.comparing(SimCall::startTime);

    private final long seed;
    private final List<SimCall> calls = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();

    CallLog(long seed) {
        this.seed = seed;
    }

    synchronized void reset() {
        calls.clear();
        runs.clear();
    }

    /** Records a call. */
    public synchronized void add(SimCall call) {
        Objects.requireNonNull(call, "call");
        int at = Collections.binarySearch(calls, call, ORDER);
        // after equal start times: calls keep the order they were added in
        while (at >= 0 && at < calls.size() && !calls.get(at).startTime().isAfter(call.startTime())) {
            at++;
        }
        calls.add(at < 0 ? -at - 1 : at, call);
    }

    /**
     * Adds {@code count} generated calls starting at {@code from}, {@code spacing} apart, made and received
     * by {@code numbers} in turn (alternating directions, every 17th a failed one), computed on demand.
     *
     * @param numbers the account numbers with their aliases, {@code [number, alias]}, at least one
     */
    synchronized void generate(long count, Instant from, Duration spacing, List<String[]> numbers) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more: " + count);
        }
        if (spacing == null || spacing.isNegative()) {
            throw new IllegalArgumentException("spacing must be zero or positive: " + spacing);
        }
        if (numbers.isEmpty()) {
            throw new IllegalStateException("the account has no number to make calls");
        }
        runs.add(new Run(count, Objects.requireNonNull(from, "from"), spacing.toMillis(), List.copyOf(numbers),
                seed * 1_000_003L + runs.size()));
    }

    /** Calls recorded one by one plus generated ones. */
    public synchronized long count() {
        return calls.size() + runs.stream().mapToLong(Run::count).sum();
    }

    /**
     * The calls with {@code start <= startTime < end} whose number alias is in {@code aliases} (all when
     * {@code null}), by start time, read lazily: generated calls are made as the iterator reaches them.
     * Calls added after this call are not included.
     */
    public synchronized Iterator<SimCall> calls(Instant start, Instant end, Set<String> aliases) {
        PriorityQueue<PeekingIterator> sources = new PriorityQueue<>(
                Comparator.comparing((PeekingIterator p) -> p.peek().startTime()).thenComparingInt(p -> p.order));
        int order = 0;
        int from = firstAtOrAfter(start);
        int to = firstAtOrAfter(end);
        add(sources, new PeekingIterator(List.copyOf(calls.subList(from, Math.max(from, to))).iterator(), order++));
        for (Run run : runs) {
            long first = run.firstAtOrAfter(start);
            long last = run.firstAtOrAfter(end);
            add(sources, new PeekingIterator(new Iterator<>() {
                private long i = first;

                @Override
                public boolean hasNext() {
                    return i < last;
                }

                @Override
                public SimCall next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return run.call(i++);
                }
            }, order++));
        }
        return new Iterator<>() {
            private SimCall next = advance();

            private SimCall advance() {
                while (!sources.isEmpty()) {
                    PeekingIterator top = sources.poll();
                    SimCall call = top.next();
                    if (top.hasNext()) {
                        sources.add(top);
                    }
                    if (aliases == null || aliases.contains(call.numberAlias())) {
                        return call;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SimCall next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                SimCall result = next;
                next = advance();
                return result;
            }
        };
    }

    private static void add(PriorityQueue<PeekingIterator> sources, PeekingIterator source) {
        if (source.hasNext()) {
            sources.add(source);
        }
    }

    private int firstAtOrAfter(Instant t) {
        return TimeOrder.firstAtOrAfter(calls, SimCall::startTime, t);
    }

    /** An iterator that shows its next call. */
    private static final class PeekingIterator {
        private final Iterator<SimCall> source;
        private final int order;
        private SimCall peeked;

        PeekingIterator(Iterator<SimCall> source, int order) {
            this.source = source;
            this.order = order;
            this.peeked = source.hasNext() ? source.next() : null;
        }

        boolean hasNext() {
            return peeked != null;
        }

        SimCall peek() {
            return peeked;
        }

        SimCall next() {
            SimCall result = peeked;
            peeked = source.hasNext() ? source.next() : null;
            return result;
        }
    }
}
