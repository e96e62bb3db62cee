package io.github.camelflowroute.component.flowroute;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.github.camelflowroute.component.flowroute.client.FlowrouteException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.internal.polling.CdrWindow;
import io.github.camelflowroute.component.flowroute.model.CallDetailRecord;
import io.github.camelflowroute.simulator.CdrExports;
import io.github.camelflowroute.simulator.SimCall;
import io.github.camelflowroute.simulator.SimCdrExport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code flowroute:callDetailRecords} against the simulator's CDR exports: windows exported one after the other, each
 * call routed once and in order, across restarts, route failures, failed, slow and empty exports.
 */
class CallRecordConsumerTest extends FlowrouteTestSupport {

    /** Two days ago, on a whole hour: calls are placed after it. */
    private static final Instant BASE = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private static final String FROM = "flowroute:callDetailRecords?startDate=" + BASE
            + "&cdrWindow=12h&delay=20&greedy=true";

    @TempDir
    Path tmp;

    @BeforeEach
    void exportsCompleteAtOnce() {
        simulator().state().cdrExports().completionDelay(Duration.ZERO);
    }

    @Test
    void callsOfEveryWindowAreEmittedOnceInOrder() throws Exception {
        addCalls(0, 40, Duration.ofMinutes(50)); // over about 33 hours: several 12-hour windows
        MockEndpoint out = consume(FROM + "&maxMessagesPerPoll=7");
        out.expectedMessageCount(40);
        out.assertIsSatisfied(20_000);
        Thread.sleep(300); // a few more polls: nothing further may come

        assertThat(startTimes(out)).containsExactlyElementsOf(expectedTimes(0, 40, Duration.ofMinutes(50)));
        assertThat(exportsFrom(BASE)).as("the first window exported once").hasSize(1);
        assertThat(exportsFrom(BASE.plus(12, ChronoUnit.HOURS))).as("the second window begins at the first's end")
                .hasSize(1);
    }

    @Test
    void recordIdAndExportIdHeadersAreSet() throws Exception {
        addCalls(0, 3, Duration.ofMinutes(1));
        MockEndpoint out = consume(FROM);
        out.expectedMessageCount(3);
        out.assertIsSatisfied(10_000);

        Exchange second = out.getExchanges().get(1);
        String exportId = String.valueOf(exportsFrom(BASE).get(0).id());
        assertThat(second.getMessage().getHeader(FlowrouteConstants.CDR_EXPORT_ID)).isEqualTo(exportId);
        assertThat(second.getMessage().getHeader(FlowrouteConstants.CALL_RECORD_ID, String.class))
                .isEqualTo(BASE + "/" + BASE.plus(12, ChronoUnit.HOURS) + "#1");
    }

    @Test
    void restartInANewContextResumesThePendingExportWithoutRepeatOrLoss() throws Exception {
        addCalls(0, 30, Duration.ofMinutes(5));
        simulator().state().cdrExports().completionDelay(Duration.ofMillis(1500));
        Path stateFile = tmp.resolve("state.dat");
        List<Instant> received = Collections.synchronizedList(new ArrayList<>());
        try (CamelContext first = node(stateFile, received, 1)) {
            // the first window's export is pending; stop before it completes
            awaitCondition(() -> exportsFrom(BASE).size() == 1);
        }
        assertThat(received).isEmpty();
        simulator().state().cdrExports().completionDelay(Duration.ZERO);

        try (CamelContext second = node(stateFile, received, 10)) {
            awaitCondition(() -> received.size() >= 30);
            Thread.sleep(300); // room for a repeat to show
        }

        assertThat(received).containsExactlyElementsOf(expectedTimes(0, 30, Duration.ofMinutes(5)));
        assertThat(exportsFrom(BASE)).as("the pending export was resumed, not made again").hasSize(1);
    }

