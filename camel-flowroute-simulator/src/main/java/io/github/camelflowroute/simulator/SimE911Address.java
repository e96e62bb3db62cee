package io.github.camelflowroute.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An E911 address of the simulated account.
 *
 * @param id         decimal id, as a string (the API writes E911 ids as strings)
 * @param attributes the API's attributes ({@code label}, {@code first_name}, ..., {@code zip}, and
 *                   {@code address_type}/{@code address_type_number} when set), all strings, in
 *                   {@link #ATTRIBUTES} order
 */
public record SimE911Address(String id, Map<String, String> attributes) {

    /** The attributes an address has, in the order the API writes them (alphabetical). */
    public static final List<String> ATTRIBUTES = List.of("address_type", "address_type_number", "city", "country",
            "first_name", "label", "last_name", "state", "street_name", "street_number", "zip");
    /** The attributes an address must have. */
    public static final List<String> REQUIRED = List.of("label", "first_name", "last_name", "street_name",
            "street_number", "city", "state", "country", "zip");

    /** Checks the components; keeps only known, non-null attributes, in {@link #ATTRIBUTES} order. */
    public SimE911Address {
        Objects.requireNonNull(id, "id");
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : ATTRIBUTES) {
            String value = attributes.get(name);
            if (value != null) {
                ordered.put(name, value);
            }
        }
        attributes = Collections.unmodifiableMap(ordered);
    }

    /** An attribute's value, or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    /** A copy with these attributes changed ({@code null} values remove an attribute). */
    public SimE911Address with(Map<String, String> changes) {
        Map<String, String> merged = new LinkedHashMap<>(attributes);
        changes.forEach((k, v) -> {
            if (v == null) {
                merged.remove(k);
            } else {
                merged.put(k, v);
            }
        });
        return new SimE911Address(id, merged);
    }

    /** Whether the address is the same place and person as {@code other} (case-insensitive, ids aside). */
    boolean sameAddressAs(SimE911Address other) {
        for (String name : ATTRIBUTES) {
            String a = attribute(name);
            String b = other.attribute(name);
            if (a == null ? b != null : !a.equalsIgnoreCase(b == null ? "" : b)) {
                return false;
            }
        }
        return true;
    }
}
