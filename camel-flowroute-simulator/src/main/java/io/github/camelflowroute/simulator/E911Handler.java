package io.github.camelflowroute.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * E911 addresses at the SDKs' paths ({@code /v2/e911s}, flowroute-api-surface.md section 5; the revision's
 * {@code /v2/e911} paths lose to the live samples): list, get, validate, create, partial update, delete,
 * assign to and remove from a number, and the numbers of an address.
 *
 * <p>Rules: the nine attributes but the address type are required (the fragment's schema, 422); a state is
 * two letters and a zip five digits (or ZIP+4), 422; an address that names no US state or territory, has
 * zip {@code 00000} or a street number without a leading digit "cannot be geocoded", 400 with the live
 * sample's detail; a copy of an existing address is refused 403 {@code "Duplicate address."} (the Node SDK
 * relies on that detail); an address numbers still use cannot be deleted, 409.
 */
record E911Handler(SimulatorState state, JsonRenderer json) {

    static final String GEOCODE_FAILURE =
            "Could not geocode this address. Please check the validity of your address.";
    static final String DUPLICATE = "Duplicate address.";

    /** Address-type words (PHP model), by upper-case code. */
    static final Map<String, String> ADDRESS_TYPES = addressTypes();
    /** USPS codes of the states, DC and the territories. */
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP");
    private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    private static Map<String, String> addressTypes() {
        String[] pairs = { "A", "Apartment", "BM", "Basement", "B", "Building", "D", "Department", "F", "Floor",
                "FR", "Front", "H", "Hanger", "K", "Key", "L", "Lobby", "LT", "Lot", "LO", "Lower", "O", "Office",
                "P", "Penthouse", "PI", "Pier", "RE", "Rear", "R", "Room", "S", "Side", "SL", "Slip", "SC", "Space",
                "SP", "Stop", "SU", "Suite", "T", "Trailer", "U", "Unit", "UP", "Upper" };
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(m);
    }

    // ---- addresses ---------------------------------------------------------------------------------

    /** GET /v2/e911s: limit, offset, state (2 letters, any case). */
    ApiResponse list(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        String stateFilter = request.queryParam("state");
        List<SimE911Address> matching = state.e911().list().stream()
                .filter(a -> stateFilter == null || stateFilter.equalsIgnoreCase(a.attribute("state")))
                .toList();
        return ApiResponse.json(200, json.bytes(json.page(request, paging, matching, this::resource)));
    }

    /** GET /v2/e911s/{e911_id}. */
    ApiResponse get(ApiRequest request) {
        return ApiResponse.json(200, json.bytes(document(existing(request.pathParam("e911_id")))));
    }

    /** POST /v2/e911s/validate: 204 when the address could be created. */
    ApiResponse validate(ApiRequest request) {
        checkAddress(new SimE911Address("0", completeAttributes(request)));
        return ApiResponse.noContent();
    }

    /** POST /v2/e911s: 201 with the new address. */
    ApiResponse create(ApiRequest request) {
        SimE911Address candidate = new SimE911Address("0", completeAttributes(request));
        checkAddress(candidate);
        synchronized (state.e911()) {
            if (state.e911().findSame(candidate).isPresent()) {
                throw ApiException.forbidden(DUPLICATE);
            }
            SimE911Address created = state.e911().create(candidate.attributes());
            return ApiResponse.json(201, json.bytes(document(created)));
        }
    }

    /** PATCH /v2/e911s/{e911_id}: the attributes sent change, the others stay; 200 with the result. */
    ApiResponse update(ApiRequest request) {
        String id = request.pathParam("e911_id");
        SimE911Address current = existing(id);
        Map<String, String> changes = attributes(request, true);
        SimE911Address changed = current.with(changes);
        for (String name : SimE911Address.REQUIRED) {
            if (changed.attribute(name) == null || changed.attribute(name).isBlank()) {
                throw ApiException.unprocessable(name + " must not be removed or blank.");
            }
        }
        checkAddress(changed);
        SimE911Address stored = state.e911().update(id, changes)
                .orElseThrow(() -> ApiException.notFound(noSuchAddress(id)));
        return ApiResponse.json(200, json.bytes(document(stored)));
    }

    /** DELETE /v2/e911s/{e911_id}: 204; 409 while numbers use it. */
    ApiResponse delete(ApiRequest request) {
        String id = request.pathParam("e911_id");
        return switch (state.e911().delete(id)) {
            case DONE -> ApiResponse.noContent();
            case NO_SUCH_ADDRESS -> throw ApiException.notFound(noSuchAddress(id));
            case IN_USE -> throw new ApiException(409, "E911 address " + id
                    + " is assigned to numbers; remove it from them first.");
        };
    }

    // ---- numbers -----------------------------------------------------------------------------------

    /** PATCH /v2/numbers/{number_id}/relationships/e911s/{e911_id}: 204, also when repeated. */
    ApiResponse assign(ApiRequest request) {
        String number = request.accountNumber("number_id", state);
        String id = request.pathParam("e911_id");
        if (!state.e911().assign(number, id)) {
            throw ApiException.notFound(noSuchAddress(id));
        }
        return ApiResponse.noContent();
    }