    @Test
    void restartMidWindowContinuesAfterTheLastCompletedRecord() throws Exception {
        addCalls(0, 30, Duration.ofMinutes(5));
        Path stateFile = tmp.resolve("state.dat");
        List<Instant> received = Collections.synchronizedList(new ArrayList<>());
        try (CamelContext first = node(stateFile, received, 4)) {
            awaitCondition(() -> received.size() >= 10);
        }
        int beforeRestart = received.size();
        assertThat(beforeRestart).isLessThan(30);

        try (CamelContext second = node(stateFile, received, 4)) {
            awaitCondition(() -> received.size() >= 30);
            Thread.sleep(300); // room for a repeat to show
        }

        assertThat(received).containsExactlyElementsOf(expectedTimes(0, 30, Duration.ofMinutes(5)));
        assertThat(exportsFrom(BASE)).as("the window's export was read again, not made again").hasSize(1);
        assertThat(storedFrom(stateFile)).as("the position moved past the calls' windows")
                .isAfter(BASE.plus(12, ChronoUnit.HOURS));
    }

    private static Instant storedFrom(Path stateFile) {
        FileStateRepository stored = FileStateRepository.fileStateRepository(stateFile.toFile());
        try {
            stored.start();
            String state = stored.getState("flowroute:callDetailRecords");
            return state == null ? Instant.MIN : CdrWindow.parse(state).from();
        } finally {
            stored.stop();
        }
    }

    @Test
    void aFailedExchangeDoesNotMoveThePositionAndItsRecordComesAgain() throws Exception {
        addCalls(0, 10, Duration.ofMinutes(1));
        Instant failing = BASE.plus(4, ChronoUnit.MINUTES).plusSeconds(1);
        AtomicInteger attempts = new AtomicInteger();
        MockEndpoint out = consumeFailingOnce(FROM, e -> startTime(e).equals(failing), attempts);
        out.expectedMessageCount(10);
        out.assertIsSatisfied(10_000);
        Thread.sleep(300);

        assertThat(attempts).as("the record failed once, then came again").hasValue(2);
        assertThat(startTimes(out)).containsExactlyInAnyOrderElementsOf(expectedTimes(0, 10, Duration.ofMinutes(1)));
        assertThat(exportsFrom(BASE)).as("the download was read again, not exported again").hasSize(1);
    }

    @Test
    void aFailedExportIsMadeAgainOnTheNextPoll() throws Exception {
        simulator().state().cdrExports().enqueueOutcome(new CdrExports.Outcome(true, Duration.ZERO, Duration.ZERO), 1);
        addCalls(0, 5, Duration.ofMinutes(1));
        MockEndpoint out = consume(FROM);
        out.expectedMessageCount(5);
        out.assertIsSatisfied(10_000);
        Thread.sleep(300);

        assertThat(startTimes(out)).containsExactlyElementsOf(expectedTimes(0, 5, Duration.ofMinutes(1)));
        assertThat(exportsFrom(BASE)).extracting(SimCdrExport::fails).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void failingExportsTurnTheConsumerDown() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        registry.register(registry.resolveById("consumers"));
        simulator().state().cdrExports().enqueueOutcome(new CdrExports.Outcome(true, Duration.ZERO, Duration.ZERO),
                1000);
        addCalls(0, 5, Duration.ofMinutes(1));
        MockEndpoint out = consume(FROM);

        awaitCondition(() -> exportsFrom(BASE).size() > 2);

        HealthCheck.Result health = HealthCheckHelper.invoke(context).stream()
                .filter(r -> r.getCheck().getId().equals("consumer:consumer")).findFirst().orElseThrow();
        assertThat(health.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(health.getError()).get(InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(FlowrouteException.class).hasMessageContaining("failed");
        assertThat(out.getReceivedCounter()).isZero();
    }

    @Test
    void aSlowExportIsWaitedForAcrossPolls() throws Exception {
        simulator().state().cdrExports().completionDelay(Duration.ofMillis(1500));
        addCalls(0, 5, Duration.ofMinutes(1));
        long started = System.nanoTime();
        MockEndpoint out = consume(FROM.replace("delay=20", "delay=100"));
        out.expectedMessageCount(5);
        out.assertIsSatisfied(10_000);

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isGreaterThanOrEqualTo(1400);
        assertThat(exportsFrom(BASE)).hasSize(1);
        String status = "/v2/cdrs/exports/" + exportsFrom(BASE).get(0).id();
        assertThat(simulator().journal().count("GET", status)).as("its status checked on several polls")
                .isGreaterThan(3);
    }

    @Test
    void anExportSlowerThanTheTimeoutIsTreatedAsFailed() throws Exception {
        simulator().state().cdrExports()
                .enqueueOutcome(new CdrExports.Outcome(false, Duration.ofHours(1), Duration.ZERO), 1);
        addCalls(0, 5, Duration.ofMinutes(1));
        MockEndpoint out = consume(FROM + "&cdrExportTimeout=500");
        out.expectedMessageCount(5);
        out.assertIsSatisfied(10_000);

        assertThat(startTimes(out)).containsExactlyElementsOf(expectedTimes(0, 5, Duration.ofMinutes(1)));
        assertThat(exportsFrom(BASE)).as("the stuck export, then a new one").hasSize(2);
    }

    @Test
    void windowsWithoutCallsMoveThePositionOn() throws Exception {
        // nothing in the first two 12-hour windows
        Instant later = BASE.plus(30, ChronoUnit.HOURS);
        for (int i = 0; i < 3; i++) {
            simulator().state().calls()
                    .add(SimCall.inbound("12065550199", accountNumber(), null, later.plusSeconds(i), 20));
        }
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        MockEndpoint out = consume(FROM + "&stateRepository=#state");
        out.expectedMessageCount(3);
        out.assertIsSatisfied(10_000);

        assertThat(exportsFrom(BASE)).hasSize(1);
        assertThat(exportsFrom(BASE.plus(12, ChronoUnit.HOURS))).hasSize(1);
        // past both empty windows; whether the third, whose calls were just routed, is closed yet depends on the poll
        assertThat(CdrWindow.parse(state.getState("flowroute:callDetailRecords")).from())
                .isAfterOrEqualTo(BASE.plus(24, ChronoUnit.HOURS));
    }

    @Test
    void noCallsAtAllStillMovesThePositionToTheSettledPast() throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        consume(FROM + "&stateRepository=#state");

        Instant settled = Instant.now().minus(Duration.ofMinutes(16));
        awaitCondition(() -> {
            CdrWindow w = CdrWindow.parse(state.getState("flowroute:callDetailRecords"));
            return w != null && w.from().isAfter(settled);
        });
    }

    @Test
    void aWindowShorterThanASecondIsRefusedAtStart() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> consume(FROM.replace("cdrWindow=12h", "cdrWindow=500")));

