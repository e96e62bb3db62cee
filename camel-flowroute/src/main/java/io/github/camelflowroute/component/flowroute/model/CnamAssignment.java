package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to assigning a CNAM record to a number, or removing it: the record now assigned ({@code null} after a
 * removal) and when the change was taken.
 *
 * @param cnamId      the assigned record's id, or {@code null}
 * @param dateCreated when the change was accepted, as the API wrote it (RFC 1123)
 */
@ApiObject
public record CnamAssignment(
        @JsonProperty("id") String cnamId,
        String dateCreated) {

    public CnamAssignment withId(String newId) {
        return new CnamAssignment(newId, dateCreated);
    }
}
