package io.github.camelflowroute.component.flowroute.client;

/**
 * An input was refused before any request was sent: a missing or malformed number, id, date, URL or option.
 */
public class FlowrouteValidationException extends FlowrouteException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FlowrouteValidationException(String field, String reason) {
        super("Invalid " + field + ": " + reason);
        this.field = field;
    }

    /** The name of the refused input, as the endpoint option calls it (for example {@code to}). */
    public String getField() {
        return field;
    }
}
