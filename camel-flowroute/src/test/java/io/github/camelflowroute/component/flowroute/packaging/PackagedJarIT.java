package io.github.camelflowroute.component.flowroute.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.IndexReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar the build packages (not target/classes) carries what tools look for in a third-party component. Runs in
 * failsafe's integration-test phase, after the bundle plugin has written the jar.
 */
class PackagedJarIT {

    private static final String COMPONENT = "io.github.camelflowroute.component.flowroute.FlowrouteComponent";

    private static Path jar;

    @BeforeAll
    static void findJar() {
        String path = System.getProperty("flowroute.packaged.jar");
        assertThat(path).as("the build passes the packaged jar's path in flowroute.packaged.jar").isNotBlank();
        jar = Path.of(path);
        assertThat(jar).as("the packaged jar").isRegularFile();
    }

    @Test
    void componentPropertiesNamesTheSchemeAndTheCoordinates() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry("META-INF/services/org/apache/camel/component.properties");
            assertThat(entry).as("component.properties in the jar").isNotNull();
            Properties properties = new Properties();
            try (InputStream in = file.getInputStream(entry)) {
                properties.load(in);
            }
            assertThat(properties.getProperty("components")).isEqualTo("flowroute");
            assertThat(properties.getProperty("groupId")).isEqualTo("io.github.camelflowroute");
            assertThat(properties.getProperty("artifactId")).isEqualTo("camel-flowroute");
            assertThat(properties.getProperty("version")).isEqualTo(System.getProperty("flowroute.project.version"));
        }
    }

    @Test
    void jandexIndexInTheJarIndexesTheComponentClasses() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry("META-INF/jandex.idx");
            assertThat(entry).as("META-INF/jandex.idx in the jar").isNotNull();
            Index index;
            try (InputStream in = file.getInputStream(entry)) {
                index = new IndexReader(in).read();
            }
            assertThat(index.getClassByName(DotName.createSimple(COMPONENT))).as(COMPONENT).isNotNull();
            assertThat(index.getKnownClasses()).as("every class of the jar is indexed")
                    .hasSize((int) file.stream().filter(e -> e.getName().endsWith(".class")).count());
        }
    }

    @Test
    void componentDescriptorStillPointsAtTheComponentClass() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry("META-INF/services/org/apache/camel/component/flowroute");
            assertThat(entry).isNotNull();
            try (InputStream in = file.getInputStream(entry)) {
                assertThat(new String(in.readAllBytes())).contains("class=" + COMPONENT);
            }
        }
    }
}
