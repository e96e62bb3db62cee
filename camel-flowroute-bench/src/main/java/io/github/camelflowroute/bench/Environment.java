package io.github.camelflowroute.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the report says about where it ran: machine, OS, JVM, the repository's commit, the component jar. */
final class Environment {

    private Environment() {
    }

    static Map<String, Object> describe(Path repository) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpuModel", cpuModel());
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("memory", memory());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vm.vendor") + ")");
        m.put("jvmDefaultGc", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(g -> g.getName()).reduce((a, b) -> a + ", " + b).orElse("?"));
        // a run from a copy of the tree (git archive) names its commit with -Dbench.commit
        String commit = System.getProperty("bench.commit", "");
        m.put("commit", commit.isBlank() ? command(repository, "git", "describe", "--always", "--dirty", "--abbrev=10")
                : commit);
        String date = System.getProperty("bench.commitDate", "");
        m.put("commitDate", date.isBlank() ? command(repository, "git", "log", "-1", "--format=%cI") : date);
        m.put("componentJar", componentJar());
        return m;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return "?";
    }

    /** Which camel-flowroute classes the run used: the reactor's fresh build or a jar from the local repository. */
    private static String componentJar() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.matches(".*camel-flowroute(/target/classes|-\\d[^/]*\\.jar)$")
                    || entry.matches(".*camel-flowroute/target/camel-flowroute-[^/]*\\.jar$")) {
                Path p = Path.of(entry);
                try {
                    return entry + " (" + Files.getLastModifiedTime(p) + ")";
                } catch (IOException e) {
                    return entry;
                }
            }
        }
        return "?";
    }

    private static String command(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "?";
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }
}
