package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.client.FlowrouteException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.CallDetailRecord;
import io.github.camelflowroute.component.flowroute.model.CdrExport;
import io.github.camelflowroute.simulator.CdrExports;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CdrExportOperationsTest extends FlowrouteTestSupport {

    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-11-02T00:00:00Z");

    @BeforeEach
    void seedCalls() {
        simulator().state().generateCalls(25, START.plusSeconds(60), Duration.ofMinutes(10));
        simulator().state().cdrExports().completionDelay(Duration.ZERO);
    }

    @Test
    void createCdrExportSetsItsId() {
        Exchange out = call("flowroute:createCdrExport", e -> e.getMessage().setBody(window()));

        assertThat(out.getException()).isNull();
        CdrExport export = out.getMessage().getBody(CdrExport.class);
        assertThat(export.id()).isNotBlank();
        assertThat(out.getMessage().getHeader(FlowrouteConstants.CDR_EXPORT_ID)).isEqualTo(export.id());
    }

    @Test
    void aCompletedExportDownloadsItsCallsInOrderWithoutTheApiCredentials() {
        String id = create();

        CdrExport export = call("flowroute:getCdrExport?cdrExportId=" + id).getMessage().getBody(CdrExport.class);
        assertThat(export.isCompleted()).isTrue();
        assertThat(export.numCalls()).isEqualTo(25);

        Exchange out = call("flowroute:downloadCdrExport",
                e -> e.getMessage().setHeader(FlowrouteConstants.CDR_EXPORT_ID, id));
        assertThat(out.getException()).isNull();
        List<CallDetailRecord> calls = drain(out.getMessage().getBody(Iterator.class));
        assertThat(calls).hasSize(25);
        assertThat(calls).extracting(CallDetailRecord::startTime).isSorted()
                .allSatisfy(t -> assertThat(t).isBetween(START, END));
        assertThat(calls).allSatisfy(c -> assertThat(c.direction()).isIn("Inbound", "Outbound"));
        // the simulator's Attempt record is in a package-private class: its text names the flag
        assertThat(simulator().cdrDownloads()).hasSize(1);
        assertThat(simulator().cdrDownloads().get(0).toString()).contains("withCredentials=false");
    }

    @Test
    void anExportStillProcessingIsNotDownloaded() {
        simulator().state().cdrExports().completionDelay(Duration.ofMinutes(5));
        String id = create();

        Exchange out = call("flowroute:downloadCdrExport?cdrExportId=" + id);

        assertThat(out.getException()).isInstanceOf(FlowrouteException.class).hasMessageContaining("processing");
        assertThat(simulator().cdrDownloads()).isEmpty();
    }

    @Test
    void aFailedExportShowsAsFailed() {
        simulator().state().cdrExports().enqueueOutcome(new CdrExports.Outcome(true, Duration.ZERO, Duration.ZERO), 1);
        String id = create();

        CdrExport export = call("flowroute:getCdrExport?cdrExportId=" + id).getMessage().getBody(CdrExport.class);

        assertThat(export.isFailed()).isTrue();
        assertThat(call("flowroute:downloadCdrExport?cdrExportId=" + id).getException())
                .hasMessageContaining("failed");
    }

    @Test
    void listCdrExportsPagesThroughTheLiveApisWrappedItemsAndLinks() {
        create();
        create();
        create();

        Exchange first = call("flowroute:listCdrExports?limit=2");
        assertThat(first.getException()).isNull();
        assertThat((List<?>) first.getMessage().getBody(List.class)).hasSize(2);
        assertThat(first.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class)).isTrue();

        Exchange all = call("flowroute:listCdrExports?limit=2&fetchAllPages=true");
        assertThat(all.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<CdrExport> exports = all.getMessage().getBody(List.class);
        assertThat(exports).hasSize(3).allSatisfy(x -> assertThat(x.id()).isNotBlank());
    }

    @Test
    void listCdrExportsFiltersByStatus() {
        simulator().state().cdrExports().enqueueOutcome(new CdrExports.Outcome(true, Duration.ZERO, Duration.ZERO), 1);
        String failed = create();
        String completed = create();

        @SuppressWarnings("unchecked")
        List<CdrExport> onlyFailed = call("flowroute:listCdrExports", e -> e.getMessage()
                .setHeader(FlowrouteConstants.EXPORT_STATUS, "failed")).getMessage().getBody(List.class);

        assertThat(onlyFailed).extracting(CdrExport::id).contains(failed).doesNotContain(completed);
    }

    @Test
    void badExportInputsAreRefusedBeforeAnyRequest() {
        assertThat(field(call("flowroute:createCdrExport", e -> e.getMessage().setBody(null)))).isEqualTo("body");
        assertThat(field(call("flowroute:createCdrExport", e -> e.getMessage().setBody(
                Map.of("start_call_start_time", "yesterday", "start_call_end_time", END)))))
                .isEqualTo("start_call_start_time");
        assertThat(
                field(call("flowroute:createCdrExport?callbackUrl=/relative", e -> e.getMessage().setBody(window()))))
                .isEqualTo("callbackUrl");
        assertThat(field(call("flowroute:listCdrExports?exportStatus=done"))).isEqualTo("exportStatus");
        assertThat(field(call("flowroute:getCdrExport?cdrExportId=x1"))).isEqualTo("cdrExportId");
        assertThat(simulator().journal().count()).isZero();
    }

    private static String field(Exchange out) {
        assertThat(out.getException()).isInstanceOf(FlowrouteValidationException.class);
        return ((FlowrouteValidationException) out.getException()).getField();
    }

    private static Map<String, Object> window() {
        return Map.of("start_call_start_time", START, "start_call_end_time", END);
    }

    private String create() {
        Exchange out = call("flowroute:createCdrExport", e -> e.getMessage().setBody(window()));
        assertThat(out.getException()).isNull();
        return out.getMessage().getHeader(FlowrouteConstants.CDR_EXPORT_ID, String.class);
    }

    private static List<CallDetailRecord> drain(Iterator<?> calls) {
        List<CallDetailRecord> all = new ArrayList<>();
        calls.forEachRemaining(c -> all.add((CallDetailRecord) c));
        return all;
    }
}