        Throwable cause = e;
        while (!(cause instanceof FlowrouteValidationException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertThat(cause).isInstanceOf(FlowrouteValidationException.class).hasMessageContaining("cdrWindow");
        assertThat(simulator().state().cdrExports().list()).isEmpty();
    }

    // ---- helpers ----

    /** A separate Camel context on a FileStateRepository of {@code stateFile}, adding what it routes to received. */
    private CamelContext node(Path stateFile, List<Instant> received, int maxPerPoll) throws Exception {
        DefaultCamelContext node = new DefaultCamelContext();
        node.addComponent("flowroute", componentFor(simulator()));
        node.getRegistry().bind("state", FileStateRepository.fileStateRepository(stateFile.toFile()));
        node.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(FROM + "&stateRepository=#state&maxMessagesPerPoll=" + maxPerPoll)
                        .process(e -> {
                            Thread.sleep(20);
                            received.add(startTime(e));
                        });
            }
        });
        node.start();
        return node;
    }

    private static void addCalls(int from, int count, Duration spacing) {
        for (int i = from; i < from + count; i++) {
            simulator().state().calls().add(SimCall.outbound(accountNumber(), null, "12065550100",
                    BASE.plus(spacing.multipliedBy(i)).plusSeconds(1), 30));
        }
    }

    private static List<Instant> expectedTimes(int from, int count, Duration spacing) {
        return java.util.stream.IntStream.range(from, from + count)
                .mapToObj(i -> BASE.plus(spacing.multipliedBy(i)).plusSeconds(1)).toList();
    }

    private static List<SimCdrExport> exportsFrom(Instant start) {
        return simulator().state().cdrExports().list().stream().filter(e -> e.start().equals(start)).toList();
    }

    private static Instant startTime(Exchange e) {
        return e.getMessage().getBody(CallDetailRecord.class).startTime();
    }

    private static List<Instant> startTimes(MockEndpoint out) {
        return out.getExchanges().stream().map(CallRecordConsumerTest::startTime).toList();
    }

    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition reached in time").isTrue();
    }
}
