package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.client.ApiArguments;
import io.github.camelflowroute.component.flowroute.client.CallDetailRecordIterator;
import io.github.camelflowroute.component.flowroute.client.CdrApi;
import io.github.camelflowroute.component.flowroute.client.FlowrouteException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.internal.polling.CdrWindow;
import io.github.camelflowroute.component.flowroute.internal.polling.CompletionTracker;
import io.github.camelflowroute.component.flowroute.model.CallDetailRecord;
import io.github.camelflowroute.component.flowroute.model.CdrExport;
import io.github.camelflowroute.component.flowroute.model.FlexibleInstantDeserializer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emits every call detail record once, in the order of the export files:
 * {@code from("flowroute:callDetailRecords?startDate=...")}.
 * <p>
 * It exports successive windows of {@code cdrWindow}, each ending at least {@code cdrSettle} before now. A poll
 * creates the window's export, or checks the pending one and returns while it is processing (no thread waits for
 * it), and once it completed downloads it and routes its calls. Its position is a {@link CdrWindow} in the state
 * repository: the window, how many of its calls completed, and the pending export, so a restart resumes that export.
 * It moves only past completed exchanges (at-least-once); the idempotent repository keeps calls that completed after
 * a failed one from coming again. A failed export, or one processing longer than {@code cdrExportTimeout}, fails the
 * poll (Camel logs it at WARN; the health check is DOWN) and the window is exported again on the next one.
 */
public class FlowrouteCallRecordConsumer extends FlowroutePollingConsumer<FlowrouteCallRecordConsumer.Row> {

    private static final Logger LOG = LoggerFactory.getLogger(FlowrouteCallRecordConsumer.class);

    private Instant firstStart;
    // on the polling thread: the download being read, kept across polls while they complete every call
    private OpenExport open;
    private Batch batch;

