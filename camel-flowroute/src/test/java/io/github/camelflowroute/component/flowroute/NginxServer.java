package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private nginx from Debian's package ({@code /usr/sbin/nginx}), started on a free port of 127.0.0.1 as a reverse
 * proxy in front of an upstream, with its configuration, pid file and logs in a directory under {@code target/}. The
 * configuration is a template under {@code src/test/resources/nginx}. A missing nginx fails the test: it is installed
 * by {@code scripts/install-nginx.sh}, as CI does.
 */
final class NginxServer implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final String INSTALL_HINT = "Debian's nginx is not installed (no " + BINARY
            + "): run scripts/install-nginx.sh (apt-get install nginx) before the tests";

    private final Process process;
    private final Path dir;
    private final int port;
    private final Thread shutdownHook;

    private NginxServer(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
        // a JVM that exits without closing the test (a killed build) still stops its nginx
        this.shutdownHook = new Thread(process::destroy, "nginx-test-server-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts nginx with a configuration template proxying to {@code upstream} ({@code host:port}).
     *
     * @throws IllegalStateException when nginx is not installed or does not start
     */
    static NginxServer start(String template, String upstream) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(INSTALL_HINT);
        }
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "nginx")), "run-")
                .toAbsolutePath();
        IllegalStateException lastFailure = null;
        // the free port can be taken between our probe and nginx's bind: try another
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            String conf = fill(template(template), Map.of("dir", dir.toString(), "port", Integer.toString(port),
                    "upstream", upstream,
                    // a root master would run its worker as nobody, who cannot write under target/
                    "user", "root".equals(System.getProperty("user.name")) ? "user root;" : ""));
            Path confFile = dir.resolve("nginx.conf");
            Files.writeString(confFile, conf);
            Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", confFile.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
            if (awaitListening(process, port)) {
                return new NginxServer(process, dir, port);
            }
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            lastFailure = new IllegalStateException("nginx did not start; see " + dir.resolve("error.log") + ": "
                    + readQuietly(dir.resolve("error.log")) + readQuietly(dir.resolve("stdout.log")));
        }
        throw lastFailure;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** How many requests nginx logged (one access log line each). */
    long accessLogLines() throws IOException {
        try (var lines = Files.lines(dir.resolve("access.log"))) {
            return lines.count();
        }
    }

    @Override
    public void close() throws InterruptedException {
        // SIGTERM: nginx's fast shutdown; its workers exit with the master
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it stops nginx
        }
    }

    private static boolean awaitListening(Process process, int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return true;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        return false;
    }

    private static String template(String name) throws IOException {
        try (InputStream in = NginxServer.class.getResourceAsStream("/nginx/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no nginx template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace("${" + value.getKey() + "}", value.getValue());
        }
        return result;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
