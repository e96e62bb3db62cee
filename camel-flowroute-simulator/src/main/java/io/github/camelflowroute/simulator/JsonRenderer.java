package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Turns state into the API's JSON documents. The only place that knows about {@link ResponseStyle}: each
 * style switch below corresponds to one row of the notes' "Where live responses differ from the spec"
 * table and to one entry of {@link LiveVariantWhitelist}.
 *
 * <p>Keys whose value would be {@code null} are left out rather than written as {@code null}: the spec
 * declares no field nullable, so a {@code null} would break it in either style.
 */
final class JsonRenderer {

    /** Links always point at the production host, as the live API's do. */
    static final String PUBLIC_BASE = FlowrouteSimulator.LIVE_BASE_URL;

    private final ObjectMapper mapper;
    private final ResponseStyle style;

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

    /**
     * {@code {"errors":[{"id","status","title","detail"}]}}, one entry per detail. In LIVE style a 403 has
     * no {@code id}, as some live 403 answers do (notes, table row "error id").
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
            error.put("title", title(status));
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

    /** A number's 11 digits: a string in LIVE style (notes: "number value"), an integer in SPEC style. */
    private void putNumberValue(ObjectNode attributes, String number) {
        if (style == ResponseStyle.LIVE) {
            attributes.put("value", number);
        } else {
            attributes.put("value", Long.parseLong(number));
        }
    }

    /** An account number as a JSON:API resource object. */
    ObjectNode numberResource(SimNumber number) {
        ObjectNode resource = object();
        ObjectNode attributes = resource.putObject("attributes");
        putIfNotNull(attributes, "alias", number.alias());
        attributes.put("cnam_lookups_enabled", false);
        attributes.put("number_type", number.numberType());
        attributes.put("rate_center", number.rateCenter());
        attributes.put("state", number.state());
        putNumberValue(attributes, number.number());
        resource.put("id", number.number());
        resource.putObject("links").put("self", PUBLIC_BASE + "/v2/numbers/" + number.number());
        ObjectNode relationships = resource.putObject("relationships");
        if (number.primaryRouteId() != null) {
            ObjectNode data = relationships.putObject("primary_route").putObject("data");
            data.put("id", number.primaryRouteId());
            data.put("type", "route");
        }
        if (number.failoverRouteId() != null) {
            // the spec types failover_route.data as a plain string (unlike primary_route's {id,type});
            // the notes document no live variant, so both styles follow the spec here
            relationships.putObject("failover_route").put("data", number.failoverRouteId());
        }
        resource.put("type", "number");
        return resource;
    }

    /** The {@code Number} document: the resource plus its routes as {@code included}. */
    ObjectNode numberDocument(SimNumber number, List<SimRoute> includedRoutes) {
        ObjectNode doc = object();
        doc.set("data", numberResource(number));
        if (!includedRoutes.isEmpty()) {
            ArrayNode included = doc.putArray("included");
            includedRoutes.forEach(r -> included.add(route(r)));
        }
        return doc;
    }

    /**
     * An item of the account's number list. The spec's {@code Numbers.data[]} items are {@code Number}
     * documents ({@code {"data":{...}}}); the notes document no live variant for this list, so both styles
     * use that shape.
     */
    ObjectNode numberListItem(SimNumber number) {
        ObjectNode item = object();
        item.set("data", numberResource(number));
        return item;
    }

    /** An item of {@code PurchasableNumbers}. */
    ObjectNode availableNumber(SimNumber number) {
        ObjectNode item = object();
        ObjectNode attributes = item.putObject("attributes");
        attributes.put("monthly_cost", number.monthlyCost());
        attributes.put("number_type", number.numberType());
        attributes.put("rate_center", number.rateCenter());
        attributes.put("setup_cost", number.setupCost());
        attributes.put("state", number.state());
        putNumberValue(attributes, number.number());
        item.put("id", number.number());
        item.putObject("links").put("related", PUBLIC_BASE + "/v2/numbers/" + number.number());
        item.put("type", "number");
        return item;
    }

    /** An item of {@code AvailableCodes}: an area code or exchange with a link to drill down. */
    ObjectNode code(String id, String type, String relatedPathAndQuery) {
        ObjectNode item = object();
        item.put("id", id);
        item.putObject("links").put("related", PUBLIC_BASE + relatedPathAndQuery);
        item.put("type", type);
        return item;
    }

