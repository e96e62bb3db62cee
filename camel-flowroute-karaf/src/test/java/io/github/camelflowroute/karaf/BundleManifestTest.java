package io.github.camelflowroute.karaf;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import io.github.camelflowroute.karaf.OsgiHeaders.Clause;
import io.github.camelflowroute.karaf.OsgiHeaders.VersionRange;
import io.github.camelflowroute.karaf.TargetPlatform.Provider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The camel-flowroute bundle's manifest against what Karaf and camel-karaf export ({@link TargetPlatform}): every
 * import is satisfied there, by a feature that the camel-flowroute feature installs, with a version range unless its
 * exporter has no version (KarafFeaturesIT checks the same in a real Karaf); only the component's own API
 * packages are exported and nothing private leaks; Camel's OSGi component discovery finds the services files.
 */
class BundleManifestTest {

    private static final String BASE = "io.github.camelflowroute.component.flowroute";
    private static final String INTERNAL = BASE + ".internal";

    private final FlowrouteBundle bundle = FlowrouteBundle.load();

    /** One thing wrong with an import. */
    record Problem(String pkg, String text) {
    }

    @Test
    void everyImportIsProvidedByKarafOrTheCamelFeaturesInItsRange() {
        assertThat(importProblems()).as("imports Karaf %s with camel-karaf %s cannot satisfy", TargetPlatform.KARAF,
                TargetPlatform.CAMEL_KARAF).isEmpty();
    }

    @Test
    void onlyMicrometerIsImportedOptionallySoTheBundleResolvesWithoutIt() {
        // the component binds meters only when Micrometer is there; everything else it imports is required
        assertThat(imports()).filteredOn(BundleManifestTest::optional).extracting(Clause::name).isNotEmpty()
                .allMatch(name -> name.startsWith("io.micrometer."));
    }

    @Test
    void importsNameOnlyPackagesThatExistInTheProvidingArtifacts() {
        for (Clause c : imports()) {
            if (c.name().startsWith(BASE) || TargetPlatform.isJdkPackage(c.name()) || optional(c)) {
                continue;
            }
            String path = c.name().replace('.', '/') + "/";
            assertThat(getClass().getClassLoader().getResource(path))
                    .as("package %s on the classpath the component was built with", c.name()).isNotNull();
        }
    }

    @Test
    void importsCamelsCorePackageSoThatCamelsOsgiDiscoveryAcceptsTheBundle() {
        // camel-karaf's activator registers a bundle's components only when the bundle sees org.apache.camel.Component
        assertThat(imports()).extracting(Clause::name).contains("org.apache.camel", "org.apache.camel.spi");
    }

    @Test
    void exportsExactlyTheApiPackagesAtTheBundleVersion() {
        List<Clause> exports = OsgiHeaders.parse(bundle.header("Export-Package"));
        List<String> apiPackages = bundle.classPackages().stream().filter(p -> !p.startsWith(INTERNAL)).toList();
        String bundleVersion = bundle.header("Bundle-Version");

        assertThat(exports).extracting(Clause::name).containsExactlyInAnyOrderElementsOf(apiPackages);
        assertThat(exports).allSatisfy(e -> assertThat(e.attributes().get("version")).isEqualTo(bundleVersion));
        assertThat(bundleVersion).isEqualTo(System.getProperty("project.version").replace('-', '.'));
    }

    @Test
    void nothingPrivateLeaks() {
        List<Clause> exports = OsgiHeaders.parse(bundle.header("Export-Package"));

        assertThat(bundle.header("Private-Package").split(",")).allMatch(p -> p.startsWith(INTERNAL + "."));
        assertThat(exports).noneMatch(e -> e.name().startsWith(INTERNAL))
                .noneMatch(e -> e.directives().getOrDefault("uses", "").contains(INTERNAL));
        // no third-party classes copied into the bundle
        assertThat(bundle.classPackages()).allMatch(p -> p.equals(BASE) || p.startsWith(BASE + "."));
        assertThat(bundle.header("Bundle-ClassPath")).isIn(null, ".");
        assertThat(bundle.header("Embed-Dependency")).isNull();
    }

