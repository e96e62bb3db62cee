package io.github.camelflowroute.component.flowroute;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteDeliveryUnknownException;
import io.github.camelflowroute.simulator.FaultInjector;
import io.github.camelflowroute.simulator.FaultPlan;
import io.github.camelflowroute.simulator.FaultRule;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 sends through a ProducerTemplate while the simulator faults about 10% of the send requests at random: 500s,
 * 429s with and without Retry-After, connection resets before and after the send was stored, and answers slower than
 * the response timeout. A send may be retried only when it provably did not reach the API (here: after a 429), so no
 * message may be accepted twice, and every failure that may have been delivered must say so.
 * <p>
 * The run happens once, in {@link #sendTenThousandUnderFaults()}; each test checks one property of its outcome. The
 * simulator names the request each fault hit, so every send's outcome is checked against the faults its own requests
 * got. On a loaded machine an answer the simulator gave in time can still reach the client after its timeout; such a
 * "late answer" is also an ambiguous failure, is allowed, and is counted apart.
 */
class SendFaultInjectionTest {

    private static final int SENDS = 10_000;
    private static final int IN_FLIGHT = 48;
    private static final int MAX_RETRIES = 3;
    private static final String PATH = "/v2.1/messages";
    private static final String TO = "12065550199";
    private static final String TOKEN_PREFIX = "fault-injection-";
    private static final Pattern TOKEN = Pattern.compile(TOKEN_PREFIX + "\\d{5}");

    static final FaultRule SERVER_ERROR = FaultRule.onPath("POST", PATH).respond(500);
    static final FaultRule RATE_LIMITED = FaultRule.onPath("POST", PATH).respond(429, "Too many messages");
    static final FaultRule RATE_LIMITED_RETRY_AFTER = RATE_LIMITED.withHeader("Retry-After", "1");
    static final FaultRule RESET_BEFORE = FaultRule.onPath("POST", PATH).dropConnection();
    static final FaultRule RESET_AFTER = FaultRule.onPath("POST", PATH).dropConnectionAfterProcessing();
    /**
     * Stored after 2 s, long after the client's 400 ms response timeout: HttpClient checks its timeouts once a second,
     * so that timeout fires between 0.4 and 1.4 s.
     */
    static final FaultRule SLOW = FaultRule.onPath("POST", PATH).delay(Duration.ofMillis(2000));

    private static final FaultPlan PLAN = FaultPlan.seeded(20_240_501L)
            .with(0.02, SERVER_ERROR)
            .with(0.015, RATE_LIMITED)
            .with(0.015, RATE_LIMITED_RETRY_AFTER)
            .with(0.02, RESET_BEFORE)
            .with(0.015, RESET_AFTER)
            .with(0.015, SLOW);

    // a send retried after a 429 waits 10-100 ms; a Retry-After of 1 s is capped by maxRetryDelay
    private static final String URI = "flowroute:sendMessage?to=" + TO + "&rateLimit=false&responseTimeout=400"
            + "&maxRetries=" + MAX_RETRIES + "&retryDelay=10&maxRetryDelay=100&from=";

    private static FlowrouteSimulator simulator;
    private static CamelContext context;
    /** Each send by its token, with its outcome and the faults its requests got. */
    private static Map<String, Send> sends;
    /** What the simulator stored, by token (the message text); several entries would mean a double send. */
    private static Map<String, List<SimMessage>> accepted;
    private static long requests;
    private static Map<FaultRule, Long> injected;
    private static long runMillis;

    /** One send: its exchange, the faults its requests got in order, and whether the simulator stored it. */
    record Send(String token, Exchange exchange, List<FaultRule> faults, boolean stored) {

        Outcome outcome() {
            return Outcome.of(exchange);
        }

        FaultRule lastFault() {
            return faults.isEmpty() ? null : faults.get(faults.size() - 1);
        }

        /** The fault that ended the call, or null when its last request was answered normally. */
        FaultRule finalFault() {
            FaultRule last = lastFault();
            if (last == null) {
                return null;
            }
            if (!rateLimited(last)) {
                return last; // only a 429 is retried
            }
            // after a 429 with retries left, a further request went out unless the 429 came too late to be read;
            // an unfaulted request the simulator read is always stored, so its record tells which happened (a retry
            // the client gave up on before the simulator read it counts as not sent, as the simulator counts it)
            return faults.size() > MAX_RETRIES || !stored ? last : null;
        }

        /** Whether a connection reset ended the send. */
        boolean reset() {
            return finalFault() == RESET_BEFORE || finalFault() == RESET_AFTER;
        }

        /** Whether no request of the send reached the simulator: the client gave up before it was read. */
        boolean unseen() {
            return faults.isEmpty() && !stored;
        }

        /** An ambiguous failure the faults do not explain: the client timed out on a loaded machine. */
        boolean lateAnswer() {
            FaultRule end = finalFault();
            return outcome() == Outcome.MAYBE_DELIVERED && end != RESET_BEFORE && end != RESET_AFTER && end != SLOW;
        }

        String mdrId() {
            return exchange.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        }
    }

    enum Outcome {
        DELIVERED, MAYBE_DELIVERED, REFUSED, OTHER;

        static Outcome of(Exchange e) {
            Exception failure = e.getException();
            if (failure == null) {
                return DELIVERED;
            }
            if (failure instanceof FlowrouteDeliveryUnknownException) {
                return MAYBE_DELIVERED;
            }
            return failure instanceof FlowrouteApiException ? REFUSED : OTHER;
        }
    }

    @BeforeAll
    static void sendTenThousandUnderFaults() throws Exception {
        simulator = FlowrouteSimulator.builder().build().start();
        context = new DefaultCamelContext();
        context.addComponent("flowroute", FlowrouteTestSupport.componentFor(simulator));
        context.start();
        String from = simulator.state().accountNumbers().get(0).number();
        simulator.faults().randomly(PLAN);

        long started = System.nanoTime();
        Map<String, Exchange> exchanges = send(context.createProducerTemplate(), URI + from);
        // a slow send is stored after its client gave up: wait until the simulator handled every request
        assertThat(simulator.faults().awaitSettled(Duration.ofSeconds(30))).as("faulted requests settled").isTrue();
        runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        FaultInjector faults = simulator.faults();
        requests = faults.planRequests();
        injected = new HashMap<>(faults.injectedCounts());
        List<FaultInjector.Injected> hits = faults.injected();
        assertThat(hits).as("every fault named with its request").hasSize((int) faults.injectedCount());
        accepted = simulator.state().messages().stream()
                .filter(m -> m.body() != null && m.body().startsWith(TOKEN_PREFIX))
                .collect(Collectors.groupingBy(SimMessage::body));
        Map<String, List<FaultRule>> faultsByToken = new HashMap<>();
        for (FaultInjector.Injected hit : hits) {
            faultsByToken.computeIfAbsent(token(hit.body()), k -> new ArrayList<>()).add(canonical(hit.rule()));
        }
        sends = new HashMap<>();
        exchanges.forEach((token, exchange) -> sends.put(token, new Send(token, exchange,
                faultsByToken.getOrDefault(token, List.of()), accepted.containsKey(token))));
        System.out.println(summary());
    }

    /** Sends every token with at most {@link #IN_FLIGHT} sends outstanding; the exchanges, failed or not, by token. */
    private static Map<String, Exchange> send(ProducerTemplate template, String uri) throws InterruptedException {
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Exchange>> futures = new ArrayList<>(SENDS);
        for (int i = 0; i < SENDS; i++) {
            String token = token(i);
            inFlight.acquire();
            CompletableFuture<Exchange> sent = template.asyncSend(uri, e -> e.getMessage().setBody(token));
            sent.whenComplete((e, t) -> inFlight.release());
            futures.add(sent);
        }
        // every send must end: typed errors, never hangs
        assertThat(inFlight.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS)).as("all sends completed").isTrue();
        Map<String, Exchange> result = new HashMap<>();
        for (int i = 0; i < SENDS; i++) {
            result.put(token(i), futures.get(i).join());
        }
        return result;
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.stop();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    // ---- the properties ----

    @Test
    void noMessageIsAcceptedTwice() {
        assertThat(accepted.values()).allSatisfy(records -> assertThat(records).hasSize(1));
    }

    @Test
    void everyExchangeEndsWithItsMdrIdOrATypedException() {
        assertThat(sends).hasSize(SENDS);
        assertThat(sends.values()).allSatisfy(s -> {
            if (s.exchange().getException() == null) {
                assertThat(s.mdrId()).startsWith("mdr2-");
            } else {
                assertThat(s.exchange().getException()).isInstanceOfAny(FlowrouteDeliveryUnknownException.class,
                        FlowrouteApiException.class);
            }
        });
    }

    @Test
    void everySuccessCarriesTheIdTheSimulatorStoredForItsText() {
        List<Send> delivered = of(Outcome.DELIVERED);

        assertThat(delivered).isNotEmpty().allSatisfy(s -> assertThat(accepted.get(s.token()))
                .as("stored record of %s", s.token()).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo(s.mdrId())));
    }

    @Test
    void everySuccessIdIsDistinct() {
        List<String> ids = of(Outcome.DELIVERED).stream().map(Send::mdrId).toList();

        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void failuresThatSayNotDeliveredLeftNoRecord() {
        List<Send> refused = of(Outcome.REFUSED);

        assertThat(refused).isNotEmpty().allSatisfy(s -> assertThat(s.stored()).as("%s stored", s.token()).isFalse());
    }

    @Test
    void everyOutcomeIsOneTheFaultsOfItsRequestsAllow() {
        assertThat(sends.values()).allSatisfy(s -> {
            FaultRule end = s.finalFault();
            Outcome outcome = s.outcome();
            String what = s.token() + " after " + s.faults() + ": " + outcome + (s.stored() ? ", stored" : "");
            if (end == null) {
                // answered normally: a success; or, on a loaded machine, a request the client gave up on before
                // its answer came (stored) or before the simulator read it (not stored)
                assertThat(outcome).as(what).isIn(Outcome.DELIVERED, Outcome.MAYBE_DELIVERED);
                if (outcome == Outcome.DELIVERED) {
                    assertThat(s.stored()).as(what).isTrue();
                }
            } else if (end == SERVER_ERROR || rateLimited(end)) {
                // a 500 is never retried for a send, a 429 only until the retries run out
                assertThat(s.stored()).as(what).isFalse();
                assertThat(outcome).as(what).isIn(Outcome.REFUSED, Outcome.MAYBE_DELIVERED);
                if (outcome == Outcome.REFUSED) {
                    assertThat(status(s)).as(what).isEqualTo(end == SERVER_ERROR ? 500 : 429);
                }
            } else if (end == RESET_BEFORE) {
                assertThat(outcome).as(what).isEqualTo(Outcome.MAYBE_DELIVERED);
                assertThat(s.stored()).as(what).isFalse();
            } else if (end == RESET_AFTER) {
                assertThat(outcome).as(what).isEqualTo(Outcome.MAYBE_DELIVERED);
                assertThat(s.stored()).as(what).isTrue();
            } else {
                // SLOW: stored after the client's timeout; a client stalled past the answer would have read it
                assertThat(end).isEqualTo(SLOW);
                assertThat(s.stored()).as(what).isTrue();
                assertThat(outcome).as(what).isIn(Outcome.MAYBE_DELIVERED, Outcome.DELIVERED);
            }
        });
    }

    @Test
    void ambiguousFailuresAreTheResetsAndTheTimeoutsAndSaySo() {
        List<Send> maybe = of(Outcome.MAYBE_DELIVERED);
        List<Send> resets = maybe.stream().filter(Send::reset).toList();

        assertThat(resets).hasSize((int) (count(RESET_BEFORE) + count(RESET_AFTER)));
        // the rest are timeouts: the slow answers, and on a loaded machine answers that came late
        assertThat(maybe).filteredOn(s -> !s.reset()).isNotEmpty()
                .allSatisfy(s -> assertThat(timedOut(s.exchange().getException())).as(s.token()).isTrue());
        assertThat(maybe).allSatisfy(s -> assertThat(s.exchange().getException())
                .hasMessageContaining("may have reached Flowroute"));
    }

    @Test
    void countsAddUp() {
        long delivered = of(Outcome.DELIVERED).size();
        long maybeStored = of(Outcome.MAYBE_DELIVERED).stream().filter(Send::stored).count();
        long rateLimited = count(RATE_LIMITED) + count(RATE_LIMITED_RETRY_AFTER);
        long finalRateLimited = sends.values().stream().filter(s -> rateLimited(s.finalFault())).count();

        assertThat(delivered + of(Outcome.MAYBE_DELIVERED).size() + of(Outcome.REFUSED).size()).isEqualTo(SENDS);
        assertThat(delivered + maybeStored).isEqualTo(accepted.size());
        // each of these ends its send: as many sends ended so as there were faults
        for (FaultRule ending : List.of(SERVER_ERROR, RESET_BEFORE, RESET_AFTER, SLOW)) {
            assertThat(sends.values().stream().filter(s -> s.finalFault() == ending).count()).as("%s", ending)
                    .isEqualTo(count(ending));
        }
        long unseen = sends.values().stream().filter(Send::unseen).count();
        // every request beyond the first of a send is a retry, and only a 429 is retried
        assertThat(requests - (SENDS - unseen)).isEqualTo(rateLimited - finalRateLimited);
        for (FaultRule rule : PLAN.rules()) {
            assertThat(count(rule)).as("%s injected", rule).isPositive();
        }
    }

    @Test
    void simulatorAnswersFitTheSpec() {
        assertThat(simulator.responseViolations()).isEmpty();
    }

    // ---- helpers ----

    private static List<Send> of(Outcome outcome) {
        return sends.values().stream().filter(s -> s.outcome() == outcome).toList();
    }

    private static boolean rateLimited(FaultRule rule) {
        return rule == RATE_LIMITED || rule == RATE_LIMITED_RETRY_AFTER;
    }

    private static int status(Send s) {
        return ((FlowrouteApiException) s.exchange().getException()).getStatusCode();
    }

    /** Whether the failure was the client giving up waiting (not a connection lost). */
    private static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static long count(FaultRule rule) {
        return injected.getOrDefault(rule, 0L);
    }

    /** The plan's own instance of a rule, so that the outcome checks can compare by identity. */
    private static FaultRule canonical(FaultRule rule) {
        return PLAN.rules().stream().filter(rule::equals).findFirst().orElseThrow();
    }

    private static String token(int i) {
        return String.format(Locale.ROOT, "%s%05d", TOKEN_PREFIX, i);
    }

    private static String token(String requestBody) {
        Matcher m = TOKEN.matcher(requestBody);
        assertThat(m.find()).as("token in %s", requestBody).isTrue();
        return m.group();
    }

    private static String summary() {
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        sends.values().forEach(s -> byOutcome.merge(s.outcome(), 1L, Long::sum));
        long maybeStored = of(Outcome.MAYBE_DELIVERED).stream().filter(Send::stored).count();
        long late = sends.values().stream().filter(Send::lateAnswer).count();
        return String.format(Locale.ROOT, "Send fault injection: %d sends, %d requests; faults 500=%d 429=%d "
                + "429+Retry-After=%d reset-before=%d reset-after=%d slow=%d; outcomes delivered=%d "
                + "maybe-delivered=%d (stored %d, late answers %d) refused=%d other=%d; accepted by the "
                + "simulator=%d; %d ms",
                SENDS, requests, count(SERVER_ERROR), count(RATE_LIMITED), count(RATE_LIMITED_RETRY_AFTER),
                count(RESET_BEFORE), count(RESET_AFTER), count(SLOW),
                byOutcome.getOrDefault(Outcome.DELIVERED, 0L), byOutcome.getOrDefault(Outcome.MAYBE_DELIVERED, 0L),
                maybeStored, late, byOutcome.getOrDefault(Outcome.REFUSED, 0L),
                byOutcome.getOrDefault(Outcome.OTHER, 0L), accepted.size(), runMillis);
    }
}
