package io.github.camelflowroute.component.flowroute.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An Error while an answer is decoded (an OutOfMemoryError, say) ends that call, and only that call. */
class HttpTransportErrorTest {

    private HttpServer server;
    private HttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        // one I/O thread: if the Error ended it, nothing else could be answered
        transport = new HttpTransport(base, "key", "secret",
                HttpAsyncClients.custom().setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                        .build(),
                new RetryPolicy(0, Duration.ofMillis(10), Duration.ofMillis(10)), 1024, Duration.ofSeconds(5),
                new JsonApiCodec());
    }

    @AfterEach
    void stop() {
        transport.close();
        server.stop(0);
    }

    @Test
    void anErrorWhileDecodingFailsThatCallWithIt() {
        OutOfMemoryError error = new OutOfMemoryError("simulated");
        CompletableFuture<Object> call = transport.call("GET", "/v2/numbers", "", null, body -> {
            throw error;
        });

        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).hasCause(error);
    }

    @Test
    void theClientStillAnswersAfterAnErrorWhileDecoding() throws Exception {
        CompletableFuture<Object> failing = transport.call("GET", "/v2/numbers", "", null, body -> {
            throw new OutOfMemoryError("simulated");
        });
        assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);

        String next = transport.call("GET", "/v2/numbers", "", null, body -> "answered").get(5, TimeUnit.SECONDS);

        assertThat(next).isEqualTo("answered");
    }
}
