package io.github.camelflowroute.karaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The smoke-test script without a Karaf: it is valid bash, it installs this version's features, the commands it runs
 * are the ones the docs and README show, and it stops at once on what it cannot do unattended. KarafFeaturesIT runs it
 * against a real Karaf.
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
                "feature:repo-add mvn:io.github.camelflowroute/camel-flowroute-karaf/"
                        + System.getProperty("project.version")
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

    @Test
    void refusesToLogInAsAUserThatKarafDoesNotDefine(@TempDir Path karafHome) throws Exception {
        Files.createDirectories(karafHome.resolve("etc"));
        // as Karaf 4.4.8 ships it
        Files.writeString(karafHome.resolve("etc/users.properties"), "#karaf = karaf,_g_:admingroup\n");

        Result r = run("env", "KARAF_HOME=" + karafHome, "bash", SCRIPT.toString(), "--no-example");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.output()).contains("no user karaf in").contains("--add-user");
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
