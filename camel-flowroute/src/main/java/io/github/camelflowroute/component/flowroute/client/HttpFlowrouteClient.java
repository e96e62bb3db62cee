package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;

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

/**
 * {@link FlowrouteClient} on Apache HttpClient 5's asynchronous client (the transport of Camel's http component): a
 * pooled, non-blocking connection manager with its own I/O threads. Futures complete on those threads. This class
 * checks inputs and maps operations to API paths and models; {@link HttpTransport} sends, times out and retries.
 */
public final class HttpFlowrouteClient implements FlowrouteClient {

    private static final int MAX_NUMBERS_LIMIT = 200;
    private static final int MAX_AREA_CODES_LIMIT = 400;

    private final String baseUrl;
    private final JsonApiCodec codec;
    private final HttpTransport transport;

    HttpFlowrouteClient(String baseUrl, JsonApiCodec codec, HttpTransport transport) {
        this.baseUrl = baseUrl;
        this.codec = codec;
        this.transport = transport;
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
            // each attempt waits for its turn under the send rate limit (HttpTransport asks the limiter)
            return transport.call("POST", "/v2.1/messages", "", codec.messageBody(checked), codec::sendResult,
                    checked.multimedia() ? SendRateLimiter.Kind.MMS : SendRateLimiter.Kind.SMS);
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
        String from = ApiInputs.phoneNumber("from", message.from());
        String to = ApiInputs.phoneNumber("to", message.to());
        // numbers usually arrive normalised already: no copy then
        Message m = from.equals(message.from()) && to.equals(message.to())
                ? message : message.withFrom(from).withTo(to);
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
        // an absolute URL on someone else's host: the transport never sends the API credentials there
        return submit(() -> transport.download(URI.create(ApiInputs.httpUrl("mediaUrl", url)), maxBytes)
                .thenApply(body -> new MediaContent(body.contentType() != null
                        ? body.contentType().getMimeType() : "application/octet-stream", body.bytes())));
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
            HttpTransport.Decoder<?> decoder = switch (path == null ? "" : path) {
                case "/v2.1/messages" -> codec::messages;
                case "/v2/numbers" -> codec::numbers;
                case "/v2/numbers/available" -> codec::availableNumbers;
                case "/v2/numbers/available/areacodes", "/v2/numbers/available/exchanges" -> codec::availableCodes;
                case "/v2/routes" -> codec::routes;
                default -> throw new FlowrouteValidationException("page", "its next link is not a Flowroute list");
            };
            return get(path, query, (HttpTransport.Decoder<Page<T>>) decoder);
        });
    }

    // ---- transport ------------------------------------------------------------------------------------------

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

    private <T> CompletableFuture<T> get(String path, String query, HttpTransport.Decoder<T> decoder) {
        return transport.call("GET", path, query, null, decoder);
    }

    private <T> CompletableFuture<T> request(String method, String path, String query, byte[] body,
                                             HttpTransport.Decoder<T> decoder) {
        return transport.call(method, path, query, body, decoder);
    }

    /** The base URL requests go to. */
    public String getBaseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        transport.close();
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
