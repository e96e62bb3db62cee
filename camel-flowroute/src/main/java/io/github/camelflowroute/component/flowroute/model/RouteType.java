package io.github.camelflowroute.component.flowroute.model;

import java.util.Locale;

/** The kinds of inbound voice route Flowroute knows. */
public enum RouteType {
    /** A host name or IP address, optionally with a port. */
    HOST("host"),
    /** A SIP registration of the account. */
    SIP_REG("sip-reg"),
    /** A SIP URI. */
    URI("uri"),
    /** Forward to another phone number. */
    NUMBER("number");

    private final String wireName;

    RouteType(String wireName) {
        this.wireName = wireName;
    }

    /** The name the API uses. */
    public String wireName() {
        return wireName;
    }

    /**
     * The type for an API name or an enum name, ignoring case ({@code sip-reg}, {@code SIP_REG}, {@code sipReg}).
     * Camel's own enum conversion of endpoint options also takes {@code sip-reg} for {@code SIP_REG}.
     *
     * @throws IllegalArgumentException when the text names no route type
     */
    public static RouteType fromText(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        for (RouteType type : values()) {
            if (type.wireName.replace("-", "").equals(key)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown route type: " + text);
    }
}
