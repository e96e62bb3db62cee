package io.github.camelflowroute.karaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes camel-karaf's features ({@code org.apache.camel.karaf:apache-camel:VERSION:xml:features}) resolvable from
 * Maven's local repository, where Karaf's resolver finds them: the released ones when Maven resolves them (from the
 * local repository or a remote one), else the camel-karaf source subset beside the project's clone, built and installed
 * by its own script (which needs Maven 3.9). Installing camel-karaf there is safe: it is not this project's artifact.
 */
final class CamelKarafFeatures {

    private CamelKarafFeatures() {
    }

    /**
     * @param maven   a Maven 3.9 installation
     * @param source  the folder holding build-camel-karaf-subset.sh and the source archive
     * @param logFile where the Maven output goes
     * @return how the features were found: "resolved" or "built from source"
     */
    static String ensureResolvable(Path maven, Path localRepository, String version, Path source, Path logFile,
            Duration timeout) throws IOException, InterruptedException {
        String mvn = maven.resolve("bin/mvn").toString();
        String repo = "-Dmaven.repo.local=" + localRepository.toAbsolutePath();
        Files.createDirectories(logFile.getParent());
        int resolved = run(List.of(mvn, "-B", repo, "dependency:get", "-Dtransitive=false",
                "-Dartifact=org.apache.camel.karaf:apache-camel:" + version + ":xml:features"), null, logFile, timeout);
        if (resolved == 0) {
            return "resolved";
        }
        Path script = source.resolve("build-camel-karaf-subset.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(
                    "camel-karaf " + version + "'s features are not resolvable, and there is no "
                            + script + " to build them with (see " + logFile + ")");
        }
        int built = run(List.of("bash", script.toString(), mvn), repo, logFile, timeout);
        if (built != 0) {
            throw new IllegalStateException(script + " failed with " + built + ", see " + logFile);
        }
        return "built from source";
    }

    private static int run(List<String> command, String mavenArgs, Path logFile, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        if (mavenArgs != null) {
            builder.environment().put("MAVEN_ARGS", mavenArgs); // Maven 3.9 adds these to every invocation
        }
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within " + timeout + ", see " + logFile);
        }
        return process.exitValue();
    }
}
