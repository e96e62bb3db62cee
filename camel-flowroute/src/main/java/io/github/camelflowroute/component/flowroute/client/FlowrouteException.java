package io.github.camelflowroute.component.flowroute.client;

/** Base of every error the Flowroute component raises. Its messages never contain credentials. */
public class FlowrouteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FlowrouteException(String message) {
        super(message);
    }

    public FlowrouteException(String message, Throwable cause) {
        super(message, cause);
    }
}
