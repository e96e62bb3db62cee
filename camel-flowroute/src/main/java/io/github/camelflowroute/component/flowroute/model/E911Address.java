package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An E911 address: where emergency services go for calls from the numbers it is assigned to. As a {@code Map}, a
 * body uses the API's attribute names ({@code first_name}, {@code zip}, ...).
 *
 * @param id                the address id; {@code null} for one still to be created
 * @param label             a name for the address
 * @param firstName         the occupant's first name
 * @param lastName          the occupant's last name
 * @param streetNumber      the house number
 * @param streetName        the street
 * @param addressType       the kind of unit, a word such as {@code Suite} or {@code Apartment}, or {@code null}
 * @param addressTypeNumber the unit's number, or {@code null}
 * @param city              the city
 * @param state             the two-letter state
 * @param country           the country ({@code US})
 * @param zip               the five-digit zip code (or ZIP+4)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ApiObject
public record E911Address(
        String id,
        String label,
        @JsonAlias("firstName") String firstName,
        @JsonAlias("lastName") String lastName,
        @JsonAlias("streetNumber") String streetNumber,
        @JsonAlias("streetName") String streetName,
        @JsonAlias("addressType") String addressType,
        @JsonAlias("addressTypeNumber") String addressTypeNumber,
        String city,
        String state,
        String country,
        @JsonAlias({
                "zip_code", "zipCode" }) String zip) {

    public E911Address withId(String newId) {
        return new E911Address(newId, label, firstName, lastName, streetNumber, streetName, addressType,
                addressTypeNumber, city, state, country, zip);
    }

    @Override
    public String toString() {
        // names and street are personal data: the id and the place only
        return "E911Address[id=" + id + ", label=" + label + ", city=" + city + ", state=" + state + "]";
    }
}
