package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A raw HTTP server on 127.0.0.1 that misbehaves on purpose. Every accepted connection gets the current
 * {@link Behaviour} on a thread of its own. It counts connections, requests read and answer body bytes written, so
 * tests can tell how often the client asked and how much of a huge answer it let through. Closing the server closes
 * every socket it accepted, which ends any behaviour that is still waiting or writing.
 */
final class HostileServer implements AutoCloseable {

    /** What the server does with one accepted connection. */
    @FunctionalInterface
    interface Behaviour {
        void serve(Connection connection) throws IOException, InterruptedException;
    }

    private static final int CHUNK = 64 * 1024;

    private final LoopbackServer server;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bodyBytesWritten = new AtomicLong();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Object idle = new Object();
    private int active;
    private volatile Behaviour behaviour = hangUp();

    HostileServer() {
        try {
            server = new LoopbackServer("hostile-server", 50, this::accepted);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on loopback", e);
        }
    }

    /** The base URL to give the component. */
    String baseUrl() {
        return server.baseUrl();
    }

    /** Sets what the server does with the connections it accepts from now on. */
    void behave(Behaviour next) {
        this.behaviour = next;
    }

    /** Connections accepted so far. */
    int connections() {
        return connections.get();
    }

    /** Requests whose head was read completely so far. */
    int requests() {
        return requests.get();
    }

    /** Answer body bytes the client's side accepted (written into the socket without an error). */
    long bodyBytesWritten() {
        return bodyBytesWritten.get();
    }

    /**
     * Waits until every accepted connection has been handled to its end: for the behaviours that stop when the
     * client closes, this says the client closed them, and the counters are final.
     *
     * @return whether that happened within {@code timeout}
     */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (active > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
            return true;
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.close();
    }

    /** Counts a new connection, which the current behaviour serves. */
    private LoopbackServer.Handler accepted() {
        connections.incrementAndGet();
        synchronized (idle) {
            active++;
        }
        Behaviour current = behaviour;
        return socket -> {
            try {
                current.serve(new Connection(socket));
            } finally {
                synchronized (idle) {
                    active--;
                    idle.notifyAll();
                }
            }
        };
    }

