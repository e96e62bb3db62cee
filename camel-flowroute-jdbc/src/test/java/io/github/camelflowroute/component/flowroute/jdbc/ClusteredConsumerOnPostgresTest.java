package io.github.camelflowroute.component.flowroute.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

import javax.sql.DataSource;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two nodes in separate JVMs ({@link ClusterNode}) run the same master-guarded MDR consumer with its repositories in
 * PostgreSQL; the leader is killed ({@code SIGKILL}) while it drains 1,000 records, and the other node takes over
 * from the shared watermark. The sink archives each record by id ({@code ON CONFLICT DO NOTHING}) in the same
 * transaction as a row in a delivery log, so the log counts raw deliveries, repeats included.
 * <p>
 * Each node's output goes to {@code target/cluster-node-<name>.log}.
 */
class ClusteredConsumerOnPostgresTest {

    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();
    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final int RECORDS = 1000;
    /** The route's work per record, on top of the polls and the database: the drain of 1,000 takes ~10 s. */
    private static final int WORK_MILLIS = 3;
    private static final long WAIT_SECONDS = 60;
    /** How many records the leader archives before it is killed. */
    private static final int KILL_AFTER = 100;

    @TempDir
    Path lockDir;

    private final List<Process> nodes = new ArrayList<>();
    private DataSource db;

    @AfterEach
    void killNodes() throws InterruptedException {
        for (Process node : nodes) {
            node.destroyForcibly();
            node.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void whenTheLeaderIsKilledMidDrainTheOtherNodeFinishesItAndTheArchiveHoldsEveryRecordOnce() throws Exception {
        String jdbcUrl = PG.newDatabase("cluster");
        db = PG.pooledDataSource(jdbcUrl, 2);
        execute("CREATE TABLE archive (mdr_id VARCHAR(100) PRIMARY KEY, node VARCHAR(20) NOT NULL)",
                "CREATE TABLE deliveries (seq BIGSERIAL PRIMARY KEY, mdr_id VARCHAR(100) NOT NULL,"
                        + " node VARCHAR(20) NOT NULL, at TIMESTAMP NOT NULL DEFAULT clock_timestamp())",
                "CREATE TABLE nodes (name VARCHAR(20) NOT NULL)");
        Process first = startNode("first", jdbcUrl);
        Process second = startNode("second", jdbcUrl);
        awaitCount("SELECT count(*) FROM nodes", n -> n == 2, "both nodes up", first, second);
        // seeded only now, so that the kill below comes early in the drain however long the JVMs took to start
        List<String> seeded = SIM.simulator().state().addMessages(RECORDS, BASE, Duration.ofSeconds(1));
        awaitCount("SELECT count(*) FROM archive", n -> n >= KILL_AFTER, "the leader draining", first, second);

        Map<String, Integer> leading = rowsPerNode();
        assertThat(leading).as("one leader").hasSize(1);
        Process leader = leading.containsKey("first") ? first : second;
        Process follower = leader == first ? second : first;
        leader.destroyForcibly().waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        int archivedAtKill = count("SELECT count(*) FROM archive");
        awaitCount("SELECT count(*) FROM archive", n -> n >= RECORDS, "the other node finishing the drain", follower);
        // a graceful stop: whatever the follower was going to deliver, it has delivered
        follower.destroy();
        assertThat(follower.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("the other node stopped").isTrue();

        int deliveries = count("SELECT count(*) FROM deliveries");
        int redeliveries = deliveries - RECORDS;
        System.out.printf("cluster failover: %d of %d archived when the leader was killed, %d redelivered; %s%n",
                archivedAtKill, RECORDS, redeliveries, timeline());
        assertThat(archivedAtKill).as("the leader was killed mid-drain").isLessThan(RECORDS);
        assertThat(ids("SELECT mdr_id FROM archive")).as("nothing lost").containsExactlyInAnyOrderElementsOf(seeded);
        assertThat(count("SELECT count(*) FROM archive")).as("nothing repeated at the sink").isEqualTo(RECORDS);
        assertThat(redeliveries).as("at most the one record in flight at the kill came again").isBetween(0, 1);
        assertThat(rowsPerNode()).as("both nodes archived records").containsOnlyKeys("first", "second");
    }

    private Process startNode(String name, String jdbcUrl) throws IOException {
        FlowrouteSimulator sim = SIM.simulator();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Path.of("target", "cluster-node-" + name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=log4j2-node.properties", "-cp", System.getProperty("java.class.path"),
                ClusterNode.class.getName(), name, sim.baseUrl(), jdbcUrl, lockDir.toString(), BASE.toString(),
                Integer.toString(WORK_MILLIS))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // the keys go through the environment: a command line is visible to every user of the machine
        builder.environment().put("FLOWROUTE_ACCESS_KEY", sim.accessKey());
        builder.environment().put("FLOWROUTE_SECRET_KEY", sim.secretKey());
        Process node = builder.start();
        nodes.add(node);
        return node;
    }

    /** Waits for the count to satisfy the condition, failing at once if a node it depends on has died. */
    private void awaitCount(String sql, IntPredicate condition, String what, Process... needed) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        int last = count(sql);
        while (!condition.test(last)) {
            for (Process node : needed) {
                if (!node.isAlive()) {
                    fail(what + ": a node exited with " + node.exitValue() + "; see target/cluster-node-*.log");
                }
            }
            if (System.nanoTime() > deadline) {
                fail(what + ": not reached in " + WAIT_SECONDS + " s (count " + last
                        + "); see target/cluster-node-*.log");
            }
            Thread.sleep(20);
            last = count(sql);
        }
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private List<String> ids(String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** When each node delivered its first and last record, for the report. */
    private String timeline() throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT node, count(*), min(at), max(at) FROM deliveries GROUP BY node"
                     + " ORDER BY min(at)")) {
            while (rs.next()) {
                out.append(rs.getString(1)).append(": ").append(rs.getInt(2)).append(" deliveries from ")
                        .append(rs.getTimestamp(3).toLocalDateTime().toLocalTime()).append(" to ")
                        .append(rs.getTimestamp(4).toLocalDateTime().toLocalTime()).append("; ");
            }
        }
        return out.toString();
    }

    private Map<String, Integer> rowsPerNode() throws SQLException {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT node, count(*) FROM archive GROUP BY node")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        }
        return rows;
    }
}
