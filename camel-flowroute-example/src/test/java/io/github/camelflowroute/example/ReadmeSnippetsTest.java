package io.github.camelflowroute.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of README.md's "Ways to use it" are the tested examples: each 3-line block appears, line for line,
 * in the file its test runs (the Karaf one is checked by camel-flowroute-karaf's SmokeTestScriptTest).
 */
class ReadmeSnippetsTest {

    private static final Map<String, Path> SOURCES = Map.of(
            "java", Path.of("src/main/java/io/github/camelflowroute/example/NotifyRoute.java"),
            "yaml", Path.of("src/main/resources/dsl/notify.yaml"),
            "xml", Path.of("src/main/resources/dsl/notify.xml"),
            "properties",
            Path.of("../camel-flowroute-spring-boot-example/src/main/resources/application-live.properties"));

    @Test
    void eachWayHasAThreeLineSnippetTakenFromItsTestedExample() throws IOException {
        List<Snippet> snippets = snippets();

        assertThat(snippets).extracting(Snippet::language)
                .containsExactly("java", "yaml", "xml", "properties", "text");
        for (Snippet s : snippets) {
            assertThat(s.lines()).as("%s snippet", s.language()).hasSize(3);
            Path source = SOURCES.get(s.language());
            if (source == null) {
                continue;
            }
            List<String> code = stripped(Files.readAllLines(source, StandardCharsets.UTF_8));
            List<String> wanted = stripped(s.lines()).stream().filter(l -> !l.startsWith("# ")).toList();
            assertThat(Collections.indexOfSubList(code, wanted))
                    .as("the %s snippet %s appears in %s", s.language(), wanted, source).isNotNegative();
        }
    }

    record Snippet(String language, List<String> lines) {
    }

    private static List<Snippet> snippets() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Ways to use it");
        assertThat(start).as("README.md has a 'Ways to use it' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        List<Snippet> snippets = new ArrayList<>();
        String language = null;
        List<String> lines = null;
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("```") && language == null) {
                language = line.substring(3).strip();
                lines = new ArrayList<>();
            } else if (line.startsWith("```")) {
                snippets.add(new Snippet(language, lines));
                language = null;
            } else if (language != null) {
                lines.add(line);
            }
        }
        return snippets;
    }

    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::strip).toList();
    }
}
