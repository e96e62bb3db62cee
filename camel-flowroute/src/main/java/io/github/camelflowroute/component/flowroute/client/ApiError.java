package io.github.camelflowroute.component.flowroute.client;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One entry of the {@code errors} array of a Flowroute error answer.
 *
 * @param id           the error's id, missing on some answers
 * @param status       the HTTP status it stands for
 * @param title        a short title
 * @param detail       what was wrong, when the API wrote it as text; for a structured detail, its JSON text
 * @param detailObject the detail when the API wrote it as an object (field names to messages, say), else
 *                     {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(String id, Integer status, String title, String detail, Map<String, Object> detailObject) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An error whose detail is text. */
    public ApiError(String id, Integer status, String title, String detail) {
        this(id, status, title, detail, null);
    }

    /** Binds the API's form: {@code detail} is usually text, sometimes an object; both are kept. */
    @JsonCreator
    @SuppressWarnings("unchecked")
    static ApiError fromJson(@JsonProperty("id") String id, @JsonProperty("status") Integer status,
            @JsonProperty("title") String title, @JsonProperty("detail") JsonNode detail) {
        if (detail == null || detail.isNull()) {
            return new ApiError(id, status, title, null, null);
        }
        if (detail.isValueNode()) {
            return new ApiError(id, status, title, detail.asText(), null);
        }
        Map<String, Object> object = detail.isObject() ? MAPPER.convertValue(detail, Map.class) : null;
        return new ApiError(id, status, title, detail.toString(), object);
    }
}
