package io.github.camelflowroute.component.flowroute.internal.binding;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import org.apache.camel.Exchange;

/**
 * Reads a model from the message body: the model itself, a {@code Map} of its fields, or JSON text of an object.
 * Any other body is not a model; the caller decides what it means (for sendMessage: the text).
 */
final class BodyReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private BodyReader() {
    }

    /** The body as the given model type, or {@code null} when the body is not one of the model forms. */
    static <T> T model(Exchange exchange, Class<T> type) {
        Object body = exchange.getMessage().getBody();
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        if (body instanceof Map<?, ?> map) {
            try {
                return MAPPER.convertValue(map, type);
            } catch (IllegalArgumentException e) {
                String reason =
                        e.getCause() instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                throw new FlowrouteValidationException(
                        "body", "the map does not describe a " + type.getSimpleName() + " (" + reason + ")");
            }
        }
        String text = body instanceof String s ? s : null;
        if (text != null && looksLikeJsonObject(text)) {
            try {
                return MAPPER.readValue(text, type);
            } catch (IOException notJson) {
                return null;
            }
        }
        return null;
    }

    private static boolean looksLikeJsonObject(String text) {
        String t = text.strip();
        return t.length() > 1 && t.charAt(0) == '{' && t.charAt(t.length() - 1) == '}';
    }
}
