package io.github.camelflowroute.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * A JVM the suite starts (the stub, a client, a receiver): same java, same classpath, its own JVM options; commands on
 * its standard input, protocol lines ({@code READY}, {@code OK}, {@code RESULT {...}}) on its standard output, its
 * standard error in a log file.
 */
final class Child implements AutoCloseable {

    private static final String EOF = "\u0000EOF";

    final String name;
    final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private Child(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    if (line.startsWith("RESULT ") || line.equals("OK") || line.equals("READY")
                            || line.startsWith("STUB READY")) {
                        lines.add(line);
                    } else {
                        // anything else a child prints (the JVM's own last words, for one) goes to its log
                        Files.writeString(log, "[stdout] " + line + "\n", StandardCharsets.UTF_8,
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            lines.add(EOF);
        }, "child-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    static Child start(String name, Path logDir, List<String> prefix, List<String> jvmOptions, Class<?> main,
            List<String> args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(logDir.resolve(name + ".log").toFile()));
        return new Child(name, pb.start(), logDir.resolve(name + ".log"));
    }

    /** Waits for a line starting with the prefix; fails when the process ends first or the time is up. */
    String await(String prefix, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException(name + ": no '" + prefix + "' within " + timeoutSeconds + " s");
            }
            if (line.equals(EOF)) {
                lines.add(EOF);
                throw new IllegalStateException(name + " ended (exit " + exitCode() + ") before '" + prefix + "'");
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    void send(String command) throws IOException {
        stdin.write(command + "\n");
        stdin.flush();
    }

    void command(String command, long timeoutSeconds) throws IOException, InterruptedException {
        send(command);
        await("OK", timeoutSeconds);
    }

    Map<String, Object> result(String command, long timeoutSeconds) throws IOException, InterruptedException {
        send(command);
        String line = await("RESULT ", timeoutSeconds);
        return Probe.JSON.readValue(line.substring("RESULT ".length()), new TypeReference<Map<String, Object>>() {
        });
    }

    /** The exit code, or -1 while it runs. */
    int exitValue() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    private String exitCode() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                try {
                    send("exit");
                } catch (IOException ignored) {
                    // already gone
                }
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroy();
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
