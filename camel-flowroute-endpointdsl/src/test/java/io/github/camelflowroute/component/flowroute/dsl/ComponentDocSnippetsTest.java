package io.github.camelflowroute.component.flowroute.dsl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of the component doc's "Installation", "Health checks", "Endpoint DSL" and "Kamelets" sections are
 * taken from tested examples: each code block appears, line for line, in the test or build file that runs it.
 */
class ComponentDocSnippetsTest {

    private static final Path DOC = Path.of("../camel-flowroute/src/main/docs/flowroute-component.adoc");
    private static final Path PRODUCER_HEALTH_TEST = Path.of(
            "../camel-flowroute/src/test/java/io/github/camelflowroute/component/flowroute/ProducerHealthCheckTest.java");
    private static final Path KAMELET_TESTS =
            Path.of("../camel-flowroute-kamelets/src/test/java/io/github/camelflowroute/kamelets");

    @Test
    void installationGivesTheCoordinatesOfThisBuild() throws IOException {
        List<List<String>> blocks = blocks("Installation");

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0)).containsExactly("<dependency>", "<groupId>io.github.camelflowroute</groupId>",
                "<artifactId>camel-flowroute</artifactId>",
                "<version>" + System.getProperty("flowroute.project.version") + "</version>", "</dependency>");
        assertThat(appearsIn(blocks.get(0).subList(0, 3), Path.of("../camel-flowroute-example/pom.xml")))
                .as("the example depends on those coordinates").isTrue();
    }

    @Test
    void healthSnippetsAreTheCodeOfProducerHealthCheckTest() throws IOException {
        List<List<String>> blocks = blocks("Health checks");

        assertThat(blocks).hasSize(2);
        for (List<String> block : blocks) {
            assertThat(appearsIn(block, PRODUCER_HEALTH_TEST)).as("%s in ProducerHealthCheckTest", block).isTrue();
        }
    }

    @Test
    void endpointDslSnippetsAreTheRoutesOfEndpointDslRoutesTest() throws IOException {
        List<List<String>> blocks = blocks("Endpoint DSL");

        assertThat(blocks).hasSize(3);
        for (List<String> block : blocks) {
            assertThat(appearsIn(block, Path
                    .of("src/test/java/io/github/camelflowroute/component/flowroute/dsl/EndpointDslRoutesTest.java")))
                    .as("%s in EndpointDslRoutesTest", block).isTrue();
        }
    }

    @Test
    void kameletSnippetsAreTheRoutesOfTheKameletTests() throws IOException {
        List<List<String>> blocks = blocks("Kamelets");

        assertThat(blocks).hasSize(3);
        List<Path> tests = List.of(KAMELET_TESTS.resolve("SmsSinkKameletTest.java"),
                KAMELET_TESTS.resolve("SmsSourceKameletTest.java"), KAMELET_TESTS.resolve("MdrSourceKameletTest.java"));
        for (int i = 0; i < blocks.size(); i++) {
            assertThat(appearsIn(blocks.get(i), tests.get(i))).as("%s in %s", blocks.get(i), tests.get(i)).isTrue();
        }
    }

    private static boolean appearsIn(List<String> block, Path file) throws IOException {
        List<String> code = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        return Collections.indexOfSubList(code, block) >= 0;
    }

    /** The code blocks (between ---- lines) of a level-2 section, each line stripped. */
    private static List<List<String>> blocks(String section) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("\n== " + section + "\n");
        assertThat(start).as("the doc has a section %s", section).isNotNegative();
        int end = doc.indexOf("\n== ", start + 1);
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
            if (line.equals("----")) {
                if (current == null) {
                    current = new ArrayList<>();
                } else {
                    blocks.add(current);
                    current = null;
                }
            } else if (current != null) {
                current.add(line.strip());
            }
        }
        return blocks;
    }
}
