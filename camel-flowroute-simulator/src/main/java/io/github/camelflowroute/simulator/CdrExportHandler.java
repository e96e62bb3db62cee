package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CDR exports (flowroute-api-surface.md section 7): list, create, status; the download itself is
 * {@link CdrDownloadHandler}. Answers follow the three live samples, quirks included: the list wraps each
 * item in {@code {"data":...}} with a numeric id and links on the internal host with a stray semicolon
 * ({@code http://cdr-api/cdrs/exports?offset=0&limit;=2}); the status answer keeps its self link inside
 * {@code data} on that host and writes {@code number_aliases} as a Python list's text; the create answer
 * echoes the filters at the top of {@code attributes} too. {@code download_url} points at the simulator
 * itself, outside the API's paths (see {@link CdrDownloadHandler}).
 */
record CdrExportHandler(SimulatorState state, JsonRenderer json, Supplier<String> simulatorBaseUrl) {

    /** The host the live API's CDR links name. */
    static final String CDR_API = "http://cdr-api/cdrs/exports";
    /** Path prefix of downloads on the simulator; below {@value FlowrouteSimulator#CONTROL_PREFIX}. */
    static final String DOWNLOAD_PREFIX = FlowrouteSimulator.CONTROL_PREFIX + "cdr-downloads/";
    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SPACED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> STATUSES = List.of("processing", "completed", "failed");

    /** GET /v2/cdrs/exports: limit, offset, status. */
    ApiResponse list(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        String status = request.queryParam("status");
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.unprocessable("status must be one of " + STATUSES + " (got '" + status + "').");
        }
        List<SimCdrExport> matching = state.cdrExports().list().stream()
                .filter(e -> status == null || state.cdrExports().status(e).equals(status)).toList();
        ObjectNode doc = json.object();
        ArrayNode data = doc.putArray("data");
        for (SimCdrExport e : paging.slice(matching)) {
            data.addObject().set("data", listItem(e));
        }
        ObjectNode links = doc.putObject("links");
        if ((long) paging.offset() + paging.limit() < matching.size()) {
            links.put("next", CDR_API + "?offset=" + (paging.offset() + paging.limit()) + "&limit;=" + paging.limit());
        }
        links.put("self", CDR_API + "?offset=" + paging.offset() + "&limit;=" + paging.limit());
        return ApiResponse.json(200, json.bytes(doc));
    }

    /** POST /v2/cdrs/exports: 201, processing. */
    ApiResponse create(ApiRequest request) {
        JsonNode attributes = request.json() == null ? null : request.json().path("data").get("attributes");
        JsonNode filters = attributes == null ? null : attributes.get("filter_parameters");
        if (filters == null || !filters.isObject()) {
            throw ApiException.unprocessable("data.attributes.filter_parameters is required.");
        }
        Instant start = time(filters, "start_call_start_time");
        Instant end = time(filters, "start_call_end_time");
        if (!end.isAfter(start)) {
            throw ApiException.unprocessable("start_call_end_time must be after start_call_start_time.");
        }
        Set<String> aliases = null;
        if (filters.hasNonNull("number_aliases")) {
            aliases = new LinkedHashSet<>();
            for (JsonNode alias : filters.get("number_aliases")) {
                aliases.add(alias.asText());
            }
        }
        String callbackUrl = ApiRequest.text(attributes, "callback_url");
        if (callbackUrl != null && !PhoneNumbers.isHttpUrl(callbackUrl)) {
            throw ApiException.unprocessable("callback_url must be an http(s) URL (got '" + callbackUrl + "').");
        }
        SimCdrExport export = state.cdrExports().create(callbackUrl, ((ObjectNode) filters).deepCopy(), start, end,
                aliases);
        return ApiResponse.json(201, json.bytes(created(export)));
    }

    /** GET /v2/cdrs/exports/{cdrexport_id}. */
    ApiResponse get(ApiRequest request) {
        String id = request.pathParam("cdrexport_id");
        SimCdrExport export;
        try {
            export = state.cdrExports().find(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            export = null;
        }
        if (export == null) {
            throw ApiException.notFound("No CDR export with id " + id + ".");
        }
        return ApiResponse.json(200, json.bytes(status(export)));
    }

    // ---- documents ---------------------------------------------------------------------------------

    private ObjectNode created(SimCdrExport e) {
        // one status per answer: the job may complete while it is written
        String st = state.cdrExports().status(e);
        ObjectNode doc = exportDocument(e);
        ObjectNode data = (ObjectNode) doc.get("data");
        data.putObject("links").put("self", JsonRenderer.PUBLIC_BASE + "/v2/cdrs/exports/" + e.id());
        ObjectNode a = data.putObject("attributes");
        e.filterParameters().properties().forEach(f -> a.set(f.getKey(), f.getValue()));
        a.put("callback_url", e.callbackUrl());
        putState(a, e, st);
        CdrExports.Totals t = completedTotals(e, st);
        putMoney(a, "total_cost", t == null ? null : t.totalUnits());
        putMoney(a, "call_subtotal", t == null ? null : t.subtotalUnits());
        putMoney(a, "connect_fees", t == null ? null : 0L);
        putMoney(a, "cnamlookup_fees", t == null ? null : t.cnamUnits());
        putMoney(a, "usf_fees", t == null ? null : 0L);
        putMoney(a, "ccrf", t == null ? null : t.ccrfUnits());
        putCount(a, "billed_minutes", t == null ? null : t.billedMinutes());
        // the live create answer echoes only the aliases here (cdr-export-create.json), the times above
        ObjectNode echoed = a.putObject("filter_parameters");
        if (e.filterParameters().has("number_aliases")) {
            echoed.set("number_aliases", e.filterParameters().get("number_aliases"));
        }
        return doc;
    }

    private ObjectNode status(SimCdrExport e) {
        // one status per answer: the job may complete while it is written
        String st = state.cdrExports().status(e);
        ObjectNode doc = exportDocument(e);
        ObjectNode data = (ObjectNode) doc.get("data");
        ObjectNode a = data.putObject("attributes");
        a.put("callback_url", e.callbackUrl());
        putState(a, e, st);
        CdrExports.Totals t = completedTotals(e, st);
        putMoney(a, "total_cost", t == null ? null : t.totalUnits());
        putMoney(a, "usf_fees", t == null ? null : 0L);
        putMoney(a, "ccrf", t == null ? null : t.ccrfUnits());
        putCount(a, "num_calls", t == null ? null : t.numCalls());
        putCount(a, "billed_minutes", t == null ? null : t.billedMinutes());
        ObjectNode filters = e.filterParameters().deepCopy();
        JsonNode aliases = filters.get("number_aliases");
        if (aliases != null && aliases.isArray()) {
            // the live status answer writes the list as Python's text of it (cdr-export-status.json)
            List<String> quoted = new ArrayList<>();
            aliases.forEach(alias -> quoted.add("'" + alias.asText().replace("'", "\\'") + "'"));
            filters.put("number_aliases", "[" + String.join(", ", quoted) + "]");
        }
        a.set("filter_parameters", filters);
        data.putObject("links").put("self", CDR_API + "/" + e.id());
        return doc;
    }

    private ObjectNode listItem(SimCdrExport e) {
        // one status per answer: the job may complete while it is written
        String st = state.cdrExports().status(e);
        ObjectNode data = json.object();
        ObjectNode a = data.putObject("attributes");
        CdrExports.Totals t = completedTotals(e, st);
        putCount(a, "billed_minutes", t == null ? null : t.billedMinutes());
        a.put("callback_url", e.callbackUrl());
        putMoney(a, "ccrf", t == null ? null : t.ccrfUnits());
        a.put("created_at", ISO_SECONDS.format(e.requestedAt()));
        a.put("download_url", downloadUrl(e, st));
        a.put("expires_at", expiresAt(e, st));
        ObjectNode filters = a.putObject("filter_parameters");
        if (e.numberAliases() != null) {
            filters.set("number_aliases", e.filterParameters().get("number_aliases"));
        }
        filters.put("start_call_end_time", ISO_SECONDS.format(e.end()));
        filters.put("start_call_start_time", ISO_SECONDS.format(e.start()));
        putCount(a, "num_calls", t == null ? null : t.numCalls());
        a.put("requested_at", ISO_SECONDS.format(e.requestedAt()));
        a.put("status", st);
        putMoney(a, "total_cost", t == null ? null : t.totalUnits());
        putMoney(a, "call_subtotal", t == null ? null : t.subtotalUnits());
        putMoney(a, "connect_fees", t == null ? null : 0L);
        putMoney(a, "cnamlookup_fees", t == null ? null : t.cnamUnits());
        putMoney(a, "usf_fees", t == null ? null : 0L);
        data.put("id", e.id());
        data.put("type", "cdrexport");
        return data;
    }

    /** {@code {"data":{"type":"cdrexport","id":...}}}: the head of the create and status answers. */
    private ObjectNode exportDocument(SimCdrExport e) {
        ObjectNode doc = json.object();
        ObjectNode data = doc.putObject("data");
        data.put("type", "cdrexport");
        data.put("id", Long.toString(e.id()));
        return doc;
    }

    /** status, download_url, requested_at, created_at, expires_at. */
    private void putState(ObjectNode a, SimCdrExport e, String st) {
        a.put("status", st);
        a.put("download_url", downloadUrl(e, st));
        a.put("requested_at", ISO_SECONDS.format(e.requestedAt()));
        a.put("created_at", ISO_SECONDS.format(e.requestedAt()));
        a.put("expires_at", expiresAt(e, st));
    }

    private CdrExports.Totals completedTotals(SimCdrExport e, String st) {
        return "completed".equals(st) ? state.cdrExports().totals(e).orElse(null) : null;
    }

    private static String expiresAt(SimCdrExport e, String st) {
        return "completed".equals(st) ? ISO_SECONDS.format(e.expiresAt()) : null;
    }

    /**
     * A pre-signed-looking URL on the simulator's own host, below {@value #DOWNLOAD_PREFIX}: outside the
     * API's paths, so a client must fetch it as it would S3, without the API's credentials.
     */
    private String downloadUrl(SimCdrExport e, String st) {
        if (!"completed".equals(st)) {
            return null;
        }
        OffsetDateTime done = e.completesAt().atOffset(ZoneOffset.UTC);
        String date = AMZ_DATE.format(e.completesAt());
        return simulatorBaseUrl.get() + DOWNLOAD_PREFIX + "40375/" + done.getYear() + "/" + done.getMonthValue()
                + "/" + done.getDayOfMonth() + "/" + e.key()
                + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=SIMULATORKEY%2F" + date.substring(0, 8) + "%2Fus-west-2%2Fs3%2Faws4_request"
                + "&X-Amz-Date=" + date
                + "&X-Amz-Expires=" + SimCdrExport.DOWNLOAD_VALIDITY.toSeconds()
                + "&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=" + e.signature();
    }

    private static void putMoney(ObjectNode a, String name, Long units) {
        if (units == null) {
            a.putNull(name);
        } else {
            a.put(name, units == 0 ? "0.0" : CdrCsv.units(units, 6));
        }
    }

    private static void putCount(ObjectNode a, String name, Long count) {
        if (count == null) {
            a.putNull(name);
        } else {
            a.put(name, count);
        }
    }

    /**
     * A filter time: {@code 2019-01-01 00:00:00} (UTC, the SDK's form), an ISO date-time with or without
     * offset (UTC when none), or a date (midnight UTC).
     */
    static Instant time(JsonNode filters, String name) {
        String value = ApiRequest.text(filters, name);
        if (value == null || value.isBlank()) {
            throw ApiException.unprocessable("filter_parameters." + name + " is required.");
        }
        String v = value.trim();
        try {
            return LocalDateTime.parse(v, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable("filter_parameters." + name + " must be a date-time such as "
                    + "2019-01-01 00:00:00 (got '" + value + "').");
        }
    }
}
