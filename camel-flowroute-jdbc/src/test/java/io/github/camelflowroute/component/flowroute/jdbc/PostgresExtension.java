package io.github.camelflowroute.component.flowroute.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class databases on a real PostgreSQL: one {@link PostgresServer} for the whole
 * test run (kept in the root context's store, which stops it when the run ends), and a new database per
 * {@link #newDatabase(String)}. If Debian's PostgreSQL binaries are missing the tests fail, saying what to install;
 * they never skip.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PostgresExtension PG = new PostgresExtension();
 * ...
 * DataSource db = PG.pooledDataSource(PG.newDatabase("mytest"), 4);
 * }</pre>
 */
final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            PostgresExtension.class);

    private final List<HikariDataSource> pools = new ArrayList<>();
    private PostgresServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(PostgresServer.class, key -> startServer(), ServerResource.class).server;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        synchronized (pools) {
            pools.forEach(HikariDataSource::close);
            pools.clear();
        }
    }

    /** The JDBC URL of a new, empty database (named after the prefix) on the shared server. */
    String newDatabase(String prefix) throws SQLException {
        return server().createDatabase(prefix);
    }

    /** A connection pool on the database, closed after the test class. */
    HikariDataSource pooledDataSource(String jdbcUrl, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + pools.size());
        HikariDataSource pool = new HikariDataSource(config);
        synchronized (pools) {
            pools.add(pool);
        }
        return pool;
    }

    PostgresServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "PostgresExtension is registered with @RegisterExtension on a static field");
        }
        return server;
    }

    private static ServerResource startServer() {
        try {
            return new ServerResource(PostgresServer.start());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting PostgreSQL", e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not start PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Closed by JUnit when the root context (the whole run) ends. */
    @SuppressWarnings("deprecation") // CloseableResource as well as AutoCloseable: both JUnit 5.13 and older close it
    private record ServerResource(PostgresServer server) implements ExtensionContext.Store.CloseableResource,
            AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
