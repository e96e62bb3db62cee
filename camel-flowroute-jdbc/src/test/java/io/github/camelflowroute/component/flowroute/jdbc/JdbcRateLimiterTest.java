package io.github.camelflowroute.component.flowroute.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.camelflowroute.component.flowroute.client.FlowrouteRateLimitException;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link JdbcRateLimiter} on a private PostgreSQL: what it stores, and the turns it gives across limiters. */
class JdbcRateLimiterTest {

    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();

    @Test
    void placesAreKeyedByTheHashOfTheAccessKeyNeverTheKeyItself() throws Exception {
        DataSource db = PG.pooledDataSource(PG.newDatabase("limiterkeys"), 2);
        try (JdbcRateLimiter limiter = new JdbcRateLimiter(db)) {
            limiter.acquire("ACCESS-KEY-123", Kind.SMS, 5, Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS)
                    .completed();
        }

        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT KEY_HASH, KIND, SLOT FROM CAMEL_FLOWROUTE_SEND_SLOT")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3));
            }
        }
        assertThat(rows).hasSize(5)
                .allSatisfy(r -> assertThat(r).startsWith(JdbcRateLimiter.keyHash("ACCESS-KEY-123") + "|SMS|"))
                .noneMatch(r -> r.contains("ACCESS-KEY-123"));
    }

    @Test
    void twoLimitersOnOneDatabaseGiveNoMoreThanTheLimitInAnyWindow() throws Exception {
        DataSource db = PG.pooledDataSource(PG.newDatabase("limiterwindow"), 4);
        List<Long> given = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> turns = new ArrayList<>();
        try (JdbcRateLimiter a = new JdbcRateLimiter(db); JdbcRateLimiter b = new JdbcRateLimiter(db)) {
            for (int i = 0; i < 4; i++) {
                for (SendRateLimiter limiter : List.of(a, b)) {
                    turns.add(limiter.acquire("key", Kind.MMS, 2, Duration.ofSeconds(30)).thenAccept(turn -> {
                        given.add(System.nanoTime());
                        turn.completed();
                    }));
                }
            }
            CompletableFuture.allOf(turns.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }

        List<Long> sorted = given.stream().sorted().toList();
        assertThat(sorted).hasSize(8);
        for (int i = 0; i + 2 < sorted.size(); i++) {
            // the third turn after any one comes a window later by the database's clock; these are the times the
            // turns reached the callers here, which may lag the database by a few milliseconds each
            assertThat(TimeUnit.NANOSECONDS.toMillis(sorted.get(i + 2) - sorted.get(i))).isGreaterThan(900);
        }
    }

    @Test
    void aSendThatGetsNoTurnWithinItsMaxWaitFailsNotSent() throws Exception {
        DataSource db = PG.pooledDataSource(PG.newDatabase("limiterwait"), 2);
        try (JdbcRateLimiter limiter = new JdbcRateLimiter(db)) {
            limiter.acquire("key", Kind.MMS, 1, Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS).completed();

            CompletableFuture<SendRateLimiter.Turn> late = limiter.acquire("key", Kind.MMS, 1, Duration.ofMillis(200));

            assertThatThrownBy(() -> late.get(20, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(FlowrouteRateLimitException.class);
        }
    }
}
