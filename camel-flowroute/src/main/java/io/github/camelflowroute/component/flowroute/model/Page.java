package io.github.camelflowroute.component.flowroute.model;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items    the records of this page
 * @param selfLink the page's own link as the API gave it
 * @param nextLink the next page's link as the API gave it, or {@code null} on the last page
 * @param <T>      the record type
 */
public record Page<T>(List<T> items, String selfLink, String nextLink) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether the API announced a further page. */
    public boolean hasNext() {
        return nextLink != null && !nextLink.isBlank();
    }
}