    public FlowrouteCallRecordConsumer(FlowrouteEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    protected void doStart() throws Exception {
        FlowrouteConfiguration conf = configuration();
        String startDate = conf.getStartDate();
        try {
            firstStart = startDate == null ? Instant.now() : FlexibleInstantDeserializer.parse(startDate.trim());
        } catch (RuntimeException e) {
            throw new FlowrouteValidationException("startDate", "not an ISO 8601 date or date-time: " + startDate);
        }
        // the API's filters have whole seconds
        firstStart = firstStart.truncatedTo(ChronoUnit.SECONDS);
        if (conf.getCdrWindow() < 1000) {
            throw new FlowrouteValidationException("cdrWindow", "must be at least one second");
        }
        if (conf.getCdrSettle() < 0 || conf.getCdrExportTimeout() <= 0) {
            throw new FlowrouteValidationException(conf.getCdrSettle() < 0 ? "cdrSettle" : "cdrExportTimeout",
                    "must be positive");
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        closeOpen();
        super.doStop();
    }

    @Override
    List<Row> prepare() throws Exception {
        CdrWindow window = CdrWindow.parse(stateRepository().getState(stateKey()));
        if (window == null) {
            window = CdrWindow.startingAt(firstStart);
        }
        while (true) {
            if (window.to() == null) {
                Instant end = window.from().plusMillis(configuration().getCdrWindow());
                Instant settled =
                        Instant.now().minusMillis(configuration().getCdrSettle()).truncatedTo(ChronoUnit.SECONDS);
                if (end.isAfter(settled)) {
                    end = settled;
                }
                if (!end.isAfter(window.from())) {
                    return List.of(); // the next window has not settled yet
                }
                window = save(window.until(end));
            }
            if (window.exportId() == null) {
                window = save(window.exportedBy(createExport(window), Instant.now()));
            }
            if (open == null || !open.readsFrom(window)) {
                closeOpen();
                if (!exportReady(window)) {
                    return List.of();
                }
            }
            List<Row> rows = read(window);
            if (!rows.isEmpty() || !open.exhausted()) {
                return rows;
            }
            // every call of the window is done (or it had none): on to the next window in the same poll
            closeOpen();
            window = save(window.next());
        }
    }

    private String createExport(CdrWindow window) throws Exception {
        Map<String, Object> filters =
                Map.of("start_call_start_time", window.from(), "start_call_end_time", window.to());
        CdrExport export = await(client().call(CdrApi.CREATE_CDR_EXPORT, ApiArguments.none().withBody(filters)));
        LOG.debug("CDR export {} created for {} to {}", export.id(), window.from(), window.to());
        return export.id();
    }

    /** Whether the window's export can be read now; opens its download when it can. */
    private boolean exportReady(CdrWindow window) throws Exception {
        CdrExport export =
                await(client().call(CdrApi.GET_CDR_EXPORT, ApiArguments.of("cdrExportId", window.exportId())));
        boolean timedOut = !export.isCompleted() && window.exportedAt() != null
                && Duration.between(window.exportedAt(), Instant.now()).toMillis() > configuration()
                        .getCdrExportTimeout();
        if (export.isFailed() || timedOut) {
            save(window.withoutExport());
            String why = "CDR export " + export.id() + " of the calls from " + window.from() + " to " + window.to()
                    + (timedOut ? " is still " + export.status() + " after cdrExportTimeout" : " failed")
                    + "; the window is exported again on the next poll";
            // a failed poll: Camel logs it at WARN and the consumer's health check is DOWN until a poll succeeds
            throw new FlowrouteException(why);
        }
        if (!export.isCompleted()) {
            LOG.debug("CDR export {} is {}: checked again on the next poll", export.id(), export.status());
            return false;
        }
        CallDetailRecordIterator records =
                await(client().call(CdrApi.DOWNLOAD_CDR_EXPORT, ApiArguments.of("cdrExportId", window.exportId())));
        open = new OpenExport(window.exportId(), records);
        // the calls done before (an earlier poll, another node, before a restart) are skipped
        while (open.next < window.done() && records.hasNext()) {
            records.next();
            open.next++;
        }
        return true;
    }

    /** Up to maxMessagesPerPoll calls of the open download; those the idempotent repository knows are done already. */
    private List<Row> read(CdrWindow window) {
        int max = configuration().getMaxMessagesPerPoll();
        List<Row> rows = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        long first = open.next;
        while ((max <= 0 || rows.size() < max) && open.records.hasNext()) {
            CallDetailRecord record = open.records.next();
            long index = open.next++;
            String id = window.recordId(index);
            if (idempotentRepository().contains(id)) {
                known.add(index);
            } else {
                rows.add(new Row(index, id, record));
            }
        }
        batch = new Batch(window, first, (int) (open.next - first), open.exhausted());
        known.forEach(batch::completed);
        return rows;
    }

    @Override
    Exchange exchangeFor(Row row, int index) {
        Batch of = batch;
        Exchange exchange = newExchange(row.record(), success -> {
            if (success) {
                idempotentRepository().add(row.id());
                of.completed(row.index());
            } else {
                of.failed();
            }
        });
        exchange.getMessage().setHeader(FlowrouteConstants.CALL_RECORD_ID, row.id());
        exchange.getMessage().setHeader(FlowrouteConstants.CDR_EXPORT_ID, of.window.exportId());
        return exchange;
    }

    @Override
    void batchDone() {
        // after a failure the next poll reads the download again from the first call not done
        if (batch != null && batch.failed) {
            closeOpen();
        }
        batch = null;
    }

    private CdrWindow save(CdrWindow window) {
        stateRepository().setState(stateKey(), window.encode());
        return window;
    }

    private void closeOpen() {
        if (open != null) {
            try {
                open.records.close();
            } catch (IOException e) {
                LOG.debug("Closing a CDR download failed", e);
            }
            open = null;
        }
    }

    /** One call to route: its index in the window and its stable id. */
    record Row(long index, String id, CallDetailRecord record) {
    }

    /** The download of an export, read up to {@code next}. */
    private static final class OpenExport {
        final String exportId;
        final CallDetailRecordIterator records;
        long next;

        OpenExport(String exportId, CallDetailRecordIterator records) {
            this.exportId = exportId;
            this.records = records;
        }

        /** Whether it continues the window's position exactly (a node that was not leader meanwhile may lag). */
        boolean readsFrom(CdrWindow window) {
            return exportId.equals(window.exportId()) && next == window.done();
        }

        boolean exhausted() {
            return !records.hasNext();
        }
    }

    /**
     * The calls one poll read, from index {@code first}: the window's position moves through the run of completed
     * calls, and past the window when the download is exhausted and all completed. The state is written at each move,
     * so a crash repeats at most the call in flight.
     */
    private final class Batch {
        final CdrWindow window;
        final long first;
        final CompletionTracker tracker;
        final boolean lastOfWindow;
        final int size;
        volatile boolean failed;

        Batch(CdrWindow window, long first, int size, boolean lastOfWindow) {
            this.window = window;
            this.first = first;
            this.size = size;
            this.lastOfWindow = lastOfWindow;
            this.tracker = new CompletionTracker(size, this::advanceTo);
        }

        void completed(long index) {
            tracker.completed((int) (index - first));
        }

        void failed() {
            failed = true;
        }

        private synchronized void advanceTo(int last) {
            if (lastOfWindow && last == size - 1) {
                // the window is done: leave the download open only for the same position, which no longer exists
                save(window.next());
            } else {
                save(window.doneThrough(first + last + 1));
            }
        }
    }
}
