package io.github.camelflowroute.component.flowroute.client;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.impl.BasicEndpointDetails;
import org.apache.hc.core5.http.impl.BasicEntityDetails;
import org.apache.hc.core5.http.impl.BasicHttpConnectionMetrics;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a request asks {@code Expect: 100-continue}: wherever its connection may have been closed under it, and only
 * there. Time is virtual; a connection is its details and the requests it carried.
 */
class ExpectContinuePolicyTest {

    private long now = 1_000_000_000L;
    private final ExpectContinuePolicy policy = new ExpectContinuePolicy(() -> now);

    /** A connection to the API, with the requests it has carried so far. */
    private static final class Connection {
        final BasicHttpConnectionMetrics metrics = new BasicHttpConnectionMetrics(null, null);
        final EndpointDetails details = new BasicEndpointDetails(new InetSocketAddress("127.0.0.1", 443),
                new InetSocketAddress("127.0.0.1", 50000), metrics, null);
    }

    /** Sends a request with a body on the connection; whether it asked for 100-continue. */
    private boolean send(Connection connection) {
        return send(connection, new BasicEntityDetails(42, ContentType.APPLICATION_JSON));
    }

    private boolean send(Connection connection, BasicEntityDetails body) {
        BasicHttpRequest request = new BasicHttpRequest("POST", "/v2.1/messages");
        policy.process(request, body, context(connection));
        connection.metrics.incrementRequestCount();
        return request.containsHeader("Expect");
    }

    private void answer(Connection connection) {
        policy.process(new BasicHttpResponse(202), null, context(connection));
    }

    private static HttpCoreContext context(Connection connection) {
        HttpCoreContext context = HttpCoreContext.create();
        context.setEndpointDetails(connection.details);
        return context;
    }

    private void later(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /** A request on the connection and its answer, at once; the connection. */
    private Connection exchange(Connection connection) {
        send(connection);
        answer(connection);
        return connection;
    }

    /** Carries {@code count} answered requests on an already used connection, each at once after the one before. */
    private void reuse(Connection connection, int count) {
        for (int i = 0; i < count; i++) {
            exchange(connection);
        }
    }

    /** A connection that has carried one exchange, and enough reuses after it for reuse to be trusted. */
    private Connection trustedConnection() {
        Connection connection = exchange(new Connection());
        reuse(connection, ExpectContinuePolicy.TRUST_AFTER);
        return connection;
    }

    @Test
    void aRequestOnANewConnectionAsks() {
        trustedConnection();

        assertThat(send(new Connection())).isTrue();
    }

    @Test
    void aRequestWithoutABodyNeverAsks() {
        BasicHttpRequest request = new BasicHttpRequest("GET", "/v2/numbers");
        policy.process(request, null, context(new Connection()));

        assertThat(request.containsHeader("Expect")).isFalse();
    }

    @Test
    void aReusedConnectionAsksUntilEnoughAnswersOnReusedConnectionsCameInWithoutAFailure() {
        Connection connection = exchange(new Connection());
        reuse(connection, ExpectContinuePolicy.TRUST_AFTER - 1);

        assertThat(send(connection)).as("one reuse short").isTrue();
        answer(connection);
        assertThat(send(connection)).as("trusted").isFalse();
    }

    @Test
    void answersOnNewConnectionsDoNotBuildTrust() {
        for (int i = 0; i < ExpectContinuePolicy.TRUST_AFTER; i++) {
            exchange(new Connection());
        }
        Connection connection = exchange(new Connection());

        assertThat(send(connection)).isTrue();
    }

    @Test
    void aTrustedConnectionThatIdledAsksAgain() {
        Connection connection = trustedConnection();
        later(TimeUnit.NANOSECONDS.toMillis(ExpectContinuePolicy.RECENT));

        assertThat(send(connection)).isTrue();
    }

    @Test
    void aTrustedConnectionAnsweredJustBeforeDoesNotAsk() {
        Connection connection = trustedConnection();
        later(TimeUnit.NANOSECONDS.toMillis(ExpectContinuePolicy.RECENT) - 1);

        assertThat(send(connection)).isFalse();
    }

    @Test
    void aFailedAttemptWithdrawsTheTrustForFiveMinutesWhateverAnswersFollow() {
        Connection connection = trustedConnection();
        policy.attemptFailed();
        reuse(connection, ExpectContinuePolicy.TRUST_AFTER);

        assertThat(send(connection)).isTrue();
    }

    @Test
    void trustComesBackAfterFiveMinutesAndEnoughCleanReuses() {
        Connection connection = trustedConnection();
        policy.attemptFailed();
        for (int minute = 0; minute < 5; minute++) {
            // busy all the while: an answer every 50 ms of a minute
            for (int i = 0; i < 1200; i++) {
                later(50);
                exchange(connection);
            }
        }

        assertThat(send(connection)).isFalse();
    }

    @Test
    void aFailureAfterTheTrustWasBuiltStartsTheCountAgain() {
        Connection connection = trustedConnection();
        later(TimeUnit.NANOSECONDS.toMillis(ExpectContinuePolicy.DISTRUST_FOR));
        policy.attemptFailed();
        later(TimeUnit.NANOSECONDS.toMillis(ExpectContinuePolicy.DISTRUST_FOR));
        reuse(connection, ExpectContinuePolicy.TRUST_AFTER - 1);

        assertThat(send(connection)).isTrue();
    }

    @Test
    void aRequestWithAnEmptyBodyNeverAsks() {
        assertThat(send(new Connection(), new BasicEntityDetails(0, ContentType.APPLICATION_JSON))).isFalse();
    }
}
