package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The OSGi manifest maven-bundle-plugin writes in process-classes (the jar carries the same one). */
class BundleManifestTest {

    private final Manifest manifest = read();

    @Test
    void exportsOnlyThePublicApiPackages() {
        String exports = manifest.getMainAttributes().getValue("Export-Package");

        assertThat(exports)
                .contains("io.github.camelflowroute.component.flowroute;")
                .contains("io.github.camelflowroute.component.flowroute.client;")
                .contains("io.github.camelflowroute.component.flowroute.model;")
                .doesNotContain("flowroute.internal")
                .contains("flowroute.model;version=\"0.1.0.SNAPSHOT\"")
                .contains("flowroute.client;version=\"0.1.0.SNAPSHOT\"");
    }

    @Test
    void importsCamelWithinTheSupportedRange() {
        String imports = manifest.getMainAttributes().getValue("Import-Package");

        assertThat(imports).contains("org.apache.camel;version=\"[4.18,5)\"")
                .contains("org.apache.camel.spi;version=\"[4.18,5)\"")
                .doesNotContain("flowroute.internal")
                .doesNotContain("java.lang");
    }

    @Test
    void importsHttpClientWithoutAVersionAsCamelKarafsWrappedBundlesExportIt() {
        String imports = manifest.getMainAttributes().getValue("Import-Package");

        // camel-karaf's http-client feature wraps the plain jars: their packages are exported at 0.0.0
        assertThat(imports).contains("org.apache.hc.client5.http.impl.async,")
                .contains("org.apache.hc.core5.http,")
                .doesNotContain("org.apache.hc.client5.http.impl.async;")
                .doesNotContain("org.apache.hc.core5.http;");
    }

    @Test
    void importsMicrometerOnlyOptionally() {
        String imports = manifest.getMainAttributes().getValue("Import-Package");

        // the meters are bound only when the application has Micrometer: the bundle must resolve without it
        assertThat(imports).contains("io.micrometer.core.instrument;resolution:=optional");
    }

    @Test
    void namesTheBundle() {
        assertThat(manifest.getMainAttributes().getValue("Bundle-SymbolicName"))
                .isEqualTo("io.github.camelflowroute.camel-flowroute");
        assertThat(manifest.getMainAttributes().getValue("Bundle-ManifestVersion")).isEqualTo("2");
    }

    private static Manifest read() {
        Path path = Path.of("target/classes/META-INF/MANIFEST.MF");
        try (InputStream in = Files.newInputStream(path)) {
            return new Manifest(in);
        } catch (IOException e) {
            throw new IllegalStateException("No bundle manifest at " + path.toAbsolutePath(), e);
        }
    }
}
