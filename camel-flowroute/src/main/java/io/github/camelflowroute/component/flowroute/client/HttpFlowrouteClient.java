package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import io.github.camelflowroute.component.flowroute.model.AreaCodeQuery;
import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.AvailableNumberQuery;
import io.github.camelflowroute.component.flowroute.model.Callback;
import io.github.camelflowroute.component.flowroute.model.CallbackType;
import io.github.camelflowroute.component.flowroute.model.ExchangeQuery;
import io.github.camelflowroute.component.flowroute.model.MediaContent;
import io.github.camelflowroute.component.flowroute.model.Message;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.MessageQuery;
import io.github.camelflowroute.component.flowroute.model.NumberQuery;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.RouteQuery;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link FlowrouteClient} on Apache HttpClient 5's asynchronous client (the transport of Camel's http component): a
 * pooled, non-blocking connection manager with its own I/O threads. Futures complete on those threads.
 */
public final class HttpFlowrouteClient implements FlowrouteClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFlowrouteClient.class);
    private static final ContentType JSON_API = ContentType.create("application/vnd.api+json", StandardCharsets.UTF_8);

    private static final int MAX_NUMBERS_LIMIT = 200;
    private static final int MAX_AREA_CODES_LIMIT = 400;

    private final String baseUrl;
    private final String authorization;
    private final CloseableHttpAsyncClient http;
    private final JsonApiCodec codec = new JsonApiCodec();
    private final RetryPolicy retryPolicy;
    private final long maxResponseSize;
    private ScheduledExecutorService retryScheduler;

    HttpFlowrouteClient(String baseUrl, String accessKey, String secretKey, CloseableHttpAsyncClient http,
                        RetryPolicy retryPolicy, long maxResponseSize) {
        this.baseUrl = baseUrl;
        this.retryPolicy = retryPolicy;
        this.maxResponseSize = maxResponseSize;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((accessKey + ":" + secretKey).getBytes(StandardCharsets.UTF_8));
        this.http = http;
        http.start();
    }

    /** A builder with the defaults of the component's options. */
    public static HttpFlowrouteClientBuilder builder() {
        return new HttpFlowrouteClientBuilder();
    }

    // ---- messages -------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<SendMessageResult> sendMessage(Message message) {
        return submit(() -> {
            Message checked = checkedMessage(message);
            return request("POST", "/v2.1/messages", "", codec.messageBody(checked), codec::sendResult);
        });
    }

    /**
     * The message with its numbers normalised, or a {@link FlowrouteValidationException} for what the API would
     * refuse: what {@link #sendMessage} checks before sending.
     */
    public static Message checkedMessage(Message message) {
        if (message == null) {
            throw new FlowrouteValidationException("message", "is required");
        }
        Message m = message
                .withFrom(ApiInputs.phoneNumber("from", message.from()))
                .withTo(ApiInputs.phoneNumber("to", message.to()));
        for (String url : m.mediaUrls()) {
            ApiInputs.httpUrl("mediaUrls", url);
        }
        if (Boolean.FALSE.equals(m.isMms()) && !m.mediaUrls().isEmpty()) {
            throw new FlowrouteValidationException("isMms", "is false but media URLs are given; an SMS has no media");
        }
        if (m.multimedia()) {
            if (m.mediaUrls().isEmpty() && (m.body() == null || m.body().isEmpty())) {
                throw new FlowrouteValidationException("mediaUrls", "an MMS needs media URLs or a text");
            }
        } else if (m.body() == null || m.body().isEmpty()) {
            throw new FlowrouteValidationException("body", "an SMS needs a text");
        }
        if (m.dlrCallback() != null) {
            ApiInputs.httpUrl("dlrCallback", m.dlrCallback());
        }
        return m;
    }

    @Override
    public CompletableFuture<MessageDetailRecord> getMessage(String messageId) {
        return submit(() -> get("/v2.1/messages/" + ApiInputs.messageId(messageId), "", codec::message));
    }

    @Override
    public CompletableFuture<Page<MessageDetailRecord>> listMessages(MessageQuery query) {
        return submit(() -> {
            if (query == null || query.startDate() == null) {
                throw new FlowrouteValidationException("startDate", "is required");
            }
            if (query.endDate() != null && !query.endDate().isAfter(query.startDate())) {
                throw new FlowrouteValidationException("endDate", "must be after startDate");
            }
            QueryString q = new QueryString()
                    .add("start_date", ApiInputs.apiDate(query.startDate()))
                    .add("end_date", query.endDate() == null ? null : ApiInputs.apiDate(query.endDate()))
                    .add("limit", ApiInputs.limit(query.limit(), Integer.MAX_VALUE))
                    .add("offset", ApiInputs.offset(query.offset()));
            return get("/v2.1/messages", q.toString(), codec::messages);
        });
    }

    // ---- numbers --------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Page<PhoneNumber>> listNumbers(NumberQuery query) {
        return submit(() -> {
            NumberQuery nq = query != null ? query : NumberQuery.all();
            QueryString q = digitFilters(nq.startsWith(), nq.endsWith(), nq.contains())
                    .add("limit", ApiInputs.limit(nq.limit(), MAX_NUMBERS_LIMIT))
                    .add("offset", ApiInputs.offset(nq.offset()));
            return get("/v2/numbers", q.toString(), codec::numbers);
        });
    }

    @Override
    public CompletableFuture<PhoneNumber> getNumber(String number) {
        return submit(() -> get("/v2/numbers/" + ApiInputs.phoneNumber("number", number), "", codec::number));
    }

    @Override
    public CompletableFuture<PhoneNumber> purchaseNumber(String number) {
        return submit(() -> request(
                "POST", "/v2/numbers/" + ApiInputs.phoneNumber("number", number), "", null, codec::number));
    }

    @Override
    public CompletableFuture<Page<AvailableNumber>> searchAvailableNumbers(AvailableNumberQuery query) {
        return submit(() -> {
            AvailableNumberQuery aq = query != null ? query : new AvailableNumberQuery(null, null, null, null, null, null, null);
            QueryString q = digitFilters(aq.startsWith(), aq.endsWith(), aq.contains())
                    .add("rate_center", ApiInputs.rateCenter(aq.rateCenter()))
                    .add("state", ApiInputs.state(aq.state()))
                    .add("limit", ApiInputs.limit(aq.limit(), MAX_NUMBERS_LIMIT))
                    .add("offset", ApiInputs.offset(aq.offset()));
            return get("/v2/numbers/available", q.toString(), codec::availableNumbers);
        });
    }

    @Override
    public CompletableFuture<Page<AvailableCode>> listAvailableAreaCodes(AreaCodeQuery query) {
        return submit(() -> {
            AreaCodeQuery aq = query != null ? query : new AreaCodeQuery(null, null, null);
            QueryString q = new QueryString()
                    .add("max_setup_cost", plain(ApiInputs.cost("maxSetupCost", aq.maxSetupCost())))
                    .add("limit", ApiInputs.limit(aq.limit(), MAX_AREA_CODES_LIMIT))
                    .add("offset", ApiInputs.offset(aq.offset()));
            return get("/v2/numbers/available/areacodes", q.toString(), codec::availableCodes);
        });
    }

    @Override
    public CompletableFuture<Page<AvailableCode>> listAvailableExchanges(ExchangeQuery query) {
        return submit(() -> {
            ExchangeQuery eq = query != null ? query : new ExchangeQuery(null, null, null, null);
            QueryString q = new QueryString()
                    .add("areacode", ApiInputs.areaCode(eq.areaCode()))
                    .add("max_setup_cost", plain(ApiInputs.cost("maxSetupCost", eq.maxSetupCost())))
                    .add("limit", ApiInputs.limit(eq.limit(), MAX_NUMBERS_LIMIT))
                    .add("offset", ApiInputs.offset(eq.offset()));
            return get("/v2/numbers/available/exchanges", q.toString(), codec::availableCodes);
        });
    }

    private static QueryString digitFilters(String startsWith, String endsWith, String contains) {
        return new QueryString()
                .add("starts_with", ApiInputs.digitFilter("startsWith", startsWith))
                .add("ends_with", ApiInputs.digitFilter("endsWith", endsWith))
                .add("contains", ApiInputs.digitFilter("contains", contains));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    // ---- routes ---------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Route> createRoute(Route route) {
        return submit(() -> {
            if (route == null) {
                throw new FlowrouteValidationException("route", "is required");
            }
            RouteType type;
            try {
                type = RouteType.fromText(ApiInputs.required("routeType", route.routeType()));
            } catch (IllegalArgumentException e) {
                throw new FlowrouteValidationException("routeType", "expected one of host, sip-reg, uri, number");
            }
            // a SIP registration route names no target: the registration is the account's own
            boolean noValue = type == RouteType.SIP_REG && (route.value() == null || route.value().isBlank());
            Route checked = Route.newRoute(type, noValue ? "" : ApiInputs.routeText("routeValue", route.value()),
                    ApiInputs.routeText("alias", route.alias()));
            return request("POST", "/v2/routes", "", codec.newRouteBody(checked), codec::route);
        });
    }

    @Override
    public CompletableFuture<Page<Route>> listRoutes(RouteQuery query) {
        return submit(() -> {
            RouteQuery rq = query != null ? query : new RouteQuery(null, null, null);
            QueryString q = new QueryString()
                    .add("route_type", rq.routeType() == null ? null : rq.routeType().wireName())
                    .add("limit", ApiInputs.limit(rq.limit(), MAX_NUMBERS_LIMIT))
                    .add("offset", ApiInputs.offset(rq.offset()));
            return get("/v2/routes", q.toString(), codec::routes);
        });
    }

    @Override
    public CompletableFuture<Void> updatePrimaryRoute(String number, String routeId) {
        return updateRoute(number, routeId, "primary_route");
    }

    @Override
    public CompletableFuture<Void> updateFailoverRoute(String number, String routeId) {
        return updateRoute(number, routeId, "failover_route");
    }

    private CompletableFuture<Void> updateRoute(String number, String routeId, String relationship) {
        return submit(() -> {
            String path = "/v2/numbers/" + ApiInputs.phoneNumber("number", number) + "/relationships/" + relationship;
            byte[] body = codec.routeReferenceBody(ApiInputs.routeId(routeId));
            return request("PATCH", path, "", body, b -> null);
        });
    }

    // ---- callbacks ------------------------------------------------------------------------------------------

    @Override
    public CompletableFuture<Void> setCallback(CallbackType type, String url) {
        return submit(() -> request("PUT", callbackPath(type), "",
                codec.callbackBody(ApiInputs.httpUrl("callbackUrl", url)), b -> null));
    }

    @Override
    public CompletableFuture<Callback> getCallback(CallbackType type) {
        return submit(() -> get(callbackPath(type), "", b -> new Callback(type, null, codec.callbackUrl(b))));
    }

    @Override
    public CompletableFuture<Void> removeCallback(CallbackType type) {
        return submit(() -> request("DELETE", callbackPath(type), "", null, b -> null));
    }

    @Override
    public CompletableFuture<Void> setNumberCallback(String number, CallbackType type, String url) {
        return submit(() -> request("POST", numberCallbackPath(number, type), "",
                codec.numberCallbackBody(ApiInputs.httpUrl("callbackUrl", url)), b -> null));
    }

    @Override
    public CompletableFuture<Callback> getNumberCallback(String number, CallbackType type) {
        return submit(() -> {
            String path = numberCallbackPath(number, type);
            String normalised = ApiInputs.phoneNumber("number", number);
            return get(path, "", b -> new Callback(type, normalised, codec.callbackUrl(b)));
        });
    }

    @Override
    public CompletableFuture<Void> removeNumberCallback(String number, CallbackType type) {
        return submit(() -> request("DELETE", numberCallbackPath(number, type), "", null, b -> null));
    }

    private static String callbackPath(CallbackType type) {
        if (type == null) {
            throw new FlowrouteValidationException("callbackType", "is required (sms, mms or dlr)");
        }
        return "/v2.1/messages/" + type.wireName();
    }

    private static String numberCallbackPath(String number, CallbackType type) {
        if (type == null) {
            throw new FlowrouteValidationException("callbackType", "is required (sms, mms or dlr)");
        }
        return "/v2/numbers/" + ApiInputs.phoneNumber("number", number) + "/relationships/" + type.wireName();
    }

    @Override
    public CompletableFuture<MediaContent> downloadMedia(String url, long maxBytes) {
        return submit(() -> {
            URI uri = URI.create(ApiInputs.httpUrl("mediaUrl", url));
            SimpleHttpRequest request = SimpleHttpRequest.create("GET", uri);
            CompletableFuture<MediaContent> result = new CompletableFuture<>();
            // an absolute URL on someone else's host: never send the API credentials there
            http.execute(SimpleRequestProducer.create(request),
                    new BasicResponseConsumer<>(new BoundedBodyConsumer(maxBytes)), new FutureCallback<>() {
                        @Override
                        public void completed(org.apache.hc.core5.http.Message<HttpResponse, BoundedBodyConsumer.Body> answer) {
                            int status = answer.getHead().getCode();
                            BoundedBodyConsumer.Body body = answer.getBody();
                            if (status != 200 || body == null) {
                                result.completeExceptionally(new FlowrouteTransportException(
                                        "GET", uri.getRawPath(), "media answered " + status, null));
                                return;
                            }
                            String type = body.contentType() != null ? body.contentType().getMimeType()
                                    : "application/octet-stream";
                            result.complete(new MediaContent(type, body.bytes()));
                        }

                        @Override
                        public void failed(Exception ex) {
                            result.completeExceptionally(new FlowrouteTransportException(
                                    "GET", uri.getRawPath(), "media download failed: " + ex.getMessage(), ex));
                        }

                        @Override
                        public void cancelled() {
                            result.completeExceptionally(
                                    new FlowrouteTransportException("GET", uri.getRawPath(), "cancelled", null));
                        }
                    });
            return result;
        });
    }

    // ---- paging ---------------------------------------------------------------------------------------------

    @Override
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<Page<T>> nextPage(Page<T> page) {
        return submit(() -> {
            if (page == null || !page.hasNext()) {
                throw new FlowrouteValidationException("page", "has no next page");
            }
            URI next;
            try {
                next = new URI(page.nextLink());
            } catch (URISyntaxException e) {
                throw new FlowrouteValidationException("page", "its next link is not a URL");
            }
            // links.next always names api.flowroute.com: keep its path and query, send them to our own base URL
            String path = next.getRawPath();
            String query = next.getRawQuery() == null ? "" : "?" + next.getRawQuery();
            Decoder<?> decoder = switch (path == null ? "" : path) {
                case "/v2.1/messages" -> codec::messages;
                case "/v2/numbers" -> codec::numbers;
                case "/v2/numbers/available" -> codec::availableNumbers;
                case "/v2/numbers/available/areacodes", "/v2/numbers/available/exchanges" -> codec::availableCodes;
                case "/v2/routes" -> codec::routes;
                default -> throw new FlowrouteValidationException("page", "its next link is not a Flowroute list");
            };
            return get(path, query, (Decoder<Page<T>>) decoder);
        });
    }

    // ---- transport ------------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Decoder<T> {
        T decode(byte[] body) throws IOException;
    }

    @FunctionalInterface
    private interface RequestStarter<T> {
        CompletableFuture<T> start() throws IOException;
    }

    /** Runs input checks and request start; any failure becomes a failed future, never a thrown exception. */
    private static <T> CompletableFuture<T> submit(RequestStarter<T> starter) {
        try {
            return starter.start();
        } catch (FlowrouteException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(new FlowrouteException("Could not build the request: " + e, e));
        }
    }

    private <T> CompletableFuture<T> get(String path, String query, Decoder<T> decoder) {
        return request("GET", path, query, null, decoder);
    }

    private <T> CompletableFuture<T> request(String method, String path, String query, byte[] body, Decoder<T> decoder) {
        CompletableFuture<T> result = new CompletableFuture<>();
        attempt(1, method, path, query, body, decoder, result);
        return result;
    }

    /** One attempt; a failure the retry policy allows schedules the next, off the I/O thread. */
    private <T> void attempt(int number, String method, String path, String query, byte[] body, Decoder<T> decoder,
                             CompletableFuture<T> result) {
        send(method, path, query, body, decoder).whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
                return;
            }
            Duration wait = retryPolicy.delayAfter(method, failure, number);
            if (wait == null) {
                result.completeExceptionally(finalFailure(method, path, failure));
                return;
            }
            LOG.debug("Flowroute {} {} attempt {} failed ({}); trying again in {} ms", method, path, number,
                    failure.getClass().getSimpleName(), wait.toMillis());
            try {
                retries().schedule(() -> attempt(number + 1, method, path, query, body, decoder, result),
                        wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                result.completeExceptionally(failure);
            }
        });
    }

    /** A POST that failed after it may have been written is reported as such, never as a plain transport error. */
    private static Throwable finalFailure(String method, String path, Throwable failure) {
        if ("POST".equals(method) && failure instanceof FlowrouteTransportException
                && !(failure instanceof FlowrouteResponseException) && !(failure instanceof FlowrouteDeliveryUnknownException)
                && !RetryPolicy.notSent(failure)) {
            return new FlowrouteDeliveryUnknownException(method, path, String.valueOf(failure.getCause()), failure);
        }
        return failure;
    }

    private synchronized ScheduledExecutorService retries() {
        if (retryScheduler == null) {
            retryScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "flowroute-retry");
                t.setDaemon(true);
                return t;
            });
        }
        return retryScheduler;
    }

    private <T> CompletableFuture<T> send(String method, String path, String query, byte[] body, Decoder<T> decoder) {
        SimpleHttpRequest request = SimpleHttpRequest.create(method, URI.create(baseUrl + path + query));
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, JSON_API.getMimeType());
        if (body != null) {
            request.setBody(body, JSON_API);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        long started = System.nanoTime();
        http.execute(SimpleRequestProducer.create(request),
                new BasicResponseConsumer<>(new BoundedBodyConsumer(maxResponseSize)), new FutureCallback<>() {
                    @Override
                    public void completed(org.apache.hc.core5.http.Message<HttpResponse, BoundedBodyConsumer.Body> answer) {
                        int status = answer.getHead().getCode();
                        if (LOG.isDebugEnabled()) {
                            LOG.debug("Flowroute {} {} answered {} in {} ms", method, path, status,
                                    Duration.ofNanos(System.nanoTime() - started).toMillis());
                        }
                        byte[] bytes = answer.getBody() == null ? new byte[0] : answer.getBody().bytes();
                        if (status < 200 || status > 299) {
                            result.completeExceptionally(new FlowrouteApiException(
                                    status, method, path, codec.errors(bytes), retryAfter(answer.getHead())));
                            return;
                        }
                        try {
                            result.complete(decoder.decode(bytes));
                        } catch (IOException | RuntimeException e) {
                            result.completeExceptionally(new FlowrouteResponseException(
                                    method, path, "answer " + status + " could not be read as Flowroute JSON ("
                                                  + e.getClass().getSimpleName() + ")",
                                    e));
                        } catch (Error e) {
                            // an OutOfMemoryError here would otherwise leave the exchange waiting forever
                            result.completeExceptionally(e);
                            throw e;
                        }
                    }

                    @Override
                    public void failed(Exception ex) {
                        LOG.debug("Flowroute {} {} failed: {}", method, path, ex.toString());
                        result.completeExceptionally(new FlowrouteTransportException(method, path, ex.toString(), ex));
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(new FlowrouteTransportException(method, path, "cancelled", null));
                    }
                });
        return result;
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
            return at == null ? null : Duration.between(Instant.now(), at).isNegative()
                    ? Duration.ZERO : Duration.between(Instant.now(), at);
        }
    }

    /** The base URL requests go to. */
    public String getBaseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (retryScheduler != null) {
                retryScheduler.shutdownNow();
            }
        }
        http.close(CloseMode.GRACEFUL);
    }

    @Override
    public String toString() {
        return "HttpFlowrouteClient[" + baseUrl + "]";
    }

    static SSLContext defaultSslContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No default TLS context", e);
        }
    }
}
