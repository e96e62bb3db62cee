package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A misbehaviour to inject into the next matching request(s): an error status with a Flowroute error body,
 * a raw answer (say an HTML page from a proxy), a delay, or a dropped connection, before or after the
 * request took effect. Immutable: each method returns a new rule; rules with equal settings are equal.
 *
 * <pre>{@code
 * sim.faults().enqueue(FaultRule.onPath("POST", "/v2.1/messages").times(2).respond(500));
 * sim.faults().enqueue(FaultRule.any().respondRaw(502, "text/html", "<html>Bad gateway</html>"));
 * sim.faults().enqueue(FaultRule.any().delay(Duration.ofSeconds(5)));      // then normal processing
 * sim.faults().enqueue(FaultRule.any().dropConnection());
 * sim.faults().enqueue(FaultRule.any().dropConnectionAfterProcessing());  // the send IS stored
 * }</pre>
 *
 * <p>A rule applies to {@link #times(int) one} matching request unless told otherwise; {@link FaultPlan}
 * applies rules at random instead. A faulted answer is not checked against the spec (it is deliberately
 * off-contract) and changes no state, except {@link Action#NONE} (a delay, then normal processing) and
 * {@link Action#DROP_AFTER_PROCESSING}, which process the request as usual.
 *
 * @param method      method matched, or {@code null} for any
 * @param path        path matched, or {@code null} for any
 * @param times       how many matching requests the rule applies to
 * @param delay       delay before acting
 * @param action      what the rule does
 * @param status      status answered by {@link Action#STATUS} and {@link Action#RAW}
 * @param contentType content type of a raw answer
 * @param body        raw body, or the error detail of a {@link Action#STATUS} answer
 * @param headers     extra response headers
 */
public record FaultRule(String method, String path, int times, Duration delay, Action action, int status,
        String contentType, String body, Map<String, String> headers) {

    /** What a rule does to a matching request. */
    public enum Action {
        /** Only the delay (if any), then normal processing. */
        NONE,
        /** Answer with a status and a Flowroute error body. */
        STATUS,
        /** Answer with exactly the given status, content type and body. */
        RAW,
        /** Close the connection without answering, before processing: the request has no effect. */
        DROP,
        /**
         * Process the request normally (a send is stored, a number bought), then close the connection without
         * answering: the client cannot tell this from {@link #DROP}, but the request took effect.
         */
        DROP_AFTER_PROCESSING
    }

    /** Checks the settings, whichever method made them. */
    public FaultRule {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1: " + times);
        }
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: " + delay);
        }
        Objects.requireNonNull(action, "action");
        if ((action == Action.STATUS || action == Action.RAW) && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(headers);
    }

    /** A rule for any request. */
    public static FaultRule any() {
        return new FaultRule(null, null, 1, Duration.ZERO, Action.NONE, 0, null, null, Map.of());
    }

    /**
     * A rule for requests with this method and path.
     *
     * @param method HTTP method, any case; {@code "*"} for any
     * @param path   exact request path such as {@code /v2.1/messages}; a path ending in {@code *} matches
     *               every path starting with what precedes the {@code *}, e.g. {@code /v2/numbers*}
     * @return the rule
     */
    public static FaultRule onPath(String method, String path) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        String m = method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
        return new FaultRule(m, path, 1, Duration.ZERO, Action.NONE, 0, null, null, Map.of());
    }

    /** Applies to the next {@code n} matching requests (default 1). */
    public FaultRule times(int n) {
        return new FaultRule(method, path, n, delay, action, status, contentType, body, headers);
    }

    /** Applies to every matching request until {@link FaultInjector#clear()}. */
    public FaultRule always() {
        return times(Integer.MAX_VALUE);
    }

    /** Waits this long before acting (or before normal processing when the rule does nothing else). */
    public FaultRule delay(Duration wait) {
        return new FaultRule(method, path, times, wait, action, status, contentType, body, headers);
    }

    /** Answers with this status and a Flowroute error body {@code {"errors":[{...}]}}. */
    public FaultRule respond(int httpStatus) {
        return respond(httpStatus, "Injected fault");
    }

    /** Answers with this status and a Flowroute error body carrying {@code detail}. */
    public FaultRule respond(int httpStatus, String detail) {
        return new FaultRule(method, path, times, delay, Action.STATUS, httpStatus, null,
                Objects.requireNonNull(detail, "detail"), headers);
    }

    /** Answers with exactly this status, content type and body. */
    public FaultRule respondRaw(int httpStatus, String rawContentType, String rawBody) {
        return new FaultRule(method, path, times, delay, Action.RAW, httpStatus,
                Objects.requireNonNull(rawContentType, "contentType"), rawBody == null ? "" : rawBody, headers);
    }

    /** Closes the connection without sending anything, before the request is processed. */
    public FaultRule dropConnection() {
        return new FaultRule(method, path, times, delay, Action.DROP, 0, null, null, headers);
    }

    /**
     * Processes the request as usual (its effects happen: a send is stored and gets its MDR), then closes the
     * connection without sending the answer, like a reset after the server accepted the request.
     */
    public FaultRule dropConnectionAfterProcessing() {
        return new FaultRule(method, path, times, delay, Action.DROP_AFTER_PROCESSING, 0, null, null, headers);
    }

    /** Adds a response header to a {@code respond}/{@code respondRaw} answer, e.g. {@code Retry-After}. */
    public FaultRule withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new FaultRule(method, path, times, delay, action, status, contentType, body, more);
    }

    boolean matches(String requestMethod, String requestPath) {
        if (method != null && !method.equals(requestMethod)) {
            return false;
        }
        if (path == null) {
            return true;
        }
        if (path.endsWith("*")) {
            return requestPath.startsWith(path.substring(0, path.length() - 1));
        }
        return path.equals(requestPath);
    }

    @Override
    public String toString() {
        return "FaultRule[" + (method == null ? "*" : method) + " " + (path == null ? "*" : path)
                + " x" + (times == Integer.MAX_VALUE ? "always" : times) + ", " + action
                + (status > 0 ? " " + status : "") + (delay.isZero() ? "" : ", delay " + delay) + "]";
    }
}
