package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline: journal, faults and latency, authentication, routing, request validation,
 * the operation, response validation. One instance serves all requests; it holds no per-request state.
 */
final class SimulatorHttpHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorHttpHandler.class);
    /** The send operation's path, subject to the rate limits. */
    static final String SEND = "/v2.1/messages";

    /** Settings the pipeline needs, fixed when the simulator starts. */
    record Settings(BasicAuth auth, Duration latency, boolean validateRequests, boolean validateResponses) {
    }

    private final Settings settings;
    private final ApiRouter router;
    private final RequestNormalizer normalizer;
    private final JsonRenderer json;
    private final RequestJournal journal;
    private final FaultInjector faults;
    private final Consumer<String> violations;
    private final RateLimiter rateLimiter;

    /** {@code router} names, per operation, the spec document that validates it. */
    SimulatorHttpHandler(Settings settings, ApiRouter router, RequestNormalizer normalizer, JsonRenderer json,
            RequestJournal journal, FaultInjector faults, Consumer<String> violations,
            RateLimiter rateLimiter) {
        this.settings = settings;
        this.router = router;
        this.normalizer = normalizer;
        this.json = json;
        this.journal = journal;
        this.faults = faults;
        this.violations = violations;
        this.rateLimiter = rateLimiter;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        URI uri = exchange.getRequestURI();
        String path = normalizePath(uri.getPath());
        String rawQuery = uri.getRawQuery();
        Map<String, String> headers = journalHeaders(exchange.getRequestHeaders());
        Optional<FaultRule> fault = Optional.empty();
        boolean taken = false;
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            fault = faults.take(method, path, body);
            taken = true;
            MonitorWait.sleep(settings.latency().plus(fault.map(FaultRule::delay).orElse(Duration.ZERO)));
            FaultRule.Action action = fault.map(FaultRule::action).orElse(FaultRule.Action.NONE);
            ApiResponse response = switch (action) {
                case DROP -> null;
                case DROP_AFTER_PROCESSING -> {
                    // the request takes effect (a send is stored), only the answer is lost
                    process(exchange, method, path, rawQuery, body);
                    yield null;
                }
                case STATUS -> errorResponse(new ApiException(fault.get().status(), fault.get().body()))
                        .withHeaders(fault.get().headers());
                case RAW -> new ApiResponse(fault.get().status(), fault.get().contentType(),
                        fault.get().body().getBytes(StandardCharsets.UTF_8), fault.get().headers());
                default -> process(exchange, method, path, rawQuery, body);
            };
            int status = response == null ? RecordedRequest.DROPPED : response.status();
            // journal first: once a client has its answer, the journal must already show the request
            journal.record(new RecordedRequest(method, path, rawQuery, headers, body, status));
            LOG.debug("{} {} -> {} ({} ms)", method, path, response == null ? "dropped" : status,
                    (System.nanoTime() - started) / 1_000_000);
            if (response != null) {
                write(exchange, response);
            }
        } catch (IOException e) {
            LOG.debug("{} {}: could not complete the exchange: {}", method, path, e.toString());
        } finally {
            // without a response sent, closing makes the server drop the connection (the DROP faults)
            exchange.close();
            if (taken) {
                faults.settled();
            }
        }
    }

    private ApiResponse process(HttpExchange exchange, String method, String path, String rawQuery, String body) {
        ApiRouter.Resolution resolution = router.resolve(method, path);
        ApiRouter.Match match = resolution instanceof ApiRouter.Match m ? m : null;
        ApiResponse response;
        try {
            response = answer(exchange, method, path, rawQuery, body, resolution);
        } catch (ApiException e) {
            response = errorResponse(e);
        } catch (RuntimeException e) {
            // a bug in the simulator: answer like a failing server, log without request content
            LOG.error("{} {}: simulator failure", method, path, e);
            response = errorResponse(new ApiException(500, "Simulator failure: " + e));
        }
        if (match != null && match.validator() != null && settings.validateResponses()) {
            checkResponse(match.validator(), method, path, response);
        }
        return response;
    }

    private ApiResponse answer(HttpExchange exchange, String method, String path, String rawQuery, String body,
            ApiRouter.Resolution resolution) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        settings.auth().check(authorization);
        if (resolution instanceof ApiRouter.NotFound) {
            throw ApiException.notFound("No API resource at " + path + ".");
        }
        if (resolution instanceof ApiRouter.MethodNotAllowed notAllowed) {
            throw new ApiException(405, List.of(method + " is not allowed on " + path + "."),
                    Map.of("Allow", String.join(", ", notAllowed.allowed())));
        }
        ApiRouter.Match match = (ApiRouter.Match) resolution;
        ApiRequest request = normalizer.normalize(new ApiRequest(method, path, rawQuery, parseQuery(rawQuery),
                exchange.getRequestHeaders().getFirst("Content-Type"), body, null, Map.of()));
        // like an API gateway: every authenticated send attempt counts, before validation and business rules
        if (SEND.equals(match.template()) && "POST".equals(method)) {
            rateLimiter.admitSend(BasicAuth.username(authorization), request.json());
        }
        if (settings.validateRequests() && match.validator() != null) {
            rejectIfInvalid(match.validator(), request);
        }
        return match.operation().handle(request.withPathParams(match.pathParams()));
    }

    /** 400 when the request cannot be read as the operation expects, 422 when only values are wrong. */
    private static void rejectIfInvalid(SpecValidator validator, ApiRequest request) {
        List<SpecValidator.Problem> problems = validator.validateRequest(request);
        if (problems.isEmpty()) {
            return;
        }
        boolean structural = problems.stream().anyMatch(p -> SpecValidator.isStructural(p.key()));
        List<String> details = problems.stream().map(SpecValidator.Problem::describe).toList();
        throw new ApiException(structural ? 400 : 422, details, Map.of());
    }

    private void checkResponse(SpecValidator validator, String method, String path, ApiResponse response) {
        for (SpecValidator.Problem problem : validator.validateResponse(method, path, response)) {
            Optional<LiveVariantWhitelist.Variant> variant =
                    LiveVariantWhitelist.explain(json.style(), method, path, response.status(), problem);
            if (variant.isPresent()) {
                LOG.trace("{} {} -> {}: documented variant '{}'", method, path, response.status(),
                        variant.get().note());
                continue;
            }
            String violation = method + " " + path + " -> " + response.status() + ": " + problem.key()
                    + (problem.pointer().isEmpty() ? "" : " at " + problem.pointer()) + ": " + problem.message();
            LOG.warn("Response breaks the Flowroute spec: {}", violation);
            violations.accept(violation);
        }
    }

    private ApiResponse errorResponse(ApiException e) {
        return ApiResponse.json(e.status(), json.bytes(json.errors(e.status(), e.details())))
                .withHeaders(e.headers());
    }

    static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        response.headers().forEach(headers::set);
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        if (response.body().length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    static String normalizePath(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Decoded query parameters, in order, repeated names collected. */
    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return Collections.unmodifiableMap(params);
    }

    /** Headers for the journal, credentials redacted. */
    private static Map<String, String> journalHeaders(Headers requestHeaders) {
        Map<String, String> result = new LinkedHashMap<>();
        requestHeaders.forEach((name, values) -> {
            String joined = String.join(", ", values);
            result.put(name, BasicAuth.isAuthorizationHeader(name) ? BasicAuth.redact(joined) : joined);
        });
        return result;
    }
}
