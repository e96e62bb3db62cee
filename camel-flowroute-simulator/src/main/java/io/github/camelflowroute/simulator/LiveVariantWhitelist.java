package io.github.camelflowroute.simulator;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Response-validation problems that are known, documented differences between the spec and the live API,
 * and therefore not reported as violations. Kept as data: one entry per documented fact, each naming the
 * note (in the project's Flowroute notes) it comes from.
 *
 * <p>An entry matches a problem by message key, request method and path, response status, JSON location
 * and, for "properties not allowed"/"missing properties" problems, the property names involved. Entries
 * scoped to {@link ResponseStyle#LIVE} are payload variants that only the LIVE style emits; a SPEC-style
 * response showing them is a real violation. Entries for both styles are facts about statuses and bodies
 * that the spec leaves out, which hold whatever the payload style.
 */
final class LiveVariantWhitelist {

    /**
     * One documented variant.
     *
     * @param key        validator message key
     * @param methods    request methods, regex
     * @param path       request path, regex
     * @param minStatus  lowest response status
     * @param maxStatus  highest response status
     * @param pointer    JSON pointer of the problem, regex ({@code .*} for problems without location)
     * @param properties property names the message may mention (empty: not checked)
     * @param styles     styles the entry applies to
     * @param note       where the fact is documented
     * @param message    the validator's message, regex ({@code (?s).*} for any)
     */
    record Variant(String key, String methods, String path, int minStatus, int maxStatus, String pointer,
            Set<String> properties, Set<ResponseStyle> styles, String note, String message) {

        /** A variant whatever the validator's message says. */
        Variant(String key, String methods, String path, int minStatus, int maxStatus, String pointer,
                Set<String> properties, Set<ResponseStyle> styles, String note) {
            this(key, methods, path, minStatus, maxStatus, pointer, properties, styles, note, ANY_MESSAGE);
        }
    }

    private static final String ANY_MESSAGE = "(?s).*";
    /** The validator's message for a JSON {@code null} where the schema wants another type. */
    private static final String NULL_VALUE = "(?s).*Instance type \\(null\\).*";

    private static final Set<ResponseStyle> LIVE = EnumSet.of(ResponseStyle.LIVE);
    private static final Set<ResponseStyle> BOTH = EnumSet.allOf(ResponseStyle.class);
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    static final List<Variant> VARIANTS = List.of(
            // Notes, "Where live responses differ from the spec", row "number value, id": the live API sends
            // the 11-digit number as a string (it does not fit an int). Response ids are strings in the spec
            // already; only attributes.value differs, in Number, Numbers items and PurchasableNumbers items.
            new Variant("validation.response.body.schema.type", "GET|POST", "/v2/numbers(/.*)?", 200, 201,
                    "/data(/\\d+)?(/data)?/attributes/value", Set.of(), LIVE, "number value as string"),
            // Notes, same table, row "MDR amount_display": a string like "$0.0040" instead of a float.
            new Variant("validation.response.body.schema.type", "GET", "/v2\\.1/messages(/[^/]+)?", 200, 200,
                    "/data(/\\d+)?/attributes/amount_display", Set.of(), LIVE, "MDR amount_display as string"),
            // Notes, same table, row "MDRSet.data[] items": plain resource objects {attributes,id,type,links}
            // instead of MDR2 documents {data:{...}}.
            new Variant("validation.response.body.schema.additionalProperties", "GET", "/v2\\.1/messages", 200, 200,
                    "/data/\\d+", Set.of("attributes", "id", "links", "relationships", "type"), LIVE,
                    "MDRSet items as plain resource objects"),
            // Notes, same table, row "error id": missing on some 403 responses.
            new Variant("validation.response.body.schema.required", ".*", ".*", 403, 403,
                    "/errors/\\d+", Set.of("id"), LIVE, "error id missing on 403"),
            // Notes, same table, row "send / purchase / create route": route creation answers 201 with the
            // created route (the spec's NewRouteResponse schema), though the spec's 201 declares no content.
            new Variant("validation.response.body.unexpected", "POST", "/v2/routes", 201, 201,
                    ".*", Set.of(), BOTH, "create route 201 with body"),
            // Notes, "Errors": every error answer carries {"errors":[...]}; the spec declares some error
            // responses (GET /v2/numbers/{id}, GET /v2/routes) without content.
            new Variant("validation.response.body.unexpected", ".*", ".*", 400, 599,
                    ".*", Set.of(), BOTH, "error body on every error status"),
            // Notes, "Errors" (401/403/404/422/429/5xx on any endpoint) and "Paging" (422 for limit over the
            // maximum): statuses the spec lists for few or no operations. The simulator's own 400/405 for
            // requests the spec cannot accept use the same format.
            new Variant("validation.response.status.unknown", ".*", ".*", 400, 599,
                    ".*", Set.of(), BOTH, "error statuses not listed per operation"),
            // Notes, "Paging": links.next when more records exist; the spec's Numbers.links declares only self.
            new Variant("validation.response.body.schema.additionalProperties", "GET", "/v2/numbers", 200, 200,
                    "/links", Set.of("next"), BOTH, "links.next on account numbers"),
            // Live sample numbers-list.json: the account's numbers are plain resource objects
            // {attributes,id,links,type}, not Number documents {data:{...}}.
            new Variant("validation.response.body.schema.additionalProperties", "GET", "/v2/numbers", 200, 200,
                    "/data/\\d+", Set.of("attributes", "id", "links", "type"), LIVE,
                    "account numbers as plain resource objects"),
            // Live samples number-details.json, number-purchase.json: a top-level links.self.
            new Variant("validation.response.body.schema.additionalProperties", "GET|POST", "/v2/numbers/[^/]+",
                    200, 201, "/?", Set.of("links"), LIVE, "top-level links on a number"),
            // Live samples number-details.json, number-purchase.json: alias null when unset; every to-one
            // relationship {"data":null} or {"data":{"id","type"}} (the spec types some data as a string).
            new Variant("validation.response.body.schema.type", "GET|POST", "/v2/numbers/[^/]+", 200, 201,
                    "/data/attributes/alias", Set.of(), LIVE, "null alias of a number", NULL_VALUE),
            new Variant("validation.response.body.schema.type", "GET|POST", "/v2/numbers/[^/]+", 200, 201,
                    "/data/relationships/[a-z0-9_]+/data", Set.of(), LIVE,
                    "null or {id,type} relationships of a number", "(?s).*Instance type \\((null|object)\\).*"),
            // Live samples routes-list.json, number-details.json: the built-in sip-reg route "0" has value null.
            new Variant("validation.response.body.schema.type", "GET|POST", "/v2/(routes|numbers/[^/]+)",
                    200, 201, "/(data|included)(/\\d+)?/attributes/value", Set.of(), LIVE,
                    "sip-reg route value null", NULL_VALUE),
            // Live sample mdr-list.json: a level-1 receipt without status code has status_code null.
            new Variant("validation.response.body.schema.type", "GET", "/v2\\.1/messages(/[^/]+)?", 200, 200,
                    "/data(/\\d+)?/attributes/delivery_receipts/\\d+/status_code", Set.of(), LIVE,
                    "receipt status_code null", NULL_VALUE));

    private LiveVariantWhitelist() {
    }

    /** The documented variant explaining this problem, if there is one. */
    static java.util.Optional<Variant> explain(ResponseStyle style, String method, String path, int status,
            SpecValidator.Problem problem) {
        return VARIANTS.stream()
                .filter(v -> v.styles().contains(style))
                .filter(v -> v.key().equals(problem.key()))
                .filter(v -> method.matches(v.methods()) && path.matches(v.path()))
                .filter(v -> status >= v.minStatus() && status <= v.maxStatus())
                .filter(v -> problem.pointer().matches(v.pointer()))
                .filter(v -> problem.message().matches(v.message()))
                .filter(v -> v.properties().isEmpty() || namesWithin(problem.message(), v.properties()))
                .findFirst();
    }

    private static boolean namesWithin(String message, Set<String> allowed) {
        Set<String> names = quotedNames(message);
        return !names.isEmpty() && allowed.containsAll(names);
    }

    /** Names in a message such as {@code ... not allowed by the schema: ["next"]}. */
    private static Set<String> quotedNames(String message) {
        int bracket = message.lastIndexOf('[');
        Matcher m = QUOTED.matcher(bracket < 0 ? message : message.substring(bracket));
        Set<String> names = new java.util.HashSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
