package io.github.camelflowroute.component.flowroute;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A raw TCP server on a free loopback port, for the tests' hand-made HTTP peers: each accepted connection is served
 * on a daemon thread of its own by the handler picked when it was accepted. Closing the server closes every socket
 * it accepted, which ends any handler still reading or writing.
 */
final class LoopbackServer implements AutoCloseable {

    /** Serves one accepted connection; the socket is closed when it returns. */
    @FunctionalInterface
    interface Handler {
        void serve(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Supplier<Handler> handlers;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;

    /** Listens with this accept {@code backlog}; {@code handlers} gives the handler of each connection. */
    LoopbackServer(String threadName, int backlog, Supplier<Handler> handlers) throws IOException {
        this.server = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
        this.handlers = handlers;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::acceptLoop);
    }

    /** The base URL of an HTTP client for this server. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() {
        closeQuietly(server);
        sockets.forEach(LoopbackServer::closeQuietly);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket socket;
            try {
                socket = server.accept();
            } catch (IOException closedServer) {
                return;
            }
            sockets.add(socket);
            Handler handler = handlers.get();
            threads.execute(() -> {
                try (socket) {
                    handler.serve(socket);
                } catch (IOException | InterruptedException clientWentAway) {
                    // a client closing first is the expected end of most misbehaviours
                } finally {
                    sockets.remove(socket);
                }
            });
        }
    }

    /**
     * Reads a request's head, up to and with the blank line that ends it, as ISO-8859-1 text; {@code null} when the
     * stream ends first.
     */
    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return null;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing on the way out: nothing to do about it
        }
    }
}
