package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The account's port orders: none at start; tests add them ({@link #add}, or the control API). Thread-safe. */
public final class PortOrders {

    private static final long FIRST_ID = 5_001L;

    private final List<SimPortOrder> orders = new ArrayList<>();
    private long nextId = FIRST_ID;

    synchronized void clear() {
        orders.clear();
        nextId = FIRST_ID;
    }

    /**
     * Places an order with the next id.
     *
     * @param numbers 11-digit numbers, at least one
     */
    public synchronized SimPortOrder add(String status, boolean approved, List<String> numbers, Instant createdAt) {
        if (numbers.isEmpty() || !numbers.stream().allMatch(PhoneNumbers::isE164Nanp)) {
            throw new IllegalArgumentException("numbers must be 11-digit numbers starting with 1: " + numbers);
        }
        SimPortOrder order = new SimPortOrder(Long.toString(nextId++), status, approved, numbers, createdAt);
        orders.add(order);
        return order;
    }

    /** Every order, oldest first. */
    public synchronized List<SimPortOrder> list() {
        return List.copyOf(new ArrayList<>(orders));
    }
}