    /** DELETE /v2/numbers/{number_id}/relationships/e911s: 204, also when the number had none. */
    ApiResponse unassign(ApiRequest request) {
        state.e911().unassign(request.accountNumber("number_id", state));
        return ApiResponse.noContent();
    }

    /** GET /v2/e911s/{e911_id}/relationships/numbers. */
    ApiResponse numbers(ApiRequest request) {
        String id = request.pathParam("e911_id");
        existing(id);
        Paging paging = Paging.of(request, Paging.MAX_200);
        List<String> numbers = state.e911().numbersOf(id);
        return ApiResponse.json(200, json.bytes(json.page(request, paging, numbers, this::assignedNumber)));
    }

    private ObjectNode assignedNumber(String n) {
        ObjectNode item = json.object();
        ObjectNode attributes = item.putObject("attributes");
        String alias = state.findAccountNumber(n).map(SimNumber::alias).orElse(null);
        if (alias == null) {
            attributes.putNull("alias");
        } else {
            attributes.put("alias", alias);
        }
        attributes.put("value", n);
        item.put("id", n);
        item.putObject("links").put("self", JsonRenderer.PUBLIC_BASE + "/v2/numbers/" + n);
        item.put("type", "number");
        return item;
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private SimE911Address existing(String id) {
        return state.e911().find(id).orElseThrow(() -> ApiException.notFound(noSuchAddress(id)));
    }

    private static String noSuchAddress(String id) {
        return "No E911 address with id " + id + ".";
    }

    /** The attributes of a create or validate body, all required ones present (else 422). */
    private static Map<String, String> completeAttributes(ApiRequest request) {
        Map<String, String> attributes = attributes(request, false);
        for (String name : SimE911Address.REQUIRED) {
            String value = attributes.get(name);
            if (value == null || value.isBlank()) {
                throw ApiException.unprocessable(name + " is required.");
            }
        }
        return attributes;
    }

    /**
     * The body's {@code data.attributes} as strings. {@code zip_code} counts as {@code zip} (Python's
     * update writes both); an address type may be a word or its code and is stored as the word. With
     * {@code nullsRemove}, a JSON null removes the attribute (Python's update nulls the address type).
     */
    private static Map<String, String> attributes(ApiRequest request, boolean nullsRemove) {
        JsonNode attributes = request.json() == null ? null : request.json().path("data").get("attributes");
        if (attributes == null || !attributes.isObject()) {
            throw ApiException.unprocessable("The body must be {\"data\":{\"type\":\"e911\",\"attributes\":{...}}}.");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (String name : SimE911Address.ATTRIBUTES) {
            JsonNode value = attributes.get(name);
            if (value == null && name.equals("zip")) {
                value = attributes.get("zip_code");
            }
            if (value == null || (value.isNull() && !nullsRemove)) {
                continue;
            }
            if (!value.isNull() && !value.isValueNode()) {
                throw ApiException.unprocessable(name + " must be a string.");
            }
            result.put(name, value.isNull() ? null : value.asText().trim());
        }
        String type = result.get("address_type");
        if (type != null) {
            result.put("address_type", addressTypeWord(type));
        }
        return result;
    }

    private static String addressTypeWord(String given) {
        String code = given.toUpperCase(Locale.ROOT);
        if (ADDRESS_TYPES.containsKey(code)) {
            return ADDRESS_TYPES.get(code);
        }
        return ADDRESS_TYPES.values().stream().filter(w -> w.equalsIgnoreCase(given)).findFirst()
                .orElseThrow(() -> ApiException.unprocessable("address_type must be one of "
                        + ADDRESS_TYPES.values() + " (got '" + given + "')."));
    }

    /** Format rules (422), then whether the address can be placed (400). */
    private static void checkAddress(SimE911Address address) {
        String st = address.attribute("state");
        if (!STATE.matcher(st).matches()) {
            throw ApiException.unprocessable("state must be a 2-letter code (got '" + st + "').");
        }
        String zip = address.attribute("zip");
        if (!ZIP.matcher(zip).matches()) {
            throw ApiException.unprocessable("zip must be 5 digits or ZIP+4 (got '" + zip + "').");
        }
        if (!US_STATES.contains(st.toUpperCase(Locale.ROOT)) || zip.startsWith("00000")
                || !Character.isDigit(address.attribute("street_number").charAt(0))) {
            throw new ApiException(400, GEOCODE_FAILURE);
        }
    }

    private ObjectNode resource(SimE911Address address) {
        ObjectNode item = json.object();
        ObjectNode attributes = item.putObject("attributes");
        address.attributes().forEach(attributes::put);
        item.put("id", address.id());
        item.putObject("links").put("self", JsonRenderer.PUBLIC_BASE + "/v2/e911s/" + address.id());
        item.put("type", "e911");
        return item;
    }

    private ObjectNode document(SimE911Address address) {
        ObjectNode doc = json.object();
        doc.set("data", resource(address));
        return doc;
    }
}
