package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import io.github.camelflowroute.component.flowroute.metrics.FlowrouteEvents;
import io.github.camelflowroute.component.flowroute.metrics.RetryReason;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of {@link HttpFlowrouteClient}: one call to the API is one {@link Call}, which sends, bounds the whole
 * attempt by the request timeout, maps the answer and, when the {@link RetryPolicy} allows, tries again. The
 * HttpClient callback completes the caller's future directly; nothing else is allocated per call unless it fails.
 */
final class HttpTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    private static final ContentType JSON_API = ContentType.create("application/vnd.api+json", StandardCharsets.UTF_8);
    // rendered once: HttpClient asks a request body for its content type as text
    private static final String JSON_API_TEXT = JSON_API.toString();
    private static final String JSON_API_MIME = JSON_API.getMimeType();
    private static final String WRITING = HttpTransport.class.getName() + ".writing";

    /**
     * Marks an attempt's context when HttpClient begins writing the request: its protocol interceptors run on the I/O
     * thread, on a live connection, just before the request head goes out. A request that expects 100-continue is
     * marked later, when its body is first written ({@link MarkedEntityProducer}): the server cannot act on a head
     * alone. An attempt that fails unmarked provably did not reach the API. The builder installs this as the last
     * request interceptor, after the one that adds the {@code Expect} header.
     */
    static final HttpRequestInterceptor MARK_WRITING = (request, entity, context) -> {
        Header expect = request.getFirstHeader(HttpHeaders.EXPECT);
        if (entity == null || expect == null || !"100-continue".equalsIgnoreCase(expect.getValue())) {
            context.setAttribute(WRITING, true);
        }
    };

    /** Turns an answer body into a model. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(byte[] body) throws IOException;
    }

    private final CloseableHttpAsyncClient http;
    private final HttpHost host;
    private final String basePath;
    private final String authorization;
    private final RetryPolicy retryPolicy;
    private final long maxResponseSize;
    private final long requestTimeoutMillis;
    private final JsonApiCodec codec;
    private final String accessKey;
    private final RateLimit rateLimit;
    // told of answers, retries, waits for a turn and how calls ended (the component's counters)
    private final FlowrouteEvents events;
    private final ExpectContinuePolicy expectPolicy;
    // retries and request timeouts: one daemon thread that only schedules, never runs a call's work itself for long
    private final ScheduledThreadPoolExecutor timer;
    private final Set<Call<?>> waitingRetries = ConcurrentHashMap.newKeySet();
    // attempts under the request timeout: a sweep expires the overdue ones. A timer task per request would wake the
    // timer thread on every send when few are in flight, and contend on its queue when many are
    private final Set<Call<?>> inFlight = ConcurrentHashMap.newKeySet();

    /** The send rate limit of a client: its limiter and the limits it applies; {@code null} for none. */
    record RateLimit(SendRateLimiter limiter, int smsPerSecond, int mmsPerSecond, Duration maxWait) {
        int perSecond(SendRateLimiter.Kind kind) {
            return kind == SendRateLimiter.Kind.MMS ? mmsPerSecond : smsPerSecond;
        }
    }

    HttpTransport(URI baseUrl, String accessKey, String secretKey, CloseableHttpAsyncClient http,
            RetryPolicy retryPolicy,
            long maxResponseSize, Duration requestTimeout, JsonApiCodec codec) {
        this(baseUrl, accessKey, secretKey, http, retryPolicy, maxResponseSize, requestTimeout, codec, null);
    }

    HttpTransport(URI baseUrl, String accessKey, String secretKey, CloseableHttpAsyncClient http,
            RetryPolicy retryPolicy,
            long maxResponseSize, Duration requestTimeout, JsonApiCodec codec, RateLimit rateLimit) {
        this(baseUrl, accessKey, secretKey, http, retryPolicy, maxResponseSize, requestTimeout, codec, rateLimit,
                FlowrouteEvents.NONE, null);
    }

    /**
     * @param expectPolicy the policy {@code http} asks 100-continue by, told of failed attempts; {@code null} when
     *                     {@code http} never asks
     */
    HttpTransport(URI baseUrl, String accessKey, String secretKey, CloseableHttpAsyncClient http,
            RetryPolicy retryPolicy,
            long maxResponseSize, Duration requestTimeout, JsonApiCodec codec, RateLimit rateLimit,
            FlowrouteEvents events, ExpectContinuePolicy expectPolicy) {
        this.events = events == null ? FlowrouteEvents.NONE : events;
        this.expectPolicy = expectPolicy;
        this.accessKey = accessKey;
        this.rateLimit = rateLimit;
        this.http = http;
        this.host = HttpHost.create(baseUrl);
        this.basePath = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((accessKey + ":" + secretKey).getBytes(StandardCharsets.UTF_8));
        this.retryPolicy = retryPolicy;
        this.maxResponseSize = maxResponseSize;
        this.requestTimeoutMillis = requestTimeout == null ? 0 : requestTimeout.toMillis();
        this.codec = codec;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "flowroute-timer");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        if (requestTimeoutMillis > 0) {
            long sweep = sweepInterval(requestTimeoutMillis);
            timer.scheduleWithFixedDelay(this::expireOverdue, sweep, sweep, TimeUnit.MILLISECONDS);
        }
        http.start();
    }

    /**
     * Calls the API.
     *
     * @param query empty, or {@code ?} and the encoded query
     * @param body  the JSON:API body, or {@code null}
     */
    <T> CompletableFuture<T> call(String method, String path, String query, byte[] body, Decoder<T> decoder) {
        return call(method, path, query, body, decoder, null);
    }

    /** Calls the API with a send (see below), counted under the method's name in the events. */
    <T> CompletableFuture<T> call(String method, String path, String query, byte[] body, Decoder<T> decoder,
            SendRateLimiter.Kind limited) {
        return call(method, method, path, query, body, decoder, limited);
    }

    /**
     * Calls the API with a send: when the client has a rate limit, every attempt waits for its turn under it.
     *
     * @param operation the name the events count the call under (its declaration's)
     * @param limited   SMS or MMS for a send, {@code null} for a call the rate limit does not apply to
     */
    <T> CompletableFuture<T> call(String operation, String method, String path, String query, byte[] body,
            Decoder<T> decoder, SendRateLimiter.Kind limited) {
        Call<T> call = new Call<>(operation, method, path, query, body, decoder, rateLimit == null ? null : limited);
        call.nextAttempt();
        return call.result;
    }

    /** A plain GET of an absolute URL on another host (media): no credentials, no retries, the same limits. */
    CompletableFuture<BoundedBodyConsumer.Body> download(URI url, long maxBytes) {
        CompletableFuture<BoundedBodyConsumer.Body> result = new CompletableFuture<>();
        Future<?> exchange = getAbsolute(url, new BoundedBodyConsumer(maxBytes), "media", true, body -> {}, result);
        if (requestTimeoutMillis > 0) {
            ScheduledFuture<?> expiry = schedule(() -> exchange.cancel(true), requestTimeoutMillis);
            result.whenComplete((ok, failed) -> expiry.cancel(false));
        }
        return result;
    }

    /**
     * A plain GET of an absolute URL on another host (a CDR export file), spooled to a temporary file: no
     * credentials, no retries, no request timeout (the file may be large; the response timeout still bounds each
     * read). Fails unless the answer is 200; the caller deletes the file.
     */
    CompletableFuture<java.nio.file.Path> spool(URI url) {
        CompletableFuture<java.nio.file.Path> result = new CompletableFuture<>();
        getAbsolute(url, new SpooledBodyConsumer(), "CDR file", false, HttpTransport::deleteQuietly, result);
        return result;
    }

    /**
     * GETs an absolute URL into {@code result}: its body when the answer is 200, otherwise a transport failure naming
     * {@code what} (a body that came with another status is discarded). When {@code timed}, cancelling the returned
     * handle ends it as past the request timeout.
     */
    private <B> Future<?> getAbsolute(URI url, AsyncEntityConsumer<B> body, String what, boolean timed,
            Consumer<B> discard, CompletableFuture<B> result) {
        String path = url.getRawPath();
        SimpleHttpRequest request = SimpleHttpRequest.create("GET", url);
        return http.execute(SimpleRequestProducer.create(request), new BasicResponseConsumer<>(body),
                new FutureCallback<>() {
                    @Override
                    public void completed(Message<HttpResponse, B> answer) {
                        int status = answer.getHead().getCode();
                        if (status != 200 || answer.getBody() == null) {
                            if (answer.getBody() != null) {
                                discard.accept(answer.getBody());
                            }
                            result.completeExceptionally(
                                    new FlowrouteTransportException("GET", path, what + " answered " + status, null));
                        } else {
                            result.complete(answer.getBody());
                        }
                    }

                    @Override
                    public void failed(Exception ex) {
                        result.completeExceptionally(
                                new FlowrouteTransportException("GET", path, what + " download failed: " + ex, ex));
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(timed
                                ? new FlowrouteTransportException("GET", path, "no complete answer within the request"
                                        + " timeout of " + requestTimeoutMillis + " ms", new TimeoutException())
                                : new FlowrouteTransportException("GET", path, what + " download cancelled", null));
                    }
                });
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        try {
            if (file != null) {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is all that can go wrong here
        }
    }

    /** How often overdue attempts are looked for: a tenth of the timeout, between 10 ms and a second. */
    static long sweepInterval(long requestTimeoutMillis) {
        return Math.max(10, Math.min(1000, requestTimeoutMillis / 10));
    }

    private void expireOverdue() {
        long now = System.nanoTime();
        for (Call<?> call : inFlight) {
            call.expireIfOverdue(now);
        }
    }

    private ScheduledFuture<?> schedule(Runnable task, long millis) {
        return timer.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    /** One call and its attempts. An attempt's callbacks end before the next attempt starts. */
    private final class Call<T> implements FutureCallback<Message<HttpResponse, BoundedBodyConsumer.Body>> {
        final CompletableFuture<T> result = new CompletableFuture<>();
        private final String operation;
        private final String method;
        private final String path;
        // the request target, the same for every attempt
        private final String target;
        private final byte[] body;
        private final Decoder<T> decoder;
        private volatile int attempt;
        // attempts that found their pooled connection closed: they say nothing about the API, so they do not count
        private volatile int staleAttempts;
        private long started;
        private volatile Future<?> exchange;
        private volatile HttpClientContext context;
        private volatile long deadline;
        private volatile boolean expired;
        // the send rate limit: the kind of send (null when not limited), the turn of the current attempt, when the
        // first turn was asked for (rateLimitMaxWait bounds all of a call's waiting) and the 429s retried
        private final SendRateLimiter.Kind limited;
        private volatile SendRateLimiter.Turn turn;
        private long firstAsked;
        private volatile int refusedAttempts;

        Call(String operation, String method, String path, String query, byte[] body, Decoder<T> decoder,
                SendRateLimiter.Kind limited) {
            this.operation = operation;
            this.method = method;
            this.path = path;
            this.target = basePath + path + query;
            this.body = body;
            this.decoder = decoder;
            this.limited = limited;
        }

        // ---- rate limit hook ------------------------------------------------------------------------------------

        /** Makes the next attempt, after waiting for its turn when the call is a rate-limited send. */
        void nextAttempt() {
            if (limited == null) {
                attempt();
                return;
            }
            long now = System.nanoTime();
            if (firstAsked == 0) {
                firstAsked = now;
            }
            Duration left = rateLimit.maxWait().minusNanos(now - firstAsked);
            CompletableFuture<SendRateLimiter.Turn> asked = rateLimit.limiter().acquire(accessKey, limited,
                    rateLimit.perSecond(limited), left.isNegative() ? Duration.ZERO : left);
            // a turn given at once did not wait; one given later is counted with the time it took
            boolean atOnce = asked.isDone();
            asked.whenComplete((given, notGiven) -> {
                if (notGiven != null) {
                    fail(notGiven instanceof CompletionException
                            && notGiven.getCause() != null ? notGiven.getCause() : notGiven);
                    return;
                }
                if (!atOnce) {
                    events.waitedForTurn(operation, Duration.ofNanos(System.nanoTime() - now));
                }
                turn = given;
                try {
                    // on the timer thread, like every retry (the request-timeout sweep relies on it)
                    timer.execute(this::attempt);
                } catch (RejectedExecutionException closed) {
                    endTurn(null);
                    fail(new FlowrouteTransportException(method, path,
                            "the client was closed while the send waited for its turn", null));
                }
            });
        }

        /** Tells the limiter how the attempt ended: 429 (with its Retry-After) or anything else. */
        private void endTurn(Throwable failure) {
            SendRateLimiter.Turn current = turn;
            if (current == null) {
                return;
            }
            turn = null;
            if (failure instanceof FlowrouteApiException api && api.isRateLimited()) {
                current.refused(api.getRetryAfter());
            } else {
                current.completed();
            }
        }

        /** A 429 of a limited send is not a failure: the limiter paces the attempt that follows. */
        private boolean retriedUnderLimit(Throwable failure) {
            if (limited == null || !(failure instanceof FlowrouteApiException api) || !api.isRateLimited()) {
                return false;
            }
            refusedAttempts++;
            events.retried(operation, RetryReason.RATE_LIMITED);
            LOG.debug("Flowroute {} {} attempt {} refused with 429; waiting for another turn", method, path, attempt);
            nextAttempt();
            return true;
        }

        // ---- attempts ---------------------------------------------------------------------------------------------

        void attempt() {
            attempt++;
            expired = false;
            started = System.nanoTime();
            SimpleHttpRequest request = new SimpleHttpRequest(method, host, target);
            request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
            request.setHeader(HttpHeaders.ACCEPT, JSON_API_MIME);
            HttpClientContext attemptContext = HttpClientContext.create();
            context = attemptContext;
            AsyncEntityProducer entity = body == null ? null
                    : new MarkedEntityProducer(body, JSON_API_TEXT, () -> attemptContext.setAttribute(WRITING, true));
            if (requestTimeoutMillis > 0) {
                deadline = started + TimeUnit.MILLISECONDS.toNanos(requestTimeoutMillis);
                inFlight.add(this);
            }
            exchange = http.execute(new BasicRequestProducer(request, entity),
                    new BasicResponseConsumer<>(new BoundedBodyConsumer(maxResponseSize)), null, attemptContext, this);
            if (expired) {
                // the sweep found it overdue before execute returned the handle it cancels
                exchange.cancel(true);
            }
        }

        /**
         * Called by the sweep: cancels the attempt if it has run past its deadline. Retries start on the timer thread
         * that runs the sweep, so no new attempt can begin while this looks at the current one.
         */
        void expireIfOverdue(long now) {
            if (now - deadline < 0 || !inFlight.contains(this)) {
                return;
            }
            expired = true;
            Future<?> running = exchange;
            if (running != null) {
                running.cancel(true);
            }
        }

        @Override
        public void completed(Message<HttpResponse, BoundedBodyConsumer.Body> answer) {
            endAttempt();
            int status = answer.getHead().getCode();
            events.answered(operation, status);
            if (LOG.isDebugEnabled()) {
                LOG.debug("Flowroute {} {} answered {} in {} ms", method, path, status,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }
            byte[] bytes = answer.getBody() == null ? new byte[0] : answer.getBody().bytes();
            if (status < 200 || status > 299) {
                failedWith(new FlowrouteApiException(status, method, path, codec.errors(bytes),
                        retryAfter(answer.getHead())));
                return;
            }
            T value;
            try {
                value = decoder.decode(bytes);
            } catch (IOException | RuntimeException e) {
                failedWith(new FlowrouteResponseException(method, path, "answer " + status
                        + " could not be read as Flowroute JSON (" + e.getClass().getSimpleName() + ")", e));
                return;
            } catch (Error e) {
                // an OutOfMemoryError decoding one large answer, say. It goes to this call's caller, not up the I/O
                // thread: thrown there, it would shut down the client's I/O reactor and fail every later call of
                // every endpoint sharing the client. What the decoder allocated is garbage once we return
                LOG.error("Flowroute {} {}: decoding the answer failed with {}", method, path, e.toString());
                endTurn(null);
                fail(e);
                return;
            }
            endTurn(null);
            events.completed(operation, CallEvents.outcomeOf(null));
            result.complete(value);
        }

        /** Ends the call with this failure, counted first so that whoever waits for it sees the counts. */
        void fail(Throwable failure) {
            events.completed(operation, CallEvents.outcomeOf(failure));
            result.completeExceptionally(failure);
        }

        @Override
        public void failed(Exception ex) {
            endAttempt();
            if (ex instanceof HttpException) {
                // HttpCore quotes the offending line of a malformed answer: server text, which may echo our request
                // (its query, even its Authorization header), so neither the message nor the cause keeps it
                LOG.debug("Flowroute {} {} failed: malformed answer ({})", method, path, ex.getClass().getSimpleName());
                failedWith(new FlowrouteTransportException(method, path,
                        "the answer is not valid HTTP (" + ex.getClass().getSimpleName() + ")", null));
                return;
            }
            if (expectPolicy != null) {
                expectPolicy.attemptFailed();
            }
            LOG.debug("Flowroute {} {} failed: {}{}", method, path, ex.toString(), written() ? "" : " (not written)");
            failedWith(new FlowrouteTransportException(method, path, ex.toString(),
                    written() ? ex : new RequestNotWrittenException(ex)));
        }

        @Override
        public void cancelled() {
            endAttempt();
            if (!expired) {
                failedWith(new FlowrouteTransportException(method, path, "cancelled", null));
                return;
            }
            // still waiting for a pooled connection, say: nothing went out, so it may be tried again
            Exception timeout = new TimeoutException("no complete answer within " + requestTimeoutMillis + " ms");
            failedWith(new FlowrouteTransportException(method, path, "no complete answer within the request timeout of "
                    + requestTimeoutMillis + " ms", written() ? timeout : new RequestNotWrittenException(timeout)));
        }

        /** Whether HttpClient began writing this attempt's request to a connection. */
        private boolean written() {
            HttpClientContext current = context;
            return current == null || current.getAttribute(WRITING) != null;
        }

        private void endAttempt() {
            if (requestTimeoutMillis > 0) {
                inFlight.remove(this);
            }
        }

        /** Tries again when the policy allows it, off the I/O thread; otherwise fails the call. */
        private void failedWith(Throwable failure) {
            endTurn(failure);
            if (retriedUnderLimit(failure)) {
                return;
            }
            Duration wait;
            RetryReason reason;
            if (RetryPolicy.staleConnection(failure) && staleAttempts < RetryPolicy.MAX_STALE_RETRIES) {
                staleAttempts++;
                wait = Duration.ZERO;
                reason = RetryReason.STALE_CONNECTION;
            } else {
                // neither stale connections nor 429s retried under the limiter use up the policy's retries
                wait = retryPolicy.delayAfter(method, failure, attempt - staleAttempts - refusedAttempts);
                reason = CallEvents.retryReasonOf(failure);
            }
            if (wait == null) {
                fail(finalFailure(failure));
                return;
            }
            events.retried(operation, reason);
            LOG.debug("Flowroute {} {} attempt {} failed ({}); trying again in {} ms", method, path, attempt,
                    failure.getClass().getSimpleName(), wait.toMillis());
            waitingRetries.add(this);
            try {
                schedule(this::retry, wait.toMillis());
            } catch (RejectedExecutionException closed) {
                waitingRetries.remove(this);
                fail(failure);
            }
        }

        private void retry() {
            if (waitingRetries.remove(this)) {
                nextAttempt();
            }
        }

        /** A POST that failed after it may have been written is reported as such, never as a plain transport error. */
        private Throwable finalFailure(Throwable failure) {
            if ("POST".equals(method) && failure instanceof FlowrouteTransportException
                    && !(failure instanceof FlowrouteResponseException)
                    && !(failure instanceof FlowrouteDeliveryUnknownException)
                    && !RetryPolicy.notSent(failure)) {
                return new FlowrouteDeliveryUnknownException(method, path,
                        ((FlowrouteTransportException) failure).getReason(), failure);
            }
            return failure;
        }
    }

    /** The Retry-After of an answer, in seconds or as an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(HttpResponse response) {
        Header header = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
        if (header == null || header.getValue() == null) {
            return null;
        }
        String value = header.getValue().trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException notSeconds) {
            Instant at = DateUtils.parseStandardDate(value);
            if (at == null) {
                return null;
            }
            Duration until = Duration.between(Instant.now(), at);
            return until.isNegative() ? Duration.ZERO : until;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        // a call waiting for its retry would otherwise never complete: its exchange would wait forever
        for (Call<?> waiting : waitingRetries) {
            if (waitingRetries.remove(waiting)) {
                waiting.fail(new FlowrouteTransportException(waiting.method, waiting.path,
                        "the client was closed while the call waited to be tried again", null));
            }
        }
        http.close(CloseMode.GRACEFUL);
    }
}
