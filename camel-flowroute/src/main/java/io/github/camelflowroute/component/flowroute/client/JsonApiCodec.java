package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelflowroute.component.flowroute.client.JsonApiWire.ErrorDocument;
import io.github.camelflowroute.component.flowroute.client.JsonApiWire.ListDocument;
import io.github.camelflowroute.component.flowroute.client.JsonApiWire.Resource;
import io.github.camelflowroute.component.flowroute.client.JsonApiWire.SingleDocument;
import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.DeliveryReceipt;
import io.github.camelflowroute.component.flowroute.model.Media;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;

/**
 * Turns model types into request bodies and answers into model types. Readers are built once per type; the
 * mapper ignores unknown fields and accepts the live API's scalar variants (numbers as strings and back).
 */
final class JsonApiCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    private final ObjectReader treeDocument = reader(SingleDocument.class, JsonNode.class);
    private final ObjectReader available = reader(ListDocument.class, AvailableNumber.class);
    private final ObjectReader codes = reader(ListDocument.class, JsonNode.class);
    private final ObjectReader errors = mapper.readerFor(ErrorDocument.class);
    private final Map<Class<?>, ObjectReader> singles = new ConcurrentHashMap<>();
    private final Map<Class<?>, ObjectReader> lists = new ConcurrentHashMap<>();

    private ObjectReader reader(Class<?> document, Class<?> attributes) {
        JavaType type = mapper.getTypeFactory().constructParametricType(document, attributes);
        return mapper.readerFor(type);
    }

    // ---- request bodies -------------------------------------------------------------------------------------

    /**
     * The compact message body of the spec's {@code Message} schema, with {@code is_mms} always explicit. Written
     * member by member into bytes ({@link CompactJson}): the body of every send, at a fraction of the cost of the bean
     * serializer or of a generator.
     */
    byte[] messageBody(OutboundMessage message) {
        CompactJson json = new CompactJson(128 + length(message.body()));
        stringIfPresent(json, "from", message.from());
        stringIfPresent(json, "to", message.to());
        stringIfPresent(json, "body", message.body());
        if (!message.mediaUrls().isEmpty()) {
            json.strings("media_urls", message.mediaUrls());
        }
        json.bool("is_mms", message.multimedia());
        stringIfPresent(json, "dlr_callback", message.dlrCallback());
        return json.end();
    }

    private static void stringIfPresent(CompactJson json, String field, String value) {
        if (value != null && !value.isEmpty()) {
            json.string(field, value);
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    byte[] newRouteBody(Route route) throws JsonProcessingException {
        ObjectNode attributes = mapper.createObjectNode()
                .put("alias", route.alias())
                .put("route_type", route.routeType())
                .put("value", route.value());
        ObjectNode data = mapper.createObjectNode().put("type", "route");
        data.set("attributes", attributes);
        return mapper.writeValueAsBytes(Map.of("data", data));
    }

    byte[] routeReferenceBody(String routeId) throws JsonProcessingException {
        return mapper.writeValueAsBytes(Map.of("data", Map.of("id", routeId, "type", "route")));
    }

    /** The account-level callback body: flat, as the callbacks revision of the spec has it. */
    byte[] callbackBody(String url) throws JsonProcessingException {
        return mapper.writeValueAsBytes(Map.of("callback_url", url));
    }

    /** The per-number callback body: JSON:API attributes. */
    byte[] numberCallbackBody(String url) throws JsonProcessingException {
        return mapper.writeValueAsBytes(Map.of("data", Map.of("attributes", Map.of("callback_url", url))));
    }

    /** A JSON:API document of one resource of {@code type} with the given attributes (a model leaves out its nulls). */
    byte[] resourceBody(String type, Object attributes) throws JsonProcessingException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("attributes", attributes);
        return mapper.writeValueAsBytes(Map.of("data", data));
    }

    /** Any value as JSON. */
    byte[] json(Object value) throws JsonProcessingException {
        return mapper.writeValueAsBytes(value);
    }

    // ---- answers --------------------------------------------------------------------------------------------

    /**
     * The message id ({@code data.id}) and its link ({@code data.links.self}) of a send's answer. Read token by token,
     * skipping everything else: the answer of every send, and binding it to a document cost several times more.
     */
    SendMessageResult sendResult(byte[] body) throws IOException {
        String id = null;
        String self = null;
        try (JsonParser json = mapper.getFactory().createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("send answer is not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                if (json.nextToken() != JsonToken.START_OBJECT || !"data".equals(field)) {
                    json.skipChildren();
                    continue;
                }
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String member = json.currentName();
                    JsonToken value = json.nextToken();
                    if ("id".equals(member) && value.isScalarValue()) {
                        id = json.getValueAsString();
                    } else if ("links".equals(member) && value == JsonToken.START_OBJECT) {
                        self = selfLink(json);
                    } else {
                        json.skipChildren();
                    }
                }
            }
        }
        if (id == null) {
            throw new IOException("send answer holds no message id");
        }
        return new SendMessageResult(id, self);
    }

    /** The {@code self} of a links object the parser is at the start of; leaves it at its end. */
    private static String selfLink(JsonParser json) throws IOException {
        String self = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String link = json.currentName();
            JsonToken value = json.nextToken();
            if ("self".equals(link) && value.isScalarValue()) {
                self = json.getValueAsString();
            } else {
                json.skipChildren();
            }
        }
        return self;
    }

    MessageDetailRecord message(byte[] body) throws IOException {
        return readSingle(body, MessageDetailRecord.class, this::toMessage);
    }

    Page<MessageDetailRecord> messages(byte[] body) throws IOException {
        return readList(body, MessageDetailRecord.class, this::toMessage);
    }

    PhoneNumber number(byte[] body) throws IOException {
        return readSingle(body, PhoneNumber.class, this::toNumber);
    }

    Page<PhoneNumber> numbers(byte[] body) throws IOException {
        return readList(body, PhoneNumber.class, this::toNumber);
    }

    Page<AvailableNumber> availableNumbers(byte[] body) throws IOException {
        ListDocument<AvailableNumber> doc = available.readValue(body);
        return page(doc, r -> attributesOrEmpty(r).withId(r.id));
    }

    Page<AvailableCode> availableCodes(byte[] body) throws IOException {
        ListDocument<JsonNode> doc = codes.readValue(body);
        return page(doc, r -> new AvailableCode(r.id, r.type, r.related()));
    }

    Route route(byte[] body) throws IOException {
        return readSingle(body, Route.class, (r, included) -> toRoute(r));
    }

    Page<Route> routes(byte[] body) throws IOException {
        return readList(body, Route.class, (r, included) -> toRoute(r));
    }

    /**
     * One resource of a model type: its attributes bound to {@code type}, then {@code withId} gives it the
     * resource's id. A resource without attributes gives a model of nulls with the id.
     */
    <A> A single(byte[] body, Class<A> type, BiFunction<A, String, A> withId) throws IOException {
        return readSingle(body, type, (r, included) -> withId(r, type, withId));
    }

    /** A page of resources of a model type, as {@link #single} reads each. */
    <A> Page<A> list(byte[] body, Class<A> type, BiFunction<A, String, A> withId) throws IOException {
        return readList(body, type, (r, included) -> withId(r, type, withId));
    }

    /** Makes a model of one resource and the resources its document includes ({@code null} in a list). */
    @FunctionalInterface
    private interface Assembler<A> {
        A model(Resource<A> resource, List<Resource<JsonNode>> included);
    }

    private <A> A readSingle(byte[] body, Class<A> type, Assembler<A> assembler) throws IOException {
        SingleDocument<A> doc = singleReader(type).readValue(body);
        if (doc.data == null) {
            throw new IOException("answer holds no data");
        }
        return assembler.model(doc.data.unwrap(), doc.included);
    }

    private <A> Page<A> readList(byte[] body, Class<A> type, Assembler<A> assembler) throws IOException {
        ListDocument<A> doc = lists.computeIfAbsent(type, t -> reader(ListDocument.class, t)).readValue(body);
        return page(doc, r -> assembler.model(r.unwrap(), null));
    }

    private ObjectReader singleReader(Class<?> type) {
        return singles.computeIfAbsent(type, t -> reader(SingleDocument.class, t));
    }

    private <A> A withId(Resource<A> r, Class<A> type, BiFunction<A, String, A> withId) {
        A attributes = r.attributes != null ? r.attributes : mapper.convertValue(Map.of(), type);
        return withId.apply(attributes, r.id);
    }

    /** A page of resources whose attributes the API does not document: each as its id and attributes map. */
    <T> Page<T> opaqueList(byte[] body, BiFunction<String, Map<String, Object>, T> toModel) throws IOException {
        ListDocument<JsonNode> doc = codes.readValue(body);
        return page(doc, r -> toModel.apply(r.id, attributesMap(r.attributes)));
    }

    /** Any JSON answer as plain Java values (maps, lists, text, numbers); {@code null} for an empty body. */
    Object plain(byte[] body) throws IOException {
        return body == null || body.length == 0 ? null : mapper.readValue(body, Object.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> attributesMap(JsonNode attributes) {
        return attributes == null || !attributes.isObject() ? Map.of() : mapper.convertValue(attributes, Map.class);
    }

    /** The URL of a callback document. */
    String callbackUrl(byte[] body) throws IOException {
        SingleDocument<JsonNode> doc = treeDocument.readValue(body);
        JsonNode url = doc.data == null || doc.data.attributes == null ? null : doc.data.attributes.get("callback_url");
        return url == null || url.isNull() ? null : url.asText();
    }

    /** An inbound message as a callback posts it: JSON:API (with included media) or the flat legacy body. */
    MessageDetailRecord inboundMessage(byte[] body) throws IOException {
        // JSON:API, the form the API posts today, binds straight from the bytes; a flat body binds to a document
        // without data (its fields are unknown there) and is read again, as a tree, only then
        SingleDocument<MessageDetailRecord> doc = singleReader(MessageDetailRecord.class).readValue(body);
        if (doc != null && doc.data != null) {
            return toMessage(doc.data.unwrap(), doc.included);
        }
        JsonNode tree = mapper.readTree(body);
        if (tree == null || !tree.isObject()) {
            throw new IOException("not a JSON object");
        }
        if (tree.has("data")) {
            throw new IOException("no data");
        }
        // the flat legacy body names an MMS's media by URL only
        MessageDetailRecord flat = mapper.treeToValue(tree, MessageDetailRecord.class);
        List<Media> media = new ArrayList<>();
        tree.path("media_urls").forEach(url -> media.add(new Media(null, null, null, null, url.asText())));
        return media.isEmpty() ? flat : flat.withIdAndMedia(flat.id(), media);
    }

    /** A delivery receipt as a callback posts it: JSON:API or flat. */
    DeliveryReceipt deliveryReceipt(byte[] body) throws IOException {
        JsonNode tree = mapper.readTree(body);
        if (tree == null || !tree.isObject()) {
            throw new IOException("not a JSON object");
        }
        JsonNode data = tree.get("data");
        if (data != null && data.isObject()) {
            DeliveryReceipt receipt = mapper.treeToValue(data.path("attributes"), DeliveryReceipt.class);
            return receipt.withMessageId(data.path("id").isMissingNode() ? null : data.path("id").asText());
        }
        DeliveryReceipt receipt = mapper.treeToValue(tree, DeliveryReceipt.class);
        return receipt.messageId() != null ? receipt
                : receipt.withMessageId(tree.path("id").isMissingNode() ? null : tree.path("id").asText());
    }

    /** The {@code errors[]} of an error answer; empty when the body is not Flowroute's error JSON. */
    List<ApiError> errors(byte[] body) {
        if (body == null || body.length == 0) {
            return List.of();
        }
        try {
            ErrorDocument doc = errors.readValue(body);
            return doc.errors == null ? List.of() : doc.errors;
        } catch (IOException notJson) {
            return List.of();
        }
    }

    // ---- assembly of model types from resources -------------------------------------------------------------

    private static <A, T> Page<T> page(ListDocument<A> doc, Function<Resource<A>, T> toModel) {
        List<T> items = new ArrayList<>(doc.data == null ? 0 : doc.data.size());
        if (doc.data != null) {
            for (Resource<A> r : doc.data) {
                items.add(toModel.apply(r));
            }
        }
        return new Page<>(items, doc.links == null ? null : doc.links.self, doc.links == null ? null : doc.links.next);
    }

    private MessageDetailRecord toMessage(Resource<MessageDetailRecord> r, List<Resource<JsonNode>> included) {
        MessageDetailRecord attributes = r.attributes != null
                ? r.attributes
                : new MessageDetailRecord(null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null);
        List<Media> media = new ArrayList<>();
        for (String id : r.relationshipIds("media")) {
            media.add(includedMedia(id, included));
        }
        return attributes.withIdAndMedia(r.id, media);
    }

    private Media includedMedia(String id, List<Resource<JsonNode>> included) {
        if (included != null) {
            for (Resource<JsonNode> inc : included) {
                if ("media".equals(inc.type) && id.equals(inc.id) && inc.attributes != null) {
                    try {
                        Media m = mapper.treeToValue(inc.attributes, Media.class);
                        return new Media(id, m.fileName(), m.fileSize(), m.mimeType(), m.url());
                    } catch (JsonProcessingException e) {
                        return Media.ofId(id);
                    }
                }
            }
        }
        return Media.ofId(id);
    }

    private PhoneNumber toNumber(Resource<PhoneNumber> r, List<Resource<JsonNode>> included) {
        PhoneNumber attributes = r.attributes != null
                ? r.attributes
                : new PhoneNumber(null, null, null, null, null, null, null, null, null, null);
        List<Route> routes = new ArrayList<>();
        if (included != null) {
            for (Resource<JsonNode> inc : included) {
                if ("route".equals(inc.type) && inc.attributes != null) {
                    try {
                        routes.add(mapper.treeToValue(inc.attributes, Route.class).withId(inc.id));
                    } catch (JsonProcessingException e) {
                        routes.add(new Route(inc.id, null, null, null));
                    }
                }
            }
        }
        return attributes.withResource(
                r.id, r.relationshipId("primary_route"), r.relationshipId("failover_route"), routes);
    }

    private static Route toRoute(Resource<Route> r) {
        return (r.attributes != null ? r.attributes : new Route(null, null, null, null)).withId(r.id);
    }

    private static AvailableNumber attributesOrEmpty(Resource<AvailableNumber> r) {
        return r.attributes != null ? r.attributes : new AvailableNumber(null, null, null, null, null, null);
    }
}
