package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;

import org.apache.hc.core5.http.message.BasicHttpResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a connection may idle before it is no longer reused, from our limit and the server's announcement. */
class KeepAliveLimitTest {

    private final KeepAliveLimit limit = new KeepAliveLimit(Duration.ofSeconds(4));

    private static BasicHttpResponse answer(String keepAlive) {
        BasicHttpResponse response = new BasicHttpResponse(200);
        if (keepAlive != null) {
            response.addHeader("Keep-Alive", keepAlive);
        }
        return response;
    }

    @Test
    void withoutAnAnnouncementTheConfiguredMaximumApplies() {
        assertThat(limit.getKeepAliveDuration(answer(null), null).toMilliseconds()).isEqualTo(4000);
    }

    @Test
    void aShorterAnnouncedTimeoutWinsLessASecond() {
        assertThat(limit.getKeepAliveDuration(answer("timeout=3, max=100"), null).toMilliseconds()).isEqualTo(2000);
    }

    @Test
    void aLongerAnnouncedTimeoutDoesNotExtendTheMaximum() {
        assertThat(limit.getKeepAliveDuration(answer("timeout=75"), null).toMilliseconds()).isEqualTo(4000);
    }

    @Test
    void aOneSecondAnnouncementKeepsHalfOfIt() {
        assertThat(limit.getKeepAliveDuration(answer("timeout=1"), null).toMilliseconds()).isEqualTo(500);
    }

    @Test
    void anUnreadableAnnouncementIsIgnored() {
        assertThat(limit.getKeepAliveDuration(answer("timeout=soon"), null).toMilliseconds()).isEqualTo(4000);
    }
}
