package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account's E911 addresses and which number uses which. Thread-safe; lists are snapshots. Seeded with
 * the two addresses of the live sample {@code list-e911s.json}.
 */
public final class E911Addresses {

    /** Outcome of deleting an address. */
    enum Deletion { DONE, NO_SUCH_ADDRESS, IN_USE }

    private static final long FIRST_NEW_ID = 21_301L;

    private final Map<String, SimE911Address> addresses = new LinkedHashMap<>();
    /** number → address id. */
    private final NumberAssignments assignments = new NumberAssignments();
    private long nextId;

    E911Addresses() {
        reset();
    }

    synchronized void reset() {
        addresses.clear();
        assignments.clear();
        nextId = FIRST_NEW_ID;
        add(new SimE911Address("20930", attrs("Lobby", "12", "Seattle", "USA", "Maria", "Example E911", "Bermudez",
                "WA", "20th Ave SW", "7742", "98106")));
        add(new SimE911Address("20707", attrs("Apartment", "12", "Seattle", "US", "Something", "5th E911",
                "Someone", "WA", "Main St", "645", "98104")));
    }

    private static Map<String, String> attrs(String... values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(SimE911Address.ATTRIBUTES.get(i), values[i]);
        }
        return m;
    }

    private void add(SimE911Address address) {
        addresses.put(address.id(), address);
    }

    /** Every address, newest first (the live list shows the higher id first). */
    public synchronized List<SimE911Address> list() {
        List<SimE911Address> all = new ArrayList<>(addresses.values());
        all.sort((a, b) -> Long.compare(Long.parseLong(b.id()), Long.parseLong(a.id())));
        return all;
    }

    /** The address with this id, if any. */
    public synchronized Optional<SimE911Address> find(String id) {
        return Optional.ofNullable(addresses.get(id));
    }

    /** An existing address equal to this one (ids aside), if any. */
    synchronized Optional<SimE911Address> findSame(SimE911Address candidate) {
        return addresses.values().stream().filter(a -> a.sameAddressAs(candidate)).findFirst();
    }

    /**
     * Stores a new address with the next id.
     *
     * @param attributes the API's attribute names and values
     * @return the stored address
     */
    public synchronized SimE911Address create(Map<String, String> attributes) {
        SimE911Address address = new SimE911Address(Long.toString(nextId++), attributes);
        add(address);
        return address;
    }

    /** Replaces an address by its changed copy; empty when there is none with that id. */
    synchronized Optional<SimE911Address> update(String id, Map<String, String> changes) {
        SimE911Address current = addresses.get(id);
        if (current == null) {
            return Optional.empty();
        }
        SimE911Address changed = current.with(changes);
        addresses.put(id, changed);
        return Optional.of(changed);
    }

    synchronized Deletion delete(String id) {
        if (!addresses.containsKey(id)) {
            return Deletion.NO_SUCH_ADDRESS;
        }
        if (assignments.inUse(id)) {
            return Deletion.IN_USE;
        }
        addresses.remove(id);
        return Deletion.DONE;
    }

    /** Assigns an address to a number (replacing any other); false when there is no such address. */
    synchronized boolean assign(String number, String id) {
        if (!addresses.containsKey(id)) {
            return false;
        }
        assignments.assign(number, id);
        return true;
    }

    /** Removes a number's address; whether it had one. */
    synchronized boolean unassign(String number) {
        return assignments.unassign(number).isPresent();
    }

    /** The id of the address a number uses, if any. */
    public synchronized Optional<String> addressOf(String number) {
        return assignments.recordOf(number);
    }

    /** The numbers using an address, ascending. */
    public synchronized List<String> numbersOf(String id) {
        return assignments.numbersOf(id);
    }
}
