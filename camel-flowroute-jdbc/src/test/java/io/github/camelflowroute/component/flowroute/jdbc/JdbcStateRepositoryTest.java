package io.github.camelflowroute.component.flowroute.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JdbcStateRepository on a real PostgreSQL: each test has a table of its own in one database. */
class JdbcStateRepositoryTest {

    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();

    private static final AtomicInteger TABLES = new AtomicInteger();
    private static DataSource db;
    private static String jdbcUrl;

    private final String table = "state_" + TABLES.incrementAndGet();
    private final List<JdbcStateRepository> started = new ArrayList<>();

    @BeforeAll
    static void database() throws Exception {
        jdbcUrl = PG.newDatabase("state");
        db = PG.pooledDataSource(jdbcUrl, 8);
    }

    @AfterEach
    void stopRepositories() {
        started.forEach(JdbcStateRepository::stop);
    }

    @Test
    void readsBackWhatItWrote() {
        JdbcStateRepository repository = repository();
        repository.setState("flowroute:listMessages", "2024-05-01T10:00:01Z|mdr2-a");

        assertThat(repository.getState("flowroute:listMessages")).isEqualTo("2024-05-01T10:00:01Z|mdr2-a");
    }

    @Test
    void aKeyNeverWrittenHasNoState() {
        assertThat(repository().getState("flowroute:listNumbers")).isNull();
    }

    @Test
    void aSecondWriteReplacesTheFirst() {
        JdbcStateRepository repository = repository();
        repository.setState("key", "first");
        repository.setState("key", "second");

        assertThat(repository.getState("key")).isEqualTo("second");
    }

    @Test
    void keepsLongValues() {
        // an inventory snapshot holds a fingerprint per number: far beyond any VARCHAR default
        String snapshot = "12065550100=abcdef0123456789;".repeat(20_000);
        JdbcStateRepository repository = repository();
        repository.setState("flowroute:listNumbers", snapshot);

        assertThat(repository.getState("flowroute:listNumbers")).isEqualTo(snapshot);
    }

    @Test
    void aNewInstanceOnTheSameDatabaseReadsWhatTheStoppedOneWrote() {
        JdbcStateRepository before = repository();
        before.setState("key", "kept");
        before.stop();

        assertThat(repository().getState("key")).isEqualTo("kept");
    }

    @Test
    void twoInstancesSeeEachOthersWritesAtOnce() {
        JdbcStateRepository first = repository();
        JdbcStateRepository second = repository();

        first.setState("key", "from first");
        assertThat(second.getState("key")).isEqualTo("from first");
        second.setState("key", "from second");
        assertThat(first.getState("key")).isEqualTo("from second");
    }

    @Test
    void concurrentWritersOfNewKeysEndWithOneOfTheirValuesAndNoError() throws Exception {
        // two "nodes", eight threads, each writing the same new keys in the same order: the first writes of every
        // key race to insert it
        JdbcStateRepository[] nodes = { repository(), repository() };
        int threads = 8;
        int keys = 100;
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JdbcStateRepository node = nodes[t % 2];
                String value = "written by " + t;
                done.add(pool.submit(() -> {
                    try {
                        go.await();
                        for (int k = 0; k < keys; k++) {
                            node.setState("key-" + k, value);
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(errors).isEmpty();
        for (int k = 0; k < keys; k++) {
            assertThat(nodes[k % 2].getState("key-" + k)).matches("written by [0-7]");
        }
    }

    @Test
    void createsItsTableOnStartWhenAbsent() throws Exception {
        repository();

        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = '"
                     + table + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void rejectsATableNameThatIsNotAPlainIdentifier() {
        JdbcStateRepository repository = new JdbcStateRepository();

        assertThatThrownBy(() -> repository.setTableName("state; DROP TABLE archive"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDatabaseFailureIsTypedAndNamesTheTableButNotTheConnection() {
        JdbcStateRepository repository = new JdbcStateRepository(db, table);
        repository.setCreateTable(false);
        repository.start();
        started.add(repository);

        assertThatThrownBy(() -> repository.getState("key"))
                .isInstanceOf(JdbcStateRepositoryException.class)
                .hasMessageContaining(table)
                .hasMessageNotContaining(jdbcUrl)
                .hasMessageNotContaining(PostgresServer.USER);
    }

    private JdbcStateRepository repository() {
        JdbcStateRepository repository = new JdbcStateRepository(db, table);
        repository.start();
        started.add(repository);
        return repository;
    }
}
