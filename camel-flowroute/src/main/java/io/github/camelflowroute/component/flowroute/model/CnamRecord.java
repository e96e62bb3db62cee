package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A caller-ID name (CNAM) record of the account. Flowroute reviews a new record before it can be assigned.
 *
 * @param id               the record id
 * @param value            the name shown to the called party (at most 15 characters)
 * @param isApproved       whether Flowroute approved it
 * @param approvalDatetime when it was approved, as the API wrote it ({@code 2018-04-16 16:20:32.939166+00:00}), or
 *                         {@code null}
 * @param creationDatetime when it was created, as the API wrote it, or {@code null}
 * @param rejectionReason  why it was rejected, or {@code null}/empty
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ApiObject
public record CnamRecord(
        String id,
        String value,
        Boolean isApproved,
        String approvalDatetime,
        String creationDatetime,
        String rejectionReason) {

    public CnamRecord withId(String newId) {
        return new CnamRecord(newId, value, isApproved, approvalDatetime, creationDatetime, rejectionReason);
    }
}
