package io.github.camelflowroute.component.flowroute;

import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteDeliveryUnknownException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteResponseException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteTransportException;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component against a raw server that misbehaves on purpose ({@link HostileServer}), through the Camel endpoint:
 * each hostile answer ends in the matching typed exception, within a bound derived from the configured timeouts,
 * without letting more than {@code maxResponseSize} through; reads are retried a bounded number of times and a send
 * that may have reached the server is never repeated. The elapsed-time checks are liveness ceilings with generous
 * slack, not performance claims.
 */
class HostileServerTest extends CamelTestSupport {

    // the simulator's keys, which the build's secret scan looks for in every test log and report
    private static final String ACCESS_KEY = FlowrouteSimulator.DEFAULT_ACCESS_KEY;
    private static final String SECRET_KEY = FlowrouteSimulator.DEFAULT_SECRET_KEY;
    private static final String AUTHORIZATION = Base64.getEncoder()
            .encodeToString((ACCESS_KEY + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));

    private static final long RESPONSE_TIMEOUT = 500;
    private static final long REQUEST_TIMEOUT = 2000;
    private static final long MAX_RETRY_DELAY = 50;
    private static final Duration SLACK = Duration.ofSeconds(3);
    private static final Duration SERVER_SETTLES = Duration.ofSeconds(5);

    private static final String FAST_RETRIES = "&retryDelay=10&maxRetryDelay=" + MAX_RETRY_DELAY;
    private static final String LIST = "flowroute:listMessages?startDate=2024-05-01" + FAST_RETRIES;
    private static final String GET = "flowroute:getMessage?messageId=mdr2-0123456789abcdef0123456789abcdef"
            + FAST_RETRIES;
    /**
     * These servers never answer 100-continue, so by default a send's body never reaches them and every failure is
     * "not sent" ({@link #sendToAServerThatHangsUpBeforeAskingForTheBodyIsRetriedAsNotSent}). Without it, they show
     * what happens to a send that may have been read.
     */
    private static final String SEND = "flowroute:sendMessage?from=12065550100&to=12065550199&expectContinue=false"
            + FAST_RETRIES;

    private static final long ONE_MIB = 1024 * 1024;
    private static final long FIFTY_MIB = 50 * ONE_MIB;
    private static final String SIZE_LIMIT = "limit of " + ONE_MIB + " bytes";
    private static final String CUT_OFF_JSON = "{\"data\":{\"type\":\"message\",\"id\":\"mdr2-0123";
    private static final String PAGE_TEXT = "The proxy received an invalid response from an upstream server.";
    private static final String BAD_GATEWAY_PAGE = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
            + "<body><h1>Bad Gateway</h1><p>" + PAGE_TEXT + "</p><hr><address>nginx</address></body></html>";

