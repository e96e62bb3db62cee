package io.github.camelflowroute.simulator;

import java.util.List;

/**
 * One page of an MDR search ({@link SimulatorState#searchMessages}).
 *
 * @param items  the page's records, oldest first (ties by id)
 * @param total  how many records the whole search matches
 * @param offset records of the search before this page
 */
public record MessagePage(List<SimMessage> items, int total, int offset) {

    /** Freezes the list. */
    public MessagePage {
        items = List.copyOf(items);
    }

    /** Whether records follow this page. */
    public boolean hasMore() {
        return (long) offset + items.size() < total;
    }
}
