package io.github.camelflowroute.component.flowroute.client;

/**
 * A call that changes something (a send, a purchase, a new route) failed after the request may have reached
 * Flowroute: a timeout or a reset once it was written. It may have taken effect, so it is not retried; look it up
 * (for a send: {@code listMessages}) before trying again.
 */
public class FlowrouteDeliveryUnknownException extends FlowrouteTransportException {

    private static final long serialVersionUID = 1L;

    public FlowrouteDeliveryUnknownException(String method, String path, String reason, Throwable cause) {
        super(method, path, reason + "; it may have reached Flowroute, so it was not retried", cause);
    }
}
