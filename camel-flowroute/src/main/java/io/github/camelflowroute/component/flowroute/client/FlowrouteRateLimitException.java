package io.github.camelflowroute.component.flowroute.client;

/**
 * A send would have had to wait longer than allowed for its turn under the client-side rate limit; it was not sent.
 */
public class FlowrouteRateLimitException extends FlowrouteException {

    private static final long serialVersionUID = 1L;

    public FlowrouteRateLimitException(String message) {
        super(message);
    }
}
