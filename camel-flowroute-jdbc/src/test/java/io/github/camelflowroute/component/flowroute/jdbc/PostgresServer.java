package io.github.camelflowroute.component.flowroute.jdbc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server made from Debian's binaries ({@code /usr/lib/postgresql/<version>/bin}): a fresh
 * cluster in a temporary directory, listening on a free 127.0.0.1 port, its unix socket inside that directory, with
 * trust authentication for the user {@value #USER} (nothing but loopback reaches it). As root it runs as the
 * {@code postgres} OS user, since initdb refuses root. {@link #close()} stops it and removes the directory.
 */
final class PostgresServer implements AutoCloseable {

    static final String USER = "flowroute";

    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
    private static final String INSTALL_HINT = "install Debian's postgresql package (scripts/install-postgresql.sh"
            + " does it: apt-get install postgresql)";
    private static final long COMMAND_TIMEOUT_SECONDS = 90;

    private final Path bin;
    private final Path baseDir;
    private final Path dataDir;
    private final boolean asPostgresUser;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread shutdownHook;
    private Process watchdog;
    private boolean stopped;

    private PostgresServer(Path bin, Path baseDir, boolean asPostgresUser, int port) {
        this.bin = bin;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.asPostgresUser = asPostgresUser;
        this.port = port;
        // a JVM that exits without running the extension's cleanup (a killed build) still stops its server
        this.shutdownHook = new Thread(this::stopQuietly, "postgres-test-server-stop");
    }

    /**
     * Creates and starts a server.
     *
     * @throws IllegalStateException when Debian's PostgreSQL binaries are missing, or the server does not start
     */
    static PostgresServer start() throws IOException, InterruptedException {
        Path bin = findBinaries(DEBIAN_ROOT);
        boolean root = "root".equals(System.getProperty("user.name"));
        Path baseDir = Files.createTempDirectory("flowroute-pg-");
        if (root) {
            Files.setOwner(baseDir, postgresUser());
        }
        try {
            new PostgresServer(bin, baseDir, root, 0).initdb();
        } catch (IllegalStateException | IOException e) {
            deleteTree(baseDir);
            throw e;
        }
        IllegalStateException lastFailure = null;
        // the free port can be taken between our probe and the server's bind: try another
        for (int attempt = 0; attempt < 3; attempt++) {
            PostgresServer server = new PostgresServer(bin, baseDir, root, freePort());
            try {
                server.pgCtlStart();
                Runtime.getRuntime().addShutdownHook(server.shutdownHook);
                server.startWatchdog();
                return server;
            } catch (IllegalStateException e) {
                lastFailure = e;
            }
        }
        deleteTree(baseDir);
        throw lastFailure;
    }

    /** The JDBC URL of a new, empty database on this server. */
    String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + databases.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"));
             Statement create = admin.createStatement()) {
            create.executeUpdate("CREATE DATABASE " + name);
        }
        return jdbcUrl(name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + USER;
    }

    int port() {
        return port;
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it stopped the server
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run("stop", pgCtl("stop", "-m", "fast", "-w", "-t", "30"));
        } catch (Exception e) {
            System.err.println("Could not stop the test PostgreSQL server: " + e.getMessage());
        }
        if (watchdog != null) {
            // its input ends: it finds the server stopped already, removes the directory and exits
            try {
                watchdog.getOutputStream().close();
                watchdog.waitFor(10, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                watchdog.destroy();
            }
        }
        deleteTree(baseDir);
    }

    /**
     * A shell that waits for the end of its standard input, a pipe from this JVM, then stops the server and removes
     * its directory: so that a test JVM killed outright (where no shutdown hook runs) leaves no server behind.
     */
    private void startWatchdog() throws IOException {
        List<String> command = command("sh", "-c",
                "cat >/dev/null; \"$0\" -D \"$1\" stop -m immediate >/dev/null 2>&1; rm -rf \"$2\"",
                bin.resolve("pg_ctl").toString(), dataDir.toString(), baseDir.toString());
        watchdog = new ProcessBuilder(command).directory(baseDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
    }

    private void initdb() throws IOException, InterruptedException {
        // --no-sync: a throwaway cluster does not need to survive a power cut, and initdb is much faster without fsync
        run("initdb", command(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER,
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"));
    }

    private void pgCtlStart() throws IOException, InterruptedException {
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" + baseDir
                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60";
        run("start", pgCtl("start", "-w", "-t", "60", "-l", baseDir.resolve("server.log").toString(),
                "-o", options));
    }

    private List<String> pgCtl(String... args) {
        List<String> all = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
        all.addAll(List.of(args));
        return command(all.toArray(String[]::new));
    }

    private List<String> command(String... args) {
        List<String> all = new ArrayList<>();
        if (asPostgresUser) {
            all.addAll(List.of(runuser(), "-u", "postgres", "--"));
        }
        all.addAll(List.of(args));
        return all;
    }

    /** runuser lives in /usr/sbin, which a build's PATH may lack. */
    private static String runuser() {
        return Stream.of("/usr/sbin/runuser", "/sbin/runuser").filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .orElse("runuser");
    }

    private void run(String step, List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("flowroute-pg-" + step, ".out");
        try {
            Process process = new ProcessBuilder(command).directory(baseDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("PostgreSQL " + step + " did not finish in " + COMMAND_TIMEOUT_SECONDS
                        + " s: " + read(output) + serverLog());
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL " + step + " failed (exit " + process.exitValue() + "): "
                        + read(output) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() {
        Path log = baseDir.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + read(log) : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * The bin directory of the newest PostgreSQL that Debian's package installed under the root.
     *
     * @throws IllegalStateException naming the package to install, when there is none
     */
    static Path findBinaries(Path root) throws IOException {
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(PostgresServer::majorVersion));
            }
        }
        return newest.orElseThrow(() -> new IllegalStateException(
                "The tests of camel-flowroute-jdbc need a PostgreSQL server, but there is no "
                        + root + "/<version>/bin/initdb: " + INSTALL_HINT));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static UserPrincipal postgresUser() throws IOException {
        try {
            return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        } catch (UserPrincipalNotFoundException e) {
            throw new IllegalStateException("Running as root, the test PostgreSQL server runs as the postgres OS user,"
                    + " which does not exist: " + INSTALL_HINT, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove " + root + ": " + e.getMessage());
        }
    }
}
