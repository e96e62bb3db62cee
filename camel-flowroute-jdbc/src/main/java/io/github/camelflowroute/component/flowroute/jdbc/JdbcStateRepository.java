package io.github.camelflowroute.component.flowroute.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Camel {@link StateRepository} in a database table, so that the Flowroute consumers of several nodes share one
 * position (the {@code listMessages} watermark, an inventory snapshot). Camel 4.18 has no JDBC state repository of
 * its own: camel-sql's repositories are for idempotency ({@code JdbcMessageIdRepository}) and aggregation.
 *
 * <pre>{@code
 * JdbcStateRepository state = new JdbcStateRepository(dataSource);
 * context.getRegistry().bind("sharedState", state);
 * from("flowroute:listMessages?stateRepository=#sharedState&idempotentRepository=#sharedSeen")...
 * }</pre>
 *
 * <p>The table has two columns, {@code state_key VARCHAR(512)} (the primary key) and {@code state_value TEXT}. On
 * start the repository creates it if it is absent, unless {@link #setCreateTable(boolean) createTable} is off (for
 * databases without a {@code TEXT} type, or accounts that may not create tables: create it by hand then).
 *
 * <p>Every read goes to the database, so a node always sees the position another node wrote last. A write is an
 * {@code UPDATE}, followed by an {@code INSERT} when the key has no row yet; when several nodes insert the same new
 * key at once, the losers' duplicate-key errors are caught and their updates retried. The SQL is portable, and the
 * last write wins, as with Camel's in-memory repository. Each statement runs in a transaction of its own
 * (auto-commit), so a write is durable when {@code setState} returns.
 *
 * <p>Database failures surface as {@link JdbcStateRepositoryException}, naming the table and the operation; the
 * data source's URL and credentials never appear in them.
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The table used when none is set. */
    public static final String DEFAULT_TABLE_NAME = "CAMEL_FLOWROUTE_STATE";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStateRepository.class);
    // a plain identifier, optionally schema-qualified: it is spliced into SQL, so nothing that could be quoted
    private static final Pattern IDENTIFIER = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
    // concurrent inserts of one key cost a writer one retry each; more than this means something else is wrong
    private static final int MAX_WRITE_ATTEMPTS = 5;

    private DataSource dataSource;
    private String tableName = DEFAULT_TABLE_NAME;
    private boolean createTable = true;

    /** A repository whose data source is set later, with {@link #setDataSource(DataSource)}. */
    public JdbcStateRepository() {
    }

    /**
     * A repository in the default table of the given database.
     *
     * @param dataSource where the table lives
     */
    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A repository in the named table of the given database.
     *
     * @param dataSource where the table lives
     * @param tableName  a plain SQL identifier, optionally qualified by a schema ({@code myschema.flowroute_state})
     */
    public JdbcStateRepository(DataSource dataSource, String tableName) {
        this.dataSource = dataSource;
        setTableName(tableName);
    }

    /** The database holding the table. */
    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database holding the table; needed before start. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The table holding the states. */
    public String getTableName() {
        return tableName;
    }

    /**
     * The table to use, {@value #DEFAULT_TABLE_NAME} by default.
     *
     * @param tableName a plain SQL identifier (letters, digits, underscores; not starting with a
     *                  digit), optionally qualified by a schema
     * @throws IllegalArgumentException when it is anything else: it becomes part of SQL statements
     */
    public void setTableName(String tableName) {
        if (tableName == null || !IDENTIFIER.matcher(tableName).matches()) {
            throw new IllegalArgumentException("tableName must be a plain SQL identifier, optionally schema-qualified: "
                    + tableName);
        }
        this.tableName = tableName;
    }

    /** Whether start creates the table when it is absent. */
    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether start creates the table when it is absent (true by default). */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    @Override
    protected void doStart() throws Exception {
        if (dataSource == null) {
            throw new IllegalStateException("JdbcStateRepository needs a dataSource");
        }
        if (createTable && !tableExists()) {
            createTable();
        }
    }

    /**
     * The value last written for the key, by any node.
     *
     * @return the value, or null when the key has none
     * @throws JdbcStateRepositoryException when the database cannot be read
     */
    @Override
    public String getState(String key) {
        Objects.requireNonNull(key, "key");
        try {
            return autoCommitted(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT state_value FROM " + tableName + " WHERE state_key = ?")) {
                    select.setString(1, key);
                    try (ResultSet row = select.executeQuery()) {
                        return row.next() ? row.getString(1) : null;
                    }
                }
            });
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Writes the value for the key, replacing what any node wrote before.
     *
     * @throws JdbcStateRepositoryException when the database refuses it
     */
    @Override
    public void setState(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        try {
            autoCommitted(connection -> write(connection, key, value));
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private Void write(Connection connection, String key, String value) throws SQLException {
        for (int attempt = 1;; attempt++) {
            if (update(connection, key, value) > 0) {
                return null;
            }
            try {
                insert(connection, key, value);
                return null;
            } catch (SQLException e) {
                // another writer inserted this key between our update and insert: its row exists now, update it
                if (!isDuplicateKey(e) || attempt >= MAX_WRITE_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("Concurrent first write of a state key in {}; updating instead", tableName);
            }
        }
    }

    private int update(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + tableName + " SET state_value = ? WHERE state_key = ?")) {
            update.setString(1, value);
            update.setString(2, key);
            return update.executeUpdate();
        }
    }

    private void insert(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + tableName + " (state_key, state_value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    /** SQLState class 23 is an integrity constraint violation, which a duplicate primary key is, in every driver. */
    static boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException
                || e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private boolean tableExists() {
        try {
            // the portable way to ask: metadata lookups differ in how each database folds the name's case
            return autoCommitted(connection -> {
                try (Statement probe = connection.createStatement()) {
                    probe.executeQuery("SELECT state_key, state_value FROM " + tableName + " WHERE 1 = 0").close();
                    return true;
                }
            });
        } catch (SQLException e) {
            return false;
        }
    }

    private void createTable() {
        try {
            autoCommitted(connection -> {
                try (Statement create = connection.createStatement()) {
                    return create.executeUpdate("CREATE TABLE " + tableName
                            + " (state_key VARCHAR(512) NOT NULL PRIMARY KEY,"
                            + " state_value TEXT NOT NULL)");
                }
            });
            LOG.info("Created the state table {}", tableName);
        } catch (SQLException e) {
            // another node starting at the same time may have created it first
            if (!tableExists()) {
                throw failure("create", e);
            }
        }
    }

    /**
     * Runs the work on a connection of its own in auto-commit mode, so each statement commits (or fails) alone: a
     * failed statement cannot poison a transaction that later statements would need.
     */
    private <T> T autoCommitted(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            try {
                return work.run(connection);
            } finally {
                if (!autoCommit) {
                    connection.setAutoCommit(false);
                }
            }
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private JdbcStateRepositoryException failure(String operation, SQLException cause) {
        return new JdbcStateRepositoryException(
                "Could not " + operation + " state in table " + tableName + " (SQLState " + cause.getSQLState() + ")",
                cause);
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[" + tableName + "]";
    }
}
