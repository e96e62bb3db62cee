package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The simulated Flowroute account: its numbers, the purchasable inventory, inbound routes and message
 * detail records, plus the registered {@linkplain #callbacks() callback URLs} and the media of injected
 * MMS. In memory and thread-safe: every method locks the whole state, which is ample for a test double and
 * keeps multi-step operations (such as a purchase) atomic.
 *
 * <p>MDRs are kept sorted by timestamp, then id, so a search page is a binary search and a copy of the
 * page ({@link #searchMessages}), fast with hundreds of thousands of records.
 *
 * <p>Lists returned are immutable snapshots; later changes do not show in them.
 */
public final class SimulatorState {

    /** The order of MDRs: timestamp, then id. */
    static final Comparator<SimMessage> MESSAGE_ORDER =
            Comparator.comparing(SimMessage::timestamp).thenComparing(SimMessage::id);

    /** Outcome of assigning a route to a number. */
    enum Assignment { DONE, NO_SUCH_NUMBER, NO_SUCH_ROUTE }

    private final long seed;
    private final Map<String, SimNumber> account = new TreeMap<>();
    private final Map<String, SimNumber> available = new TreeMap<>();
    private final Map<String, SimRoute> routes = new LinkedHashMap<>();
    private final Map<String, SimMessage> messagesById = new HashMap<>();
    /** Every MDR in search order; kept sorted on every change. */
    private final ArrayList<SimMessage> messagesInOrder = new ArrayList<>();
    private final Map<String, SimMedia> media = new HashMap<>();
    private final CallbackRegistry callbacks = new CallbackRegistry();
    private final E911Addresses e911 = new E911Addresses();
    private final CnamRecords cnams = new CnamRecords(java.time.Clock.systemUTC());
    private final CallLog calls;
    private final PortOrders portOrders = new PortOrders();
    private final CdrExports cdrExports;
    private Random ids;
    private long nextRouteId;

    SimulatorState(long seed) {
        this.seed = seed;
        this.calls = new CallLog(seed);
        this.cdrExports = new CdrExports(java.time.Clock.systemUTC(), calls, seed);
        reset();
    }

    /** The seed the data was built from. */
    public long seed() {
        return seed;
    }

    /**
     * Puts the state back to the seed data, including the sequence of generated ids; no callback URLs,
     * no media.
     */
    public synchronized void reset() {
        SeedData.Seed data = SeedData.build(seed);
        account.clear();
        available.clear();
        routes.clear();
        messagesById.clear();
        messagesInOrder.clear();
        media.clear();
        callbacks.clear();
        e911.reset();
        cnams.reset();
        calls.reset();
        cdrExports.reset();
        portOrders.clear();
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

    /** The callback URLs registered per account and per number. */
    public CallbackRegistry callbacks() {
        return callbacks;
    }

    /** The account's E911 addresses and their assignment to numbers. */
    public E911Addresses e911() {
        return e911;
    }

    /** The account's caller-ID (CNAM) records, their review and their assignment to numbers. */
    public CnamRecords cnams() {
        return cnams;
    }

    /** The account's voice calls, the source of CDR exports. */
    public CallLog calls() {
        return calls;
    }

    /** The account's port orders. */
    public PortOrders portOrders() {
        return portOrders;
    }

    /** The account's CDR export jobs. */
    public CdrExports cdrExports() {
        return cdrExports;
    }

    /**
     * Adds {@code count} generated calls (never stored: made on the fly when an export reads them), starting
     * at {@code from}, {@code spacing} apart, made and received by the account's numbers in turn.
     *
     * @throws IllegalStateException when the account has no number
     */
    public synchronized void generateCalls(long count, Instant from, Duration spacing) {
        List<String[]> numbers = new ArrayList<>();
        account.values().forEach(n -> numbers.add(new String[] { n.number(), n.alias() == null ? "" : n.alias() }));
        calls.generate(count, from, spacing, numbers);
    }

    /** The account's inbound routes, in creation order. */
    public synchronized List<SimRoute> routes() {
        return List.copyOf(routes.values());
    }

    /** All MDRs, oldest first (ties by id). */
    public synchronized List<SimMessage> messages() {
        return List.copyOf(messagesInOrder);
    }

    /** How many MDRs are stored. */
    public synchronized int messageCount() {
        return messagesInOrder.size();
    }

    /**
     * One page of the MDRs with {@code start <= timestamp < end}, oldest first (ties by id), as the MDR
     * search answers it. Costs a binary search and a copy of the page, whatever the number of records.
     *
     * @param start  earliest timestamp included, or {@code null} for no lower bound
     * @param end    first timestamp excluded, or {@code null} for no upper bound
     * @param offset records of the search to skip, at least 0
     * @param limit  page size, at least 1
     * @return the page and the search's total
     */
    public synchronized MessagePage searchMessages(Instant start, Instant end, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
        }
        int from = start == null ? 0 : firstAtOrAfter(start);
        int to = end == null ? messagesInOrder.size() : Math.max(from, firstAtOrAfter(end));
        int pageFrom = (int) Math.min(to, (long) from + offset);
        int pageTo = (int) Math.min(to, (long) pageFrom + limit);
        return new MessagePage(messagesInOrder.subList(pageFrom, pageTo), to - from, offset);
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
        number = withBuiltInRoute(number);
        account.put(e164, number);
        return number;
    }

    /** A number entering the account routes to the built-in sip-reg route "0", as a live purchase does. */
    private SimNumber withBuiltInRoute(SimNumber number) {
        return number.primaryRouteId() == null && routes.containsKey(SimRoute.BUILT_IN_ID)
                ? number.withPrimaryRouteId(SimRoute.BUILT_IN_ID) : number;
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
     * Changes an account number: alias, rate center and state, routes, costs. The change may not alter
     * the number itself, and the routes it names must exist.
     *
     * <pre>{@code state.updateAccountNumber(n, x -> x.withAlias("Support").withPrimaryRouteId(route.id()))}</pre>
     *
     * @param number 11 digits, on the account
     * @param change turns the current entry into the new one
     * @return the new entry
     * @throws IllegalArgumentException when the number is not on the account, the change renumbers it or
     *                                  names an unknown route
     */
    public synchronized SimNumber updateAccountNumber(String number, UnaryOperator<SimNumber> change) {
        SimNumber current = account.get(number);
        if (current == null) {
            throw new IllegalArgumentException("number is not on the account: " + number);
        }
        SimNumber changed = Objects.requireNonNull(change.apply(current), "changed number");
        if (!changed.number().equals(number)) {
            throw new IllegalArgumentException("a change cannot renumber " + number + " to " + changed.number());
        }
        requireRoute(changed.primaryRouteId());
        requireRoute(changed.failoverRouteId());
        account.put(number, changed);
        return changed;
    }

    /**
     * Takes a number off the account (it does not go back to the inventory) and drops its callback URLs.
     *
     * @return whether the account had it
     */
    public synchronized boolean removeAccountNumber(String number) {
        callbacks.forgetNumber(number);
        e911.unassign(number);
        cnams.unassign(number);
        return account.remove(number) != null;
    }

    /**
     * Takes a number out of the purchasable inventory.
     *
     * @return whether the inventory had it
     */
    public synchronized boolean removeAvailableNumber(String number) {
        return available.remove(number) != null;
    }

    /**
     * Changes a route: type, value, alias. The change may not alter the id.
     *
     * <pre>{@code state.updateRoute(id, r -> r.withTarget("uri", "sip:desk@example.com").withAlias("Desk"))}</pre>
     *
     * @throws IllegalArgumentException when there is no such route or the change alters the id
     */
    public synchronized SimRoute updateRoute(String id, UnaryOperator<SimRoute> change) {
        SimRoute current = routes.get(id);
        if (current == null) {
            throw new IllegalArgumentException("no route with id " + id);
        }
        SimRoute changed = Objects.requireNonNull(change.apply(current), "changed route");
        if (!changed.id().equals(id)) {
            throw new IllegalArgumentException("a change cannot alter route id " + id + " to " + changed.id());
        }
        routes.put(id, changed);
        return changed;
    }

    /**
     * Deletes a route; numbers that used it as primary or failover route lose that assignment.
     *
     * @return whether the route existed
     */
    public synchronized boolean removeRoute(String id) {
        if (routes.remove(id) == null) {
            return false;
        }
        account.replaceAll((n, number) -> {
            SimNumber result = number;
            if (id.equals(result.primaryRouteId())) {
                result = result.withPrimaryRouteId(null);
            }
            if (id.equals(result.failoverRouteId())) {
                result = result.withFailoverRouteId(null);
            }
            return result;
        });
        return true;
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

    /**
     * Stores {@code count} generated inbound SMS MDRs for load tests: timestamps {@code from},
     * {@code from + spacing}, ..., received by the account's numbers in turn, sent by
     * {@code 1312555nnnn} numbers, bodies {@code Generated message <n>}. Ids follow the seeded sequence,
     * so equal seeds give equal records.
     *
     * @param count   how many, at least 0
     * @param from    timestamp of the first
     * @param spacing time between two records, zero or positive
     * @return the new ids, oldest first
     * @throws IllegalStateException when the account has no number to receive them
     */
    public synchronized List<String> addMessages(int count, Instant from, Duration spacing) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more: " + count);
        }
        Objects.requireNonNull(from, "from");
        if (spacing == null || spacing.isNegative()) {
            throw new IllegalArgumentException("spacing must be zero or positive: " + spacing);
        }
        List<String> receivers = new ArrayList<>(account.keySet());
        if (receivers.isEmpty() && count > 0) {
            throw new IllegalStateException("the account has no number to receive messages");
        }
        List<String> added = new ArrayList<>(count);
        Instant timestamp = from;
        for (int i = 0; i < count; i++) {
            String sender = "1312555" + (char) ('0' + i / 1000 % 10) + (char) ('0' + i / 100 % 10)
                    + (char) ('0' + i / 10 % 10) + (char) ('0' + i % 10);
            String id = newMessageId();
            while (messagesById.containsKey(id)) {
                id = newMessageId();
            }
            SimMessage message = SimMessage.inbound(sender, receivers.get(i % receivers.size()),
                    "Generated message " + (i + 1), timestamp).withId(id);
            messagesById.put(id, message);
            messagesInOrder.add(message);
            added.add(message.id());
            timestamp = timestamp.plus(spacing);
        }
        // one sort for the batch; TimSort takes the already ordered runs in linear time
        messagesInOrder.sort(MESSAGE_ORDER);
        return Collections.unmodifiableList(added);
    }

    /** The MDR with this id, if any. */
    public synchronized Optional<SimMessage> findMessage(String id) {
        return Optional.ofNullable(messagesById.get(id));
    }

    /** A media file of an injected MMS, by media id (as in the MDR's {@code relationships.media}). */
    public synchronized Optional<SimMedia> findMedia(String mediaId) {
        return Optional.ofNullable(media.get(mediaId));
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
            bought = withBuiltInRoute(bought);
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

    /** Stores an MDR (see {@link #addMessage}) and returns it as stored. */
    synchronized SimMessage addAndGet(SimMessage message) {
        return store(Objects.requireNonNull(message, "message"));
    }

    /**
     * Stores an inbound message to an account number, with its media served under {@code mediaBaseUrl}.
     *
     * @throws IllegalArgumentException when {@code to} is not on the account
     */
    synchronized SimMessage addInbound(String from, String to, String body, List<SimMedia> files,
            String mediaBaseUrl, Instant timestamp) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("from is required");
        }
        if (!account.containsKey(to)) {
            throw new IllegalArgumentException("to must be a number on the account: " + to);
        }
        String id = newMessageId();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String mediaId = SimMessage.mediaId(id, i);
            media.put(mediaId, Objects.requireNonNull(files.get(i), "media"));
            urls.add(mediaBaseUrl + mediaId);
        }
        return store(SimMessage.inboundMms(from, to, body, urls, timestamp).withId(id));
    }

    private SimMessage store(SimMessage message) {
        SimMessage stored = message.id() == null ? message.withId(newMessageId()) : message;
        SimMessage previous = messagesById.put(stored.id(), stored);
        if (previous != null) {
            messagesInOrder.remove(indexOf(previous));
        }
        int size = messagesInOrder.size();
        if (size == 0 || MESSAGE_ORDER.compare(messagesInOrder.get(size - 1), stored) < 0) {
            messagesInOrder.add(stored);
        } else {
            messagesInOrder.add(-Collections.binarySearch(messagesInOrder, stored, MESSAGE_ORDER) - 1, stored);
        }
        return stored;
    }

    /** Position of a stored MDR (ids are unique, so the order is total). */
    private int indexOf(SimMessage stored) {
        return Collections.binarySearch(messagesInOrder, stored, MESSAGE_ORDER);
    }

    /** Position of the first MDR with a timestamp not before {@code t}. */
    private int firstAtOrAfter(Instant t) {
        return TimeOrder.firstAtOrAfter(messagesInOrder, SimMessage::timestamp, t);
    }

    private void requireRoute(String routeId) {
        if (routeId != null && !routes.containsKey(routeId)) {
            throw new IllegalArgumentException("no route with id " + routeId);
        }
    }

    /** {@code mdr2-} + 32 lowercase hex digits, the live API's id format. */
    private String newMessageId() {
        char[] id = new char[37];
        "mdr2-".getChars(0, 5, id, 0);
        hex(ids.nextLong(), id, 5);
        hex(ids.nextLong(), id, 21);
        return new String(id);
    }

    /** 16 lowercase hex digits of {@code value} (unsigned), as {@code %016x} writes them. */
    private static void hex(long value, char[] into, int at) {
        for (int i = 15; i >= 0; i--) {
            into[at + i] = Character.forDigit((int) (value & 0xF), 16);
            value >>>= 4;
        }
    }

    private static void requireNumber(String number) {
        if (!PhoneNumbers.isE164Nanp(number)) {
            throw new IllegalArgumentException("number must be 11 digits starting with 1: " + number);
        }
    }
}
