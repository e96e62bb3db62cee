package io.github.camelflowroute.simulator;

import java.util.List;
import java.util.Map;

/**
 * Ends an operation with a Flowroute error answer. Thrown by operations and the pipeline; turned into
 * {@code {"errors":[...]}} by {@link JsonRenderer#errors}.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> details;
    private final transient Map<String, String> headers;

    ApiException(int status, String detail) {
        this(status, List.of(detail), Map.of());
    }

    ApiException(int status, List<String> details, Map<String, String> headers) {
        // no stack trace: these are expected answers, not failures of the simulator
        super(String.join("; ", details), null, false, false);
        this.status = status;
        this.details = List.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, detail);
    }

    /** The 404 of a number the account does not have. */
    static ApiException numberNotOnAccount(String number) {
        return notFound("Number " + number + " is not on this account.");
    }

    static ApiException unprocessable(String detail) {
        return new ApiException(422, detail);
    }

    static ApiException forbidden(String detail) {
        return new ApiException(403, detail);
    }

    int status() {
        return status;
    }

    List<String> details() {
        return details;
    }

    Map<String, String> headers() {
        return headers;
    }
}
