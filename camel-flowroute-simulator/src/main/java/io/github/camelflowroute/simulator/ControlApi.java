package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.github.camelflowroute.simulator.ApiRequest.text;

/**
 * The simulator's own HTTP API under {@value FlowrouteSimulator#CONTROL_PREFIX}, for tests and demos that
 * drive it from outside the JVM: the state, the journal, faults, inbound traffic, callbacks and media.
 * Plain JSON in and out ({@code application/json}), no authentication (the simulator only listens on the
 * loopback interface), not validated against Flowroute's spec, not journaled, not subject to faults.
 * Errors use Flowroute's error body: 400 unreadable JSON, 404 unknown path or record, 405 wrong method,
 * 422 a value the simulator refuses.
 */
final class ControlApi implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);
    private static final String JSON = "application/json";
    private static final int DEFAULT_LIST_LIMIT = 1_000;

    private final FlowrouteSimulator sim;
    private final SimulatorState state;
    private final JsonRenderer json;
    private final ObjectMapper mapper;
    private final ApiRouter router;

    ControlApi(FlowrouteSimulator sim, JsonRenderer json, ObjectMapper mapper) {
        this.sim = sim;
        this.state = sim.state();
        this.json = json;
        this.mapper = mapper;
        String p = "/_sim";
        this.router = new ApiRouter(null)
                .add("POST", p + "/reset", this::reset)
                .add("GET", p + "/journal", this::journalCount)
                .add("GET", p + "/faults", this::faults)
                .add("POST", p + "/faults", this::addFault)
                .add("DELETE", p + "/faults", this::clearFaults)
                .add("GET", p + "/messages", this::messages)
                .add("POST", p + "/messages", this::addMessage)
                .add("POST", p + "/messages/bulk", this::addMessages)
                .add("GET", p + "/messages/{id}", this::message)
                .add("POST", p + "/inbound", this::inbound)
                .add("GET", p + "/numbers", r -> ok(list(state.accountNumbers().stream().map(json::numberResource))))
                .add("POST", p + "/numbers", this::addNumber)
                .add("PATCH", p + "/numbers/{number}", this::updateNumber)
                .add("DELETE", p + "/numbers/{number}", r -> removed(state.removeAccountNumber(r.pathParam("number"))))
                .add("GET", p + "/available",
                        r -> ok(list(state.availableNumbers().stream().map(json::availableNumber))))
                .add("POST", p + "/available", this::addAvailable)
                .add("DELETE", p + "/available/{number}",
                        r -> removed(state.removeAvailableNumber(r.pathParam("number"))))
                .add("GET", p + "/routes", r -> ok(list(state.routes().stream().map(json::route))))
                .add("POST", p + "/routes", this::addRoute)
                .add("PATCH", p + "/routes/{id}", this::updateRoute)
                .add("DELETE", p + "/routes/{id}", r -> removed(state.removeRoute(r.pathParam("id"))))
                .add("GET", p + "/callbacks", this::callbacks)
                .add("GET", p + "/deliveries", this::deliveries)
                .add("DELETE", p + "/deliveries", r -> {
                    sim.callbackJournal().clear();
                    return ApiResponse.noContent();
                })
                .add("POST", p + "/deliveries/pause", r -> {
                    sim.pauseDeliveries();
                    return ApiResponse.noContent();
                })
                .add("POST", p + "/deliveries/resume", r -> {
                    sim.resumeDeliveries();
                    return ApiResponse.noContent();
                })
                .add("POST", p + "/deliveries/await", this::awaitDeliveries)
                .add("GET", p + "/media/{id}", this::media)
                .add("GET", p + "/calls", r -> ok(json.object().put("count", state.calls().count())))
                .add("POST", p + "/calls", this::addCall)
                .add("POST", p + "/calls/generate", this::generateCalls)
                .add("GET", p + "/cdr-exports", r -> ok(cdrExportSettings()))
                .add("PATCH", p + "/cdr-exports", this::updateCdrExportSettings)
                .add("POST", p + "/cdr-exports/outcomes", this::addCdrExportOutcome)
                .add("POST", p + "/portorders", this::addPortOrder)
                .add("GET", p + "/cnams", r -> ok(cnamSettings()))
                .add("PATCH", p + "/cnams", this::updateCnamSettings)
                .add("POST", p + "/cnams/{id}/approve", r -> ok(json.object().put("id",
                        state.cnams().approve(r.pathParam("id")).id()).put("is_approved", true)))
                .add("POST", p + "/cnams/{id}/reject", this::rejectCnam)
                .add("GET", p + "/rate-limits", r -> ok(rateLimits()))
                .add("PATCH", p + "/rate-limits", this::updateRateLimits);
    }

    @Override
    public void handle(HttpExchange exchange) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = SimulatorHttpHandler.normalizePath(exchange.getRequestURI().getPath());
        String rawQuery = exchange.getRequestURI().getRawQuery();
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            ApiResponse response;
            try {
                response = answer(method, path, rawQuery, exchange.getRequestHeaders().getFirst("Content-Type"),
                        body);
            } catch (ApiException e) {
                response = error(e.status(), e.details(), e.headers());
            } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
                response = error(422, List.of(e.getMessage()), Map.of());
            } catch (RuntimeException e) {
                LOG.error("{} {}: simulator failure", method, path, e);
                response = error(500, List.of("Simulator failure: " + e), Map.of());
            }
            LOG.debug("control {} {} -> {}", method, path, response.status());
            SimulatorHttpHandler.write(exchange, response);
        } catch (IOException e) {
            LOG.debug("control {} {}: could not complete the exchange: {}", method, path, e.toString());
        } finally {
            exchange.close();
        }
    }

    private ApiResponse answer(String method, String path, String rawQuery, String contentType, String body) {
        ApiRouter.Resolution resolution = router.resolve(method, path);
        if (resolution instanceof ApiRouter.MethodNotAllowed notAllowed) {
            throw new ApiException(405, List.of(method + " is not allowed on " + path + "."),
                    Map.of("Allow", String.join(", ", notAllowed.allowed())));
        }
        if (!(resolution instanceof ApiRouter.Match match)) {
            throw ApiException.notFound("No control resource at " + path + "; see the simulator's README.");
        }
        JsonNode parsed = null;
        if (!body.isBlank()) {
            try {
                parsed = mapper.readTree(body);
            } catch (JsonProcessingException e) {
                throw new ApiException(400, "The body is not JSON: " + e.getOriginalMessage());
            }
        }
        ApiRequest request = new ApiRequest(method, path, rawQuery, SimulatorHttpHandler.parseQuery(rawQuery),
                contentType, body, parsed, match.pathParams());
        return match.operation().handle(request);
    }

    // ---- journal, reset, faults --------------------------------------------------------------------

    private ApiResponse reset(ApiRequest request) {
        sim.reset();
        return ApiResponse.noContent();
    }

    /** {@code ?method=POST&path=/v2.1/messages} counts the requests with that method and path prefix. */
    private ApiResponse journalCount(ApiRequest request) {
        String method = request.queryParam("method");
        String path = request.queryParam("path");
        int count = method == null && path == null ? sim.journal().count()
                : sim.journal().count(method, path == null ? "" : path);
        return ok(json.object().put("count", count));
    }

    private ApiResponse faults(ApiRequest request) {
        ArrayNode data = json.array();
        for (FaultRule rule : sim.faults().pending()) {
            ObjectNode item = data.addObject();
            item.put("method", rule.method() == null ? "*" : rule.method());
            item.put("path", rule.path() == null ? "*" : rule.path());
            if (rule.times() == Integer.MAX_VALUE) {
                item.put("always", true);
            } else {
                item.put("times", rule.times());
            }
            item.put("action", rule.action().name().toLowerCase(Locale.ROOT));
            if (rule.status() > 0) {
                item.put("status", rule.status());
            }
            item.put("delay_ms", rule.delay().toMillis());
        }
        return ok(json.object().set("data", data));
    }

    /**
     * {@code {"method","path","times"|"always","delay_ms", then one of "status"(+"detail") |
     * "raw_status"+"raw_content_type"+"raw_body" | "drop":true, and "headers":{...}}}.
     */
    private ApiResponse addFault(ApiRequest request) {
        JsonNode body = requireObject(request);
        String method = text(body, "method");
        String path = text(body, "path");
        FaultRule rule = method == null && path == null ? FaultRule.any()
                : FaultRule.onPath(method == null ? "*" : method, path == null ? "*" : path);
        if (body.path("always").asBoolean(false)) {
            rule = rule.always();
        } else if (body.has("times")) {
            rule = rule.times(body.get("times").asInt());
        }
        if (body.has("delay_ms")) {
            rule = rule.delay(Duration.ofMillis(body.get("delay_ms").asLong()));
        }
        if (body.path("drop").asBoolean(false)) {
            rule = rule.dropConnection();
        } else if (body.has("raw_status")) {
            rule = rule.respondRaw(body.get("raw_status").asInt(), required(body, "raw_content_type"),
                    text(body, "raw_body"));
        } else if (body.has("status")) {
            String detail = text(body, "detail");
            rule = detail == null ? rule.respond(body.get("status").asInt())
                    : rule.respond(body.get("status").asInt(), detail);
        }
        for (Map.Entry<String, JsonNode> header : body.path("headers").properties()) {
            rule = rule.withHeader(header.getKey(), header.getValue().asText());
        }
        sim.faults().enqueue(rule);
        return created(json.object().put("rule", rule.toString()));
    }

    private ApiResponse clearFaults(ApiRequest request) {
        sim.faults().clear();
        return ApiResponse.noContent();
    }

    // ---- messages ----------------------------------------------------------------------------------

    /** {@code ?start_date&end_date} (ISO instants), {@code offset}, {@code limit} (default 1,000). */
    private ApiResponse messages(ApiRequest request) {
        Instant start = instant(request.queryParam("start_date"));
        Instant end = instant(request.queryParam("end_date"));
        int offset = intParam(request, "offset", 0);
        int limit = intParam(request, "limit", DEFAULT_LIST_LIMIT);
        MessagePage page = state.searchMessages(start, end, offset, limit);
        ObjectNode doc = list(page.items().stream().map(json::mdrResource));
        doc.put("total", page.total());
        return ok(doc);
    }

    private ApiResponse message(ApiRequest request) {
        String id = request.pathParam("id");
        SimMessage message = state.findMessage(id)
                .orElseThrow(() -> ApiException.notFound("No message detail record with id " + id + "."));
        return ok(json.object().set("data", json.mdrResource(message)));
    }

    /**
     * An MDR as data only (no callback): {@code {"direction":"inbound"(default)|"outbound","from","to",
     * "body","timestamp"(ISO instant, default now),"media_urls":[...],"status","dlr_callback","id"}}.
     * An outbound record gets the delivery receipts and price of a send.
     */
    private ApiResponse addMessage(ApiRequest request) {
        JsonNode body = requireObject(request);
        String direction = text(body, "direction") == null ? "inbound" : text(body, "direction");
        String from = required(body, "from");
        String to = required(body, "to");
        String text = text(body, "body");
        Instant timestamp = body.has("timestamp") ? Instant.parse(body.get("timestamp").asText()) : now();
        List<String> mediaUrls = new ArrayList<>();
        body.path("media_urls").forEach(u -> mediaUrls.add(u.asText()));
        SimMessage message = switch (direction) {
            case "inbound" -> SimMessage.inboundMms(from, to, text, mediaUrls, timestamp);
            case "outbound" -> SimMessage.outbound(from, to, text, !mediaUrls.isEmpty(), mediaUrls,
                    text(body, "dlr_callback"), timestamp);
            default -> throw new IllegalArgumentException("direction must be inbound or outbound: " + direction);
        };
        if (text(body, "status") != null) {
            message = new SimMessage(null, message.direction(), from, to, message.body(), message.isMms(),
                    mediaUrls, timestamp, text(body, "status"), message.messageEncoding(), message.messageType(),
                    message.amountNanodollars(), message.dlrCallback(), message.deliveryReceipts());
        }
        if (text(body, "id") != null) {
            message = message.withId(text(body, "id"));
        }
        SimMessage stored = state.addAndGet(message);
        return created(json.object().put("id", stored.id()));
    }

    /** {@code {"count":N,"from":"2025-01-01T00:00:00Z"(default now),"spacing_ms":1000(default)}}. */
    private ApiResponse addMessages(ApiRequest request) {
        JsonNode body = requireObject(request);
        int count = body.path("count").asInt(-1);
        Instant from = body.has("from") ? Instant.parse(body.get("from").asText()) : now();
        Duration spacing = Duration.ofMillis(body.path("spacing_ms").asLong(1_000));
        List<String> ids = state.addMessages(count, from, spacing);
        ObjectNode doc = json.object().put("count", ids.size());
        if (!ids.isEmpty()) {
            doc.put("first_id", ids.get(0));
            doc.put("last_id", ids.get(ids.size() - 1));
        }
        return created(doc);
    }

    /**
     * Inbound traffic with callbacks, like {@link FlowrouteSimulator#injectInbound}: {@code {"from","to",
     * "body","media":[{"file_name","mime_type","content_base64"}]}}; with media it is an MMS.
     */
    private ApiResponse inbound(ApiRequest request) {
        JsonNode body = requireObject(request);
        String from = required(body, "from");
        String to = required(body, "to");
        String text = text(body, "body");
        List<SimMedia> media = new ArrayList<>();
        for (JsonNode m : body.path("media")) {
            media.add(new SimMedia(required(m, "file_name"), required(m, "mime_type"),
                    Base64.getDecoder().decode(required(m, "content_base64"))));
        }
        String id = media.isEmpty() ? sim.injectInbound(from, to, text == null ? "" : text)
                : sim.injectInboundMms(from, to, text, media);
        return created(json.object().put("id", id));
    }

    // ---- numbers and routes ------------------------------------------------------------------------

    /**
     * {@code {"number", then optional "alias","rate_center","state","primary_route_id","failover_route_id"}}:
     * puts the number on the account (from the inventory if it is there) and applies the rest.
     */
    private ApiResponse addNumber(ApiRequest request) {
        JsonNode body = requireObject(request);
        String number = required(body, "number");
        state.addAccountNumber(number);
        return created(json.numberResource(state.updateAccountNumber(number, numberChanges(body))));
    }

    /** The same optional fields as adding; {@code null} clears alias or a route. */
    private ApiResponse updateNumber(ApiRequest request) {
        JsonNode body = requireObject(request);
        String number = request.pathParam("number");
        if (state.findAccountNumber(number).isEmpty()) {
            throw ApiException.notFound("Number " + number + " is not on the account.");
        }
        return ok(json.numberResource(state.updateAccountNumber(number, numberChanges(body))));
    }

    private static UnaryOperator<SimNumber> numberChanges(JsonNode body) {
        return n -> {
            SimNumber result = n;
            if (body.has("alias")) {
                result = result.withAlias(text(body, "alias"));
            }
            if (body.has("rate_center") || body.has("state")) {
                result = result.withRateCenter(
                        body.has("rate_center") ? text(body, "rate_center") : result.rateCenter(),
                        body.has("state") ? text(body, "state") : result.state());
            }
            if (body.has("primary_route_id")) {
                result = result.withPrimaryRouteId(text(body, "primary_route_id"));
            }
            if (body.has("failover_route_id")) {
                result = result.withFailoverRouteId(text(body, "failover_route_id"));
            }
            return result;
        };
    }

    /** {@code {"number","rate_center","state","number_type"(default standard, tollfree for toll-free)}}. */
    private ApiResponse addAvailable(ApiRequest request) {
        JsonNode body = requireObject(request);
        String number = required(body, "number");
        String type = text(body, "number_type") != null ? text(body, "number_type")
                : PhoneNumbers.isTollFree(number) ? "tollfree" : "standard";
        return created(json.availableNumber(state.addAvailableNumber(number, required(body, "rate_center"),
                required(body, "state"), type)));
    }

    /** {@code {"route_type","value","alias"}}. */
    private ApiResponse addRoute(ApiRequest request) {
        JsonNode body = requireObject(request);
        return created(json.route(state.addRoute(required(body, "route_type"), text(body, "value"),
                text(body, "alias"))));
    }

    /** Any of {@code "route_type","value","alias"}. */
    private ApiResponse updateRoute(ApiRequest request) {
        JsonNode body = requireObject(request);
        String id = request.pathParam("id");
        if (state.findRoute(id).isEmpty()) {
            throw ApiException.notFound("No route with id " + id + ".");
        }
        return ok(json.route(state.updateRoute(id, r -> {
            SimRoute result = r.withTarget(body.has("route_type") ? text(body, "route_type") : r.routeType(),
                    body.has("value") ? text(body, "value") : r.value());
            return body.has("alias") ? result.withAlias(text(body, "alias")) : result;
        })));
    }

    // ---- callbacks and media -----------------------------------------------------------------------

    private ApiResponse callbacks(ApiRequest request) {
        ObjectNode doc = json.object();
        ObjectNode account = doc.putObject("account");
        state.callbacks().account().forEach((type, url) -> account.put(type.pathSegment(), url));
        ObjectNode numbers = doc.putObject("numbers");
        state.callbacks().numbers().forEach((number, urls) -> {
            ObjectNode n = numbers.putObject(number);
            urls.forEach((type, url) -> n.put(type.pathSegment(), url));
        });
        return ok(doc);
    }

    private ApiResponse deliveries(ApiRequest request) {
        ObjectNode doc = json.object();
        doc.put("outstanding", sim.pendingDeliveries());
        doc.put("paused", sim.deliveriesPaused());
        ArrayNode data = doc.putArray("data");
        for (CallbackAttempt a : sim.callbackJournal().attempts()) {
            ObjectNode item = data.addObject();
            item.put("message_id", a.messageId());
            item.put("type", a.type().pathSegment());
            item.put("url", a.url());
            item.put("attempt", a.attempt());
            item.put("status", a.status());
            if (a.error() != null) {
                item.put("error", a.error());
            }
            item.put("timestamp", a.timestamp().toString());
            item.put("body", a.body());
        }
        return ok(doc);
    }

    /** {@code ?timeout_ms=N} (default 5,000): 200 {@code {"done":true|false,"outstanding":n}}. */
    private ApiResponse awaitDeliveries(ApiRequest request) {
        boolean done = sim.awaitDeliveries(Duration.ofMillis(intParam(request, "timeout_ms", 5_000)));
        return ok(json.object().put("done", done).put("outstanding", sim.pendingDeliveries()));
    }

    private ApiResponse media(ApiRequest request) {
        String id = request.pathParam("id");
        SimMedia media = state.findMedia(id)
                .orElseThrow(() -> ApiException.notFound("No media with id " + id + "."));
        return new ApiResponse(200, media.mimeType(), media.bytes(),
                Map.of("Content-Disposition", "inline; filename=\"" + media.fileName().replace("\"", "") + "\""));
    }

    // ---- calls and CDR exports ---------------------------------------------------------------------

    /**
     * One call: {@code {"direction":"outbound"(default)|"inbound","number"(an account number),"other"(the
     * far end),"start_time"(ISO instant),"duration"(seconds),"number_alias"(default the number's alias)}}.
     */
    private ApiResponse addCall(ApiRequest request) {
        JsonNode body = requireObject(request);
        String number = required(body, "number");
        String other = required(body, "other");
        Instant start = Instant.parse(required(body, "start_time"));
        int duration = body.path("duration").asInt(60);
        String alias = body.has("number_alias") ? text(body, "number_alias")
                : state.findAccountNumber(number).map(SimNumber::alias).orElse("");
        String direction = text(body, "direction") == null ? "outbound" : text(body, "direction");
        SimCall call = switch (direction.toLowerCase(Locale.ROOT)) {
            case "outbound" -> SimCall.outbound(number, alias, other, start, duration);
            case "inbound" -> SimCall.inbound(other, number, alias, start, duration);
            default -> throw new IllegalArgumentException("direction must be inbound or outbound: " + direction);
        };
        state.calls().add(call);
        return created(json.object().put("count", state.calls().count()));
    }

    /**
     * {@code {"count":N,"from":"2025-01-01T00:00:00Z"(default now),"spacing_ms":1000(default)}}: calls made
     * on the fly when an export reads them, never stored (a million cost no memory).
     */
    private ApiResponse generateCalls(ApiRequest request) {
        JsonNode body = requireObject(request);
        long count = body.path("count").asLong(-1);
        Instant from = body.has("from") ? Instant.parse(body.get("from").asText()) : now();
        state.generateCalls(count, from, Duration.ofMillis(body.path("spacing_ms").asLong(1_000)));
        return created(json.object().put("count", state.calls().count()));
    }

    private ObjectNode cdrExportSettings() {
        ObjectNode doc = json.object()
                .put("completion_delay_ms", state.cdrExports().completionDelay().toMillis())
                .put("pending_outcomes", state.cdrExports().pendingOutcomes());
        ArrayNode downloads = doc.putArray("downloads");
        sim.cdrDownloads().forEach(d -> downloads.addObject().put("export_id", d.exportId())
                .put("status", d.status()).put("with_credentials", d.withCredentials()));
        return doc;
    }

    /** The field {@code name} of the body, a number of milliseconds. */
    private static Duration millis(ApiRequest request, String name) {
        JsonNode value = requireObject(request).get(name);
        if (value == null || !value.canConvertToLong()) {
            throw new IllegalArgumentException(name + " must be a number of milliseconds");
        }
        return Duration.ofMillis(value.asLong());
    }

    /** {@code {"completion_delay_ms":N}}: the delay of exports created from now on. */
    private ApiResponse updateCdrExportSettings(ApiRequest request) {
        state.cdrExports().completionDelay(millis(request, "completion_delay_ms"));
        return ok(cdrExportSettings());
    }

    /**
     * {@code {"fail":true|false,"delay_ms":N(default the completion delay),"download_delay_ms":N,"times":1}}:
     * how the next exports end.
     */
    private ApiResponse addCdrExportOutcome(ApiRequest request) {
        JsonNode body = requireObject(request);
        Duration delay = body.hasNonNull("delay_ms") ? Duration.ofMillis(body.get("delay_ms").asLong()) : null;
        state.cdrExports().enqueueOutcome(new CdrExports.Outcome(body.path("fail").asBoolean(false), delay,
                Duration.ofMillis(body.path("download_delay_ms").asLong(0))), body.path("times").asInt(1));
        return created(cdrExportSettings());
    }

    /** {@code {"numbers":[...],"status":"pending"(default),"is_approved":false(default)}}. */
    private ApiResponse addPortOrder(ApiRequest request) {
        JsonNode body = requireObject(request);
        List<String> numbers = new ArrayList<>();
        body.path("numbers").forEach(n -> numbers.add(n.asText()));
        SimPortOrder order = state.portOrders().add(text(body, "status") == null ? "pending" : text(body, "status"),
                body.path("is_approved").asBoolean(false), numbers, now());
        return created(json.object().put("id", order.id()));
    }

    // ---- CNAM review -------------------------------------------------------------------------------

    private ObjectNode cnamSettings() {
        return json.object().put("approval_delay_ms", state.cnams().approvalDelay().toMillis());
    }

    /** {@code {"approval_delay_ms":N}}: the review delay of records created from now on. */
    private ApiResponse updateCnamSettings(ApiRequest request) {
        state.cnams().approvalDelay(millis(request, "approval_delay_ms"));
        return ok(cnamSettings());
    }

    /** {@code {"reason":"..."}} (optional): the review rejects the record. */
    private ApiResponse rejectCnam(ApiRequest request) {
        String reason = request.json() == null ? null : text(request.json(), "reason");
        SimCnamRecord rejected = state.cnams().reject(request.pathParam("id"), reason);
        return ok(json.object().put("id", rejected.id()).put("is_approved", false)
                .put("rejection_reason", rejected.rejectionReason()));
    }

    // ---- rate limits -------------------------------------------------------------------------------

    private ObjectNode rateLimits() {
        return json.object().put("enforced", sim.rateLimitsEnforced())
                .put("sms_per_second", sim.smsPerSecond())
                .put("mms_per_second", sim.mmsPerSecond())
                .put("retry_after", sim.rateLimitRetryAfter())
                .put("rate_limited", sim.rateLimitedCount());
    }

    /** {@code {"enforced":true|false}}: switches enforcement, answers the state as GET does. */
    private ApiResponse updateRateLimits(ApiRequest request) {
        JsonNode enforced = requireObject(request).get("enforced");
        if (enforced == null || !enforced.isBoolean()) {
            throw new IllegalArgumentException("enforced must be true or false");
        }
        sim.enforceRateLimits(enforced.booleanValue());
        return ok(rateLimits());
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private ObjectNode list(Stream<ObjectNode> items) {
        ObjectNode doc = json.object();
        ArrayNode data = doc.putArray("data");
        items.forEach(data::add);
        return doc;
    }

    private ApiResponse ok(ObjectNode doc) {
        return new ApiResponse(200, JSON, json.bytes(doc), Map.of());
    }

    private ApiResponse created(ObjectNode doc) {
        return new ApiResponse(201, JSON, json.bytes(doc), Map.of());
    }

    private static ApiResponse removed(boolean existed) {
        if (!existed) {
            throw ApiException.notFound("No such record.");
        }
        return ApiResponse.noContent();
    }

    private ApiResponse error(int status, List<String> details, Map<String, String> headers) {
        return new ApiResponse(status, JSON, json.bytes(json.errors(status, details)), headers);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    private static int intParam(ApiRequest request, String name, int fallback) {
        String value = request.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer: " + value);
        }
    }

    private static JsonNode requireObject(ApiRequest request) {
        if (request.json() == null || !request.json().isObject()) {
            throw new ApiException(400, "The body must be a JSON object.");
        }
        return request.json();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

}
