package io.github.camelflowroute.component.flowroute.model;

/** The kinds of inbound voice route Flowroute knows. */
public enum RouteType {
    /** A host name or IP address, optionally with a port. */
    HOST,
    /** A SIP registration of the account. */
    SIP_REG,
    /** A SIP URI. */
    URI,
    /** Forward to another phone number. */
    NUMBER;

    /** The name the API uses ({@code host}, {@code sip-reg}, ...). */
    public String wireName() {
        return ApiNames.lowerCase(this).replace('_', '-');
    }

    /**
     * The type for an API name or an enum name, ignoring case ({@code sip-reg}, {@code SIP_REG}, {@code sipReg}).
     * Camel's own enum conversion of endpoint options also takes {@code sip-reg} for {@code SIP_REG}.
     *
     * @throws IllegalArgumentException when the text names no route type
     */
    public static RouteType fromText(String text) {
        return ApiNames.find(values(), RouteType::wireName, text, "route type");
    }
}
