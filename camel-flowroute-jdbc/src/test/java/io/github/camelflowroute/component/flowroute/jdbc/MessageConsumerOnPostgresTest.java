package io.github.camelflowroute.component.flowroute.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MDR consumer with both of its repositories in PostgreSQL (JdbcStateRepository for the watermark, camel-sql's
 * JdbcMessageIdRepository for the delivered ids), against the simulator: what one CamelContext delivered, the next
 * one on the same database does not deliver again, and it goes on with the records that came since.
 */
class MessageConsumerOnPostgresTest {

    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension().failingOnResponseViolations();

    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String FROM = "flowroute:listMessages?startDate=" + BASE
            + "&stateRepository=#state&idempotentRepository=#seen&delay=20&limit=25";

    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private DataSource db;
    private CamelContext context;

    @BeforeEach
    void database() throws Exception {
        db = PG.pooledDataSource(PG.newDatabase("consumer"), 4);
    }

    @AfterEach
    void stopContext() throws Exception {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aRestartedContextEmitsNothingAgainAndContinuesWithNewRecords() throws Exception {
        List<String> before = sim().state().addMessages(40, BASE, Duration.ofSeconds(1));
        context = start(FROM);
        awaitReceived(40);
        context.close();

        List<String> after = sim().state().addMessages(15, BASE.plusSeconds(60), Duration.ofSeconds(1));
        received.clear();
        context = start(FROM);
        awaitReceived(15);
        awaitMorePolls(3);

        assertThat(received).containsExactlyElementsOf(after).doesNotContainAnyElementsOf(before);
        assertThat(watermark()).as("the position in PostgreSQL is the newest record").contains(after.get(14));
    }

    @Test
    void afterARestartTheSharedIdempotentRepositoryKeepsOutWhatTheLookBackReadsAgain() throws Exception {
        // lookBack reaches behind the watermark, over every record: only the ids in PostgreSQL keep them out
        String from = FROM + "&lookBack=1h";
        List<String> before = sim().state().addMessages(30, BASE, Duration.ofSeconds(1));
        context = start(from);
        awaitReceived(30);
        context.close();

        List<String> after = sim().state().addMessages(10, BASE.plusSeconds(60), Duration.ofSeconds(1));
        received.clear();
        context = start(from);
        awaitReceived(10);
        awaitMorePolls(3);

        assertThat(received).containsExactlyElementsOf(after).doesNotContainAnyElementsOf(before);
    }

    /** A new context, with new repository instances on the same database, as after a restart of the application. */
    private CamelContext start(String from) throws Exception {
        DefaultCamelContext camel = new DefaultCamelContext();
        FlowrouteComponent flowroute = new FlowrouteComponent();
        flowroute.getConfiguration().setBaseUrl(sim().baseUrl());
        flowroute.getConfiguration().setAccessKey(sim().accessKey());
        flowroute.getConfiguration().setSecretKey(sim().secretKey());
        camel.addComponent("flowroute", flowroute);
        camel.getRegistry().bind("state", new JdbcStateRepository(db));
        camel.getRegistry().bind("seen", new JdbcMessageIdRepository(db, "flowroute-mdr"));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).process(e -> received.add(e.getMessage().getBody(MessageDetailRecord.class).id()));
            }
        });
        camel.start();
        return camel;
    }

    private void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(received).as("records received").hasSizeGreaterThanOrEqualTo(count);
    }

    /** Waits for the consumer to poll a few more times, so that anything it would still emit has come. */
    private void awaitMorePolls(int polls) throws InterruptedException {
        int target = sim().journal().count("GET", "/v2.1/messages") + polls;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sim().journal().count("GET", "/v2.1/messages") < target && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sim().journal().count("GET", "/v2.1/messages")).as("polls").isGreaterThanOrEqualTo(target);
    }

    private String watermark() {
        JdbcStateRepository state = new JdbcStateRepository(db);
        state.start();
        return state.getState("flowroute:listMessages");
    }

    private static FlowrouteSimulator sim() {
        return SIM.simulator();
    }
}
