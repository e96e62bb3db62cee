package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;

/**
 * The cause of an attempt that failed before HttpClient began writing its request to a connection: no byte of it can
 * have reached the API, so the call may be tried again whatever its method.
 */
final class RequestNotWrittenException extends IOException {

    private static final long serialVersionUID = 1L;

    RequestNotWrittenException(Exception cause) {
        super("the request was not written: " + cause, cause);
    }
}
