package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package rule of docs/architecture.md, read from the main sources (imports and fully qualified names): the root
 * package (what Camel sees) uses the role packages under {@code internal}, which use {@code client} and
 * {@code model}; never the other way round.
 */
class PackageDependencyTest {

    private static final String BASE = "io.github.camelflowroute.component.flowroute";
    private static final Pattern REFERENCE = Pattern.compile("\\b((?:[a-z][a-z0-9_]*\\.)+)[A-Z]\\w*");

    /** Each main package, with the packages its sources refer to. */
    private static final Map<String, Set<String>> USES = new HashMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        Path root = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> used = USES.computeIfAbsent(pkg, p -> new TreeSet<>());
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("package ") || code.startsWith("*") || code.startsWith("/")) {
                        continue;
                    }
                    Matcher m = REFERENCE.matcher(code.startsWith("import static ") ? code.substring(14) : code);
                    while (m.find()) {
                        String referenced = m.group(1).substring(0, m.group(1).length() - 1);
                        if (!referenced.equals(pkg)) {
                            used.add(referenced);
                        }
                    }
                }
            }
        }
        assertThat(USES).containsKeys(BASE, BASE + ".client", BASE + ".model", BASE + ".internal.binding");
    }

    @Test
    void rolePackagesNeverUseTheRootPackage() {
        assertThat(violations(p -> p.startsWith(BASE + ".internal."), u -> u.equals(BASE))).isEmpty();
    }

    @Test
    void clientAndModelKnowNothingOfCamelOrTheComponent() {
        assertThat(violations(p -> p.startsWith(BASE + ".client") || p.startsWith(BASE + ".model"),
                u -> u.startsWith("org.apache.camel") || u.equals(BASE) || u.startsWith(BASE + ".internal")))
                .isEmpty();
    }

    @Test
    void theModelUsesNoClient() {
        assertThat(violations(p -> p.startsWith(BASE + ".model"), u -> u.startsWith(BASE + ".client"))).isEmpty();
    }

    @Test
    void rolePackagesDependOnEachOtherWithoutCycles() {
        List<String> cycles = new ArrayList<>();
        for (String pkg : USES.keySet()) {
            if (pkg.startsWith(BASE + ".internal.") && reaches(pkg, pkg, new HashSet<>())) {
                cycles.add(pkg);
            }
        }
        assertThat(cycles).as("role packages on a cycle").isEmpty();
    }

    @Test
    void theRuleSeesViolations() {
        // the reading above finds references at all: the root package uses every role package
        assertThat(USES.get(BASE)).contains(BASE + ".internal.binding", BASE + ".internal.polling",
                BASE + ".internal.webhook", BASE + ".internal.shared", BASE + ".client", "org.apache.camel");
    }

    private static boolean reaches(String from, String target, Set<String> seen) {
        for (String next : USES.getOrDefault(from, Set.of())) {
            if (next.equals(target)) {
                return true;
            }
            if (next.startsWith(BASE + ".internal.") && seen.add(next) && reaches(next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> violations(Predicate<String> in, Predicate<String> forbidden) {
        List<String> found = new ArrayList<>();
        USES.forEach((pkg, used) -> used.stream().filter(forbidden).forEach(u -> {
            if (in.test(pkg)) {
                found.add(pkg + " uses " + u);
            }
        }));
        return found;
    }
}
