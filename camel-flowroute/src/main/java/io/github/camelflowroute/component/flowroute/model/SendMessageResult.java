package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What Flowroute answers to an accepted send: the id of the message detail record it created.
 *
 * @param id       the MDR id, {@code mdr2-} followed by 32 hex digits
 * @param selfLink the API URL of the record
 */
@ApiObject
public record SendMessageResult(String id, @JsonProperty("self") String selfLink) {
}
