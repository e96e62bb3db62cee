package io.github.camelflowroute.component.flowroute.client;

import java.net.URI;
import java.time.Duration;
import java.util.stream.LongStream;

import javax.net.ssl.SSLContext;

import io.github.camelflowroute.component.flowroute.metrics.FlowrouteEvents;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.HttpAsyncClientBuilder;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Builds an {@link HttpFlowrouteClient}. Credentials are required; everything else has a default. */
public final class HttpFlowrouteClientBuilder {

    private String baseUrl = "https://api.flowroute.com";
    private String accessKey;
    private String secretKey;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private Duration connectionRequestTimeout = Duration.ofSeconds(30);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private int maxConnections = 100;
    private Duration connectionMaxIdle = Duration.ofSeconds(4);
    private boolean expectContinue = true;
    private int ioThreadCount;
    private SSLContext sslContext;
    private String proxyHost;
    private int proxyPort;
    private String userAgent = "camel-flowroute";
    private boolean allowInsecureHttp;
    private long maxResponseSize = 10L * 1024 * 1024;
    private int maxRetries = 3;
    private Duration retryDelay = Duration.ofMillis(500);
    private Duration maxRetryDelay = Duration.ofSeconds(10);
    private HttpTransport.RateLimit rateLimit;
    private FlowrouteEvents events = FlowrouteEvents.NONE;

    HttpFlowrouteClientBuilder() {
    }

