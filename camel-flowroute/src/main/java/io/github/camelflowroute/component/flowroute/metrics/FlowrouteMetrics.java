package io.github.camelflowroute.component.flowroute.metrics;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the {@link FlowrouteEvents} per operation: calls by outcome, answers by HTTP status, retries by reason, the
 * waits for a turn under the rate limit and webhook duplicates. Cheap enough to stay always on (a map lookup and an
 * adder per event). Listeners added with {@link #addListener} see every event as well (the component binds its
 * Micrometer meters that way).
 */
public final class FlowrouteMetrics implements FlowrouteEvents {

    private static final Logger LOG = LoggerFactory.getLogger(FlowrouteMetrics.class);

    private final ConcurrentMap<String, Counters> operations = new ConcurrentHashMap<>();
    private final List<FlowrouteEvents> listeners = new CopyOnWriteArrayList<>();

    /** Passes every later event to the listener too. */
    public void addListener(FlowrouteEvents listener) {
        listeners.add(listener);
    }

    public void removeListener(FlowrouteEvents listener) {
        listeners.remove(listener);
    }

    @Override
    public void answered(String operation, int status) {
        counters(operation).answered(operation, status);
        if (!listeners.isEmpty()) {
            tellListeners(events -> events.answered(operation, status));
        }
    }

    @Override
    public void retried(String operation, RetryReason reason) {
        counters(operation).retried(operation, reason);
        if (!listeners.isEmpty()) {
            tellListeners(events -> events.retried(operation, reason));
        }
    }

    @Override
    public void waitedForTurn(String operation, Duration waited) {
        counters(operation).waitedForTurn(operation, waited);
        if (!listeners.isEmpty()) {
            tellListeners(events -> events.waitedForTurn(operation, waited));
        }
    }

    @Override
    public void completed(String operation, CallOutcome outcome) {
        counters(operation).completed(operation, outcome);
        if (!listeners.isEmpty()) {
            tellListeners(events -> events.completed(operation, outcome));
        }
    }

    @Override
    public void webhookDuplicate(String operation) {
        counters(operation).webhookDuplicate(operation);
        if (!listeners.isEmpty()) {
            tellListeners(events -> events.webhookDuplicate(operation));
        }
    }

    /** The counts of one operation so far; all zero for an operation that reported nothing. */
    public OperationStatistics of(String operation) {
        Counters c = operations.get(operation);
        return c == null ? OperationStatistics.EMPTY : c.snapshot();
    }

    /** The counts of every operation that reported something, by operation name. */
    public Map<String, OperationStatistics> snapshot() {
        Map<String, OperationStatistics> all = new TreeMap<>();
        operations.forEach((name, c) -> all.put(name, c.snapshot()));
        return Collections.unmodifiableMap(all);
    }

    /** The counts of all operations together. */
    public OperationStatistics total() {
        OperationStatistics sum = OperationStatistics.EMPTY;
        for (Counters c : operations.values()) {
            sum = sum.plus(c.snapshot());
        }
        return sum;
    }

    /** Sets every count back to zero. */
    public void reset() {
        operations.clear();
    }

    /**
     * Passes an event on to the listeners (the counts have it already). A listener that fails must not fail the call:
     * the events come from the client's threads just before a call's future completes, which would then never
     * complete. Without listeners, an event allocates nothing.
     */
    private void tellListeners(Consumer<FlowrouteEvents> event) {
        for (FlowrouteEvents listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.debug("A Flowroute events listener failed: {}", e.toString());
            }
        }
    }

    private Counters counters(String operation) {
        String key = operation == null ? "unknown" : operation;
        Counters counters = operations.get(key);
        return counters != null ? counters : operations.computeIfAbsent(key, o -> new Counters());
    }

    /** The counts of one operation: the events reach it with that operation's name. */
    private static final class Counters implements FlowrouteEvents {
        final Map<CallOutcome, LongAdder> outcomes = filled(CallOutcome.class);
        final Map<RetryReason, LongAdder> retries = filled(RetryReason.class);
        final ConcurrentMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        final LongAdder waits = new LongAdder();
        final LongAdder waitNanos = new LongAdder();
        final LongAdder webhookDuplicates = new LongAdder();

        @Override
        public void answered(String operation, int status) {
            LongAdder count = statuses.get(status);
            (count != null ? count : statuses.computeIfAbsent(status, s -> new LongAdder())).increment();
        }

        @Override
        public void retried(String operation, RetryReason reason) {
            retries.get(reason).increment();
        }

        @Override
        public void waitedForTurn(String operation, Duration waited) {
            waits.increment();
            waitNanos.add(waited.toNanos());
        }

        @Override
        public void completed(String operation, CallOutcome outcome) {
            outcomes.get(outcome).increment();
        }

        @Override
        public void webhookDuplicate(String operation) {
            webhookDuplicates.increment();
        }

        OperationStatistics snapshot() {
            Map<CallOutcome, Long> byOutcome = new EnumMap<>(CallOutcome.class);
            outcomes.forEach((k, v) -> byOutcome.put(k, v.sum()));
            Map<RetryReason, Long> byReason = new EnumMap<>(RetryReason.class);
            retries.forEach((k, v) -> byReason.put(k, v.sum()));
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
            return new OperationStatistics(byOutcome, byStatus, byReason, waits.sum(),
                    Duration.ofNanos(waitNanos.sum()), webhookDuplicates.sum());
        }

        private static <E extends Enum<E>> Map<E, LongAdder> filled(Class<E> type) {
            // every key present from the start: the maps are then only read, and need no locking
            Map<E, LongAdder> map = new EnumMap<>(type);
            for (E e : type.getEnumConstants()) {
                map.put(e, new LongAdder());
            }
            return map;
        }
    }
}
