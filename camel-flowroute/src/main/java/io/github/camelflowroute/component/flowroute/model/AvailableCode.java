package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An area code (NPA) or exchange (NPA-NXX) that has numbers for sale.
 *
 * @param code        the digits: 3 for an area code, 6 for an exchange
 * @param type        {@code areacode} or {@code exchange}
 * @param relatedLink the API URL that lists what lies below it
 */
@ApiObject
public record AvailableCode(
        String code,
        String type,
        @JsonProperty("related") String relatedLink) {
}
