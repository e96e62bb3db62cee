package io.github.camelflowroute.component.flowroute;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelflowroute.component.flowroute.internal.polling.InventorySnapshot;
import io.github.camelflowroute.component.flowroute.internal.polling.InventorySource;
import io.github.camelflowroute.component.flowroute.model.Page;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.RuntimeCamelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a copy of an inventory in step with the account: {@code from("flowroute:listNumbers")},
 * {@code from("flowroute:listRoutes")} emit each record ADDED, CHANGED or REMOVED since the last poll (header
 * {@code CamelFlowrouteChange}); {@code from("flowroute:searchAvailableNumbers?...")} emits each number that became
 * available under its filters.
 * <p>
 * Each poll reads the whole inventory and compares it with a snapshot in the state repository; a change enters the
 * snapshot only once its exchange completed, so a failed one is emitted again on the next poll.
 *
 * @param <T> the record type
 */
public class FlowrouteInventoryConsumer<T> extends FlowroutePollingConsumer<FlowrouteInventoryConsumer.Pending<T>> {

    private static final Logger LOG = LoggerFactory.getLogger(FlowrouteInventoryConsumer.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final InventorySource<T> source;
    // the snapshot the current poll's changes apply to, on the polling thread
    private InventorySnapshot snapshot;

    public FlowrouteInventoryConsumer(FlowrouteEndpoint endpoint, Processor processor, InventorySource<T> source) {
        super(endpoint, processor);
        this.source = source;
    }

    @Override
    List<Pending<T>> prepare() throws Exception {
        InventorySnapshot snapshot = InventorySnapshot.parse(stateRepository().getState(stateKey()));
        this.snapshot = snapshot;
        Map<String, T> current = readAll();
        Set<FlowrouteChange> emitted = source.reportsAdditionsOnly()
                ? Set.of(FlowrouteChange.ADDED) : Set.copyOf(EnumSet.allOf(FlowrouteChange.class));
        int max = configuration().getMaxMessagesPerPoll();
        List<Pending<T>> exchanges = new ArrayList<>();
        boolean silentUpdates = false;

        for (Map.Entry<String, T> entry : current.entrySet()) {
            String fingerprint = fingerprint(entry.getValue());
            String before = snapshot.fingerprint(entry.getKey());
            FlowrouteChange change = before == null ? FlowrouteChange.ADDED
                    : before.equals(fingerprint) ? null : FlowrouteChange.CHANGED;
            if (change == null) {
                continue;
            }
            if (!emitted.contains(change)) {
                snapshot.put(entry.getKey(), fingerprint);
                silentUpdates = true;
            } else if (max <= 0 || exchanges.size() < max) {
                exchanges.add(new Pending<>(entry.getKey(), entry.getValue(), change, fingerprint));
            }
        }
        for (String known : confirmedRemovals(snapshot, current)) {
            if (!emitted.contains(FlowrouteChange.REMOVED)) {
                snapshot.remove(known);
                silentUpdates = true;
            } else if (max <= 0 || exchanges.size() < max) {
                exchanges.add(new Pending<>(known, source.removed(known), FlowrouteChange.REMOVED, null));
            }
        }
        if (silentUpdates) {
            stateRepository().setState(stateKey(), snapshot.encode());
        }
        LOG.debug("Poll of {} read {} records and found {} changes", stateKey(), current.size(), exchanges.size());
        return exchanges;
    }

    /**
     * Keys of the snapshot missing from the listing, checked against a second listing: offset paging skips a record
     * when another one before it disappears between two page reads, and that must not read as a removal.
     */
    private List<String> confirmedRemovals(InventorySnapshot snapshot, Map<String, T> current) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String known : snapshot.entries().keySet()) {
            if (!current.containsKey(known)) {
                missing.add(known);
            }
        }
        if (!missing.isEmpty()) {
            missing.removeAll(readAll().keySet());
        }
        return missing;
    }

    private Map<String, T> readAll() throws Exception {
        Map<String, T> records = new LinkedHashMap<>();
        Page<T> page = await(source.firstPage(client()));
        while (true) {
            for (T record : page.items()) {
                records.put(source.key(record), record);
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                return records;
            }
            page = await(client().nextPage(page));
        }
    }

    /** A change found by a poll, routed later. */
    record Pending<T>(String key, T body, FlowrouteChange change, String fingerprint) {
    }

    @Override
    Exchange exchangeFor(Pending<T> pending, int index) {
        InventorySnapshot snapshot = this.snapshot;
        String key = pending.key();
        FlowrouteChange change = pending.change();
        String fingerprint = pending.fingerprint();
        Exchange exchange = newExchange(pending.body(), success -> {
            if (success) {
                if (change == FlowrouteChange.REMOVED) {
                    snapshot.remove(key);
                } else {
                    snapshot.put(key, fingerprint);
                }
                stateRepository().setState(stateKey(), snapshot.encode());
            }
        });
        exchange.getMessage().setHeader(source.keyHeader(), key);
        exchange.getMessage().setHeader(FlowrouteConstants.CHANGE, change.name());
        return exchange;
    }

    private static String fingerprint(Object record) {
        try {
            return InventorySnapshot.fingerprintOf(JSON.writeValueAsString(record));
        } catch (JsonProcessingException e) {
            throw new RuntimeCamelException("Cannot fingerprint " + record.getClass().getSimpleName(), e);
        }
    }
}
