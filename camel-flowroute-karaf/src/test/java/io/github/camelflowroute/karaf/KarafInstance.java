package io.github.camelflowroute.karaf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway Apache Karaf under target/: a fresh copy of the unpacked distribution, configured to listen on
 * 127.0.0.1 only (SSH and JMX on free ports), with a console user, and with Maven resolution that reads this build's
 * staged repository first and Maven's local repository next. Started as {@code bin/karaf server}, a child process
 * that {@link #stop()} ends, forcibly if it must, also when the test JVM exits.
 */
final class KarafInstance implements AutoCloseable {

    static final String USER = "karaf";
    static final String PASSWORD = "karaf";

    final Path home;
    final int sshPort;
    private Process process;
    private Thread shutdownHook;

    private KarafInstance(Path home, int sshPort) {
        this.home = home;
        this.sshPort = sshPort;
    }

    /**
     * Copies the distribution to {@code home} (deleting what an earlier run left there) and configures it.
     *
     * @param staged          the Maven repository with this build's artifacts, read before any other
     * @param localRepository Maven's local repository (camel-karaf's features, downloads are cached there)
     */
    static KarafInstance create(Path distribution, Path home, Path staged, Path localRepository) throws IOException {
        deleteTree(home);
        copyTree(distribution, home);
        int sshPort = freePort();
        Path etc = home.resolve("etc");
        set(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(sshPort));
        set(etc.resolve("org.apache.karaf.shell.cfg"), "sshHost", "127.0.0.1");
        set(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(freePort()));
        set(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(freePort()));
        // Karaf 4.4 ships with its users commented out
        Files.writeString(etc.resolve("users.properties"), USER + " = " + PASSWORD + ",_g_:admingroup\n"
                + "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n", StandardCharsets.UTF_8);
        // default repositories are read in place, snapshots included, before the remote ones
        Path mvn = etc.resolve("org.ops4j.pax.url.mvn.cfg");
        String config = Files.readString(mvn, StandardCharsets.UTF_8);
        String key = "org.ops4j.pax.url.mvn.defaultRepositories=\\\n";
        if (!config.contains(key)) {
            throw new IllegalStateException("no defaultRepositories in " + mvn);
        }
        config = config.replace(key, key + "    " + staged.toUri() + "@id=camel-flowroute.staged@snapshots, \\\n");
        config += "\norg.ops4j.pax.url.mvn.localRepository=" + localRepository.toAbsolutePath() + "\n";
        Files.writeString(mvn, config, StandardCharsets.UTF_8);
        return new KarafInstance(home, sshPort);
    }

    /** Starts Karaf and waits until its console answers. */
    void start(Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.out").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        environment(builder);
        process = builder.start();
        shutdownHook = new Thread(this::kill, "karaf-it-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + " while starting");
            }
            if (console(Duration.ofSeconds(30), "system:version").exitCode() == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Karaf's console did not answer within " + timeout);
            }
            Thread.sleep(1000);
        }
    }

    /** The answer of {@code bin/client -b}: the commands go through its standard input, as in a pipe. */
    record Answer(int exitCode, String output) {
    }

    /** Runs console commands, one after the other, in one client session. */
    Answer console(Duration timeout, String... commands) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-h", "127.0.0.1",
                "-a", String.valueOf(sshPort), "-u", USER, "-p", PASSWORD, "-b")
                .directory(home.toFile()).redirectErrorStream(true);
        environment(builder);
        Process client = builder.start();
        client.getOutputStream().write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        byte[] output = client.getInputStream().readAllBytes();
        if (!client.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            client.destroyForcibly();
            throw new IllegalStateException("bin/client did not finish " + List.of(commands) + " within " + timeout);
        }
        // strip the console's colours: the assertions read plain text
        String text = new String(output, StandardCharsets.UTF_8).replaceAll("\u001B\\[[;\\d]*m", "");
        return new Answer(client.exitValue(), text);
    }

    /** The environment of Karaf's scripts: this JVM's Java, nothing inherited about another Karaf. */
    void environment(ProcessBuilder builder) {
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("KARAF_HOME"); // Karaf's scripts find their home themselves
        builder.environment().remove("KARAF_BASE");
        builder.environment().remove("KARAF_DATA");
        builder.environment().remove("KARAF_ETC");
    }

    Path log() {
        return home.resolve("data/log/karaf.log");
    }

    /** The last lines of Karaf's log, for failure messages. */
    String logTail(int lines) {
        try {
            if (!Files.exists(log())) {
                return "(no " + log() + ")";
            }
            List<String> all = Files.readAllLines(log(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log() + ": " + e + ")";
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops Karaf with {@code bin/stop}, then forcibly when it is still running after the timeout. */
    void stop(Duration timeout) throws InterruptedException, IOException {
        if (process == null) {
            return;
        }
        if (process.isAlive()) {
            ProcessBuilder stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            environment(stop);
            stop.start().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        kill();
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }

    @Override
    public void close() throws Exception {
        stop(Duration.ofSeconds(30));
    }

    /** Ends Karaf's process and whatever it started. */
    private void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing the line that sets it. */
    private static void set(Path cfg, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + key + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                found = true;
            }
        }
        if (!found) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