    /** Where the API lives; {@code https://api.flowroute.com} by default. A trailing slash is ignored. */
    public HttpFlowrouteClientBuilder baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /** The API access key (the Basic user name) and secret key; both required. */
    public HttpFlowrouteClientBuilder credentials(String accessKey, String secretKey) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        return this;
    }

    /** How long opening a connection may take (10 s by default). */
    public HttpFlowrouteClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
        return this;
    }

    /** How long each wait for data from the server may take (30 s by default). */
    public HttpFlowrouteClientBuilder responseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
        return this;
    }

    /**
     * The longest one attempt may take, from sending the request to reading the whole answer (60 s by default;
     * zero for no limit). The response timeout bounds each wait for data; this bounds the whole, so a server that
     * drips its answer cannot hold a call forever. Overdue attempts are looked for every tenth of it (at least every
     * second), so one may run that much longer.
     */
    public HttpFlowrouteClientBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        return this;
    }

    /** How long a request may wait for a pooled connection. */
    public HttpFlowrouteClientBuilder connectionRequestTimeout(Duration connectionRequestTimeout) {
        this.connectionRequestTimeout = connectionRequestTimeout;
        return this;
    }

    /** Connections kept open to the API (there is one route: the API host). */
    public HttpFlowrouteClientBuilder maxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
        return this;
    }

    /**
     * The longest a pooled connection is reused after it fell idle (4 s by default); a server's shorter
     * {@code Keep-Alive: timeout=}, less a second, wins. Set it below the idle timeout of any proxy or load balancer
     * between here and the API that closes idle connections without announcing it: a request written on a connection
     * the server is closing is lost in a way that leaves a send's delivery unknown. Idle connections past it are
     * closed in the background.
     */
    public HttpFlowrouteClientBuilder connectionMaxIdle(Duration connectionMaxIdle) {
        this.connectionMaxIdle = connectionMaxIdle;
        return this;
    }

    /**
     * Whether requests with a body (sends, purchases, new routes) ask {@code Expect: 100-continue}, and write their
     * body only once the server asked for it, whenever the connection they go out on may have been closed by the
     * server (on by default): a new one, one idle for 100 ms or more, and every one until 1,000 answers on reused
     * connections came in without a failed attempt (again for 5 minutes after any failure). A connection that turns
     * out closed before the body provably carried nothing the API could act on, so the call is tried again instead of
     * ending with its delivery unknown. Asking costs one round trip; turn it off only behind a proxy that does not
     * answer 100-continue (the body then goes after {@code waitForContinue}, 3 s, instead).
     */
    public HttpFlowrouteClientBuilder expectContinue(boolean expectContinue) {
        this.expectContinue = expectContinue;
        return this;
    }

    /** I/O threads; 0 means one per available processor. */
    public HttpFlowrouteClientBuilder ioThreadCount(int ioThreadCount) {
        this.ioThreadCount = ioThreadCount;
        return this;
    }

    /** The TLS context of https connections; the JVM's default trust by default. */
    public HttpFlowrouteClientBuilder sslContext(SSLContext sslContext) {
        this.sslContext = sslContext;
        return this;
    }

    /** An HTTP proxy that every request goes through (port 8080 when {@code port} is not positive). */
    public HttpFlowrouteClientBuilder proxy(String host, int port) {
        this.proxyHost = host;
        this.proxyPort = port;
        return this;
    }

    /** The {@code User-Agent} of every request ({@code camel-flowroute} by default). */
    public HttpFlowrouteClientBuilder userAgent(String userAgent) {
        this.userAgent = userAgent;
        return this;
    }

    /** Allows a plain {@code http://} base URL on a host other than loopback. Off by default. */
    public HttpFlowrouteClientBuilder allowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
        return this;
    }

    /** The largest answer body read, in bytes; a larger one fails the call. 10 MiB by default. */
    public HttpFlowrouteClientBuilder maxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
        return this;
    }

    /**
     * Retries of a failed call (3 by default, 0 for none), waiting {@code delay} doubled per attempt up to
     * {@code maxDelay}, with jitter. See the class comment of the retry policy for what is retried.
     */
    public HttpFlowrouteClientBuilder retries(int maxRetries, Duration delay, Duration maxDelay) {
        this.maxRetries = maxRetries;
        this.retryDelay = delay;
        this.maxRetryDelay = maxDelay;
        return this;
    }

    /**
     * Sends wait for their turn under a rate limit: every attempt of a send, retries of a 429 included, asks the
     * limiter first, and a 429 is tried again (not failed) as long as the send has waited less than {@code maxWait} in
     * all. Off by default.
     *
     * @param limiter      the limiter, shared by every client that sends with the same access key
     * @param smsPerSecond the SMS per second the API allows the key (5)
     * @param mmsPerSecond the MMS per second the API allows the key (1)
     * @param maxWait      the longest a send may wait for turns in all; after that it fails with
     *                     {@link FlowrouteRateLimitException}, not sent
     */
    public HttpFlowrouteClientBuilder rateLimit(SendRateLimiter limiter, int smsPerSecond, int mmsPerSecond,
            Duration maxWait) {
        this.rateLimit =
                limiter == null ? null : new HttpTransport.RateLimit(limiter, smsPerSecond, mmsPerSecond, maxWait);
        return this;
    }

    /**
     * Where the client reports its calls' answers, retries, waits for a turn and outcomes, per operation: a
     * {@link io.github.camelflowroute.component.flowroute.metrics.FlowrouteMetrics} counts them. Reports nowhere by
     * default.
     */
    public HttpFlowrouteClientBuilder events(FlowrouteEvents events) {
        this.events = events == null ? FlowrouteEvents.NONE : events;
        return this;
    }

    /**
     * Checks the settings as {@link #build()} does, without building anything: a configuration can be refused when it
     * is made rather than when its client is first needed.
     *
     * @throws FlowrouteValidationException naming the first setting that is wrong
     */
    public HttpFlowrouteClientBuilder validate() {
        checkedSettings();
        return this;
    }

    /** Builds and starts the client. */
    public HttpFlowrouteClient build() {
        String base = checkedSettings();
        PoolingAsyncClientConnectionManager connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(responseTimeout))
                        .build())
                // Flowroute speaks HTTP/1.1; skipping ALPN negotiation keeps connection set-up cheap
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                .setTlsStrategy(ClientTlsStrategyBuilder.create()
                        .setSslContext(sslContext != null ? sslContext : HttpFlowrouteClient.defaultSslContext())
                        .buildAsync())
                .build();
        ExpectContinuePolicy expectPolicy = expectContinue ? new ExpectContinuePolicy() : null;
        HttpAsyncClientBuilder http = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(
                                ioThreadCount > 0 ? ioThreadCount : Runtime.getRuntime().availableProcessors())
                        .setSoTimeout(Timeout.of(responseTimeout))
                        .setSelectInterval(selectInterval())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(connectionRequestTimeout))
                        // asked per request by the policy below, on the connection the request goes out on
                        .setExpectContinueEnabled(false)
                        .build())
                // HttpCore's default reads header lines of any length: a server must not be able to fill the heap
                .setHttp1Config(Http1Config.custom().setMaxLineLength(8 * 1024).setMaxHeaderCount(100).build())
                .setUserAgent(userAgent)
                // a connection is dropped before the server may close it; idle ones are closed in the background
                .setKeepAliveStrategy(new KeepAliveLimit(connectionMaxIdle))
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofMilliseconds(connectionMaxIdle.toMillis()))
                .addRequestInterceptorLast(HttpTransport.MARK_WRITING)
                // retries are a decision of the component (a send must never go out twice), not of the transport
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement();
        if (expectPolicy != null) {
            // before MARK_WRITING, which reads the Expect header it may add
            http.addRequestInterceptorFirst(expectPolicy).addResponseInterceptorLast(expectPolicy);
        }
        if (proxyHost != null && !proxyHost.isBlank()) {
            http.setProxy(new HttpHost(proxyHost, proxyPort > 0 ? proxyPort : 8080));
        }
        JsonApiCodec codec = new JsonApiCodec();
        HttpTransport transport = new HttpTransport(URI.create(base), accessKey, secretKey, http.build(),
                new RetryPolicy(maxRetries, retryDelay, maxRetryDelay), maxResponseSize, requestTimeout, codec,
                rateLimit, events, expectPolicy);
        return new HttpFlowrouteClient(base, codec, transport);
    }

    /**
     * How often the I/O threads look at timeouts: they notice one only then, so a timeout of 400 ms with the default
     * second fires up to a second late. A tenth of the shortest timeout, between 10 ms and that default.
     */
    private TimeValue selectInterval() {
        long shortest = LongStream.of(connectTimeout.toMillis(), responseTimeout.toMillis())
                .filter(t -> t > 0).min().orElse(10_000);
        return TimeValue.ofMilliseconds(Math.max(10, Math.min(1000, shortest / 10)));
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return "localhost".equalsIgnoreCase(h) || h.startsWith("127.") || "::1".equals(h)
                || "0:0:0:0:0:0:0:1".equals(h);
    }

    /** The checks of every setting; returns the base URL without trailing slashes. */
    private String checkedSettings() {
        String base = checkedBaseUrl();
        ApiInputs.required("accessKey", accessKey);
        ApiInputs.required("secretKey", secretKey);
        if (maxConnections < 1) {
            throw new FlowrouteValidationException("maxConnections", "must be at least 1");
        }
        if (ioThreadCount < 0) {
            throw new FlowrouteValidationException("ioThreadCount", "must not be negative");
        }
        if (maxRetries < 0) {
            throw new FlowrouteValidationException("maxRetries", "must not be negative");
        }
        if (maxResponseSize < 1) {
            throw new FlowrouteValidationException("maxResponseSize", "must be at least 1");
        }
        if (connectionMaxIdle == null || connectionMaxIdle.isNegative() || connectionMaxIdle.isZero()) {
            throw new FlowrouteValidationException("connectionMaxIdle", "must be positive");
        }
        if (requestTimeout == null || requestTimeout.isNegative()) {
            throw new FlowrouteValidationException("requestTimeout", "must be zero (no limit) or positive");
        }
        if (rateLimit != null) {
            if (rateLimit.smsPerSecond() < 1 || rateLimit.mmsPerSecond() < 1) {
                throw new FlowrouteValidationException(rateLimit.smsPerSecond() < 1 ? "smsPerSecond" : "mmsPerSecond",
                        "must be at least 1");
            }
            if (rateLimit.maxWait() == null || rateLimit.maxWait().isNegative()) {
                throw new FlowrouteValidationException("rateLimitMaxWait", "must not be negative");
            }
        }
        return base;
    }

    private String checkedBaseUrl() {
        String base = ApiInputs.required("baseUrl", baseUrl);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new FlowrouteValidationException("baseUrl", "not a URL");
        }
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new FlowrouteValidationException("baseUrl", "expected an absolute http or https URL");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new FlowrouteValidationException("baseUrl", "must not carry a query, fragment or user info");
        }
        if ("http".equals(uri.getScheme()) && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            // the credentials travel in every request: only https, or a simulator on this machine
            throw new FlowrouteValidationException("baseUrl",
                    "plain http sends the keys in clear; use https, a loopback address, or allowInsecureHttp=true");
        }
        return base;
    }
}
