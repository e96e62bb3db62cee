package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A callback URL registered with Flowroute.
 *
 * @param type   which callback
 * @param number the number it is registered on, or {@code null} for the account
 * @param url    where Flowroute posts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ApiObject
public record Callback(
        CallbackType type,
        String number,
        @JsonProperty("callback_url") String url) {
}