    @Test
    void theExportedApiNeverShowsAnInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String entry : bundle.entries) {
            if (!entry.endsWith(".class") || entry.contains("/internal/") || entry.equals("module-info.class")) {
                continue;
            }
            Class<?> type = Class.forName(entry.substring(0, entry.length() - 6).replace('/', '.'), false,
                    getClass().getClassLoader());
            if (!Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            List<Type> signature = new ArrayList<>();
            signature.add(type.getGenericSuperclass());
            signature.addAll(List.of(type.getGenericInterfaces()));
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                    signature.add(m.getGenericReturnType());
                    signature.addAll(List.of(m.getGenericParameterTypes()));
                }
            }
            Stream.of(type.getFields()).forEach(f -> signature.add(f.getGenericType()));
            signature.stream().filter(t -> t != null && t.getTypeName().contains(INTERNAL))
                    .forEach(t -> leaks.add(type.getName() + " shows " + t.getTypeName()));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theServicesFilesAreWhereCamelsOsgiDiscoveryLooks() throws Exception {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("META-INF/services/org/apache/camel/component/flowroute", BASE + ".FlowrouteComponent");
        services.put("META-INF/services/org/apache/camel/configurer/flowroute-component", null);
        services.put("META-INF/services/org/apache/camel/configurer/flowroute-endpoint", null);
        services.put("META-INF/services/org/apache/camel/urifactory/flowroute-endpoint", null);

        for (Map.Entry<String, String> s : services.entrySet()) {
            assertThat(bundle.entries).as("bundle entry (not inside an embedded jar)").contains(s.getKey());
            Properties file = new Properties();
            file.load(new java.io.StringReader(bundle.read(s.getKey())));
            String className = file.getProperty("class");
            assertThat(className).as("class= in %s", s.getKey()).isNotBlank();
            if (s.getValue() != null) {
                assertThat(className).isEqualTo(s.getValue());
            }
            assertThat(bundle.entries).as("the class %s is in the bundle", className)
                    .contains(className.replace('.', '/') + ".class");
        }
    }

    @Test
    void namesTheBundleAndItsJavaLevel() {
        assertThat(bundle.header("Bundle-SymbolicName")).isEqualTo("io.github.camelflowroute.camel-flowroute");
        assertThat(bundle.header("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(bundle.header("Require-Capability")).contains("osgi.ee=JavaSE").contains("version=17");
    }

    private static boolean optional(Clause c) {
        return "optional".equals(c.directives().get("resolution"));
    }

    private List<Clause> imports() {
        return OsgiHeaders.parse(bundle.header("Import-Package"));
    }

    @Test
    void theCheckFindsWhatKarafCouldNotResolve() {
        String header = "org.apache.camel.component.platform.http;version=\"[4.18,5)\","
                + "org.apache.hc.client5.http;version=\"[5.4,6)\",org.slf4j,java.util,"
                + "com.example.unknown;version=\"[1,2)\",org.apache.camel.component.webhook;version=\"[4.18,5)\","
                + "javax.net.ssl,com.fasterxml.jackson.core;version=\"[2.17,3)\"";

        List<Problem> problems =
                importProblems(header, List.of("camel-core", "camel-http", "camel-jackson", "framework"));

        assertThat(problems).extracting(Problem::pkg).containsExactly("org.apache.camel.component.platform.http",
                "org.apache.hc.client5.http", "org.slf4j", "java.util", "com.example.unknown",
                "org.apache.camel.component.webhook");
        assertThat(problems.get(1).text()).startsWith("range [5.4,6) excludes 0.0.0");
        assertThat(problems.get(2).text()).contains("without a version range");
        assertThat(problems.get(5).text())
                .contains("camel-webhook, which the camel-flowroute feature does not install");
    }

    private List<Problem> importProblems() {
        List<String> installed = new ArrayList<>(FeaturesDescriptorTest.dependencies("camel-flowroute"));
        installed.add("framework");
        return importProblems(bundle.header("Import-Package"), installed);
    }

    private static List<Problem> importProblems(String importPackage, List<String> installed) {
        List<Problem> problems = new ArrayList<>();
        for (Clause c : OsgiHeaders.parse(importPackage)) {
            if (optional(c)) {
                continue; // Karaf wires it when a bundle exports it, and resolves the bundle when none does
            }
            String pkg = c.name();
            String range = c.attributes().get("version");
            if (pkg.startsWith(BASE)) {
                if (pkg.startsWith(INTERNAL)) {
                    problems.add(new Problem(pkg, "imports its own private package"));
                }
                continue;
            }
            if (pkg.startsWith("java.")) {
                problems.add(new Problem(pkg, "imports a java.* package, which Karaf's Felix refuses"));
                continue;
            }
            if (TargetPlatform.isJdkPackage(pkg)) {
                continue; // Karaf's system bundle exports the JDK's packages
            }
            Provider provider = TargetPlatform.providerOf(pkg).orElse(null);
            if (provider == null || provider.feature() == null) {
                problems.add(new Problem(pkg, "no feature that TargetPlatform knows exports it: add the camel-karaf "
                        + "feature that does to features.xml and to TargetPlatform"));
                continue;
            }
            if (!installed.contains(provider.feature())) {
                problems.add(new Problem(pkg, "exported by " + provider.feature()
                        + ", which the camel-flowroute feature does not install"));
                continue;
            }
            if (range == null) {
                // the only import that a package exported without a version meets; every other one needs its range
                if (!provider.version().equals(TargetPlatform.UNVERSIONED)) {
                    problems.add(new Problem(pkg, "imported without a version range"));
                }
            } else if (!VersionRange.parse(range).includes(provider.version())) {
                problems.add(new Problem(pkg, "range " + range + " excludes " + provider.version()
                        + ", the version " + provider.feature() + " brings"));
            }
        }
        return problems;
    }
}
