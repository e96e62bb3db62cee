package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every live sample in {@code src/test/resources/flowroute-live-samples/} (verbatim copies of the
 * project's shared samples), makes the same call on a fresh simulator in the default LIVE style and
 * compares the answer's structure with the sample ({@link JsonShapes}). The calls are data, in
 * {@value #CASES}: a new sample file needs a case there and no code. Cases marked {@code pending} are API
 * families the simulator does not serve yet; {@link #pendingCasesAreExactlyThoseWhoseCallsAreNotAllServed}
 * keeps that mark true.
 */
class LiveSampleConformanceTest {

    static final String CASES = "live-conformance/cases.json";
    static final String SAMPLES = "flowroute-live-samples";

    static List<JsonNode> cases() {
        List<JsonNode> cases = new ArrayList<>();
        WireSteps.fixture(CASES).path("cases").forEach(cases::add);
        return cases;
    }

    static boolean pending(JsonNode c) {
        return c.hasNonNull("pending");
    }

    @TestFactory
    Stream<DynamicTest> answerHasTheStructureOfTheLiveSample() {
        return cases().stream().filter(c -> !pending(c)).map(c -> DynamicTest.dynamicTest(
                c.path("sample").asText(), () -> checkCase(c)));
    }

    private static void checkCase(JsonNode c) {
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
            WireSteps wire = new WireSteps(sim);
            wire.runAll(c.path("steps"));
            WireSteps.Answer answer = wire.run(c.path("request"));
            String sample = sample(c.path("sample").asText());
            if ("csv".equals(c.path("format").asText())) {
                assertThat(answer.body().lines().findFirst()).as("CSV header row")
                        .isEqualTo(sample.lines().findFirst());
            } else {
                assertThat(JsonShapes.differences(WireSteps.readTree(sample), answer.json()).stream()
                        .filter(d -> !notCompared(c, d)).toList())
                        .as("differences from " + c.path("sample").asText() + " in " + answer.body()).isEmpty();
            }
            assertThat(sim.responseViolations()).isEmpty();
        }
    }

    /**
     * Whether a difference is at a path the case lists under {@code not_compared} (its {@code note} says
     * why); {@code [*]} stands for any list index.
     */
    private static boolean notCompared(JsonNode c, String difference) {
        String path = difference.substring(0, difference.indexOf(':')).replaceAll("\\[\\d+]", "[*]");
        for (JsonNode excluded : c.path("not_compared")) {
            if (path.equals(excluded.asText()) || path.startsWith(excluded.asText() + ".")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everySampleFileHasExactlyOneCase() {
        List<String> named = cases().stream().map(c -> c.path("sample").asText()).toList();

        assertThat(named).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(named)).isEqualTo(sampleFiles());
    }

    @Test
    void pendingCasesAreExactlyThoseWhoseCallsAreNotAllServed() {
        Set<String> pending = new TreeSet<>();
        Set<String> notServed = new TreeSet<>();
        try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build()) {
            for (JsonNode c : cases()) {
                String name = c.path("sample").asText();
                if (pending(c)) {
                    pending.add(name);
                }
                boolean served = WireSteps.apiCalls(c.path("steps"), c.path("request")).stream()
                        .allMatch(call -> sim.serves(call[0], call[1]));
                if (!served) {
                    notServed.add(name);
                }
            }
        }
        System.out.println("Live sample conformance: " + (cases().size() - pending.size()) + " cases run, "
                + pending.size() + " pending (API families not served yet): " + pending);

        assertThat(pending).as("cases marked pending").isEqualTo(notServed);
    }

    private static Set<String> sampleFiles() {
        try (Stream<Path> files = Files.list(samplesDirectory())) {
            Set<String> names = new TreeSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.md")).forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sample(String name) {
        try {
            return Files.readString(samplesDirectory().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path samplesDirectory() {
        try {
            return Path.of(LiveSampleConformanceTest.class.getClassLoader().getResource(SAMPLES).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
