package io.github.camelflowroute.simulator;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns state into the API's JSON documents. The only place that knows about {@link ResponseStyle}: each
 * style switch below corresponds to one row of the notes' "Where live responses differ from the spec"
 * table and to one entry of {@link LiveVariantWhitelist}.
 *
 * <p>In SPEC style, keys whose value would be {@code null} are left out: the spec declares no field
 * nullable. In LIVE style they are written as {@code null} where the live samples
 * ({@code flowroute-live-samples/}) show them so: a number's {@code alias} and its to-one relationships,
 * a {@code sip-reg} route's {@code value}, a delivery receipt's {@code status_code}.
 */
final class JsonRenderer {

    /** Links always point at the production host, as the live API's do. */
    static final String PUBLIC_BASE = FlowrouteSimulator.LIVE_BASE_URL;

    private final ObjectMapper mapper;
    private final ResponseStyle style;

    /** Where a number's CNAM record and E911 address are looked up; none until {@link #assignmentsFrom}. */
    private volatile SimulatorState assignments;

    /** Numbers show the CNAM record and E911 address {@code state} assigns them (LIVE style). */
    void assignmentsFrom(SimulatorState state) {
        this.assignments = state;
    }

    JsonRenderer(ObjectMapper mapper, ResponseStyle style) {
        this.mapper = mapper;
        this.style = style;
    }

