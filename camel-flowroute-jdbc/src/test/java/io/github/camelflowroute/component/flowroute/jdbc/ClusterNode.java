package io.github.camelflowroute.component.flowroute.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/**
 * One node of {@link ClusteredConsumerOnPostgresTest}, in a JVM of its own: the MDR consumer under camel-master
 * (file lock cluster service on a shared directory), both repositories in PostgreSQL, and a sink that archives each
 * record in PostgreSQL. It runs until it is killed or terminated.
 * <p>
 * Arguments: node name, simulator base URL, JDBC URL, lock directory, startDate, milliseconds of work per record.
 * The simulator's keys come from FLOWROUTE_ACCESS_KEY and FLOWROUTE_SECRET_KEY, never from the command line.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String baseUrl = args[1];
        String jdbcUrl = args[2];
        String lockDir = args[3];
        String startDate = args[4];
        long workMillis = Long.parseLong(args[5]);

        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setMaximumPoolSize(4);
        pool.setPoolName(name);
        HikariDataSource db = new HikariDataSource(pool);

        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDir);
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        // a leader counts as gone after 5 missed intervals: short enough for a test, long enough for a busy machine
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);
        context.addService(cluster);

        FlowrouteComponent flowroute = new FlowrouteComponent();
        flowroute.getConfiguration().setBaseUrl(baseUrl);
        flowroute.getConfiguration().setAccessKey(System.getenv("FLOWROUTE_ACCESS_KEY"));
        flowroute.getConfiguration().setSecretKey(System.getenv("FLOWROUTE_SECRET_KEY"));
        context.addComponent("flowroute", flowroute);
        context.getRegistry().bind("state", new JdbcStateRepository(db));
        context.getRegistry().bind("seen", new JdbcMessageIdRepository(db, "flowroute-mdr"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:mdr:flowroute:listMessages?startDate=" + startDate + "&stateRepository=#state"
                        + "&idempotentRepository=#seen&maxMessagesPerPoll=100&limit=100&delay=10&greedy=true")
                        .routeId("archive-" + name)
                        .process(e -> {
                            Thread.sleep(workMillis); // the route's work, so that the drain takes a few seconds
                            archive(db, name, e.getMessage().getBody(MessageDetailRecord.class).id());
                        });
            }
        });

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                context.close();
            } catch (Exception e) {
                e.printStackTrace();
            }
            db.close();
            stopped.countDown();
        }, "node-stop"));
        context.start();
        announce(db, name);
        exitWhenTheTestIsGone();
        stopped.await();
    }

    /**
     * Standard input is a pipe from the test's JVM, closed when that JVM ends however it ends: a node never outlives
     * its test.
     */
    private static void exitWhenTheTestIsGone() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is sent; only the end matters
                }
            } catch (IOException e) {
                // the pipe broke: the same as its end
            }
            System.exit(2);
        }, "test-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The sink: the record once in archive, and every delivery in the log, in one transaction. */
    private static void archive(HikariDataSource db, String node, String mdrId) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delivery = connection.prepareStatement(
                    "INSERT INTO deliveries (mdr_id, node) VALUES (?, ?)");
                 PreparedStatement archived = connection.prepareStatement(
                         "INSERT INTO archive (mdr_id, node) VALUES (?, ?) ON CONFLICT (mdr_id) DO NOTHING")) {
                delivery.setString(1, mdrId);
                delivery.setString(2, node);
                delivery.executeUpdate();
                archived.setString(1, mdrId);
                archived.setString(2, node);
                archived.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Tells the test that this node is up and standing by (or leading). */
    private static void announce(HikariDataSource db, String name) throws SQLException {
        try (Connection connection = db.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO nodes (name) VALUES (?)")) {
            insert.setString(1, name);
            insert.executeUpdate();
        }
    }
}
