package io.github.camelflowroute.component.flowroute.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.github.camelflowroute.component.flowroute.FlowrouteChange;
import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.AvailableNumberQuery;
import io.github.camelflowroute.component.flowroute.model.NumberQuery;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteQuery;

/**
 * One inventory an inventory consumer follows: how to list it with the endpoint's filters, each record's key, and
 * which changes it reports.
 *
 * @param <T> the record type
 */
public final class InventorySource<T> {

    /** The largest page the inventory lists allow. */
    private static final int PAGE_SIZE = 200;

    /** The account's numbers: every change. */
    public static final InventorySource<PhoneNumber> NUMBERS = new InventorySource<>(
            (client, c) -> client.listNumbers(new NumberQuery(c.getStartsWith(), c.getEndsWith(), c.getContains(),
                    pageSize(c), 0)),
            PhoneNumber::value, FlowrouteConstants.NUMBER,
            key -> new PhoneNumber(key, key, null, null, null, null, null, null, null, null),
            EnumSet.allOf(FlowrouteChange.class));

    /** The account's inbound routes: every change. */
    public static final InventorySource<Route> ROUTES = new InventorySource<>(
            (client, c) -> client.listRoutes(new RouteQuery(c.getRouteType(), pageSize(c), 0)),
            Route::id, FlowrouteConstants.ROUTE_ID, key -> new Route(key, null, null, null),
            EnumSet.allOf(FlowrouteChange.class));

    /** The numbers for sale under the filters: only those that became available. */
    public static final InventorySource<AvailableNumber> AVAILABLE_NUMBERS = new InventorySource<>(
            (client, c) -> client.searchAvailableNumbers(new AvailableNumberQuery(c.getStartsWith(), c.getEndsWith(),
                    c.getContains(), c.getRateCenter(), c.getState(), pageSize(c), 0)),
            AvailableNumber::value, FlowrouteConstants.NUMBER,
            key -> new AvailableNumber(key, null, null, null, null, null),
            EnumSet.of(FlowrouteChange.ADDED));

    @FunctionalInterface
    interface Lister<T> {
        CompletableFuture<Page<T>> firstPage(FlowrouteClient client, FlowrouteConfiguration configuration);
    }

    private final Lister<T> lister;
    private final Function<T, String> key;
    private final String keyHeader;
    private final Function<String, T> removed;
    private final Set<FlowrouteChange> emittedChanges;

    private InventorySource(Lister<T> lister, Function<T, String> key, String keyHeader, Function<String, T> removed,
                            Set<FlowrouteChange> emittedChanges) {
        this.lister = lister;
        this.key = key;
        this.keyHeader = keyHeader;
        this.removed = removed;
        this.emittedChanges = Set.copyOf(emittedChanges);
    }

    private static int pageSize(FlowrouteConfiguration c) {
        return c.getLimit() != null ? c.getLimit() : PAGE_SIZE;
    }

    public CompletableFuture<Page<T>> firstPage(FlowrouteClient client, FlowrouteConfiguration configuration) {
        return lister.firstPage(client, configuration);
    }

    public String key(T record) {
        return key.apply(record);
    }

    /** The header that carries each record's key. */
    public String keyHeader() {
        return keyHeader;
    }

    /** The body of a REMOVED change: a record holding only its key, since the snapshot keeps no more. */
    public T removed(String recordKey) {
        return removed.apply(recordKey);
    }

    public Set<FlowrouteChange> emittedChanges() {
        return emittedChanges;
    }
}
