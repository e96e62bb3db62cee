package io.github.camelflowroute.component.flowroute.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.RequestNotExecutedException;

/**
 * When a failed call is tried again, and after how long. Calls that only read or that set a state (GET, PUT, PATCH,
 * DELETE) retry on connection failures, timeouts, 5xx and 429. Calls that create something (POST: a send, a
 * purchase, a route) retry only when the request provably did not reach the API: it could not connect, HttpClient
 * failed it before writing a byte of it (a pooled connection found closed, say), or the API refused it with 429
 * before processing. The delay grows exponentially with jitter, and a Retry-After answer wins.
 *
 * @param maxRetries the retries after the first attempt
 * @param baseDelay  the wait before the first retry, doubled for each further one
 * @param maxDelay   the longest wait, a Retry-After's included
 */
record RetryPolicy(int maxRetries, Duration baseDelay, Duration maxDelay) {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "PUT", "PATCH", "DELETE");

    /**
     * Attempts that found their pooled connection closed before anything was written, tried again at once and not
     * counted in {@code maxRetries}: a server that closes connections unannounced can make several pooled ones stale
     * at the same moment, which says nothing about the API. Bounded, so a server that closes every connection before
     * reading a request still ends the call.
     */
    static final int MAX_STALE_RETRIES = 10;

    /** The wait before attempt {@code attempt + 1}, or {@code null} when the failure is final. */
    Duration delayAfter(String method, Throwable failure, int attempt) {
        if (attempt > maxRetries || failure instanceof FlowrouteValidationException) {
            return null;
        }
        if (failure instanceof FlowrouteApiException api) {
            if (api.isRateLimited()) {
                return api.getRetryAfter() != null ? min(api.getRetryAfter(), maxDelay) : backoff(attempt);
            }
            return api.isServerError() && IDEMPOTENT.contains(method) ? backoff(attempt) : null;
        }
        if (failure instanceof FlowrouteResponseException) {
            // the API answered, with something unreadable: asking again rarely helps, and a send went through
            return IDEMPOTENT.contains(method) ? backoff(attempt) : null;
        }
        if (failure instanceof FlowrouteTransportException) {
            return notSent(failure) || IDEMPOTENT.contains(method) ? backoff(attempt) : null;
        }
        return null;
    }

    /**
     * Whether the failure happened before the request could be written: no connection was made, or HttpClient gave up
     * on the request before writing it (anywhere in the cause chain, as HttpClient wraps them).
     */
    static boolean notSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestNotWrittenException || t instanceof RequestNotExecutedException
                    || t instanceof ConnectException || t instanceof HttpHostConnectException
                    || t instanceof ConnectTimeoutException || t instanceof ConnectionRequestTimeoutException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the attempt failed on a pooled connection that the server had closed: HttpClient found it closed when it
     * came to execute the request, before writing anything. (A connection that closes before a request's body was
     * asked for is not sent either, but may be a server refusing every connection: that one waits and counts.)
     */
    static boolean staleConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestNotExecutedException) {
                return true;
            }
        }
        return false;
    }

    private Duration backoff(int attempt) {
        long exponential = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        // full jitter between half and all of the delay keeps clients that failed together from retrying together
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
