package io.github.camelflowroute.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.github.camelflowroute.simulator.ApiRequest.text;

/**
 * Messages v2.1: send, search and look up message detail records.
 *
 * @param sent told of every stored send: the simulator posts its delivery receipts
 */
record MessagesHandler(SimulatorState state, JsonRenderer json, Clock clock, Consumer<SimMessage> sent) {

    /** ISO date-time with optional fraction and an offset written as Z, +hh:mm or +hhmm. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("[XXX][XX]")
            .toFormatter(Locale.ROOT);

    /** POST /v2.1/messages: 202 with the new MDR's id. */
    ApiResponse send(ApiRequest request) {
        JsonNode body = request.json();
        if (body == null || !body.isObject()) {
            throw ApiException.unprocessable("The request body must be a JSON object.");
        }
        String from = text(body, "from");
        String to = text(body, "to");
        String text = text(body, "body");
        String dlrCallback = text(body, "dlr_callback");
        List<String> mediaUrls = strings(body.get("media_urls"));
        if (from == null || to == null) {
            throw ApiException.unprocessable("Both from and to are required.");
        }
        // Sending is only permitted from a number of the account (Flowroute answers 403, not 422).
        if (state.findAccountNumber(from).isEmpty()) {
            throw ApiException.forbidden("The from number " + from + " is not on this account; "
                    + "messages can only be sent from numbers you own (11 digits, e.g. 12065551234).");
        }
        if (!PhoneNumbers.isE164Nanp(to)) {
            throw ApiException.unprocessable("to must be an 11-digit E.164 number starting with 1, "
                    + "e.g. 12065551234 (got '" + to + "').");
        }
        boolean mms = isMms(body.get("is_mms")) || !mediaUrls.isEmpty();
        if (mms) {
            if (mediaUrls.isEmpty()) {
                throw ApiException.unprocessable("An MMS (is_mms true) needs at least one entry in media_urls.");
            }
            for (String url : mediaUrls) {
                if (!PhoneNumbers.isHttpUrl(url)) {
                    throw ApiException.unprocessable("media_urls must be absolute http(s) URLs (got '" + url + "').");
                }
            }
        } else if (text == null || text.isEmpty()) {
            throw ApiException.unprocessable("body is required for an SMS.");
        }
        if (dlrCallback != null && !PhoneNumbers.isHttpUrl(dlrCallback)) {
            throw ApiException.unprocessable("dlr_callback must be an absolute http(s) URL (got '"
                    + dlrCallback + "').");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SimMessage stored = state.addAndGet(SimMessage.outbound(from, to, text, mms, mediaUrls, dlrCallback, now));
        sent.accept(stored);
        return ApiResponse.json(202, json.bytes(json.messageSuccess(stored.id())));
    }

    /** GET /v2.1/messages: records with start_date &lt;= timestamp &lt; end_date, oldest first. */
    ApiResponse search(ApiRequest request) {
        String startParam = request.queryParam("start_date");
        if (startParam == null) {
            throw ApiException.unprocessable("start_date is required.");
        }
        Instant start = instant("start_date", startParam);
        String endParam = request.queryParam("end_date");
        Instant end = endParam == null ? null : instant("end_date", endParam);
        if (end != null && !end.isAfter(start)) {
            throw ApiException.unprocessable("end_date must be later than start_date.");
        }
        Paging paging = Paging.of(request, Paging.NO_MAX);
        MessagePage page = state.searchMessages(start, end, paging.offset(), paging.limit());
        List<ObjectNode> items = new ArrayList<>();
        page.items().forEach(m -> items.add(json.mdrSetItem(m)));
        ObjectNode doc = json.list(items, paging.links(request, page.total()));
        return ApiResponse.json(200, json.bytes(doc));
    }

    /** GET /v2.1/messages/{id}. */
    ApiResponse get(ApiRequest request) {
        String id = request.pathParam("id");
        SimMessage message = state.findMessage(id)
                .orElseThrow(() -> ApiException.notFound("No message detail record with id " + id + "."));
        return ApiResponse.json(200, json.bytes(json.mdrDocument(message)));
    }

    private static Instant instant(String name, String value) {
        try {
            return OffsetDateTime.parse(value, DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable(name + " must be an ISO 8601 date-time such as "
                    + "2017-12-01T00:00:00.000Z or a date such as 2017-12-01 (got '" + value + "').");
        }
    }

    /**
     * Whether a send body asks for an MMS, decided as {@link #send} does (is_mms true, or media URLs
     * present), but without refusing anything: a body that is not an object, or an is_mms that is neither
     * boolean nor "true"/"false", counts as an SMS. The rate limiter uses it before validation.
     */
    static boolean looksLikeMms(JsonNode body) {
        if (body == null || !body.isObject()) {
            return false;
        }
        JsonNode isMms = body.get("is_mms");
        boolean flagged = isMms != null && (isMms.isBoolean() ? isMms.booleanValue()
                : isMms.isTextual() && isMms.asText().trim().equalsIgnoreCase("true"));
        JsonNode media = body.get("media_urls");
        return flagged || media != null && media.isArray() && !media.isEmpty();
    }

    /** is_mms as boolean, or as the string "true"/"false" some samples send. */
    private static boolean isMms(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && node.asText().trim().equalsIgnoreCase("true")) {
            return true;
        }
        if (node.isTextual() && node.asText().trim().equalsIgnoreCase("false")) {
            return false;
        }
        throw ApiException.unprocessable("is_mms must be true or false.");
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.unprocessable("media_urls must be an array of URLs.");
        }
        List<String> result = new ArrayList<>();
        node.forEach(n -> result.add(n.asText()));
        return result;
    }
}
