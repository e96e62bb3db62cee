package io.github.camelflowroute.component.flowroute.client;

/** The API answered 2xx, but the body is not Flowroute's JSON (an HTML page of a proxy, say, or truncated JSON). */
public class FlowrouteResponseException extends FlowrouteTransportException {

    private static final long serialVersionUID = 1L;

    public FlowrouteResponseException(String method, String path, String reason, Throwable cause) {
        super(method, path, reason, cause);
    }
}
