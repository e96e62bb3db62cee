package io.github.camelflowroute.buildtools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComponentDocRendererTest {

    @TempDir
    Path dir;

    private Path json;
    private Path adoc;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @BeforeEach
    void copyFixtures() throws IOException {
        json = dir.resolve("sample.json");
        adoc = dir.resolve("sample-component.adoc");
        Files.writeString(json, resource("/sample-component.json"));
        Files.writeString(adoc, resource("/sample-component.adoc"));
    }

    @Test
    void rendersTheThreeSectionsAndKeepsTheHandWrittenText() throws IOException {
        int status = ComponentDocRenderer.run(new String[] { json.toString(), adoc.toString() }, out);

        String doc = Files.readString(adoc);
        assertThat(status).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("rendered sample-component.adoc");
        assertThat(doc).startsWith("= Sample Component\n:doctitle: Sample\n\nSome text written by hand.\n");
        assertThat(doc).endsWith("== Usage\n\nMore hand-written text.\n");
        assertThat(doc).doesNotContain("stale component options").doesNotContain("old headers");
        assertThat(doc).contains("// component options: START\n// Rendered from the component JSON");
        assertThat(doc).contains("The Sample component supports 2 options");
        assertThat(doc).contains(".Query parameters (4)");
        assertThat(doc).contains("*CamelSampleTags* (producer)");
    }

    @Test
    void aSecondRunFindsTheDocumentUpToDateAndNeitherWritesNorPrints() throws IOException {
        ComponentDocRenderer.run(new String[] { json.toString(), adoc.toString() }, out);
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(adoc, old);
        output.reset();

        int status = ComponentDocRenderer.run(new String[] { json.toString(), adoc.toString() }, out);

        assertThat(status).isZero();
        assertThat(Files.getLastModifiedTime(adoc)).isEqualTo(old);
        assertThat(output.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void checkFailsOnAStaleDocumentWithoutWritingIt() throws IOException {
        String before = Files.readString(adoc);

        int status = ComponentDocRenderer.run(new String[] { "--check", json.toString(), adoc.toString() }, out);

        assertThat(status).isEqualTo(1);
        assertThat(Files.readString(adoc)).isEqualTo(before);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("out of date");
    }

    @Test
    void checkPassesOnARenderedDocument() throws IOException {
        ComponentDocRenderer.run(new String[] { json.toString(), adoc.toString() }, out);

        assertThat(ComponentDocRenderer.run(new String[] { json.toString(), adoc.toString(), "--check" }, out))
                .isZero();
    }

    @Test
    void failsWhenTheDocumentLacksAMarker() throws IOException {
        Files.writeString(adoc, "= Doc\n// component options: START\n// component options: END\n");

        int status = ComponentDocRenderer.run(new String[] { json.toString(), adoc.toString() }, out);

        assertThat(status).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("// endpoint options: START");
    }

    @Test
    void failsWhenTheJsonIsMissing() throws IOException {
        int status =
                ComponentDocRenderer.run(new String[] { dir.resolve("none.json").toString(), adoc.toString() }, out);

        assertThat(status).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("no component JSON");
    }

    @Test
    void failsWhenTheJsonIsNotAComponent() throws IOException {
        Files.writeString(json, "{\"model\": {}}");

        assertThat(ComponentDocRenderer.run(new String[] { json.toString(), adoc.toString() }, out)).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("no \"component\" object");
    }

    @Test
    void reportsAUsageErrorWithoutBothPaths() throws IOException {
        assertThat(ComponentDocRenderer.run(new String[] { json.toString() }, out)).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Usage:");
    }

    @Test
    void mainThrowsInsteadOfExitingWhenItFails() {
        PrintStream console = System.out;
        System.setOut(out); // keep the expected error line out of the build log
        try {
            assertThatThrownBy(
                    () -> ComponentDocRenderer.main(new String[] { "--check", json.toString(), adoc.toString() }))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            System.setOut(console);
        }
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("out of date");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ComponentDocRendererTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
