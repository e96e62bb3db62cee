package io.github.camelflowroute.component.flowroute.internal.binding;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.Page;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Puts a list answer on the exchange: the records as a {@code List} body, the paging state in headers. With
 * {@code fetchAllPages} it first follows the next-page links, without blocking, up to {@code maxResults}.
 */
final class ListResults {

    private ListResults() {
    }

    // the names FlowrouteConstants documents, by the rule every header of the binding follows
    private static final String RESULT_COUNT = OperationBinding.headerOf("resultCount");
    private static final String HAS_MORE = OperationBinding.headerOf("hasMore");
    private static final String NEXT_OFFSET = OperationBinding.headerOf("nextOffset");

    static <T> CompletableFuture<Void> apply(
            Exchange exchange, FlowrouteClient client, ListPaging paging, Integer offset,
            CompletableFuture<Page<T>> first) {
        CompletableFuture<Collected<T>> collected = paging.fetchAllPages()
                ? first.thenCompose(page -> walk(client, page, new ArrayList<>(), paging.maxResults()))
                : first.thenApply(page -> new Collected<>(page.items(), page.hasNext()));
        return collected.thenAccept(result -> {
            Message message = exchange.getMessage();
            message.setBody(result.items());
            message.setHeader(RESULT_COUNT, result.items().size());
            message.setHeader(HAS_MORE, result.hasMore());
            if (result.hasMore()) {
                message.setHeader(NEXT_OFFSET, (offset == null ? 0 : offset) + result.items().size());
            } else {
                message.removeHeader(NEXT_OFFSET);
            }
        });
    }

    private static <T> CompletableFuture<Collected<T>> walk(
            FlowrouteClient client, Page<T> page, List<T> into, int maxResults) {
        int room = maxResults - into.size();
        if (page.items().size() >= room) {
            into.addAll(page.items().subList(0, room));
            boolean more = page.items().size() > room || page.hasNext();
            return CompletableFuture.completedFuture(new Collected<>(into, more));
        }
        into.addAll(page.items());
        if (!page.hasNext() || page.items().isEmpty()) {
            return CompletableFuture.completedFuture(new Collected<>(into, false));
        }
        return client.nextPage(page).thenCompose(next -> walk(client, next, into, maxResults));
    }

    private record Collected<T>(List<T> items, boolean hasMore) {
    }
}
