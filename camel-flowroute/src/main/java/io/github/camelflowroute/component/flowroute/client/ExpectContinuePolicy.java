package io.github.camelflowroute.component.flowroute.client;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpResponseInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, request by request, whether a request with a body asks {@code Expect: 100-continue}: only when the
 * connection it goes out on may have been closed by the server. There the round trip is the proof that a send that
 * failed was not sent; elsewhere it only costs the round trip. A request asks unless all of these hold:
 * <ul>
 * <li>the connection carried an answer before (a new one has not shown that the server reads requests on it);</li>
 * <li>that answer came less than {@link #RECENT} ago (servers and proxies close connections that stay idle, and a
 * request written as they do is lost);</li>
 * <li>the client trusts reuse: its last {@link #TRUST_AFTER} answers on reused connections came in with no failed
 * attempt between them, and none failed in the last {@link #DISTRUST_FOR}. A server that closes connections after
 * answers without saying so fails attempts on reused connections, so the client never comes to trust it.</li>
 * </ul>
 * It runs on the I/O threads, as HttpClient's request and response interceptors, on the connection being used.
 */
final class ExpectContinuePolicy implements HttpRequestInterceptor, HttpResponseInterceptor {

    /** How long after its last answer a connection counts as busy, not idle. */
    static final long RECENT = TimeUnit.MILLISECONDS.toNanos(100);
    /** The answers on reused connections, with no failure between them, after which reuse is trusted. */
    static final int TRUST_AFTER = 1000;
    /** How long any failed attempt withdraws the trust. */
    static final long DISTRUST_FOR = TimeUnit.MINUTES.toNanos(5);

    private static final Logger LOG = LoggerFactory.getLogger(ExpectContinuePolicy.class);
    private static final String CONTINUE = "100-continue";

    private final LongSupplier clock;
    // when each live connection last had an answer; a connection's details object is the same for all its requests,
    // and a closed connection's entry goes with it
    private final Map<EndpointDetails, long[]> lastAnswer = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicInteger cleanReuses = new AtomicInteger();
    private volatile long lastFailure;

    ExpectContinuePolicy() {
        this(System::nanoTime);
    }

    ExpectContinuePolicy(LongSupplier clock) {
        this.clock = clock;
        this.lastFailure = clock.getAsLong() - DISTRUST_FOR;
    }

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        if (entity != null && entity.getContentLength() != 0 && !request.containsHeader(HttpHeaders.EXPECT)
                && mayBeClosed(HttpCoreContext.cast(context).getEndpointDetails())) {
            request.addHeader(HttpHeaders.EXPECT, CONTINUE);
        }
    }

    @Override
    public void process(HttpResponse response, EntityDetails entity, HttpContext context) {
        EndpointDetails connection = HttpCoreContext.cast(context).getEndpointDetails();
        if (connection == null) {
            return;
        }
        long now = clock.getAsLong();
        lastAnswer.computeIfAbsent(connection, c -> new long[1])[0] = now;
        // the request count includes the one answered: above one, the connection was reused
        if (connection.getRequestCount() > 1 && cleanReuses.get() < TRUST_AFTER
                && cleanReuses.incrementAndGet() == TRUST_AFTER) {
            LOG.debug("{} answers on reused connections without a failed attempt: requests on busy connections stop"
                    + " asking 100-continue once {} ms have passed since the last failure", TRUST_AFTER,
                    TimeUnit.NANOSECONDS.toMillis(DISTRUST_FOR));
        }
    }

    /** An attempt failed on its way to or from the server: reuse is not trusted until it proves itself again. */
    void attemptFailed() {
        lastFailure = clock.getAsLong();
        if (cleanReuses.getAndSet(0) >= TRUST_AFTER) {
            LOG.debug("An attempt failed: requests ask 100-continue on every connection again until reuse proves"
                    + " itself");
        }
    }

    /** Whether a request on this connection could be written to one the server has closed or is closing. */
    private boolean mayBeClosed(EndpointDetails connection) {
        if (connection == null) {
            return true;
        }
        long[] answered = lastAnswer.get(connection);
        if (answered == null) {
            return true;
        }
        long now = clock.getAsLong();
        return now - answered[0] >= RECENT || !trustsReuse(now);
    }

    private boolean trustsReuse(long now) {
        return cleanReuses.get() >= TRUST_AFTER && now - lastFailure >= DISTRUST_FOR;
    }
}
