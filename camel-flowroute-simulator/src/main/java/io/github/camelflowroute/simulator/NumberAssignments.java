package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which record (a CNAM record, an E911 address) each account number has, at most one per number, numbers in
 * ascending order. Not thread-safe: its owner locks.
 */
final class NumberAssignments {

    private final Map<String, String> recordByNumber = new TreeMap<>();

    /** Gives the number the record, replacing any other. */
    void assign(String number, String id) {
        recordByNumber.put(number, id);
    }

    /** Takes the number's record away; the id it had, if any. */
    Optional<String> unassign(String number) {
        return Optional.ofNullable(recordByNumber.remove(number));
    }

    /** The id of the number's record, if any. */
    Optional<String> recordOf(String number) {
        return Optional.ofNullable(recordByNumber.get(number));
    }

    /** The numbers that have the record, ascending. */
    List<String> numbersOf(String id) {
        List<String> numbers = new ArrayList<>();
        recordByNumber.forEach((number, recordId) -> {
            if (recordId.equals(id)) {
                numbers.add(number);
            }
        });
        return numbers;
    }

    /** Whether any number has the record. */
    boolean inUse(String id) {
        return recordByNumber.containsValue(id);
    }

    /** Takes the record away from every number that has it. */
    void forget(String id) {
        recordByNumber.values().removeIf(id::equals);
    }

    void clear() {
        recordByNumber.clear();
    }
}
