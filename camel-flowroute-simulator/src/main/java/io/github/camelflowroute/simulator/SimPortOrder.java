package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A port order of the simulated account. No SDK documents its fields; the simulator's are its own.
 *
 * @param id        decimal id, as a string
 * @param status    e.g. {@code pending}, {@code submitted}, {@code completed}
 * @param approved  whether the order is approved
 * @param numbers   the numbers to port in, 11 digits each
 * @param createdAt when it was placed
 */
public record SimPortOrder(String id, String status, boolean approved, List<String> numbers, Instant createdAt) {

    /** Checks the components. */
    public SimPortOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        numbers = List.copyOf(numbers);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
