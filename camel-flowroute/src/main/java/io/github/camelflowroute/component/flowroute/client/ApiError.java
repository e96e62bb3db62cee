package io.github.camelflowroute.component.flowroute.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of the {@code errors} array of a Flowroute error answer.
 *
 * @param id     the error's id, missing on some answers
 * @param status the HTTP status it stands for
 * @param title  a short title
 * @param detail what was wrong
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(
        @JsonProperty("id") String id,
        @JsonProperty("status") Integer status,
        @JsonProperty("title") String title,
        @JsonProperty("detail") String detail) {
}