    ResponseStyle style() {
        return style;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ArrayNode array() {
        return mapper.createArrayNode();
    }

    byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- errors ------------------------------------------------------------------------------------

    /** The title of a live 400 answer ({@code e911-validate-error-400.json}). */
    static final String LIVE_400_TITLE = "Client Error";

    /**
     * {@code {"errors":[{"id","status","title","detail"}]}}, one entry per detail. In LIVE style a 403 has
     * no {@code id}, as some live 403 answers do (notes, table row "error id"), and a 400 is titled
     * {@value #LIVE_400_TITLE}, as in the live sample {@code e911-validate-error-400.json}.
     */
    ObjectNode errors(int status, List<String> details) {
        ObjectNode doc = object();
        ArrayNode errors = doc.putArray("errors");
        for (String detail : details) {
            ObjectNode error = errors.addObject();
            if (!(style == ResponseStyle.LIVE && status == 403)) {
                error.put("id", UUID.randomUUID().toString());
            }
            error.put("status", status);
            error.put("title", style == ResponseStyle.LIVE && status == 400 ? LIVE_400_TITLE : title(status));
            error.put("detail", detail);
        }
        return doc;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }

    // ---- numbers -----------------------------------------------------------------------------------

    /**
     * What account and purchasable numbers share, in the API's (alphabetical) order; a purchasable number also
     * has its {@code setup_cost}.
     */
    private void putNumberAttributes(ObjectNode attributes, SimNumber number, boolean purchasable) {
        attributes.put("number_type", number.numberType());
        attributes.put("rate_center", place(number.rateCenter()));
        if (purchasable) {
            attributes.put("setup_cost", number.setupCost());
        }
        attributes.put("state", place(number.state()));
        putNumberValue(attributes, number.number());
    }

    /** A number's 11 digits: a string in LIVE style (notes: "number value"), an integer in SPEC style. */
    private void putNumberValue(ObjectNode attributes, String number) {
        if (style == ResponseStyle.LIVE) {
            attributes.put("value", number);
        } else {
            attributes.put("value", Long.parseLong(number));
        }
    }

    /**
     * Rate centre or state as the style writes it: lower case in LIVE style, as every live sample has them
     * ({@code "seattle"}, {@code "wa"}); as stored in SPEC style. Filters compare case-insensitively.
     */
    String place(String value) {
        return style == ResponseStyle.LIVE ? value.toLowerCase(Locale.ROOT) : value;
    }

    /**
     * An account number as a JSON:API resource object. LIVE style ({@code number-details.json}): {@code alias}
     * always present ({@code null} when unset) and the four to-one relationships {@code cnam_preset},
     * {@code e911_address}, {@code failover_route}, {@code primary_route}, each {@code {"data":null}} or
     * {@code {"data":{"id","type"}}}. SPEC style: the spec's relationships, keys without value left out.
     */
    ObjectNode numberResource(SimNumber number) {
        ObjectNode resource = numberResourceWithoutRelationships(number);
        ObjectNode relationships = object();
        if (style == ResponseStyle.LIVE) {
            SimulatorState assigned = assignments;
            putToOne(relationships, "cnam_preset", "cnam",
                    assigned == null ? null : assigned.cnams().recordOf(number.number()).orElse(null));
            putToOne(relationships, "e911_address", "e911",
                    assigned == null ? null : assigned.e911().addressOf(number.number()).orElse(null));
            putToOne(relationships, "failover_route", "route", number.failoverRouteId());
            putToOne(relationships, "primary_route", "route", number.primaryRouteId());
        } else {
            if (number.primaryRouteId() != null) {
                ObjectNode data = relationships.putObject("primary_route").putObject("data");
                data.put("id", number.primaryRouteId());
                data.put("type", "route");
            }
            if (number.failoverRouteId() != null) {
                // the spec types failover_route.data as a plain string (unlike primary_route's {id,type})
                relationships.putObject("failover_route").put("data", number.failoverRouteId());
            }
        }
        // keep the keys in alphabetical order, as the API writes them
        ObjectNode ordered = object();
        ordered.set("attributes", resource.get("attributes"));
        ordered.set("id", resource.get("id"));
        ordered.set("links", resource.get("links"));
        ordered.set("relationships", relationships);
        ordered.set("type", resource.get("type"));
        return ordered;
    }

    /**
     * A JSON:API to-one relationship {@code name: {"data": {"id","type"}}}, or {@code {"data": null}} when
     * {@code id} is {@code null}: the live form of every relationship of a number.
     */
    void putToOne(ObjectNode relationships, String name, String type, String id) {
        ObjectNode relationship = relationships.putObject(name);
        if (id == null) {
            relationship.putNull("data");
        } else {
            ObjectNode data = relationship.putObject("data");
            data.put("id", id);
            data.put("type", type);
        }
    }

    /** The number's attributes, id, self link and type. */
    private ObjectNode numberResourceWithoutRelationships(SimNumber number) {
        ObjectNode resource = object();
        ObjectNode attributes = resource.putObject("attributes");
        if (style == ResponseStyle.LIVE) {
            attributes.put("alias", number.alias());
        } else {
            putIfNotNull(attributes, "alias", number.alias());
        }
        attributes.put("cnam_lookups_enabled", false);
        putNumberAttributes(attributes, number, false);
        return identify(resource, number.number(), "self", numberLink(number.number()), "number");
    }

    static String numberLink(String number) {
        return PUBLIC_BASE + "/v2/numbers/" + number;
    }

    /**
     * The {@code Number} document: the resource plus its routes as {@code included}. LIVE style adds the
     * top-level {@code links.self} and always writes {@code included} ({@code number-details.json},
     * {@code number-purchase.json}).
     */
    ObjectNode numberDocument(SimNumber number, List<SimRoute> includedRoutes) {
        ObjectNode doc = document(numberResource(number));
        if (style == ResponseStyle.LIVE || !includedRoutes.isEmpty()) {
            ArrayNode included = doc.putArray("included");
            includedRoutes.forEach(r -> included.add(route(r)));
        }
        if (style == ResponseStyle.LIVE) {
            doc.putObject("links").put("self", numberLink(number.number()));
        }
        return doc;
    }

    /**
     * An item of the account's number list: in LIVE style a plain resource object without relationships
     * ({@code numbers-list.json}; the official demos read {@code result['data'][0]['id']}); in SPEC style the
     * spec's {@code Number} document {@code {"data":{...}}}.
     */
    ObjectNode numberListItem(SimNumber number) {
        if (style == ResponseStyle.LIVE) {
            return numberResourceWithoutRelationships(number);
        }
        return document(numberResource(number));
    }

    /** An item of {@code PurchasableNumbers}. */
    ObjectNode availableNumber(SimNumber number) {
        ObjectNode item = object();
        ObjectNode attributes = item.putObject("attributes");
        attributes.put("monthly_cost", number.monthlyCost());
        putNumberAttributes(attributes, number, true);
        return identify(item, number.number(), "related", numberLink(number.number()), "number");
    }

    /** An item of {@code AvailableCodes}: an area code or exchange with a link to drill down. */
    ObjectNode code(String id, String type, String relatedPathAndQuery) {
        return identify(object(), id, "related", PUBLIC_BASE + relatedPathAndQuery, type);
    }

    /**
     * A resource's {@code id}, link and {@code type}, after its {@code attributes}: the keys in the API's
     * (alphabetical) order.
     */
    private static ObjectNode identify(ObjectNode resource, String id, String linkName, String link, String type) {
        resource.put("id", id);
        resource.putObject("links").put(linkName, link);
        resource.put("type", type);
        return resource;
    }

    // ---- routes ------------------------------------------------------------------------------------

    /**
     * A route as the spec's {@code IncludedRoutes}. A route without value (the built-in {@code sip-reg}
     * route {@code "0"}) has {@code value: null} in LIVE style ({@code routes-list.json}), {@code ""} in
     * SPEC style.
     */
    ObjectNode route(SimRoute route) {
        ObjectNode item = object();
        ObjectNode attributes = item.putObject("attributes");
        attributes.put("alias", route.alias());
        attributes.put("route_type", route.routeType());
        if (route.value() == null && style == ResponseStyle.SPEC) {
            attributes.put("value", "");
        } else {
            attributes.put("value", route.value());
        }
        return identify(item, route.id(), "self", routeLink(route), "route");
    }

    /**
     * {@code NewRouteResponse}: the created route plus a top-level self link. In LIVE style both self links
     * lack the {@code /v2} prefix, as in the live sample {@code route-create.json} (and the spec's own
     * example): {@code https://api.flowroute.com/routes/98396}.
     */
    ObjectNode newRouteDocument(SimRoute route) {
        ObjectNode doc = object();
        ObjectNode data = route(route);
        String self = createdRouteLink(route);
        ((ObjectNode) data.get("links")).put("self", self);
        doc.set("data", data);
        doc.putObject("links").put("self", self);
        return doc;
    }

    /** The self link of a route creation's answer: without {@code /v2} in LIVE style. */
    String createdRouteLink(SimRoute route) {
        return style == ResponseStyle.LIVE ? PUBLIC_BASE + "/routes/" + route.id() : routeLink(route);
    }

    static String routeLink(SimRoute route) {
        return PUBLIC_BASE + "/v2/routes/" + route.id();
    }

    // ---- messages ----------------------------------------------------------------------------------

    /** {@code MessageSuccess}, the 202 answer to a send. */
    ObjectNode messageSuccess(String id) {
        return document(identify(object(), id, "self", messageLink(id), "message"));
    }

    static String messageLink(String id) {
        return PUBLIC_BASE + "/v2.1/messages/" + id;
    }

    /** The MDR resource object ({@code MDR2.data}). */
    ObjectNode mdrResource(SimMessage message) {
        ObjectNode resource = object();
        ObjectNode a = resource.putObject("attributes");
        putAmountDisplay(a, message.amountNanodollars());
        a.put("amount_nanodollars", message.amountNanodollars());
        a.put("body", message.body());
        ArrayNode receipts = a.putArray("delivery_receipts");
        for (SimMessage.DeliveryReceipt r : message.deliveryReceipts()) {
            ObjectNode receipt = receipts.addObject();
            receipt.put("level", r.level());
            receipt.put("status", r.status());
            putStatusCode(receipt, r.statusCode());
            receipt.put("status_code_description", r.statusCodeDescription());
            receipt.put("timestamp", r.timestamp().toString());
        }
        putMessageAttributes(a, message);
        resource.put("id", message.id());
        putMediaRelationship(resource, message);
        resource.put("type", "message");
        return resource;
    }

    /** What a message resource and its callback share after {@code body}, in the API's (alphabetical) order. */
    private static void putMessageAttributes(ObjectNode a, SimMessage message) {
        a.put("direction", message.direction());
        a.put("from", message.from());
        a.put("is_mms", message.isMms());
        a.put("message_encoding", message.messageEncoding());
        a.put("message_type", message.messageType());
        a.put("status", message.status());
        a.put("timestamp", message.timestamp().toString());
        a.put("to", message.to());
    }

    /** An MMS's {@code relationships.media}: one {@code {"id","type":"media"}} per file. */
    private static void putMediaRelationship(ObjectNode resource, SimMessage message) {
        if (message.isMms()) {
            ArrayNode media = resource.putObject("relationships").putObject("media").putArray("data");
            for (int i = 0; i < message.mediaUrls().size(); i++) {
                media.addObject().put("id", message.mediaId(i)).put("type", "media");
            }
        }
    }

    /** The {@code MDR2} document for one message. */
    ObjectNode mdrDocument(SimMessage message) {
        return document(mdrResource(message));
    }

    /** A single-resource document {@code {"data":{...}}}. */
    private ObjectNode document(ObjectNode resource) {
        ObjectNode doc = object();
        doc.set("data", resource);
        return doc;
    }

    /**
     * An item of {@code MDRSet.data[]}: in LIVE style a plain resource object without links (notes:
     * "MDRSet.data[] items"; {@code mdr-list.json}), in SPEC style an {@code MDR2} document
     * {@code {"data":{...}}}.
     */
    ObjectNode mdrSetItem(SimMessage message) {
        return style == ResponseStyle.LIVE ? mdrResource(message) : mdrDocument(message);
    }

    /** A receipt's code: {@code null} when the carrier gave none (LIVE, {@code mdr-list.json}); SPEC leaves it out. */
    private void putStatusCode(ObjectNode receipt, Integer code) {
        if (code != null) {
            receipt.put("status_code", code);
        } else if (style == ResponseStyle.LIVE) {
            receipt.putNull("status_code");
        }
    }

    /** {@code "$0.0040"} in LIVE style (notes: "MDR amount_display"), {@code 0.004} in SPEC style. */
    private void putAmountDisplay(ObjectNode attributes, long nanodollars) {
        double dollars = nanodollars / 1_000_000_000.0;
        if (style == ResponseStyle.LIVE) {
            attributes.put("amount_display", String.format(Locale.ROOT, "$%.4f", dollars));
        } else {
            attributes.put("amount_display", dollars);
        }
    }

    // ---- callbacks ---------------------------------------------------------------------------------

    /**
     * The revision's {@code Callback} document for a registered URL. {@code api_version} and
     * {@code product} are not documented beyond their names; the simulator reports {@code v2.1} and
     * {@code sms}/{@code mms}/{@code dlr}.
     */
    ObjectNode callbackDocument(CallbackType type, String url) {
        ObjectNode doc = object();
        ObjectNode data = doc.putObject("data");
        ObjectNode attributes = data.putObject("attributes");
        attributes.put("api_version", "v2.1");
        attributes.put("callback_url", url);
        attributes.put("product", type.product());
        data.put("type", "callback");
        return doc;
    }

    /**
     * The body POSTed for an inbound message (notes, "Callbacks"). JSON:API: the message resource, and for
     * an MMS its media as {@code relationships.media} and {@code included}; {@code amount_nanodollars} is a
     * string in LIVE style, as in live webhooks (notes, row "MDR amount_nanodollars"). LEGACY: the flat
     * {@code {"id","from","to","body"}}, plus {@code media_urls} for an MMS.
     *
     * @param media the MMS's files, in the order of {@code message.mediaUrls()}
     */
    ObjectNode inboundCallback(SimMessage message, List<SimMedia> media, CallbackStyle callbackStyle) {
        ObjectNode doc = object();
        if (callbackStyle == CallbackStyle.LEGACY) {
            doc.put("id", message.id());
            doc.put("from", message.from());
            doc.put("to", message.to());
            doc.put("body", message.body());
            if (message.isMms()) {
                ArrayNode urls = doc.putArray("media_urls");
                message.mediaUrls().forEach(urls::add);
            }
            return doc;
        }
        ObjectNode data = doc.putObject("data");
        ObjectNode a = data.putObject("attributes");
        putAmountDisplay(a, message.amountNanodollars());
        if (style == ResponseStyle.LIVE) {
            a.put("amount_nanodollars", Long.toString(message.amountNanodollars()));
        } else {
            a.put("amount_nanodollars", message.amountNanodollars());
        }
        a.put("body", message.body());
        putMessageAttributes(a, message);
        data.put("id", message.id());
        putMediaRelationship(data, message);
        if (message.isMms()) {
            ArrayNode included = doc.putArray("included");
            for (int i = 0; i < message.mediaUrls().size(); i++) {
                ObjectNode item = included.addObject();
                ObjectNode attributes = item.putObject("attributes");
                if (i < media.size()) {
                    attributes.put("file_name", media.get(i).fileName());
                    attributes.put("file_size", media.get(i).size());
                    attributes.put("mime_type", media.get(i).mimeType());
                }
                attributes.put("url", message.mediaUrls().get(i));
                item.put("id", message.mediaId(i));
                item.put("type", "media");
            }
        }
        data.put("type", "message");
        return doc;
    }

    /** The body POSTed for one delivery receipt of a sent message (notes, "Callbacks"). */
    ObjectNode deliveryReceiptCallback(SimMessage message, SimMessage.DeliveryReceipt receipt) {
        ObjectNode doc = object();
        ObjectNode data = doc.putObject("data");
        ObjectNode a = data.putObject("attributes");
        a.put("body", message.body());
        a.put("level", receipt.level());
        a.put("status", receipt.status());
        putStatusCode(a, receipt.statusCode());
        a.put("status_code_description", receipt.statusCodeDescription());
        a.put("timestamp", receipt.timestamp().toString());
        data.put("id", message.id());
        data.putObject("links").put("related", messageLink(message.id()));
        data.put("type", "delivery_receipt");
        return doc;
    }

    // ---- lists -------------------------------------------------------------------------------------

    /** A list document {@code {"data":[...],"links":{...}}}. */
    /** The list document of the page {@code paging} takes from {@code all}, each item as {@code item} renders it. */
    <T> ObjectNode page(ApiRequest request, Paging paging, List<T> all, Function<? super T, ObjectNode> item) {
        return list(paging.slice(all).stream().map(item).toList(), paging.links(request, all.size()));
    }

    ObjectNode list(List<ObjectNode> items, Map<String, String> links) {
        ObjectNode doc = object();
        ArrayNode data = doc.putArray("data");
        items.forEach(data::add);
        ObjectNode l = doc.putObject("links");
        links.forEach(l::put);
        return doc;
    }

    private static void putIfNotNull(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }
}
