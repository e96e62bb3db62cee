package io.github.camelflowroute.component.flowroute.internal.binding;

/**
 * How a producer answers a list operation: the first page only, or every page up to a bound.
 *
 * @param fetchAllPages whether to follow the next-page links
 * @param maxResults    the most records collected when following them
 */
public record ListPaging(boolean fetchAllPages, int maxResults) {
}
