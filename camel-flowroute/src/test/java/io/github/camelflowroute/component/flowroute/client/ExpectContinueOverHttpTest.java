package io.github.camelflowroute.component.flowroute.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

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
    // per send, in order: whether it provably went out within RECENT of the answer before it (see send())
    private final List<Boolean> soon = new ArrayList<>();
    private long lastStarted = System.nanoTime() - ExpectContinuePolicy.RECENT;

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
        long started = System.nanoTime();
        SendMessageResult sent = client.sendMessage(OutboundMessage.sms(
                simulator.state().accountNumbers().get(0).number(), "12065550199", "hi")).join();
        // the connection's last answer came after the send before started, and this send's request went out before
        // it ended: under RECENT between those two, the policy cannot have seen the connection idle
        soon.add(System.nanoTime() - lastStarted < ExpectContinuePolicy.RECENT);
        lastStarted = started;
        return sent;
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

    /**
     * Sends on the last connection until a send provably came soon after the one before (a loaded machine may pause a
     * thread for longer than {@link ExpectContinuePolicy#RECENT}): that send is the last.
     */
    private SendMessageResult sendSoonOnTheLastConnection() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            SendMessageResult sent = sendOnTheLastConnection();
            if (soon.get(soon.size() - 1)) {
                return sent;
            }
        }
        throw new AssertionError("no send within " + TimeUnit.NANOSECONDS.toMillis(ExpectContinuePolicy.RECENT)
                + " ms of the one before in 10 tries: the machine is too busy to tell");
    }

    /** Whether each send the simulator received asked for 100-continue, in order. */
    private List<Boolean> asked() {
        return simulator.journal().requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v2.1/messages"))
                .map(RecordedRequest::headers).map(h -> "100-continue".equalsIgnoreCase(h.get("Expect")))
                .toList();
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
        List<Integer> soonOnes = IntStream.range(asked.size() - 50, asked.size()).filter(soon::get).boxed().toList();
        assertThat(soonOnes).as("of the last 50, those soon after the send before").hasSizeGreaterThan(25);
        assertThat(soonOnes).as("which of those asked").allSatisfy(i -> assertThat(asked.get(i)).isFalse());
    }

    @Test
    void aSendAfterTheConnectionIdledAsksAgain() throws InterruptedException {
        send(ExpectContinuePolicy.TRUST_AFTER + 1);

        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(ExpectContinuePolicy.RECENT) + 50);
        send();
        int afterThePause = soon.size() - 1;
        sendSoonOnTheLastConnection();
        int atOnce = soon.size() - 1;

        assertThat(asked().get(afterThePause)).as("after the pause").isTrue();
        assertThat(asked().get(atOnce)).as("at once after that").isFalse();
    }

    @Test
    void aFailedAttemptMakesSendsAskAgain() throws InterruptedException {
        send(ExpectContinuePolicy.TRUST_AFTER + 1);
        SendMessageResult sent = sendSoonOnTheLastConnection();
        int before = soon.size() - 1;
        simulator.faults().enqueue(FaultRule.onPath("GET", "/v2.1/messages/" + sent.id()).times(1).dropConnection());

        // the read is retried, on a connection that then carried its answer
        client.getMessage(sent.id()).join();
        sendOnTheLastConnection();
        int after = soon.size() - 1;

        assertThat(simulator.faults().injectedCount()).as("attempts that failed").isEqualTo(1);
        assertThat(asked().get(before)).as("before the failure").isFalse();
        assertThat(asked().get(after)).as("after it").isTrue();
    }

    @Test
    void withExpectContinueOffNoSendAsks() {
        client.close();
        client = clientWithExpectContinue(false);

        send(3);

        assertThat(asked()).containsExactly(false, false, false);
    }
}
