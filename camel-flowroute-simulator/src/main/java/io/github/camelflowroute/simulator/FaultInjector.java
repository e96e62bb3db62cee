package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue of {@link FaultRule}s, an optional {@link FaultPlan} of random faults, and counters of what was
 * injected. For each request the first queued rule (in enqueue order) that matches and has uses left is applied
 * and used up by one; when none does, the plan may pick one. Thread-safe.
 *
 * <p>The counters let a test check that its figures add up: {@link #injectedCount(FaultRule)} per rule (as
 * enqueued or as given to the plan; equal rules count together), {@link #injectedCount(FaultRule.Action)} per
 * action, {@link #planRequests()} for how many requests the plan drew for, and {@link #injected()} for which
 * request got which fault. {@link #awaitSettled(Duration)} waits until every request has been handled to its end,
 * since a delayed one still takes effect after its client gave up.
 */
public final class FaultInjector {

    /** A rule and how often it may still apply. */
    private static final class Entry {
        final FaultRule rule;
        int remaining;

        Entry(FaultRule rule) {
            this.rule = rule;
            this.remaining = rule.times();
        }
    }

    /**
     * One fault applied: the rule and the request it was applied to.
     *
     * @param rule   the rule, as enqueued or as given to the plan
     * @param method the request's method
     * @param path   the request's path
     * @param body   the request's body as UTF-8 text, empty when there was none
     */
    public record Injected(FaultRule rule, String method, String path, String body) {
    }

    /** How many applied faults {@link #injected()} keeps at most. */
    public static final int CAPACITY = BoundedLog.CAPACITY;

    private final List<Entry> queue = new ArrayList<>();
    private final BoundedLog<Injected> injected = new BoundedLog<>();
    private final Map<FaultRule, Long> perRule = new LinkedHashMap<>();
    private final Map<FaultRule.Action, Long> perAction = new EnumMap<>(FaultRule.Action.class);
    private FaultPlan plan;
    private FaultPlan.Chooser chooser;
    private long planRequests;
    /** Requests still being handled (waiting out a delay, or processing), faulted or not. */
    private int active;

    FaultInjector() {
    }

    /**
     * Adds a rule behind those already queued.
     *
     * @param rule the rule
     * @return this injector, for chaining
     */
    public synchronized FaultInjector enqueue(FaultRule rule) {
        queue.add(new Entry(Objects.requireNonNull(rule, "rule")));
        return this;
    }

    /**
     * Injects faults at random from now on, replacing any plan set before; its decisions start again from the
     * plan's seed. Queued rules still go first.
     *
     * @param faultPlan the plan
     * @return this injector, for chaining
     */
    public synchronized FaultInjector randomly(FaultPlan faultPlan) {
        plan = Objects.requireNonNull(faultPlan, "plan");
        chooser = faultPlan.chooser();
        return this;
    }

    /** The random plan in force, if any. */
    public synchronized Optional<FaultPlan> plan() {
        return Optional.ofNullable(plan);
    }

    /** Removes every queued rule and the random plan; the counters keep their values. */
    public synchronized void clear() {
        queue.clear();
        plan = null;
        chooser = null;
    }

    /**
     * {@link #clear() Clears} the rules and the plan, sets every counter back to zero and empties {@link #injected()}.
     */
    public synchronized void reset() {
        clear();
        perRule.clear();
        perAction.clear();
        planRequests = 0;
        injected.clear();
    }

    /** The rules still waiting, each with the number of uses left as its {@link FaultRule#times()}. */
    public synchronized List<FaultRule> pending() {
        List<FaultRule> result = new ArrayList<>();
        for (Entry e : queue) {
            result.add(e.remaining == Integer.MAX_VALUE ? e.rule : e.rule.times(e.remaining));
        }
        return List.copyOf(result);
    }

    /** How many requests a fault was applied to, of any kind. */
    public synchronized long injectedCount() {
        return perAction.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many requests this rule (or an equal one) was applied to, from the queue or from the plan. */
    public synchronized long injectedCount(FaultRule rule) {
        return perRule.getOrDefault(Objects.requireNonNull(rule, "rule"), 0L);
    }

    /** How many requests got a fault with this action ({@link FaultRule.Action#NONE} counts bare delays). */
    public synchronized long injectedCount(FaultRule.Action action) {
        return perAction.getOrDefault(Objects.requireNonNull(action, "action"), 0L);
    }

    /** Every rule applied so far with its count, in the order each was first applied. */
    public synchronized Map<FaultRule, Long> injectedCounts() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(perRule));
    }

    /**
     * The faults applied since the last {@link #reset()}, oldest first, each with the request it hit (the latest
     * {@value #CAPACITY}): a test can tell which of its requests got which fault, e.g. by a token in the body.
     */
    public synchronized List<Injected> injected() {
        return injected.snapshot();
    }

    /**
     * How many requests the plan drew a decision for (those no queued rule claimed and one of its rules
     * matched), faulted or not, since the last {@link #reset()}.
     */
    public synchronized long planRequests() {
        return planRequests;
    }

    /**
     * Waits until no request is still being handled, faulted or not: a delayed request is processed after its
     * delay, and one dropped after processing is stored before the connection closes, whether or not its client
     * is still waiting (a client that timed out on a busy machine may likewise have left a request behind).
     *
     * @param timeout how long to wait at most
     * @return {@code true} when none is; {@code false} after the timeout (or when interrupted, with the
     *         thread's interrupt flag set again)
     */
    public synchronized boolean awaitSettled(Duration timeout) {
        return MonitorWait.until(this, () -> active == 0, timeout);
    }

    /**
     * Takes one use of the first matching queued rule, else asks the plan. Every call must be followed by
     * {@link #settled()} once its request has been handled.
     */
    synchronized Optional<FaultRule> take(String method, String path, String body) {
        active++;
        FaultRule chosen = fromQueue(method, path);
        if (chosen == null && chooser != null && chooser.matchesAny(method, path)) {
            planRequests++;
            chosen = chooser.choose(method, path);
        }
        if (chosen == null) {
            return Optional.empty();
        }
        injected.add(new Injected(chosen, method, path, body == null ? "" : body));
        perRule.merge(chosen, 1L, Long::sum);
        perAction.merge(chosen.action(), 1L, Long::sum);
        return Optional.of(chosen);
    }

    /** A request that passed {@link #take} has been handled to its end. */
    synchronized void settled() {
        active--;
        notifyAll();
    }

    private FaultRule fromQueue(String method, String path) {
        for (Iterator<Entry> it = queue.iterator(); it.hasNext();) {
            Entry e = it.next();
            if (e.rule.matches(method, path)) {
                if (e.remaining != Integer.MAX_VALUE) {
                    e.remaining--;
                    if (e.remaining == 0) {
                        it.remove();
                    }
                }
                return e.rule;
            }
        }
        return null;
    }
}
