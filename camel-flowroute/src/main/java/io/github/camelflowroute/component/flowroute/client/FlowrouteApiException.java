package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The API answered with a non-2xx status. Carries the status, the request's method and path (without query),
 * and the parsed {@code errors[]}; never the request body or credentials.
 */
public class FlowrouteApiException extends FlowrouteException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String method;
    private final String path;
    private final transient List<ApiError> errors;
    private final Duration retryAfter;

    public FlowrouteApiException(int statusCode, String method, String path, List<ApiError> errors) {
        this(statusCode, method, path, errors, null);
    }

    public FlowrouteApiException(int statusCode, String method, String path, List<ApiError> errors,
            Duration retryAfter) {
        super(describe(statusCode, method, path, errors));
        this.statusCode = statusCode;
        this.method = method;
        this.path = path;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    /** How long the API asked to wait (its Retry-After header), or {@code null}. */
    public Duration getRetryAfter() {
        return retryAfter;
    }

    private static String describe(int statusCode, String method, String path, List<ApiError> errors) {
        String base = "Flowroute API " + method + " " + path + " answered " + statusCode;
        if (errors.isEmpty()) {
            return base;
        }
        return base + ": " + errors.stream()
                .map(FlowrouteApiException::describe)
                .collect(Collectors.joining("; "));
    }

    private static String describe(ApiError e) {
        if (e.detailObject() != null) {
            // a structured detail may echo what was sent: the message names its fields, getErrors() has it whole
            return nullToEmpty(e.title()) + " (details of " + String.join(", ", e.detailObject().keySet()) + ")";
        }
        return e.detail() != null ? nullToEmpty(e.title()) + " (" + e.detail() + ")" : nullToEmpty(e.title());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public int getStatusCode() {
        return statusCode;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    public List<ApiError> getErrors() {
        return errors;
    }

    /** 401: the access key or secret key was refused. */
    public boolean isUnauthorized() {
        return statusCode == 401;
    }

    /** 403: the account may not do this (for example, send from a number it does not own). */
    public boolean isForbidden() {
        return statusCode == 403;
    }

    /** 404: the number, message or route does not exist. */
    public boolean isNotFound() {
        return statusCode == 404;
    }

    /** 422: the API refused a value. */
    public boolean isUnprocessable() {
        return statusCode == 422;
    }

    /** 429: over the rate limit. */
    public boolean isRateLimited() {
        return statusCode == 429;
    }

    /** 5xx: trouble on Flowroute's side. */
    public boolean isServerError() {
        return statusCode >= 500;
    }
}
