package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.internal.polling.CompletionTracker;
import io.github.camelflowroute.component.flowroute.internal.polling.Watermark;
import io.github.camelflowroute.component.flowroute.model.FlexibleInstantDeserializer;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.MessageQuery;
import io.github.camelflowroute.component.flowroute.model.Page;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits every message detail record once, oldest first: {@code from("flowroute:listMessages?startDate=...")}.
 * <p>
 * Its position is a {@link Watermark} in the state repository, which moves only past records whose exchanges
 * completed, so a failed record is read again on a later poll (at-least-once); the idempotent repository keeps the
 * records already emitted from being emitted again (effectively once while it remembers them).
 */
public class FlowrouteMessageConsumer extends FlowroutePollingConsumer<MessageDetailRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(FlowrouteMessageConsumer.class);
    private static final int DEFAULT_PAGE_SIZE = 200;

    private Instant firstStart;
    // per poll, on the polling thread
    private Position position;
    private boolean checkRepository;
    // set once a record completed out of order went into the default repository: from then on it is asked too
    private volatile boolean repositoryInUse;

    public FlowrouteMessageConsumer(FlowrouteEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void doStart() throws Exception {
        String startDate = configuration().getStartDate();
        try {
            firstStart = startDate == null ? Instant.now() : FlexibleInstantDeserializer.parse(startDate.trim());
        } catch (RuntimeException e) {
            throw new FlowrouteValidationException("startDate", "not an ISO 8601 date or date-time: " + startDate);
        }
        super.doStart();
    }

    @Override
    List<MessageDetailRecord> prepare() throws Exception {
        Watermark watermark = Watermark.parse(stateRepository().getState(stateKey()));
        Instant start = readFrom(watermark);
        // a fixed end keeps the window, and so the offsets, stable while this poll pages through it
        Instant end = Instant.now().plusMillis(1);
        int limit = configuration().getLimit() != null ? configuration().getLimit() : DEFAULT_PAGE_SIZE;
        int max = configuration().getMaxMessagesPerPoll();
        // with no look-back the watermark alone tells what was emitted; a repository the user set is always asked
        checkRepository = configuration().getLookBack() > 0 || configuration().getIdempotentRepository() != null;

        List<MessageDetailRecord> records = new ArrayList<>();
        int offset = 0;
        Page<MessageDetailRecord> page = await(client().listMessages(new MessageQuery(start, end, limit, offset)));
        while (true) {
            for (MessageDetailRecord mdr : page.items()) {
                if (isNew(mdr, watermark)) {
                    records.add(mdr);
                    if (max > 0 && records.size() >= max) {
                        return polled(records, watermark);
                    }
                }
            }
            if (!page.hasNext() || page.items().isEmpty()) {
                break;
            }
            page = await(client().nextPage(page));
        }
        LOG.debug("Poll of {} read from {} and found {} new records", stateKey(), start, records.size());
        return polled(records, watermark);
    }

    private List<MessageDetailRecord> polled(List<MessageDetailRecord> records, Watermark from) {
        position = new Position(from, records);
        return records;
    }

    @Override
    Exchange exchangeFor(MessageDetailRecord mdr, int index) {
        Position of = position;
        Exchange exchange = newExchange(mdr, success -> of.completed(index, success));
        exchange.getMessage().setHeader(FlowrouteConstants.MESSAGE_ID, mdr.id());
        return exchange;
    }

    @Override
    void batchDone() {
        position.flush();
    }

    private Instant readFrom(Watermark watermark) {
        if (watermark == null) {
            return firstStart;
        }
        Instant from = watermark.timestamp().minus(Duration.ofMillis(configuration().getLookBack()));
        return from.isBefore(firstStart) && configuration().getStartDate() != null ? firstStart : from;
    }

    private boolean isNew(MessageDetailRecord mdr, Watermark watermark) {
        if (mdr.id() == null || mdr.timestamp() == null) {
            LOG.warn("Skipping a message record without id or timestamp");
            return false;
        }
        if (watermark != null && watermark.covers(mdr.timestamp(), mdr.id())
                && (configuration().getLookBack() == 0 || mdr.timestamp().equals(watermark.timestamp()))) {
            return false;
        }
        return !(checkRepository || repositoryInUse) || !idempotentRepository().contains(mdr.id());
    }

    /**
     * Moves the watermark through the run of completed records of one poll, and remembers each completed id. A
     * state repository of the user's (a file, a database, shared by nodes) is written after every record, so a crash
     * repeats at most the records in flight; the consumer's own in-memory one, which dies with the JVM anyway, once
     * per poll.
     */
    private final class Position {
        private final List<MessageDetailRecord> records;
        private final CompletionTracker tracker;
        private Watermark watermark;
        private int advancedThrough = -1;
        private boolean deferWrites = ownsStateRepository();
        private boolean unwritten;

        Position(Watermark from, List<MessageDetailRecord> records) {
            this.records = records;
            this.watermark = from;
            this.tracker = new CompletionTracker(records.size(), this::advanceTo);
        }

        void completed(int index, boolean success) {
            if (success) {
                tracker.completed(index);
                // a record the watermark could not pass (an earlier one failed) is kept from repeating by the repository
                if (checkRepository || !passed(index)) {
                    idempotentRepository().add(records.get(index).id());
                    repositoryInUse = true;
                }
            }
        }

        private synchronized boolean passed(int index) {
            return index <= advancedThrough;
        }

        private synchronized void advanceTo(int last) {
            for (int i = advancedThrough + 1; i <= last; i++) {
                MessageDetailRecord mdr = records.get(i);
                watermark = watermark == null ? Watermark.of(mdr.timestamp(), mdr.id())
                        : watermark.advance(mdr.timestamp(), mdr.id());
            }
            advancedThrough = last;
            unwritten = true;
            if (!deferWrites) {
                write();
            }
        }

        /** Writes what is pending; a completion that still comes in after the poll writes at once. */
        synchronized void flush() {
            deferWrites = false;
            if (unwritten) {
                write();
            }
        }

        private void write() {
            stateRepository().setState(stateKey(), watermark.encode());
            unwritten = false;
        }
    }
}
