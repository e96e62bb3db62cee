package io.github.camelflowroute.component.flowroute.client;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import io.github.camelflowroute.simulator.FaultRule;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which sends ask {@code Expect: 100-continue}, as the API sees them (the simulator's journal keeps each request's
 * headers): those on a new connection, on one that idled, and all of them until reuse has proven itself, or again
 * once an attempt failed. Sends one at a time, so they all go out on one connection.
 */
class ExpectContinueOverHttpTest {

    private final FlowrouteSimulator simulator = FlowrouteSimulator.builder().build().start();
    private HttpFlowrouteClient client = clientWithExpectContinue(true);

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    private HttpFlowrouteClient clientWithExpectContinue(boolean expectContinue) {
        return HttpFlowrouteClient.builder()
                .baseUrl(simulator.baseUrl())
                .credentials(simulator.accessKey(), simulator.secretKey())
                .expectContinue(expectContinue)
                .build();
    }

    private SendMessageResult send() {
        return client.sendMessage(OutboundMessage.sms(simulator.state().accountNumbers().get(0).number(),
                "12065550199", "hi")).join();
    }

    private void send(int count) {
        for (int i = 0; i < count; i++) {
            send();
        }
    }

    /**
     * Sends after a short wait, well within {@link ExpectContinuePolicy#RECENT}: the send before handed its connection
     * back to the pool by then (it completes a moment before), so this one goes out on it and not on a new one.
     */
    private SendMessageResult sendOnTheLastConnection() throws InterruptedException {
        Thread.sleep(10);
        return send();
    }

    /** Whether each send the simulator received asked for 100-continue, in order. */
    private List<Boolean> asked() {
        return simulator.journal().requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v2.1/messages"))
                .map(RecordedRequest::headers).map(h -> "100-continue".equalsIgnoreCase(h.get("Expect")))
                .toList();
    }

    private List<Boolean> lastAsked(int count) {
        List<Boolean> asked = asked();
        return asked.subList(asked.size() - count, asked.size());
    }

    @Test
    void sendsOnABusyConnectionAskUntilReuseIsTrustedAndThenNoLonger() throws InterruptedException {
        send(ExpectContinuePolicy.TRUST_AFTER);
        for (int i = 0; i < 50; i++) {
            sendOnTheLastConnection();
        }

        List<Boolean> asked = asked();
        assertThat(asked.get(0)).as("the first send, on a new connection").isTrue();
        assertThat(asked.subList(1, ExpectContinuePolicy.TRUST_AFTER)).as("the sends while reuse earns trust")
                .containsOnly(true);
        assertThat(lastAsked(50)).as("the last 50").containsOnly(false);
    }

    @Test
    void aSendAfterTheConnectionIdledAsksAgain() throws InterruptedException {
        send(ExpectContinuePolicy.TRUST_AFTER + 1);

        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ExpectContinuePolicy.RECENT) + 50);
        send();
        sendOnTheLastConnection();

        assertThat(lastAsked(2)).as("after the pause, then at once").containsExactly(true, false);
    }

    @Test
    void aFailedAttemptMakesSendsAskAgain() throws InterruptedException {
        send(ExpectContinuePolicy.TRUST_AFTER + 1);
        SendMessageResult sent = sendOnTheLastConnection();
        simulator.faults().enqueue(FaultRule.onPath("GET", "/v2.1/messages/" + sent.id()).times(1).dropConnection());

        // the read is retried, on a connection that then carried its answer
        client.getMessage(sent.id()).join();
        sendOnTheLastConnection();

        assertThat(simulator.faults().injectedCount()).as("attempts that failed").isEqualTo(1);
        assertThat(lastAsked(2)).as("before and after the failure").containsExactly(false, true);
    }

    @Test
    void withExpectContinueOffNoSendAsks() {
        client.close();
        client = clientWithExpectContinue(false);

        send(3);

        assertThat(asked()).containsExactly(false, false, false);
    }
}
