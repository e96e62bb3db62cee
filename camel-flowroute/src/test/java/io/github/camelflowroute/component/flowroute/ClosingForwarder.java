package io.github.camelflowroute.component.flowroute;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server on 127.0.0.1 that behaves like a misconfigured proxy: it forwards each request to an upstream, answers it
 * as HTTP/1.1 without {@code Connection: close}, and closes the connection right after the answer. A client that
 * keeps the connection for its next request finds it closed by the time it writes. It can also keep its connections
 * open until told to start closing them, as a proxy whose configuration changes under a running client.
 */
final class ClosingForwarder implements AutoCloseable {

    private static final Set<String> FORWARDED = Set.of("authorization", "content-type", "accept", "user-agent");

    private final LoopbackServer server;
    private final HttpClient upstreamClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String upstream;
    private final AtomicLong answered = new AtomicLong();
    private volatile boolean closing;

    /** A forwarder that closes every connection after its answer. */
    ClosingForwarder(String upstream) throws IOException {
        this(upstream, true);
    }

    /** A forwarder that closes every connection after its answer, or keeps them open until {@link #startClosing}. */
    ClosingForwarder(String upstream, boolean closing) throws IOException {
        this.upstream = upstream;
        this.closing = closing;
        this.server = new LoopbackServer("closing-forwarder", 512, () -> this::serve);
    }

    /** From now on, every connection closes after its next answer. */
    void startClosing() {
        closing = true;
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** Requests forwarded and answered. */
    long answered() {
        return answered.get();
    }

    @Override
    public void close() {
        server.close();
    }

    private void serve(Socket socket) throws IOException, InterruptedException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        while (serveOne(socket, in) && !closing) {
            // kept open for the next request
        }
        // and the connection closes here, unannounced
    }

    /** Answers one request; {@code false} when the client closed the connection instead of sending one. */
    private boolean serveOne(Socket socket, InputStream in) throws IOException, InterruptedException {
        String head = LoopbackServer.readHead(in);
        if (head == null) {
            return false;
        }
        String[] lines = head.split("\r\n");
        String[] requestLine = lines[0].split(" ");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + requestLine[1]));
        long length = 0;
        boolean expectContinue = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("expect")) {
                expectContinue = value.equalsIgnoreCase("100-continue");
            } else if (FORWARDED.contains(name)) {
                request.header(name, value);
            }
        }
        if (expectContinue) {
            // as HTTP/1.1 servers do: ask for the body
            socket.getOutputStream().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        }
        byte[] body = in.readNBytes((int) length);
        request.method(requestLine[0], body.length == 0
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> answer = upstreamClient.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        StringBuilder out = new StringBuilder("HTTP/1.1 ").append(answer.statusCode()).append(" Answer\r\n");
        answer.headers().firstValue("content-type")
                .ifPresent(v -> out.append("Content-Type: ").append(v).append("\r\n"));
        answer.headers().firstValue("retry-after").ifPresent(v -> out.append("Retry-After: ").append(v).append("\r\n"));
        out.append("Content-Length: ").append(answer.body().length).append("\r\n\r\n");
        OutputStream response = socket.getOutputStream();
        response.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        response.write(answer.body());
        response.flush();
        answered.incrementAndGet();
        return true;
    }
}
