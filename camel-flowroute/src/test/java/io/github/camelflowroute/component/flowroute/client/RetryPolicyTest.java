package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;

import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.RequestNotExecutedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a send count as not sent, and so are tried again. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(100));

    private static FlowrouteTransportException failure(Throwable cause) {
        return new FlowrouteTransportException("POST", "/v2.1/messages", String.valueOf(cause), cause);
    }

    @Test
    void aSendHttpClientNeverExecutedIsRetriedWhereverTheCauseSits() {
        Throwable wrapped = new IOException("wrapped", new RequestNotExecutedException());

        assertThat(policy.delayAfter("POST", failure(wrapped), 1)).isNotNull();
        assertThat(RetryPolicy.notSent(failure(wrapped))).isTrue();
    }

    @Test
    void aSendThatFailedBeforeItWasWrittenIsRetried() {
        Throwable notWritten =
                new RequestNotWrittenException(new ConnectionClosedException("Connection closed by peer"));

        assertThat(policy.delayAfter("POST", failure(notWritten), 1)).isNotNull();
    }

    @Test
    void aSendWhoseConnectionClosedAfterItWasWrittenIsNotRetried() {
        Throwable written = new ConnectionClosedException("Connection closed by peer");

        assertThat(policy.delayAfter("POST", failure(written), 1)).isNull();
        assertThat(RetryPolicy.notSent(failure(written))).isFalse();
    }

    @Test
    void onlyAPooledConnectionFoundClosedIsStale() {
        assertThat(RetryPolicy.staleConnection(failure(new RequestNotExecutedException()))).isTrue();
        assertThat(RetryPolicy.staleConnection(failure(
                new RequestNotWrittenException(new ConnectionClosedException("closed"))))).isFalse();
        assertThat(RetryPolicy.staleConnection(failure(new ConnectException("refused")))).isFalse();
        assertThat(RetryPolicy.staleConnection(failure(new ConnectionClosedException("closed")))).isFalse();
    }

    @Test
    void notSentFailuresStillStopAfterMaxRetries() {
        assertThat(policy.delayAfter("POST", failure(new RequestNotExecutedException()), 4)).isNull();
    }
}
