package io.github.camelflowroute.component.flowroute.client;

/**
 * The request got no HTTP answer: connection refused or reset, a timeout, a TLS failure, or an answer that could
 * not be read.
 */
public class FlowrouteTransportException extends FlowrouteException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final String reason;

    public FlowrouteTransportException(String method, String path, String reason, Throwable cause) {
        super("Flowroute API " + method + " " + path + " failed: " + reason, cause);
        this.method = method;
        this.path = path;
        this.reason = reason;
    }

    /** What went wrong, without the method and path. */
    public String getReason() {
        return reason;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }
}