    /** One accepted connection, as the behaviours see it. */
    final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.out = socket.getOutputStream();
        }

        /** Reads one request: the head up to the blank line, then as many body bytes as it declares. */
        byte[] readRequest() throws IOException {
            String head = LoopbackServer.readHead(in);
            if (head == null) {
                throw new SocketException("request ended before its head did");
            }
            requests.incrementAndGet();
            long length = contentLength(head);
            if (length > 0) {
                in.readNBytes((int) length);
            }
            return head.getBytes(StandardCharsets.ISO_8859_1);
        }

        /** Writes the status line and headers (not counted as body). */
        void writeHead(String statusLine, String... headers) throws IOException {
            StringBuilder head = new StringBuilder("HTTP/1.1 ").append(statusLine).append("\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        /** Writes body bytes, counting them once the socket took them. */
        void writeBody(byte[] bytes, int length) throws IOException {
            out.write(bytes, 0, length);
            out.flush();
            bodyBytesWritten.addAndGet(length);
        }

        void writeBody(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            writeBody(bytes, bytes.length);
        }

        /** Writes bytes that are not part of an answer body (chunk framing, garbage). */
        void writeRaw(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }

        /** Waits until the client closes the connection (or the server is closed). */
        void awaitClientClose() throws IOException {
            while (in.read() >= 0) {
                // discard whatever else the client sends
            }
        }

        /** Waits until the server is closed, reading nothing. */
        void hold() throws InterruptedException {
            closed.await();
        }

        void shutdown() throws IOException {
            socket.close();
        }
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                return Long.parseLong(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    // ---- behaviours ---------------------------------------------------------------------------------------------

    /** A complete, well-framed answer. */
    static Behaviour answer(int status, String reason, String contentType, String body) {
        return c -> {
            c.readRequest();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.writeHead(status + " " + reason, "Content-Type: " + contentType, "Content-Length: " + bytes.length,
                    "Connection: close");
            c.writeBody(bytes, bytes.length);
            c.awaitClientClose();
        };
    }

    /** A 200 that declares a longer body than it sends, then closes the connection. */
    static Behaviour shortOfContentLength(int declared, String sent) {
        return c -> {
            c.readRequest();
            c.writeHead("200 OK", "Content-Type: application/vnd.api+json", "Content-Length: " + declared);
            c.writeBody(sent);
            c.shutdown();
        };
    }

    /**
     * A 200 of {@code total} bytes that would be valid JSON, an empty list after a run of whitespace, streamed in
     * chunks of one reused buffer, framed by Content-Length or chunked. It stops when the client closes.
     */
    static Behaviour oversized(long total, boolean chunked) {
        return c -> {
            c.readRequest();
            c.writeHead("200 OK", "Content-Type: application/vnd.api+json",
                    chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + total);
            byte[] tail = "{\"data\":[]}".getBytes(StandardCharsets.US_ASCII);
            byte[] spaces = new byte[CHUNK];
            Arrays.fill(spaces, (byte) ' ');
            long left = total - tail.length;
            while (left > 0) {
                int n = (int) Math.min(CHUNK, left);
                if (chunked) {
                    c.writeRaw((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                c.writeBody(spaces, n);
                if (chunked) {
                    c.writeRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                left -= n;
            }
            if (chunked) {
                c.writeRaw((Integer.toHexString(tail.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            c.writeBody(tail, tail.length);
            if (chunked) {
                c.writeRaw("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            c.awaitClientClose();
        };
    }

    /** Reads the request and never answers. */
    static Behaviour silent() {
        return c -> {
            c.readRequest();
            c.awaitClientClose();
        };
    }

    /** A valid head declaring {@code body}, then the body one byte per {@code interval}. */
    static Behaviour drip(String body, Duration interval) {
        return c -> {
            c.readRequest();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.writeHead("200 OK", "Content-Type: application/vnd.api+json", "Content-Length: " + bytes.length);
            for (byte b : bytes) {
                Thread.sleep(interval.toMillis());
                c.writeBody(new byte[] { b }, 1);
            }
            c.awaitClientClose();
        };
    }

    /** Accepts the connection and never reads the request nor answers. */
    static Behaviour deaf() {
        return Connection::hold;
    }

    /** Reads the request and answers with bytes that are not HTTP, then closes. */
    static Behaviour garbage() {
        return c -> {
            c.readRequest();
            c.writeRaw("SSH-2.0-OpenSSH_9.6\r\n\0\u0001\u00ff\u00fe garbage \u0007\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            c.shutdown();
        };
    }

    /**
     * A status line, then one header line that never ends, up to {@code max} bytes of filler (counted as body bytes
     * written). Not used by {@link HostileServerTest} yet: HttpClient's default line length is unlimited.
     */
    static Behaviour endlessHeader(long max) {
        return c -> {
            c.readRequest();
            // no blank line: the head goes on
            c.writeRaw("HTTP/1.1 200 OK\r\nContent-Type: application/vnd.api+json\r\nX-Padding: "
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] filler = new byte[CHUNK];
            Arrays.fill(filler, (byte) 'a');
            for (long written = 0; written < max; written += CHUNK) {
                c.writeBody(filler, CHUNK);
            }
            c.awaitClientClose();
        };
    }

    /** Sends the request's own head back, credentials included, as if it were the answer; then closes. */
    static Behaviour echo() {
        return c -> {
            c.writeRaw(c.readRequest());
            c.shutdown();
        };
    }

    /**
     * Answers with the request's own header lines, the Authorization line first, as if they were a status line: a
     * malformed answer whose first line is our credentials.
     */
    static Behaviour echoAuthorizationFirst() {
        return c -> {
            String head = new String(c.readRequest(), java.nio.charset.StandardCharsets.ISO_8859_1);
            String authorization = head.lines().filter(l -> l.regionMatches(true, 0, "Authorization:", 0, 14))
                    .findFirst().orElse("");
            c.writeRaw((authorization + "\r\n" + head).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            c.shutdown();
        };
    }

    /** Closes the connection as soon as it is accepted. */
    static Behaviour hangUp() {
        return Connection::shutdown;
    }
}
