package io.github.camelflowroute.component.flowroute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MessageConsumerTest extends FlowrouteTestSupport {

    /** A day ago: the simulator only lists records up to now. */
    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String FROM = "flowroute:listMessages?startDate=" + BASE + "&delay=20&greedy=true";

    @TempDir
    Path tmp;

    @Test
    void thousandRecordsOverManyPagesAreEmittedOnceOldestFirst() throws Exception {
        addMessages(0, 1000);
        MockEndpoint out = consume(FROM + "&limit=50");

        out.expectedMessageCount(1000);
        out.assertIsSatisfied(20_000);

        assertThat(bodies(out)).containsExactlyElementsOf(expectedBodies(0, 1000));
        assertThat(simulator().journal().count("GET", "/v2.1/messages")).isGreaterThanOrEqualTo(20);
    }

    @Test
    void recordsAddedLaterAreEmittedOnce() throws Exception {
        addMessages(0, 100);
        MockEndpoint out = consume(FROM + "&limit=40");
        out.expectedMessageCount(100);
        out.assertIsSatisfied(10_000);

        out.reset();
        addMessages(100, 50);
        out.expectedMessageCount(50);
        out.assertIsSatisfied(10_000);
        Thread.sleep(300); // a few more polls: nothing further may come

        assertThat(bodies(out)).containsExactlyElementsOf(expectedBodies(100, 50));
    }

    @Test
    void messageIdHeaderAndBatchPropertiesAreSet() throws Exception {
        addMessages(0, 3);
        MockEndpoint out = consume(FROM);
        out.expectedMessageCount(3);
        out.assertIsSatisfied(10_000);

        Exchange first = out.getExchanges().get(0);
        MessageDetailRecord mdr = first.getMessage().getBody(MessageDetailRecord.class);
        assertThat(first.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID)).isEqualTo(mdr.id());
        assertThat(first.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class)).isEqualTo(3);
        assertThat(first.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class)).isZero();
        assertThat(out.getExchanges().get(2).getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).isTrue();
    }

    @Test
    void maxMessagesPerPollBoundsAPollAndTheNextContinues() throws Exception {
        addMessages(0, 25);
        MockEndpoint out = consume(FROM + "&maxMessagesPerPoll=10&limit=7");
        out.expectedMessageCount(25);
        out.assertIsSatisfied(10_000);

        assertThat(bodies(out)).containsExactlyElementsOf(expectedBodies(0, 25));
        assertThat(out.getExchanges()).extracting(e -> e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class))
                .containsOnly(10, 5);
    }

    @Test
    void restartWithAFileStateRepositoryReEmitsNothing() throws Exception {
        FileStateRepository state = FileStateRepository.fileStateRepository(tmp.resolve("state.dat").toFile());
        context.getRegistry().bind("state", state);
        addMessages(0, 20);
        MockEndpoint out = consume(FROM + "&stateRepository=#state");
        out.expectedMessageCount(20);
        out.assertIsSatisfied(10_000);

        context.getRouteController().stopRoute("consumer");
        state.stop();
        context.getRegistry().bind("state", FileStateRepository.fileStateRepository(tmp.resolve("state.dat").toFile()));
        out.reset();
        addMessages(20, 5);
        context.getRouteController().startRoute("consumer");
        out.expectedMessageCount(5);
        out.assertIsSatisfied(10_000);
        Thread.sleep(300);

        assertThat(bodies(out)).containsExactlyElementsOf(expectedBodies(20, 5));
        assertThat(Files.readString(tmp.resolve("state.dat"))).contains("flowroute:listMessages");
    }

    @Test
    void lateRecordInsideLookBackIsEmittedOnce() throws Exception {
        addMessages(0, 10);
        MockEndpoint out = consume(FROM + "&lookBack=1h");
        out.expectedMessageCount(10);
        out.assertIsSatisfied(10_000);

        out.reset();
        simulator().state().addMessage(SimMessage.inbound("12065550199", accountNumber(), "late",
                BASE.plus(5, ChronoUnit.SECONDS).plusMillis(500)));
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);
        Thread.sleep(300);

        assertThat(bodies(out)).containsExactly("late");
    }

    @Test
    void lateRecordBehindTheWatermarkIsMissedWithoutLookBack() throws Exception {
        addMessages(0, 10);
        MockEndpoint out = consume(FROM);
        out.expectedMessageCount(10);
        out.assertIsSatisfied(10_000);

        out.reset();
        simulator().state().addMessage(SimMessage.inbound("12065550199", accountNumber(), "late",
                BASE.plus(5, ChronoUnit.SECONDS).plusMillis(500)));
        addMessages(10, 1);
        out.expectedMessageCount(1);
        out.assertIsSatisfied(10_000);
        Thread.sleep(300);

        assertThat(bodies(out)).containsExactly("m10");
    }

    @Test
    void failedExchangeIsEmittedAgainAndNothingIsSkipped() throws Exception {
        addMessages(0, 10);
        AtomicInteger m4Attempts = new AtomicInteger();
        MockEndpoint out = consumeFailingOnce(FROM, e -> "m4".equals(body(e)), m4Attempts);
        out.expectedMessageCount(10);
        out.assertIsSatisfied(10_000);
        Thread.sleep(300);

        assertThat(m4Attempts).as("m4 failed once, then came again").hasValue(2);
        assertThat(bodies(out)).containsExactlyInAnyOrderElementsOf(expectedBodies(0, 10));
    }

    @Test
    void apiFailureIsBridgedToTheRoutesErrorHandler() throws Exception {
        simulator().faults().enqueue(io.github.camelflowroute.simulator.FaultRule
                .onPath("GET", "/v2.1/messages").times(1).respond(500));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).to("mock:errors");
                from(FROM + "&bridgeErrorHandler=true&maxRetries=0").routeId("consumer").to("mock:out");
            }
        });
        MockEndpoint errors = getMockEndpoint("mock:errors");
        errors.expectedMinimumMessageCount(1);
        errors.assertIsSatisfied(10_000);

        assertThat(errors.getExchanges().get(0).getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class))
                .isInstanceOf(io.github.camelflowroute.component.flowroute.client.FlowrouteApiException.class);
    }

    @Test
    void consumersOfOtherOperationsAreRefused() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> context.addRoutes(
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("flowroute:sendMessage").to("mock:out");
                    }
                }));

        assertThat(e).rootCause().hasMessageContaining("has no consumer");
    }

    // ---- helpers ----

    private static void addMessages(int from, int count) {
        for (int i = from; i < from + count; i++) {
            simulator().state().addMessage(SimMessage.inbound(
                    "12065550199", accountNumber(), "m" + i, BASE.plus(i, ChronoUnit.SECONDS)));
        }
    }

    private static List<String> expectedBodies(int from, int count) {
        return java.util.stream.IntStream.range(from, from + count).mapToObj(i -> "m" + i).toList();
    }

    private static String body(Exchange e) {
        return e.getMessage().getBody(MessageDetailRecord.class).body();
    }

    private static List<String> bodies(MockEndpoint out) {
        return out.getExchanges().stream().map(MessageConsumerTest::body).collect(Collectors.toList());
    }
}
