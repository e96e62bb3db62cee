package io.github.camelflowroute.simulator;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Porting (flowroute-api-surface.md section 8): the portability check and the list of port orders. No
 * sample shows either answer (the Python docs say "a status per number"); the simulator answers JSON:API
 * documents of its own, described in its OpenAPI fragment: per number {@code portable} and a
 * {@code reason} when not (already on this account, or already Flowroute's), with the rate centre and
 * state where the simulator knows the area.
 */
record PortingHandler(SimulatorState state, JsonRenderer json) {

    private static final DateTimeFormatter ISO_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** POST /v2/portorders/portability: {@code {"numbers":[...]}} (form-encoded from Python and Ruby). */
    ApiResponse checkPortability(ApiRequest request) {
        JsonNode numbers = request.json() == null ? null : request.json().get("numbers");
        if (numbers == null || !numbers.isArray() || numbers.isEmpty()) {
            throw ApiException.unprocessable("numbers is required: a list of phone numbers.");
        }
        List<ObjectNode> items = new ArrayList<>();
        for (JsonNode n : numbers) {
            String given = n.asText().trim();
            String number = given.startsWith("+") ? given.substring(1) : given;
            if (!PhoneNumbers.isE164Nanp(number)) {
                throw ApiException.unprocessable("'" + given + "' is not an 11-digit number starting with 1.");
            }
            ObjectNode item = json.object();
            ObjectNode a = item.putObject("attributes");
            a.put("number", number);
            String reason = state.findAccountNumber(number).isPresent() ? "The number is already on your account."
                    : state.findAvailableNumber(number).isPresent() ? "The number is already with Flowroute." : null;
            a.put("portable", reason == null);
            a.put("reason", reason);
            SeedData.Area area = SeedData.areaOf(number).orElse(null);
            a.put("rate_center", area == null ? null : area.rateCenter().toLowerCase(Locale.ROOT));
            a.put("state", area == null ? null : area.state().toLowerCase(Locale.ROOT));
            item.put("id", number);
            item.put("type", "portability");
            items.add(item);
        }
        ObjectNode doc = json.object();
        doc.putArray("data").addAll(items);
        return ApiResponse.json(200, json.bytes(doc));
    }

    /** GET /v2/portorders: limit, offset, is_approved. */
    ApiResponse list(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        String approvedParam = request.queryParam("is_approved");
        Boolean approved = approvedParam == null ? null
                : switch (approvedParam.toLowerCase(Locale.ROOT)) {
                    case "true", "1" -> Boolean.TRUE;
                    case "false", "0" -> Boolean.FALSE;
                    default -> throw ApiException.unprocessable("is_approved must be true or false.");
                };
        List<SimPortOrder> matching = state.portOrders().list().stream()
                .filter(o -> approved == null || o.approved() == approved).toList();
        return ApiResponse.json(200, json.bytes(json.page(request, paging, matching, this::portOrder)));
    }

    private ObjectNode portOrder(SimPortOrder o) {
        ObjectNode item = json.object();
        ObjectNode a = item.putObject("attributes");
        a.put("created_at", ISO_SECONDS.format(o.createdAt()));
        a.put("is_approved", o.approved());
        o.numbers().forEach(a.putArray("numbers")::add);
        a.put("status", o.status());
        item.put("id", o.id());
        item.putObject("links").put("self", JsonRenderer.PUBLIC_BASE + "/v2/portorders/" + o.id());
        item.put("type", "portorder");
        return item;
    }
}