    // ---- routes ------------------------------------------------------------------------------------

    /** A route as the spec's {@code IncludedRoutes}. */
    ObjectNode route(SimRoute route) {
        ObjectNode item = object();
        ObjectNode attributes = item.putObject("attributes");
        attributes.put("alias", route.alias());
        attributes.put("route_type", route.routeType());
        attributes.put("value", route.value());
        item.put("id", route.id());
        item.putObject("links").put("self", routeLink(route));
        item.put("type", "route");
        return item;
    }

    /** {@code NewRouteResponse}: the created route plus a top-level self link. */
    ObjectNode newRouteDocument(SimRoute route) {
        ObjectNode doc = object();
        doc.set("data", route(route));
        doc.putObject("links").put("self", routeLink(route));
        return doc;
    }

    static String routeLink(SimRoute route) {
        return PUBLIC_BASE + "/v2/routes/" + route.id();
    }

    // ---- messages ----------------------------------------------------------------------------------

    /** {@code MessageSuccess}, the 202 answer to a send. */
    ObjectNode messageSuccess(String id) {
        ObjectNode doc = object();
        ObjectNode data = doc.putObject("data");
        data.put("id", id);
        data.putObject("links").put("self", messageLink(id));
        data.put("type", "message");
        return doc;
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
            receipt.put("status_code", r.statusCode());
            receipt.put("status_code_description", r.statusCodeDescription());
            receipt.put("timestamp", r.timestamp().toString());
        }
        a.put("direction", message.direction());
        a.put("from", message.from());
        a.put("is_mms", message.isMms());
        a.put("message_encoding", message.messageEncoding());
        a.put("message_type", message.messageType());
        a.put("status", message.status());
        a.put("timestamp", message.timestamp().toString());
        a.put("to", message.to());
        resource.put("id", message.id());
        if (message.isMms()) {
            ArrayNode media = resource.putObject("relationships").putObject("media").putArray("data");
            for (int i = 0; i < message.mediaUrls().size(); i++) {
                ObjectNode m = media.addObject();
                m.put("id", message.mediaId(i));
                m.put("type", "media");
            }
        }
        resource.put("type", "message");
        return resource;
    }

    /** The {@code MDR2} document for one message. */
    ObjectNode mdrDocument(SimMessage message) {
        ObjectNode doc = object();
        doc.set("data", mdrResource(message));
        return doc;
    }

    /**
     * An item of {@code MDRSet.data[]}: in LIVE style a plain resource object with a self link (notes:
     * "MDRSet.data[] items"), in SPEC style an {@code MDR2} document {@code {"data":{...}}}.
     */
    ObjectNode mdrSetItem(SimMessage message) {
        if (style == ResponseStyle.LIVE) {
            ObjectNode resource = mdrResource(message);
            // keep the key order alphabetical like the rest of the document
            ObjectNode ordered = object();
            ordered.set("attributes", resource.get("attributes"));
            ordered.set("id", resource.get("id"));
            ordered.putObject("links").put("self", messageLink(message.id()));
            if (resource.has("relationships")) {
                ordered.set("relationships", resource.get("relationships"));
            }
            ordered.set("type", resource.get("type"));
            return ordered;
        }
        return mdrDocument(message);
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
        a.put("direction", message.direction());
        a.put("from", message.from());
        a.put("is_mms", message.isMms());
        a.put("message_encoding", message.messageEncoding());
        a.put("message_type", message.messageType());
        a.put("status", message.status());
        a.put("timestamp", message.timestamp().toString());
        a.put("to", message.to());
        data.put("id", message.id());
        if (message.isMms()) {
            ArrayNode related = data.putObject("relationships").putObject("media").putArray("data");
            ArrayNode included = doc.putArray("included");
            for (int i = 0; i < message.mediaUrls().size(); i++) {
                related.addObject().put("id", message.mediaId(i)).put("type", "media");
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
        a.put("status_code", receipt.statusCode());
        a.put("status_code_description", receipt.statusCodeDescription());
        a.put("timestamp", receipt.timestamp().toString());
        data.put("id", message.id());
        data.putObject("links").put("related", messageLink(message.id()));
        data.put("type", "delivery_receipt");
        return doc;
    }

    // ---- lists -------------------------------------------------------------------------------------

    /** A list document {@code {"data":[...],"links":{...}}}. */
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
