package io.github.camelflowroute.karaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke-test script cannot run here (no Karaf, no camel-karaf), but what can be checked is: it is valid bash,
 * it installs this version's features, and the commands it runs are the ones the docs and README show.
 */
class SmokeTestScriptTest {

    private static final Path SCRIPT = Path.of("src/main/scripts/karaf-smoke-test.sh");

    @Test
    void isValidBash() throws Exception {
        assertThat(run("bash", "-n", SCRIPT.toString()).exitCode()).isZero();
    }

    @Test
    void printsTheCommandsOfThisVersionWithoutAKaraf() throws Exception {
        Result r = run("bash", SCRIPT.toString(), "--print-commands");

        assertThat(r.exitCode()).isZero();
        assertThat(r.lines()).containsExactly(
                "feature:repo-add mvn:io.github.camelflowroute/camel-flowroute-karaf/" + System.getProperty("project.version")
                + "/xml/features",
                "feature:install camel-flowroute",
                "bundle:list -s | grep io.github.camelflowroute.camel-flowroute",
                "feature:install camel-flowroute-example");
    }

    @Test
    void theReadmeAndTheComponentDocsShowTheseCommands() throws Exception {
        List<String> commands = run("bash", SCRIPT.toString(), "--print-commands").lines();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String adoc = Files.readString(Path.of("../camel-flowroute/src/main/docs/flowroute-component.adoc"),
                StandardCharsets.UTF_8);

        assertThat(readme).contains(String.join("\n", commands.subList(0, 3)));
        for (String command : commands) {
            assertThat(adoc).contains(command);
        }
    }

    @Test
    void refusesToRunWithoutKarafHome() throws Exception {
        Result r = run("env", "-u", "KARAF_HOME", "bash", SCRIPT.toString(), "--no-example");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("KARAF_HOME");
    }

    record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }
}
