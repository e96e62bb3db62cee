package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * The simulated Flowroute account: its numbers, the purchasable inventory, inbound routes and message
 * detail records. In memory and thread-safe: every method locks the whole state, which is ample for a
 * test double and keeps multi-step operations (such as a purchase) atomic.
 *
 * <p>Lists returned are immutable snapshots; later changes do not show in them.
 */
public final class SimulatorState {

    /** Outcome of assigning a route to a number. */
    enum Assignment { DONE, NO_SUCH_NUMBER, NO_SUCH_ROUTE }

    private final long seed;
    private final Map<String, SimNumber> account = new TreeMap<>();
    private final Map<String, SimNumber> available = new TreeMap<>();
    private final Map<String, SimRoute> routes = new LinkedHashMap<>();
    private final Map<String, SimMessage> messages = new HashMap<>();
    private Random ids;
    private long nextRouteId;

    SimulatorState(long seed) {
        this.seed = seed;
        reset();
    }

    /** The seed the data was built from. */
    public long seed() {
        return seed;
    }

    /** Puts the state back to the seed data, including the sequence of generated ids. */
    public synchronized void reset() {
        SeedData.Seed data = SeedData.build(seed);
        account.clear();
        available.clear();
        routes.clear();
        messages.clear();
        // Generated ids come from their own seeded generator so a test run is repeatable end to end.
        ids = new Random(seed * 31 + 7);
        data.account().forEach(n -> account.put(n.number(), n));
        data.available().forEach(n -> available.put(n.number(), n));
        data.routes().forEach(r -> routes.put(r.id(), r));
        data.messages().forEach(this::store);
        nextRouteId = data.nextRouteId();
    }

    /** The account's numbers, ordered by number. */
    public synchronized List<SimNumber> accountNumbers() {
        return List.copyOf(account.values());
    }

    /** The purchasable inventory, ordered by number. */
    public synchronized List<SimNumber> availableNumbers() {
        return List.copyOf(available.values());
    }

    /** The account's inbound routes, in creation order. */
    public synchronized List<SimRoute> routes() {
        return List.copyOf(routes.values());
    }

    /** All MDRs, oldest first (ties by id). */
    public synchronized List<SimMessage> messages() {
        List<SimMessage> all = new ArrayList<>(messages.values());
        all.sort(Comparator.comparing(SimMessage::timestamp).thenComparing(SimMessage::id));
        return List.copyOf(all);
    }

    /**
     * Puts a number on the account. A number from the purchasable inventory moves over with its rate
     * center and costs; any other gets its area's rate center when the area is seeded, else
     * {@code UNKNOWN}/{@code US}. Adding a number the account already has returns it unchanged.
     *
     * @param e164 11 digits starting with 1
     * @return the account's number
     */
    public synchronized SimNumber addAccountNumber(String e164) {
        requireNumber(e164);
        SimNumber existing = account.get(e164);
        if (existing != null) {
            return existing;
        }
        SimNumber number = available.remove(e164);
        if (number == null) {
            String type = PhoneNumbers.isTollFree(e164) ? "tollfree" : "standard";
            number = SeedData.areaOf(e164)
                    .map(a -> new SimNumber(e164, a.rateCenter(), a.state(), type, null, null, null,
                            SeedData.MONTHLY_COST, a.baseSetupCost()))
                    .orElseGet(() -> new SimNumber(e164, "UNKNOWN", "US", type, null, null, null,
                            SeedData.MONTHLY_COST, 1.0));
        }
        account.put(e164, number);
        return number;
    }

    /**
     * Adds a number to the purchasable inventory (monthly cost 1.25, setup cost 1.00).
     *
     * @param number     11 digits starting with 1, not on the account
     * @param rateCenter rate center, e.g. {@code SEATTLE}
     * @param state      two-letter state
     * @param numberType {@code standard} or {@code tollfree}
     * @return the inventory entry
     */
    public synchronized SimNumber addAvailableNumber(String number, String rateCenter, String state,
                                                     String numberType) {
        requireNumber(number);
        if (account.containsKey(number)) {
            throw new IllegalArgumentException("number is already on the account: " + number);
        }
        SimNumber entry = new SimNumber(number, rateCenter, state, numberType, null, null, null,
                SeedData.MONTHLY_COST, 1.0);
        available.put(number, entry);
        return entry;
    }

    /**
     * Creates an inbound route with the next numeric id.
     *
     * @param routeType {@code host}, {@code sip-reg}, {@code uri} or {@code number}
     * @param value     route target
     * @param alias     friendly name
     * @return the route
     */
    public synchronized SimRoute addRoute(String routeType, String value, String alias) {
        SimRoute route = new SimRoute(Long.toString(nextRouteId), routeType, value, alias);
        nextRouteId++;
        routes.put(route.id(), route);
        return route;
    }

    /**
     * Stores an MDR, e.g. inbound traffic made with {@link SimMessage#inbound} or a late record. A record
     * without id gets a new {@code mdr2-} id; one with an id replaces any record with that id.
     *
     * @param message the record
     * @return its id
     */
    public synchronized String addMessage(SimMessage message) {
        Objects.requireNonNull(message, "message");
        return store(message).id();
    }

    /** The MDR with this id, if any. */
    public synchronized Optional<SimMessage> findMessage(String id) {
        return Optional.ofNullable(messages.get(id));
    }

    /** The account's number, if the account has it. */
    public synchronized Optional<SimNumber> findAccountNumber(String number) {
        return Optional.ofNullable(account.get(number));
    }

    /** The purchasable inventory entry, if there is one. */
    public synchronized Optional<SimNumber> findAvailableNumber(String number) {
        return Optional.ofNullable(available.get(number));
    }

    /** The route with this id, if any. */
    public synchronized Optional<SimRoute> findRoute(String id) {
        return Optional.ofNullable(routes.get(id));
    }

    /** Moves a number from the inventory to the account; empty when it is not purchasable. */
    synchronized Optional<SimNumber> purchase(String number) {
        SimNumber bought = available.remove(number);
        if (bought != null) {
            account.put(number, bought);
        }
        return Optional.ofNullable(bought);
    }

    /** Sets a number's primary or failover route. */
    synchronized Assignment assignRoute(String number, String routeId, boolean primary) {
        SimNumber current = account.get(number);
        if (current == null) {
            return Assignment.NO_SUCH_NUMBER;
        }
        if (!routes.containsKey(routeId)) {
            return Assignment.NO_SUCH_ROUTE;
        }
        account.put(number, primary ? current.withPrimaryRouteId(routeId) : current.withFailoverRouteId(routeId));
        return Assignment.DONE;
    }

    private SimMessage store(SimMessage message) {
        SimMessage stored = message.id() == null ? message.withId(newMessageId()) : message;
        messages.put(stored.id(), stored);
        return stored;
    }

    /** {@code mdr2-} + 32 lowercase hex digits, the live API's id format. */
    private String newMessageId() {
        return String.format("mdr2-%016x%016x", ids.nextLong(), ids.nextLong());
    }

    private static void requireNumber(String number) {
        if (!PhoneNumbers.isE164Nanp(number)) {
            throw new IllegalArgumentException("number must be 11 digits starting with 1: " + number);
        }
    }
}