    private final HostileServer server = new HostileServer();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        FlowrouteComponent component = new FlowrouteComponent();
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setAccessKey(ACCESS_KEY);
        component.getConfiguration().setSecretKey(SECRET_KEY);
        context.addComponent("flowroute", component);
        return context;
    }

    @AfterEach
    void closeServer() {
        server.close();
    }

    // ---- broken answers to a read -------------------------------------------------------------------------------

    static Stream<Arguments> brokenReadAnswers() {
        return Stream.of(
                Arguments.of("body ends before its Content-Length",
                        HostileServer.shortOfContentLength(4096, CUT_OFF_JSON),
                        FlowrouteTransportException.class, null),
                Arguments.of("complete answer with cut-off JSON",
                        HostileServer.answer(200, "OK", "application/vnd.api+json", CUT_OFF_JSON),
                        FlowrouteResponseException.class, null),
                Arguments.of("silent server", HostileServer.silent(), FlowrouteTransportException.class,
                        SocketTimeoutException.class),
                Arguments.of("server that never reads the request", HostileServer.deaf(),
                        FlowrouteTransportException.class, SocketTimeoutException.class),
                Arguments.of("garbage instead of HTTP", HostileServer.garbage(), FlowrouteTransportException.class,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReadAnswers")
    void aBrokenAnswerToAReadIsItsTypedErrorWithinTheTimeouts(String name, HostileServer.Behaviour behaviour,
            Class<? extends Exception> type, Class<? extends Throwable> rootCause) {
        server.behave(behaviour);

        Outcome out = call(GET + "&maxRetries=0");

        assertThat(out.failure()).isExactlyInstanceOf(type);
        if (type == FlowrouteResponseException.class) {
            assertThat(out.failure()).hasMessageContaining("GET /v2.1/messages/");
        }
        if (rootCause != null) {
            assertThat(out.failure()).hasRootCauseInstanceOf(rootCause);
        }
        out.assertEndedWithin(bound(0));
    }

    // ---- broken answers to a send --------------------------------------------------------------------------------

    static Stream<Arguments> brokenSendAnswers() {
        return Stream.of(
                Arguments.of("answer ends before its Content-Length",
                        HostileServer.shortOfContentLength(4096, CUT_OFF_JSON)),
                Arguments.of("silent server", HostileServer.silent()),
                Arguments.of("server that hangs up at once", HostileServer.hangUp()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSendAnswers")
    void aSendThatMayHaveBeenReadIsDeliveryUnknownAndSentOnce(String name, HostileServer.Behaviour behaviour)
            throws Exception {
        server.behave(behaviour);

        Outcome out = send("&maxRetries=2");

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteDeliveryUnknownException.class);
        assertThat(server.awaitIdle(SERVER_SETTLES)).isTrue();
        assertThat(server.connections()).isEqualTo(1);
        assertThat(server.requests()).isLessThanOrEqualTo(1);
        out.assertEndedWithin(bound(0));
    }

    // ---- oversized answers --------------------------------------------------------------------------------------

    static Stream<Arguments> oversizedAnswers() {
        return Stream.of(
                Arguments.of("50 MiB body with Content-Length", HostileServer.oversized(FIFTY_MIB, false), SIZE_LIMIT,
                        null),
                Arguments.of("50 MiB chunked body", HostileServer.oversized(FIFTY_MIB, true), SIZE_LIMIT, null),
                // the head's lines are limited by HttpCore itself
                Arguments.of("answer head that never ends", HostileServer.endlessHeader(FIFTY_MIB), null,
                        MessageConstraintException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oversizedAnswers")
    void anOversizedAnswerFailsAtItsLimitWithMostOfItNeverSent(String name, HostileServer.Behaviour behaviour,
            String message, Class<? extends Throwable> rootCause) throws Exception {
        server.behave(behaviour);

        Outcome out = call(LIST + "&maxRetries=0&maxResponseSize=" + ONE_MIB);

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteTransportException.class);
        if (message != null) {
            assertThat(out.failure()).hasMessageContaining(message);
        }
        if (rootCause != null) {
            assertThat(out.failure()).hasRootCauseInstanceOf(rootCause);
        }
        // the client closed the connection, with most of the answer never sent
        assertThat(server.awaitIdle(SERVER_SETTLES)).isTrue();
        assertThat(server.bodyBytesWritten()).isLessThan(FIFTY_MIB);
        out.assertEndedWithin(bound(0));
    }

    // ---- HTML error page ----------------------------------------------------------------------------------------

    @Test
    void htmlBadGatewayPageIsAnApiErrorWith502AndNoHtmlInItsMessage() {
        server.behave(HostileServer.answer(502, "Bad Gateway", "text/html", BAD_GATEWAY_PAGE));

        Outcome out = call(LIST + "&maxRetries=0");

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteApiException.class);
        FlowrouteApiException e = (FlowrouteApiException) out.failure();
        assertThat(e.getStatusCode()).isEqualTo(502);
        assertThat(e.getErrors()).isEmpty();
        assertThat(e.getMessage()).doesNotContain("<", PAGE_TEXT);
        out.assertEndedWithin(bound(0));
    }

    // ---- servers that never answer ------------------------------------------------------------------------------

    @Test
    void readToASilentServerIsAskedOncePlusMaxRetries() throws Exception {
        server.behave(HostileServer.silent());

        Outcome out = call(GET + "&maxRetries=2");

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteTransportException.class);
        assertThat(server.awaitIdle(SERVER_SETTLES)).isTrue();
        assertThat(server.requests()).isEqualTo(3);
        out.assertEndedWithin(bound(2));
    }

    @Test
    void sendToAServerThatNeverReadsTheRequestIsDeliveryUnknownAndNotRetried() {
        server.behave(HostileServer.deaf());

        Outcome out = send("&maxRetries=2");

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteDeliveryUnknownException.class);
        assertThat(server.connections()).isEqualTo(1);
        out.assertEndedWithin(bound(0));
    }

    // ---- a dripping server --------------------------------------------------------------------------------------

    @Test
    void drippingAnswerIsCutOffByTheRequestTimeoutNotTheResponseTimeout() {
        // every byte arrives well within the response timeout, so only the bound on the whole attempt can end it;
        // the drip alone would take over a minute
        String body = " ".repeat(60) + "{\"data\":[]}";
        server.behave(HostileServer.drip(body, Duration.ofSeconds(1)));

        Outcome out = call(LIST + "&maxRetries=0&responseTimeout=3000");

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteTransportException.class)
                .hasRootCauseInstanceOf(TimeoutException.class)
                .hasMessageContaining("request timeout of " + REQUEST_TIMEOUT + " ms");
        assertThat(out.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(REQUEST_TIMEOUT));
        out.assertEndedWithin(bound(0));
    }

    // ---- not HTTP, no answer at all -----------------------------------------------------------------------------

    @Test
    void readToAServerThatHangsUpAtOnceIsTriedOncePlusMaxRetries() throws Exception {
        server.behave(HostileServer.hangUp());

        Outcome out = call(GET + "&maxRetries=2");

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteTransportException.class);
        assertThat(server.awaitIdle(SERVER_SETTLES)).isTrue();
        assertThat(server.connections()).isEqualTo(3);
        out.assertEndedWithin(bound(2));
    }

    @Test
    void sendToAServerThatHangsUpBeforeAskingForTheBodyIsRetriedAsNotSent() throws Exception {
        server.behave(HostileServer.hangUp());

        Outcome out = call("flowroute:sendMessage?from=12065550100&to=12065550199&maxRetries=2" + FAST_RETRIES,
                "hello");

        assertThat(out.failure()).isExactlyInstanceOf(FlowrouteTransportException.class);
        assertThat(server.awaitIdle(SERVER_SETTLES)).isTrue();
        assertThat(server.connections()).isEqualTo(3);
        out.assertEndedWithin(bound(2));
    }

    @Test
    void sendWhoseConnectTimesOutIsAPlainTransportErrorSinceItWasNeverSent() throws Exception {
        try (FullBacklogListener unreachable = new FullBacklogListener()) {
            Outcome out = call("flowroute:sendMessage?from=12065550100&to=12065550199" + FAST_RETRIES
                    + "&maxRetries=1&connectTimeout=500&baseUrl=RAW(" + unreachable.baseUrl() + ")", "never sent");

            assertThat(out.failure()).isExactlyInstanceOf(FlowrouteTransportException.class)
                    .hasRootCauseInstanceOf(ConnectTimeoutException.class);
            out.assertEndedWithin(bound(1));
        }
    }

    // ---- secrets ------------------------------------------------------------------------------------------------

    static Stream<Arguments> hostileAnswers() {
        return Stream.of(
                Arguments.of("short of Content-Length", HostileServer.shortOfContentLength(4096, CUT_OFF_JSON)),
                Arguments.of("cut-off JSON", HostileServer.answer(200, "OK", "application/json", CUT_OFF_JSON)),
                Arguments.of("HTML 502", HostileServer.answer(502, "Bad Gateway", "text/html", BAD_GATEWAY_PAGE)),
                Arguments.of("oversized", HostileServer.oversized(4 * ONE_MIB, true)),
                Arguments.of("silent", HostileServer.silent()),
                Arguments.of("never reads", HostileServer.deaf()),
                Arguments.of("drip", HostileServer.drip(" ".repeat(20), Duration.ofMillis(200))),
                Arguments.of("garbage", HostileServer.garbage()),
                Arguments.of("hang-up", HostileServer.hangUp()),
                Arguments.of("echo of the request", HostileServer.echo()),
                Arguments.of("echo with the Authorization line first", HostileServer.echoAuthorizationFirst()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileAnswers")
    void noFailureMessageCarriesTheSecretKey(String name, HostileServer.Behaviour behaviour) {
        server.behave(behaviour);
        String limits = "&maxRetries=0&requestTimeout=600&maxResponseSize=" + ONE_MIB;

        for (Outcome out : new Outcome[] { call(LIST + limits), send(limits) }) {
            assertThat(out.failure()).isInstanceOf(FlowrouteException.class);
            for (Throwable t = out.failure(); t != null; t = t.getCause()) {
                assertThat(t.toString()).doesNotContain(SECRET_KEY, AUTHORIZATION);
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The liveness ceiling of a call with {@code retries} retries: every attempt at its bound, every wait, slack. */
    private static Duration bound(int retries) {
        return Duration.ofMillis(REQUEST_TIMEOUT * (retries + 1) + MAX_RETRY_DELAY * retries).plus(SLACK);
    }

    private Outcome send(String options) {
        return call(SEND + options, "hello from a hostile test");
    }

    private Outcome call(String uri) {
        return call(uri, null);
    }

    private Outcome call(String uri, String body) {
        // the endpoint and its client start before the clock does: the time measured is the call's own
        Endpoint endpoint = context.getEndpoint(withTimeouts(uri));
        long start = System.nanoTime();
        Exception failure = template.request(endpoint, e -> e.getMessage().setBody(body)).getException();
        return new Outcome(failure, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The short timeouts of this class, unless the URI sets its own. */
    private static String withTimeouts(String uri) {
        String out = uri;
        if (!uri.contains("responseTimeout=")) {
            out += "&responseTimeout=" + RESPONSE_TIMEOUT;
        }
        if (!uri.contains("requestTimeout=")) {
            out += "&requestTimeout=" + REQUEST_TIMEOUT;
        }
        return out;
    }

    /** How a call ended, and how long it took from the caller's point of view. */
    private record Outcome(Exception failure, Duration elapsed) {
        void assertEndedWithin(Duration ceiling) {
            assertThat(elapsed).as("time until the call failed").isLessThan(ceiling);
        }
    }
}
