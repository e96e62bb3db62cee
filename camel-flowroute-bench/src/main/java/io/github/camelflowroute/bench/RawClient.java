package io.github.camelflowroute.bench;

import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The baseline transport: Apache HttpClient 5's async client set up as {@code HttpFlowrouteClientBuilder} sets it up
 * (same pool per route and in total, same I/O thread count, timeouts, HTTP/1.1, no retries, redirects or cookies), so
 * the difference to the component is what the component does around it.
 */
public final class RawClient {

    private RawClient() {
    }

    public static CloseableHttpAsyncClient create(int maxConnections, int ioThreads) {
        Duration connect = Duration.ofSeconds(10);
        Duration response = Duration.ofSeconds(30);
        PoolingAsyncClientConnectionManager connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connect))
                        .setSocketTimeout(Timeout.of(response))
                        .build())
                .setDefaultTlsConfig(TlsConfig.custom().setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1).build())
                .build();
        CloseableHttpAsyncClient http = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(ioThreads > 0 ? ioThreads : Runtime.getRuntime().availableProcessors())
                        .setSoTimeout(Timeout.of(response))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(response))
                        .setConnectionRequestTimeout(Timeout.ofSeconds(30))
                        .build())
                .setUserAgent("raw-httpclient5")
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        http.start();
        return http;
    }
}
