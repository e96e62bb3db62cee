package io.github.camelflowroute.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Caller-ID (CNAM) records (flowroute-api-surface.md section 6): list, get, create, assign to and remove
 * from a number (at {@code /relationships/cnam} and the Node SDK's {@code /relationships/cnams}), delete.
 *
 * <p>Rules: a value has 1 to 15 characters and at least one letter (422); the same value twice is 422 with
 * the Node demo's "Duplicate CNAM entry found on your account"; a record can be assigned once approved
 * (422 before; see {@link CnamRecords} for the review's delay); deleting a record unassigns it everywhere.
 */
record CnamHandler(SimulatorState state, JsonRenderer json, Clock clock) {

    static final String DUPLICATE = "Duplicate CNAM entry found on your account";
    static final int MAX_LENGTH = 15;
    /** {@code 2018-06-01 00:09:52.513092+00:00}, as the live records write their times. */
    private static final DateTimeFormatter RECORD_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** {@code Fri, 01 Jun 2018 00:17:52 GMT}: RFC 1123 with a two-digit day, as the association answer. */
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** GET /v2/cnams: limit, offset, is_approved ({@code true/false}, {@code True/False}, {@code 1/0}). */
    ApiResponse list(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        Boolean approved = approvedFilter(request.queryParam("is_approved"));
        List<SimCnamRecord> matching = state.cnams().list().stream()
                .filter(r -> approved == null || r.approved() == approved)
                .toList();
        return ApiResponse.json(200, json.bytes(json.page(request, paging, matching, this::resource)));
    }

    private static Boolean approvedFilter(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw ApiException.unprocessable("is_approved must be true or false (got '" + value + "').");
        };
    }

    /** GET /v2/cnams/{cnam_id}. */
    ApiResponse get(ApiRequest request) {
        return ApiResponse.json(200, json.bytes(document(existing(request.pathParam("cnam_id")))));
    }

    /** POST /v2/cnams: {@code {"value":"..."}} (form-encoded from Python and Ruby); 201, pending. */
    ApiResponse create(ApiRequest request) {
        JsonNode value = request.json() == null ? null : request.json().get("value");
        if (value == null || !value.isTextual()) {
            throw ApiException.unprocessable("value is required: {\"value\":\"...\"}.");
        }
        String text = value.asText().strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw ApiException.unprocessable("value must have 1 to " + MAX_LENGTH + " characters (got "
                    + text.length() + ").");
        }
        if (text.chars().noneMatch(Character::isLetter)) {
            throw ApiException.unprocessable("value must contain at least one letter.");
        }
        synchronized (state.cnams()) {
            if (state.cnams().hasValue(text)) {
                throw ApiException.unprocessable(DUPLICATE);
            }
            return ApiResponse.json(201, json.bytes(document(state.cnams().create(text))));
        }
    }

    /** PATCH /v2/numbers/{number_id}/relationships/cnam/{cnam_id}: 202 once the record is approved. */
    ApiResponse assign(ApiRequest request) {
        String number = request.accountNumber("number_id", state);
        SimCnamRecord record = existing(request.pathParam("cnam_id"));
        if (!record.approved()) {
            throw ApiException.unprocessable("CNAM record " + record.id() + " is not approved"
                    + (record.pending() ? " yet." : ": " + record.rejectionReason()));
        }
        state.cnams().assign(number, record.id());
        return ApiResponse.json(202, json.bytes(association(Long.parseLong(record.id()))));
    }

    /** DELETE /v2/numbers/{number_id}/relationships/cnam: 202, the association's id null. */
    ApiResponse unassign(ApiRequest request) {
        state.cnams().unassign(request.accountNumber("number_id", state));
        return ApiResponse.json(202, json.bytes(association(null)));
    }

    /** DELETE /v2/cnams/{cnam_id}: 204; the record leaves every number. */
    ApiResponse delete(ApiRequest request) {
        String id = request.pathParam("cnam_id");
        if (!state.cnams().delete(id)) {
            throw ApiException.notFound(noSuchRecord(id));
        }
        return ApiResponse.noContent();
    }

    private SimCnamRecord existing(String id) {
        return state.cnams().find(id).orElseThrow(() -> ApiException.notFound(noSuchRecord(id)));
    }

    private static String noSuchRecord(String id) {
        return "No CNAM record with id " + id + ".";
    }

    private ObjectNode association(Long id) {
        ObjectNode doc = json.object();
        ObjectNode data = doc.putObject("data");
        data.putObject("attributes").put("date_created", RFC_1123.format(clock.instant()));
        if (id == null) {
            data.putNull("id");
        } else {
            data.put("id", id);
        }
        data.put("type", "cnam");
        return doc;
    }

    private ObjectNode resource(SimCnamRecord record) {
        ObjectNode item = json.object();
        ObjectNode a = item.putObject("attributes");
        putTime(a, "approval_datetime", record.approvedAt());
        putTime(a, "creation_datetime", record.createdAt());
        a.put("is_approved", record.approved());
        if (record.rejectionReason() == null) {
            a.putNull("rejection_reason");
        } else {
            a.put("rejection_reason", record.rejectionReason());
        }
        a.put("value", record.value());
        item.put("id", record.id());
        item.putObject("links").put("self", JsonRenderer.PUBLIC_BASE + "/v2/cnams/" + record.id());
        item.put("type", "cnam");
        return item;
    }

    private static void putTime(ObjectNode node, String name, Instant time) {
        if (time == null) {
            node.putNull(name);
        } else {
            node.put(name, RECORD_TIME.format(time));
        }
    }

    private ObjectNode document(SimCnamRecord record) {
        ObjectNode doc = json.object();
        doc.set("data", resource(record));
        return doc;
    }
}
