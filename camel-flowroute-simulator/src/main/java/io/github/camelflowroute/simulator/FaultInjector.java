package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The queue of {@link FaultRule}s. For each request the first rule (in enqueue order) that matches and
 * has uses left is applied and used up by one. Thread-safe.
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

    private final List<Entry> queue = new ArrayList<>();

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

    /** Removes every rule. */
    public synchronized void clear() {
        queue.clear();
    }

    /** The rules still waiting, each with the number of uses left as its {@link FaultRule#times()}. */
    public synchronized List<FaultRule> pending() {
        List<FaultRule> result = new ArrayList<>();
        for (Entry e : queue) {
            result.add(e.remaining == Integer.MAX_VALUE ? e.rule : e.rule.times(e.remaining));
        }
        return List.copyOf(result);
    }

    /** Takes one use of the first matching rule. */
    synchronized Optional<FaultRule> take(String method, String path) {
        for (Iterator<Entry> it = queue.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.rule.matches(method, path)) {
                if (e.remaining != Integer.MAX_VALUE) {
                    e.remaining--;
                    if (e.remaining == 0) {
                        it.remove();
                    }
                }
                return Optional.of(e.rule);
            }
        }
        return Optional.empty();
    }
}
