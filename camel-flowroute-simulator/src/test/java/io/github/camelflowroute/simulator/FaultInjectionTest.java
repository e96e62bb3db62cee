package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultInjectionTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private SimClient.Reply send() {
        return client.post("/v2.1/messages", SimClient.sms(number, "13125550123", "hi"));
    }

    @Test
    void statusFaultAnswersWithFlowrouteErrorBodyTheGivenNumberOfTimes() {
        int before = sim.state().messages().size();
        sim.faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(2).respond(500));

        SimClient.Reply first = send();
        SimClient.Reply second = send();
        SimClient.Reply third = send();

        assertThat(first.status()).isEqualTo(500);
        assertThat(first.contentType()).isEqualTo("application/vnd.api+json");
        assertThat(first.json().path("errors").get(0).path("status").asInt()).isEqualTo(500);
        assertThat(first.json().path("errors").get(0).path("title").asText()).isEqualTo("Internal Server Error");
        assertThat(second.status()).isEqualTo(500);
        assertThat(third.status()).isEqualTo(202);
        assertThat(sim.state().messages()).hasSize(before + 1);
    }

    @Test
    void rawFaultAnswersExactlyTheGivenBody() {
        sim.faults().enqueue(FaultRule.any().respondRaw(502, "text/html", "<html>Bad gateway</html>"));

        SimClient.Reply reply = client.get("/v2/routes");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.contentType()).isEqualTo("text/html");
        assertThat(reply.body()).isEqualTo("<html>Bad gateway</html>");
    }

    @Test
    void droppedConnectionFailsTheClientAndIsJournaled() {
        // always: java.net.http retries a request whose connection closed before any byte of an answer
        sim.faults().enqueue(FaultRule.any().always().dropConnection());

        assertThatThrownBy(() -> client.getRaw("/v2/routes")).isInstanceOf(IOException.class);
        sim.faults().clear();

        assertThat(sim.journal().requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RecordedRequest.DROPPED));
        assertThat(client.get("/v2/routes").status()).isEqualTo(200);
    }

    @Test
    void delayFaultSlowsTheAnswerThenProcessesNormally() {
        sim.faults().enqueue(FaultRule.any().delay(Duration.ofMillis(400)));

        long start = System.nanoTime();
        SimClient.Reply reply = client.get("/v2/routes");
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.status()).isEqualTo(200);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(400);
    }

    @Test
    void faultForAnotherPathDoesNotApply() {
        sim.faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").respond(503));

        assertThat(client.get("/v2/routes").status()).isEqualTo(200);
        assertThat(sim.faults().pending()).hasSize(1);
    }

    @Test
    void wildcardPathMatchesEverythingBelowIt() {
        sim.faults().enqueue(FaultRule.onPath("*", "/v2/numbers*").respond(503));

        assertThat(client.get("/v2/numbers/available").status()).isEqualTo(503);
    }

    @Test
    void faultCanCarryResponseHeaders() {
        sim.faults().enqueue(FaultRule.any().respond(429, "Too many messages").withHeader("Retry-After", "1"));

        SimClient.Reply reply = send();

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.headers().firstValue("Retry-After")).contains("1");
        assertThat(reply.errorDetails()).containsExactly("Too many messages");
    }

    @Test
    void clearRemovesPendingFaults() {
        sim.faults().enqueue(FaultRule.any().always().respond(500));

        sim.faults().clear();

        assertThat(client.get("/v2/routes").status()).isEqualTo(200);
    }

    @Test
    void alwaysRuleKeepsApplying() {
        sim.faults().enqueue(FaultRule.any().always().respond(503));

        assertThat(client.get("/v2/routes").status()).isEqualTo(503);
        assertThat(client.get("/v2/routes").status()).isEqualTo(503);
        assertThat(client.get("/v2/routes").status()).isEqualTo(503);
    }

    @Test
    void latencyIsAddedToEveryAnswer() {
        try (FlowrouteSimulator slow = FlowrouteSimulator.builder().latency(Duration.ofMillis(300)).build().start()) {
            SimClient c = new SimClient(slow);
            long start = System.nanoTime();
            c.get("/v2/routes");
            c.get("/v2/numbers");
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(elapsedMs).isGreaterThanOrEqualTo(600);
        }
    }

    @Test
    void dropBeforeProcessingLeavesNoMessage() {
        int before = sim.state().messageCount();
        sim.faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").dropConnection());

        assertThatThrownBy(this::send).isInstanceOf(UncheckedIOException.class);

        assertThat(sim.state().messageCount()).isEqualTo(before);
    }

    @Test
    void dropAfterProcessingStoresTheMessageButSendsNoAnswer() {
        int before = sim.state().messageCount();
        sim.faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").dropConnectionAfterProcessing());

        assertThatThrownBy(() -> client.post("/v2.1/messages", SimClient.sms(number, "13125550123", "accepted")))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(sim.state().messages()).hasSize(before + 1)
                .anySatisfy(m -> assertThat(m.body()).isEqualTo("accepted"));
        assertThat(sim.journal().last()).hasValueSatisfying(
                r -> assertThat(r.status()).isEqualTo(RecordedRequest.DROPPED));
    }

    @Test
    void countersCountEachRuleAndActionApplied() {
        FaultRule unavailable = FaultRule.onPath("GET", "/v2/routes").times(2).respond(503);
        FaultRule dropped = FaultRule.onPath("POST", "/v2.1/messages").dropConnectionAfterProcessing();
        sim.faults().enqueue(unavailable).enqueue(dropped);

        client.get("/v2/routes");
        client.get("/v2/routes");
        client.get("/v2/routes");
        assertThatThrownBy(this::send).isInstanceOf(UncheckedIOException.class);

        FaultInjector faults = sim.faults();
        assertThat(faults.injectedCount(unavailable)).isEqualTo(2);
        assertThat(faults.injectedCount(dropped)).isEqualTo(1);
        assertThat(faults.injectedCount(FaultRule.Action.STATUS)).isEqualTo(2);
        assertThat(faults.injectedCount(FaultRule.Action.DROP_AFTER_PROCESSING)).isEqualTo(1);
        assertThat(faults.injectedCount(FaultRule.Action.DROP)).isZero();
        assertThat(faults.injectedCount()).isEqualTo(3);
        assertThat(faults.injectedCounts()).containsOnlyKeys(unavailable, dropped);
    }

    @Test
    void injectedNamesTheRequestEachFaultHit() {
        FaultRule unavailable = FaultRule.onPath("POST", "/v2.1/messages").respond(503);
        sim.faults().enqueue(unavailable);

        client.post("/v2.1/messages", SimClient.sms(number, "13125550123", "token-1"));
        client.post("/v2.1/messages", SimClient.sms(number, "13125550123", "token-2"));

        assertThat(sim.faults().injected()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(unavailable);
            assertThat(f.method()).isEqualTo("POST");
            assertThat(f.path()).isEqualTo("/v2.1/messages");
            assertThat(f.body()).contains("token-1");
        });
    }

    @Test
    void equalRulesShareTheirCount() {
        sim.faults().enqueue(FaultRule.onPath("GET", "/v2/routes").respond(500));

        client.get("/v2/routes");

        assertThat(sim.faults().injectedCount(FaultRule.onPath("GET", "/v2/routes").respond(500)))
                .isEqualTo(1);
    }

    @Test
    void clearKeepsTheCountersAndResetZeroesThem() {
        sim.faults().enqueue(FaultRule.any().respond(500));
        client.get("/v2/routes");

        sim.faults().clear();
        assertThat(sim.faults().injectedCount()).isEqualTo(1);

        sim.reset();
        assertThat(sim.faults().injectedCount()).isZero();
        assertThat(sim.faults().injectedCounts()).isEmpty();
        assertThat(sim.faults().injected()).isEmpty();
    }

    @Test
    void slowSendStillTakesEffectAfterItsClientGaveUpAndAwaitSettledWaitsForIt() throws Exception {
        int before = sim.state().messageCount();
        sim.faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").delay(Duration.ofMillis(500)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/v2.1/messages"))
                .timeout(Duration.ofMillis(100))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (sim.accessKey() + ":" + sim.secretKey()).getBytes(UTF_8)))
                .header("Content-Type", SimClient.JSON_API)
                .POST(HttpRequest.BodyPublishers.ofString(SimClient.sms(number, "13125550123", "late"))).build();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(sim.faults().awaitSettled(Duration.ofSeconds(10))).isTrue();
        assertThat(sim.state().messages()).hasSize(before + 1)
                .anySatisfy(m -> assertThat(m.body()).isEqualTo("late"));
    }

    @Test
    void awaitSettledReturnsAtOnceWithNothingFaulted() {
        assertThat(sim.faults().awaitSettled(Duration.ZERO)).isTrue();
    }
}
