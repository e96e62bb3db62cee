package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Re-posting until HTTP 200, every attempt journaled, and the pause/resume and await hooks. */
class CallbackRetryTest extends CallbackTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().callbackRetryInterval(Duration.ofMillis(20)));

    @BeforeEach
    void setUp() {
        sim.state().callbacks().setAccount(CallbackType.SMS, receiver.url("/sms"));
    }

    @Test
    void receiverAnswering500TwiceThen200GetsThreeAttempts() {
        receiver.answer(500, 500, 200);

        String id = sim.injectInbound("13125550123", number, "retry me");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).hasSize(3);
        assertThat(sim.callbackJournal().attempts())
                .extracting(CallbackAttempt::attempt, CallbackAttempt::status)
                .containsExactly(tuple(1, 500), tuple(2, 500), tuple(3, 200));
        assertThat(sim.callbackJournal().attempts()).allMatch(a -> a.messageId().equals(id)
                && a.url().equals(receiver.url("/sms")) && a.body().contains(id));
    }

    @Test
    void onlyHttp200CountsAsDelivered() {
        receiver.answer(204);

        sim.injectInbound("13125550123", number, "204 is not 200");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(sim.callbackJournal().attempts()).extracting(CallbackAttempt::status).containsExactly(204, 200);
    }

    @Test
    void deliveryIsGivenUpAfterFourRetries() {
        receiver.answer(500, 500, 500, 500, 500, 500);

        sim.injectInbound("13125550123", number, "never delivered");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(sim.callbackJournal().attempts()).hasSize(5).noneMatch(CallbackAttempt::succeeded);
    }

    @Test
    void unreachableReceiverIsJournaledAsError() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        sim.state().callbacks().setAccount(CallbackType.SMS, "http://127.0.0.1:" + closedPort + "/gone");

        sim.injectInbound("13125550123", number, "nobody home");

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(sim.callbackJournal().attempts()).hasSize(5)
                .allMatch(a -> a.status() == 0 && a.error() != null);
    }

    @Test
    void receiptsOfOneMessageStayInOrderAcrossRetries() {
        receiver.answer(503);
        SimClient.Reply sent = new SimClient(sim).post("/v2.1/messages", "{\"from\":\"" + number
                + "\",\"to\":\"13125550123\",\"body\":\"ordered\",\"dlr_callback\":\"" + receiver.url("/dlr") + "\"}");
        assertThat(sent.status()).isEqualTo(202);

        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).extracting(r -> r.json().path("data").path("attributes").path("level").asInt())
                .containsExactly(1, 1, 2);
    }

    @Test
    void pausedDeliveriesWaitForResume() {
        sim.pauseDeliveries();

        sim.injectInbound("13125550123", number, "held back");

        assertThat(sim.awaitDeliveries(Duration.ofMillis(200))).isFalse();
        assertThat(receiver.received()).isEmpty();
        assertThat(sim.pendingDeliveries()).isEqualTo(1);
        sim.resumeDeliveries();
        assertThat(sim.awaitDeliveries(WAIT)).isTrue();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void resetDropsQueuedDeliveries() {
        sim.pauseDeliveries();
        sim.injectInbound("13125550123", number, "forgotten");

        sim.reset();

        assertThat(sim.pendingDeliveries()).isZero();
        assertThat(sim.deliveriesPaused()).isFalse();
        assertThat(sim.awaitDeliveries(Duration.ZERO)).isTrue();
    }
}
