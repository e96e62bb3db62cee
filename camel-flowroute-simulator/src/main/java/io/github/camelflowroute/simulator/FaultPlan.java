package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Faults injected at random, at a rate per rule, from a fixed seed: say 10% of 10,000 sends faulted without
 * queueing a thousand rules. Immutable; set it with {@link FaultInjector#randomly(FaultPlan)}.
 *
 * <pre>{@code
 * sim.faults().randomly(FaultPlan.seeded(7)
 *         .with(0.02, FaultRule.onPath("POST", "/v2.1/messages").respond(500))
 *         .with(0.02, FaultRule.onPath("POST", "/v2.1/messages").dropConnectionAfterProcessing()));
 * long resets = sim.faults().injectedCount(FaultRule.onPath("POST", "/v2.1/messages").dropConnectionAfterProcessing());
 * }</pre>
 *
 * <p>For each request that no queued rule claimed and that at least one of the plan's rules matches, one
 * number is drawn from the seeded generator. The rules share the range [0, 1) in the order they were added,
 * each a slice as wide as its rate; the rule whose slice holds the number applies if it matches the request,
 * otherwise nothing does. So each rule faults the requests it matches at its own rate, and the n-th such
 * request always gets the same decision for the same seed (which request is the n-th depends on arrival
 * order). A rule's {@link FaultRule#times()} does not limit it here: it applies for as long as the plan is set.
 */
public final class FaultPlan {

    /** A rule and its share of the draws. */
    record Entry(double rate, FaultRule rule) {
    }

    private final long seed;
    private final List<Entry> entries;

    private FaultPlan(long seed, List<Entry> entries) {
        this.seed = seed;
        this.entries = List.copyOf(entries);
    }

    /**
     * An empty plan whose decisions come from this seed.
     *
     * @param seed equal seeds give equal sequences of decisions
     * @return the plan
     */
    public static FaultPlan seeded(long seed) {
        return new FaultPlan(seed, List.of());
    }

    /**
     * Adds a rule applied to this fraction of the requests it matches.
     *
     * @param rate between 0 and 1; the rates of a plan add up to at most 1
     * @param rule the fault
     * @return a new plan with the rule
     * @throws IllegalArgumentException when the rate is out of range or the total would exceed 1
     */
    public FaultPlan with(double rate, FaultRule rule) {
        Objects.requireNonNull(rule, "rule");
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("rate must be between 0 and 1: " + rate);
        }
        // a small tolerance: 0.1 + 0.2 + 0.7 must not fail on rounding
        if (totalRate() + rate > 1 + 1e-9) {
            throw new IllegalArgumentException("the rates of a plan add up to more than 1");
        }
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(rate, rule));
        return new FaultPlan(seed, more);
    }

    /** The seed of the decisions. */
    public long seed() {
        return seed;
    }

    /** The rules, in the order added. */
    public List<FaultRule> rules() {
        return entries.stream().map(Entry::rule).toList();
    }

    /** The sum of the rates: the share of matching requests faulted when every rule matches. */
    public double totalRate() {
        return entries.stream().mapToDouble(Entry::rate).sum();
    }

    /** A new sequence of decisions, from the start of the seed. Used by one injector, under its lock. */
    Chooser chooser() {
        return new Chooser(this);
    }

    /** The plan's rules with the generator they draw from. Not thread-safe: the injector serialises calls. */
    static final class Chooser {
        private final List<Entry> entries;
        private final Random random;

        private Chooser(FaultPlan plan) {
            this.entries = plan.entries;
            this.random = new Random(plan.seed);
        }

        /** Whether any of the plan's rules matches the request: only then is a number drawn. */
        boolean matchesAny(String method, String path) {
            return entries.stream().anyMatch(e -> e.rule().matches(method, path));
        }

        /** Draws for a request {@link #matchesAny matched}: the rule whose slice holds the draw, if it matches. */
        FaultRule choose(String method, String path) {
            double draw = random.nextDouble();
            double upper = 0;
            for (Entry e : entries) {
                upper += e.rate();
                if (draw < upper) {
                    return e.rule().matches(method, path) ? e.rule() : null;
                }
            }
            return null;
        }
    }

    @Override
    public String toString() {
        return "FaultPlan[seed " + seed + ", " + entries.size() + " rules, total rate " + totalRate() + "]";
    }
}
