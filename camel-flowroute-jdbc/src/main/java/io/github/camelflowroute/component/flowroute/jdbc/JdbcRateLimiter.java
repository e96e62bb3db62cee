package io.github.camelflowroute.component.flowroute.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.camelflowroute.component.flowroute.client.CountingSendRateLimiter;
import io.github.camelflowroute.component.flowroute.client.FlowrouteRateLimitException;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SendRateLimiter} shared by every process that sends with one access key, through a database: the nodes of
 * a cluster together stay under Flowroute's limit, where each node's in-process limiter would only keep itself under
 * it. Set it as the component's or endpoint's {@code rateLimiter} (a bean reference) on every node, on the same
 * database.
 * <p>
 * A key's limit of N per second is N rows of a table, its places, per kind. A turn is one place taken in a short
 * transaction that locks the key's places ({@code SELECT ... FOR UPDATE}): the place must be free by the database's
 * clock. It is free again one window (1000 ms, plus 1 ms for the API's millisecond clock) after the attempt's
 * answer: the attempt arrived before it. That time is the database's clock when the place was taken plus the time
 * the node measured from just before reading that clock to the answer, so the nodes' clocks do not matter. While
 * the attempt is under way, the place is marked free 250 ms plus a window after it was taken, so a node that dies
 * mid-send holds nothing for long. So no N+1 attempts of a key can arrive within one window,
 * whichever nodes make them, and every time is read from the database's clock, not the nodes'. A node waiting for a
 * place asks again when the earliest one frees; its own waiting sends queue in order behind one another.
 * <p>
 * The rows are keyed by the SHA-256 of the access key: the key is the user name of the account's credentials, and
 * the table (readable by whoever administers the database) then holds nothing that names the account; the secret key
 * is never stored. The SQL is for PostgreSQL (its {@code clock_timestamp()}); another database overrides
 * {@link #currentTimeMillisSql()}. The table is created on first use unless it exists. Database work runs on one
 * thread of the limiter's own, never on the callers'.
 */
public class JdbcRateLimiter extends CountingSendRateLimiter {

    /** The table used when none is given. */
    public static final String DEFAULT_TABLE_NAME = "CAMEL_FLOWROUTE_SEND_SLOT";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRateLimiter.class);
    private static final Pattern IDENTIFIER = Pattern.compile(
            "[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");
    private static final long WINDOW_MS = 1000;
    // the API counts whole milliseconds: an attempt a window and 1 ms after another is clear of it
    private static final long MARGIN_MS = 1;
    // how long a place counts as under way before its end is known (a node that died mid-send ends nothing)
    private static final long UNDER_WAY_MS = 250;

    private final DataSource dataSource;
    private final String table;
    private final ScheduledThreadPoolExecutor worker;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile boolean tableReady;

    /**
     * A limiter on the default table of the given database.
     *
     * @param dataSource the database every node sending with the key uses (a pooled data source)
     */
    public JdbcRateLimiter(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE_NAME);
    }

    /**
     * A limiter on the named table of the given database.
     *
     * @param dataSource the database every node sending with the key uses (a pooled data source)
     * @param tableName  a plain SQL identifier, optionally qualified by a schema
     */
    public JdbcRateLimiter(DataSource dataSource, String tableName) {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcRateLimiter needs a dataSource");
        }
        if (tableName == null || !IDENTIFIER.matcher(tableName).matches()) {
            throw new IllegalArgumentException("tableName must be a plain SQL identifier, optionally schema-qualified: "
                    + tableName);
        }
        this.dataSource = dataSource;
        this.table = tableName;
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "flowroute-jdbc-rate-limit");
            t.setDaemon(true);
            return t;
        });
        worker.setRemoveOnCancelPolicy(true);
    }

    @Override
    public CompletableFuture<Turn> acquire(String accessKey, Kind kind, int perSecond, Duration maxWait) {
        if (perSecond < 1) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("perSecond must be at least 1"));
        }
        Lane lane = lanes.computeIfAbsent(kind + ":" + accessKey, k -> new Lane(keyHash(accessKey), kind));
        Waiter waiter = new Waiter(System.nanoTime());
        try {
            worker.execute(() -> lane.enqueue(waiter, perSecond));
            worker.schedule(() -> {
                if (waiter.future.completeExceptionally(new FlowrouteRateLimitException("no " + kind
                        + " turn under the shared rate limit came within " + maxWait.toMillis()
                        + " ms (rateLimitMaxWait); not sent"))) {
                    LOG.debug("A {} send gave up waiting for its turn after {} ms", kind, maxWait.toMillis());
                }
            }, Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            waiter.future.completeExceptionally(new FlowrouteRateLimitException("the rate limiter is closed"));
        }
        return waiter.future;
    }

    @Override
    public void close() {
        worker.shutdownNow();
        lanes.values().forEach(lane -> lane.queue.forEach(w -> w.future.completeExceptionally(
                new FlowrouteRateLimitException("the rate limiter was closed before the turn came; not sent"))));
    }

    /**
     * An SQL expression for the database's current time in epoch milliseconds, read when evaluated (not at the start
     * of the transaction: a transaction that waited for the lock must see the time after it).
     */
    protected String currentTimeMillisSql() {
        return "CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)";
    }

    static String keyHash(String accessKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(accessKey).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    // ---- the database -----------------------------------------------------------------------------------------

    private void ensureTable(Connection c) throws SQLException {
        if (tableReady) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
        } catch (SQLException absent) {
            c.rollback();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE " + table + " (KEY_HASH VARCHAR(64) NOT NULL, KIND VARCHAR(3) NOT NULL,"
                        + " SLOT INTEGER NOT NULL, FREE_AT BIGINT NOT NULL, HOLDER VARCHAR(36),"
                        + " PRIMARY KEY (KEY_HASH, KIND, SLOT))");
                c.commit();
            } catch (SQLException raced) {
                // another node created it meanwhile
                c.rollback();
            }
        }
        tableReady = true;
    }

    /** Adds the places a key lacks (a first use, or a higher limit); another node adding them at once is fine. */
    private void ensurePlaces(Connection c, Lane lane, int perSecond) throws SQLException {
        for (int slot = lane.places; slot < perSecond; slot++) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                    + " (KEY_HASH, KIND, SLOT, FREE_AT) SELECT ?, ?, ?, 0 WHERE NOT EXISTS (SELECT 1 FROM " + table
                    + " WHERE KEY_HASH = ? AND KIND = ? AND SLOT = ?)")) {
                bindPlace(insert, 1, lane, slot);
                bindPlace(insert, 4, lane, slot);
                insert.executeUpdate();
                c.commit();
            } catch (SQLException duplicate) {
                c.rollback();
            }
        }
        lane.places = Math.max(lane.places, perSecond);
    }

    /** Sets the parameters {@code from} to {@code from + 2} to a place's key, kind and slot. */
    private static void bindPlace(PreparedStatement statement, int from, Lane lane, int slot) throws SQLException {
        statement.setString(from, lane.keyHash);
        statement.setString(from + 1, lane.kind.name());
        statement.setInt(from + 2, slot);
    }

    /** Takes a free place: its number, or minus the milliseconds until the earliest frees. */
    private long take(Connection c, Lane lane, int perSecond, String holder) throws SQLException {
        long earliest = Long.MAX_VALUE;
        int free = -1;
        try (PreparedStatement lock = c.prepareStatement("SELECT SLOT, FREE_AT FROM "
                + table + " WHERE KEY_HASH = ? AND KIND = ? AND SLOT < ? ORDER BY SLOT FOR UPDATE")) {
            lock.setString(1, lane.keyHash);
            lock.setString(2, lane.kind.name());
            lock.setInt(3, perSecond);
            long now;
            try (ResultSet rs = lock.executeQuery()) {
                while (rs.next()) {
                    long freeAt = rs.getLong(2);
                    if (freeAt < earliest) {
                        earliest = freeAt;
                        free = rs.getInt(1);
                    }
                }
            }
            if (free < 0) {
                c.rollback();
                return -WINDOW_MS;
            }
            // the time after every lock was granted; the node's own clock just before it is read
            lane.clockReadNanos = System.nanoTime();
            try (PreparedStatement clock = c.prepareStatement("SELECT " + currentTimeMillisSql())) {
                try (ResultSet rs = clock.executeQuery()) {
                    rs.next();
                    now = rs.getLong(1);
                }
            }
            if (earliest > now) {
                c.commit();
                return -(earliest - now);
            }
            try (PreparedStatement hold = c.prepareStatement("UPDATE " + table
                    + " SET FREE_AT = ?, HOLDER = ? WHERE KEY_HASH = ? AND KIND = ? AND SLOT = ?")) {
                hold.setLong(1, now + UNDER_WAY_MS + WINDOW_MS + MARGIN_MS);
                hold.setString(2, holder);
                bindPlace(hold, 3, lane, free);
                hold.executeUpdate();
            }
            c.commit();
            lane.givenAt = now;
            return free;
        }
    }

    /** Frees a place one window after its attempt's answer, by the database's clock; after a Retry-After, later. */
    private void release(Lane lane, DbTurn turn, boolean wasRefused, Duration retryAfter) {
        long answeredAt = turn.givenAt + (turn.endNanos - turn.clockReadNanos + 999_999) / 1_000_000;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement free = c.prepareStatement("UPDATE " + table + " SET FREE_AT = ? + ?, HOLDER = NULL"
                    + " WHERE KEY_HASH = ? AND KIND = ? AND SLOT = ? AND HOLDER = ?")) {
                free.setLong(1, answeredAt);
                free.setLong(2, WINDOW_MS + MARGIN_MS);
                bindPlace(free, 3, lane, turn.slot);
                free.setString(6, turn.holder);
                free.executeUpdate();
            }
            if (wasRefused && retryAfter != null) {
                try (PreparedStatement pause =
                        c.prepareStatement("UPDATE " + table + " SET FREE_AT = GREATEST(FREE_AT, "
                                + currentTimeMillisSql() + " + ?) WHERE KEY_HASH = ? AND KIND = ?")) {
                    pause.setLong(1, retryAfter.toMillis());
                    pause.setString(2, lane.keyHash);
                    pause.setString(3, lane.kind.name());
                    pause.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            // the place frees at the time set when it was taken
            LOG.warn("Could not update a send place in {} ({})", table, e.getClass().getName());
        }
        lane.pump();
    }

    /** One access key and kind as this node sees it. Used on the worker thread only. */
    private final class Lane {
        final String keyHash;
        final Kind kind;
        final ArrayDeque<Waiter> queue = new ArrayDeque<>();
        int places;
        int perSecond;
        long givenAt;
        long clockReadNanos;
        ScheduledFuture<?> next;

        Lane(String keyHash, Kind kind) {
            this.keyHash = keyHash;
            this.kind = kind;
        }

        void enqueue(Waiter waiter, int limit) {
            perSecond = limit;
            queue.addLast(waiter);
            if (next == null) {
                pump();
            }
        }

        /** Gives places to the waiting sends, in order, while there are free ones; else asks again when one frees. */
        void pump() {
            if (next != null) {
                next.cancel(false);
                next = null;
            }
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                ensureTable(c);
                ensurePlaces(c, this, perSecond);
                while (true) {
                    while (!queue.isEmpty() && queue.peekFirst().future.isDone()) {
                        queue.pollFirst();
                    }
                    if (queue.isEmpty()) {
                        return;
                    }
                    String holder = UUID.randomUUID().toString();
                    long taken = take(c, this, perSecond, holder);
                    if (taken < 0) {
                        later(-taken);
                        return;
                    }
                    Waiter waiter = queue.pollFirst();
                    DbTurn turn = new DbTurn(this, (int) taken, holder, givenAt, clockReadNanos);
                    if (waiter.future.complete(turn)) {
                        counters.given(waiter.asked);
                    } else {
                        // it gave up just now: the place was not used, free it at once
                        giveBack(c, turn);
                    }
                }
            } catch (SQLException e) {
                LOG.warn("Could not take a send place in {} ({}); trying again shortly", table, e.getClass().getName());
                later(100);
            }
        }

        private void giveBack(Connection c, DbTurn turn) throws SQLException {
            try (PreparedStatement free = c.prepareStatement("UPDATE " + table
                    + " SET FREE_AT = 0, HOLDER = NULL WHERE KEY_HASH = ? AND KIND = ? AND SLOT = ? AND HOLDER = ?")) {
                bindPlace(free, 1, this, turn.slot);
                free.setString(4, turn.holder);
                free.executeUpdate();
            }
            c.commit();
        }

        private void later(long millis) {
            try {
                next = worker.schedule(this::pump, Math.max(1, millis), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                next = null;
            }
        }
    }

    /** A place taken; the worker frees it when the attempt ends. */
    private final class DbTurn implements Turn {
        private final Lane lane;
        private final int slot;
        private final String holder;
        private final long givenAt;
        private final long clockReadNanos;
        private volatile long endNanos;
        private final AtomicLong ended = new AtomicLong();

        DbTurn(Lane lane, int slot, String holder, long givenAt, long clockReadNanos) {
            this.lane = lane;
            this.slot = slot;
            this.holder = holder;
            this.givenAt = givenAt;
            this.clockReadNanos = clockReadNanos;
        }

        @Override
        public void completed() {
            end(false, null);
        }

        @Override
        public void refused(Duration retryAfter) {
            end(true, retryAfter);
        }

        private void end(boolean wasRefused, Duration retryAfter) {
            long now = System.nanoTime();
            if (!ended.compareAndSet(0, 1)) {
                return;
            }
            endNanos = now;
            if (wasRefused) {
                counters.refused();
            }
            try {
                worker.execute(() -> release(lane, this, wasRefused, retryAfter));
            } catch (RejectedExecutionException closed) {
                // the place frees at the time set when it was taken
            }
        }
    }

    private static final class Waiter {
        final long asked;
        final CompletableFuture<Turn> future = new CompletableFuture<>();

        Waiter(long asked) {
            this.asked = asked;
        }
    }
}
