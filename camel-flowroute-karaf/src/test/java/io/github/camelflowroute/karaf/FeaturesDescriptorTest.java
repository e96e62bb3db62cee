package io.github.camelflowroute.karaf;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import io.github.camelflowroute.karaf.OsgiHeaders.VersionRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * features.xml as the build filtered it (target/feature/features.xml): valid against Karaf's own features 1.6.0
 * schema, taken from org.apache.karaf.features.core, and installing what the bundle needs.
 */
class FeaturesDescriptorTest {

    private static final String NS = "http://karaf.apache.org/xmlns/features/v1.6.0";

    private final String version = System.getProperty("project.version");
    private final String camelKarafVersion = System.getProperty("camel.karaf.version");
    private final Path file = Path.of(System.getProperty("features.file"));

    @Test
    void isValidAgainstKarafsFeaturesSchema() throws Exception {
        URL xsd = getClass().getClassLoader().getResource("org/apache/karaf/features/karaf-features-1.6.0.xsd");
        assertThat(xsd).as("Karaf's features schema in org.apache.karaf.features.core").isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

        factory.newSchema(xsd).newValidator().validate(new StreamSource(file.toFile()));
    }

    @Test
    void everyPlaceholderWasFilledIn() throws IOException {
        assertThat(Files.readString(file)).doesNotContain("${").contains(version).contains(camelKarafVersion);
    }

    @Test
    void theFeatureInstallsTheBundleOnCamelsCoreHttpAndJacksonFeatures() throws Exception {
        Element feature = feature("camel-flowroute");

        assertThat(feature.getAttribute("version")).isEqualTo(version);
        assertThat(texts(feature, "bundle")).containsExactly("mvn:io.github.camelflowroute/camel-flowroute/" + version);
        assertThat(texts(feature, "feature")).contains("camel-core", "camel-http", "camel-jackson");
        for (Element dependency : children(feature, "feature")) {
            assertThat(VersionRange.parse(dependency.getAttribute("version")).includes(camelKarafVersion))
                    .as("%s %s includes camel-karaf %s", dependency.getTextContent(),
                            dependency.getAttribute("version"),
                            camelKarafVersion)
                    .isTrue();
        }
    }

    @Test
    void theRepositoryIsCamelKarafsOfThisCamelLine() throws Exception {
        assertThat(texts(document().getDocumentElement(), "repository"))
                .containsExactly("mvn:org.apache.camel.karaf/apache-camel/" + camelKarafVersion + "/xml/features");
        assertThat(TargetPlatform.CAMEL_KARAF).as("TargetPlatform follows the parent pom's camel-karaf-version")
                .isEqualTo(camelKarafVersion);
        assertThat(camelKarafVersion).startsWith(System.getProperty("camel.version").substring(0, 5));
    }

    /** The features the named feature depends on, for the manifest check. */
    static List<String> dependencies(String name) {
        try {
            return texts(new FeaturesDescriptorTest().feature(name), "feature");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theExampleFeatureDeploysTheBlueprintOnCamelBlueprint() throws Exception {
        Element feature = feature("camel-flowroute-example");

        assertThat(texts(feature, "feature")).containsExactlyInAnyOrder("camel-flowroute", "aries-blueprint",
                "camel-blueprint");
        // the blueprint: URL handler must be there before Karaf fetches the bundle below
        assertThat(children(feature, "feature")).filteredOn(f -> f.getTextContent().strip().equals("aries-blueprint"))
                .singleElement().satisfies(f -> assertThat(f.getAttribute("prerequisite")).isEqualTo("true"));
        assertThat(texts(feature, "bundle")).containsExactly(
                "blueprint:mvn:io.github.camelflowroute/camel-flowroute-karaf/" + version + "/xml/blueprint-example");
    }

    private Element feature(String name) throws Exception {
        for (Element f : children(document().getDocumentElement(), "feature")) {
            if (f.getAttribute("name").equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no feature " + name + " in " + file);
    }

    private Document document() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                result.add(e);
            }
        }
        return result;
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().strip()).toList();
    }
}
