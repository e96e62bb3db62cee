package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks requests and responses against an OpenAPI document on the classpath with
 * swagger-request-validator: the seed document ({@value #SPEC_RESOURCE}, {@link #load()}) for the
 * operations it defines, and the later revision ({@value #CALLBACKS_SPEC_RESOURCE},
 * {@link #loadCallbacks()}) for the callback-URL operations the seed document lacks.
 *
 * <p>Each validator is built once per JVM and shared: parsing a document takes a noticeable moment,
 * and the validator holds no per-request state.
 */
final class SpecValidator {

    /** Classpath location of the Flowroute OpenAPI document. */
    static final String SPEC_RESOURCE = "io/github/camelflowroute/simulator/flowroute-openapi.json";
    /** Classpath location of the later revision that adds callback URLs, E911 and number release. */
    static final String CALLBACKS_SPEC_RESOURCE =
            "io/github/camelflowroute/simulator/flowroute-openapi-callbacks-e911.json";
    /**
     * The revision's paths the simulator serves. Only they are kept from it: its
     * {@code /v2.1/messages/{callback_type}} would otherwise compete with {@code /v2.1/messages/{id}}
     * for the same requests, and the seed document stays the contract of everything else.
     */
    static final List<String> CALLBACK_PATHS =
            List.of("/v2.1/messages/{callback_type}", "/v2/numbers/{id}/relationships/{callback_type}",
                    // number release (DELETE); its GET and POST stay routed to the seed document
                    "/v2/numbers/{id}");
    /**
     * Classpath location of the project's own fragment for the calls only the SDKs make (alias, edge
     * strategies, E911 at the SDKs' paths, CNAM, CDR exports, porting).
     */
    static final String SDK_CALLS_SPEC_RESOURCE = "io/github/camelflowroute/simulator/flowroute-openapi-sdk-calls.yaml";

    /**
     * Request problems that mean "the request could not be read as this operation expects": answered with
     * 400. All other problems are about a value (wrong type, not in the enum, bad format, missing or
     * unknown body field) and answered with 422, the status Flowroute uses for invalid values.
     */
    private static final Set<String> STRUCTURAL_KEYS = Set.of(
            "validation.request.parameter.query.missing",
            "validation.request.parameter.header.missing",
            "validation.request.parameter.missing",
            "validation.request.body.missing",
            "validation.request.body.unexpected",
            "validation.request.body.schema.invalidJson",
            "validation.request.contentType.invalid",
            "validation.request.contentType.notAllowed",
            "validation.request.path.missing",
            "validation.request.operation.notAllowed");

    /**
     * One problem the validator found.
     *
     * @param key     the validator's message key, e.g. {@code validation.request.parameter.schema.enum}
     * @param message the validator's message
     * @param pointer JSON pointer into the body where known, else empty
     */
    record Problem(String key, String message, String pointer) {
        String describe() {
            return key + ": " + message;
        }
    }

    /**
     * Request bodies are open: the live API ignores attributes it does not know (notes, "Unknown fields";
     * API surface R1, the Python demo's {@code edge_strategy}), so an extra property is no problem for any
     * operation, while a wrong type or a missing required property still is. Responses stay closed, so the
     * simulator's own answers are checked strictly.
     */
    private static final LevelResolver OPEN_REQUESTS = LevelResolver.create()
            .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .build();

    private static final ConcurrentMap<String, OpenApiInteractionValidator> SHARED = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OpenApiInteractionValidator validator;

    private SpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The validator of the seed document. */
    static SpecValidator load() {
        return new SpecValidator(SHARED.computeIfAbsent(SPEC_RESOURCE,
                r -> OpenApiInteractionValidator.createForInlineApiSpecification(readSpec())
                        .withLevelResolver(OPEN_REQUESTS).build()));
    }

    /** The validator of the later revision, reduced to {@link #CALLBACK_PATHS}. */
    static SpecValidator loadCallbacks() {
        return new SpecValidator(SHARED.computeIfAbsent(CALLBACKS_SPEC_RESOURCE,
                r -> OpenApiInteractionValidator.createForInlineApiSpecification(callbackPathsOnly())
                        .withLevelResolver(OPEN_REQUESTS).build()));
    }

    /**
     * The validator of the project's own fragment, open requests like the others (the SDKs send extra
     * attributes, such as {@code id} and {@code links} in an E911 update).
     */
    static SpecValidator loadSdkCalls() {
        return new SpecValidator(SHARED.computeIfAbsent(SDK_CALLS_SPEC_RESOURCE,
                r -> OpenApiInteractionValidator.createForInlineApiSpecification(readResource(r))
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request.body.schema.additionalProperties",
                                        ValidationReport.Level.IGNORE)
                                // API surface, E1: the Node SDK can emit stray query text (&null); SDKs send
                                // filters some calls ignore (PHP's digit searches on CNAMs)
                                .withLevel("validation.request.parameter.query.unexpected",
                                        ValidationReport.Level.IGNORE)
                                .build())
                        .build()));
    }

    /** The OpenAPI document's text. */
    static String readSpec() {
        return readResource(SPEC_RESOURCE);
    }

    /** The revision's text with only {@link #CALLBACK_PATHS} left under {@code paths}. */
    static String callbackPathsOnly() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ObjectNode doc = (ObjectNode) mapper.readTree(readResource(CALLBACKS_SPEC_RESOURCE));
            ((ObjectNode) doc.get("paths")).retain(CALLBACK_PATHS);
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("classpath resource " + CALLBACKS_SPEC_RESOURCE + " is not JSON", e);
        }
    }

    private static String readResource(String resource) {
        try (InputStream in = SpecValidator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isStructural(String key) {
        return STRUCTURAL_KEYS.contains(key);
    }

    List<Problem> validateRequest(ApiRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
        for (Map.Entry<String, List<String>> q : request.query().entrySet()) {
            builder.withQueryParam(q.getKey(), q.getValue());
        }
        if (request.contentType() != null) {
            builder.withContentType(request.contentType());
        }
        if (request.hasBody()) {
            builder.withBody(request.body());
        }
        // Accept is deliberately not passed on: the simulator always answers application/vnd.api+json,
        // and the spec does not say the API refuses other Accept values.
        return problems(validator.validateRequest(builder.build()));
    }

    /**
     * Problems of an answer. A list answer ({@code "data":[...]}) is checked with one item per distinct
     * shape (keys, and JSON types of values, recursively), which finds what checking every item finds: the
     * only value constraints of the response schemas (the type enums, {@code date-time} and {@code uri}
     * formats) are guaranteed when the simulator builds its records, so items of one shape pass or fail
     * alike. That keeps a page of 200 MDRs cheap to check. A problem in an item is reported at its index
     * among the checked items.
     */
    List<Problem> validateResponse(String method, String path, ApiResponse response) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.status());
        if (response.contentType() != null) {
            builder.withContentType(response.contentType());
        }
        if (response.body().length > 0) {
            builder.withBody(oneItemPerShape(response.bodyText()));
        }
        return problems(validator.validateResponse(path, Request.Method.valueOf(method), builder.build()));
    }

    /** The body with its {@code data} list reduced to the first item of each shape; unchanged otherwise. */
    static String oneItemPerShape(String body) {
        if (body.length() < 2 || body.charAt(0) != '{') {
            return body;
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return body;
        }
        JsonNode data = doc.get("data");
        if (data == null || !data.isArray() || data.size() < 2) {
            return body;
        }
        Set<String> shapes = new HashSet<>();
        ArrayNode kept = MAPPER.createArrayNode();
        for (JsonNode item : data) {
            StringBuilder shape = new StringBuilder();
            shape(item, shape);
            if (shapes.add(shape.toString())) {
                kept.add(item);
            }
        }
        if (kept.size() == data.size()) {
            return body;
        }
        ((ObjectNode) doc).set("data", kept);
        return doc.toString();
    }

    private static void shape(JsonNode node, StringBuilder into) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                into.append('{');
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    into.append(field.getKey()).append(':');
                    shape(field.getValue(), into);
                    into.append(',');
                }
                into.append('}');
            }
            case ARRAY -> {
                // an array's shape is the set of its items' shapes, so 1 and 2 receipts look alike
                Set<String> items = new TreeSet<>();
                for (JsonNode item : node) {
                    StringBuilder s = new StringBuilder();
                    shape(item, s);
                    items.add(s.toString());
                }
                into.append('[').append(String.join("|", items)).append(']');
            }
            case NUMBER -> into.append(node.isIntegralNumber() ? "int" : "num");
            default -> into.append(node.getNodeType().name());
        }
    }

    private static List<Problem> problems(ValidationReport report) {
        List<Problem> result = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            String pointer = m.getContext()
                    .flatMap(ValidationReport.MessageContext::getPointers)
                    .map(ValidationReport.MessageContext.Pointers::getInstance)
                    .orElse("");
            result.add(new Problem(m.getKey(), m.getMessage(), pointer));
        }
        return result;
    }
}
