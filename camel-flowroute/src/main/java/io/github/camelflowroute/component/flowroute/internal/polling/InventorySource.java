package io.github.camelflowroute.component.flowroute.internal.polling;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.client.Polling;
import io.github.camelflowroute.component.flowroute.internal.binding.OperationBinding;
import io.github.camelflowroute.component.flowroute.model.Page;

/**
 * One inventory an inventory consumer follows, read from a list operation's declaration: how to list it with the
 * endpoint's filters, each record's key and its header, and which changes it reports.
 *
 * @param <T> the record type
 */
public final class InventorySource<T> {

    /** The largest page the inventory lists allow. */
    private static final int PAGE_SIZE = 200;

    private final ApiOperation<Page<T>> list;
    private final Polling<T> polling;
    private final Function<String, Object> options;

    private InventorySource(ApiOperation<Page<T>> list, Polling<T> polling, Function<String, Object> options) {
        this.list = list;
        this.polling = polling;
        this.options = options;
    }

    /**
     * The inventory a pollable list declares.
     *
     * @param options the endpoint option of a name
     */
    @SuppressWarnings("unchecked")
    public static InventorySource<Object> of(ApiOperation<?> list, Function<String, Object> options) {
        if (!list.isPaged() || list.polling() == null || list.polling().kind() != Polling.Kind.INVENTORY) {
            throw new IllegalArgumentException(list.name() + " is not an inventory list");
        }
        return new InventorySource<>((ApiOperation<Page<Object>>) list, (Polling<Object>) list.polling(), options);
    }

    public CompletableFuture<Page<T>> firstPage(FlowrouteClient client) {
        Object limit = options.apply("limit");
        int pageSize = limit instanceof Integer l ? l : PAGE_SIZE;
        return client.call(list, OperationBinding.filters(list, options, pageSize));
    }

    public String key(T record) {
        return polling.key().apply(record);
    }

    /** The header that carries each record's key. */
    public String keyHeader() {
        return OperationBinding.headerOf(polling.keyInput());
    }

    /** The body of a REMOVED change: a record holding only its key, since the snapshot keeps no more. */
    public T removed(String recordKey) {
        return polling.removed().apply(recordKey);
    }

    /** Whether only additions are reported (a list whose records never change or go, as CDR exports). */
    public boolean reportsAdditionsOnly() {
        return polling.addedOnly();
    }
}
