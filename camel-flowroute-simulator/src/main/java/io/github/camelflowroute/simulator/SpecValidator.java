package io.github.camelflowroute.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks requests and responses against the OpenAPI document on the classpath
 * ({@value #SPEC_RESOURCE}) with swagger-request-validator.
 *
 * <p>The validator is built once per JVM and shared: parsing the document takes a noticeable moment,
 * and the validator holds no per-request state.
 */
final class SpecValidator {

    /** Classpath location of the Flowroute OpenAPI document. */
    static final String SPEC_RESOURCE = "io/github/camelflowroute/simulator/flowroute-openapi.json";

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

    private static volatile OpenApiInteractionValidator shared;

    private final OpenApiInteractionValidator validator;

    private SpecValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    static SpecValidator load() {
        OpenApiInteractionValidator v = shared;
        if (v == null) {
            synchronized (SpecValidator.class) {
                v = shared;
                if (v == null) {
                    v = OpenApiInteractionValidator.createForInlineApiSpecification(readSpec()).build();
                    shared = v;
                }
            }
        }
        return new SpecValidator(v);
    }

    /** The OpenAPI document's text. */
    static String readSpec() {
        try (InputStream in = SpecValidator.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + SPEC_RESOURCE + " is missing");
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

    List<Problem> validateResponse(String method, String path, ApiResponse response) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.status());
        if (response.contentType() != null) {
            builder.withContentType(response.contentType());
        }
        if (response.body().length > 0) {
            builder.withBody(response.bodyText());
        }
        return problems(validator.validateResponse(path, Request.Method.valueOf(method), builder.build()));
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
