package io.github.camelflowroute.component.flowroute;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parent pom's secret scan looks for the secret the tests really use, in every form {@link SecretForms} knows.
 * (The values are compared without being printed: a failure message would put the secret in the test report.)
 */
class SecretScanConfigurationTest {

    private static final String PREFIX = "flowroute.test.secret";

    @Test
    void theScanLooksForTheSimulatorsDefaultSecretInAllItsForms() throws Exception {
        Element properties = (Element) parentPom().getElementsByTagName("properties").item(0);
        List<String> scanned = new ArrayList<>();
        for (int i = 0; properties.getElementsByTagName(PREFIX + ".base64." + i).getLength() > 0; i++) {
            scanned.add(properties.getElementsByTagName(PREFIX + ".base64." + i).item(0).getTextContent());
        }
        scanned.add(0, properties.getElementsByTagName(PREFIX).item(0).getTextContent());

        boolean same = scanned.equals(SecretForms.of(FlowrouteSimulator.DEFAULT_SECRET_KEY));
        assertThat(same).as("the pom's %s* properties are SecretForms.of(DEFAULT_SECRET_KEY)", PREFIX).isTrue();
    }

    @Test
    void theScanChecksEveryPropertyItDefines() throws Exception {
        Document pom = parentPom();
        Element properties = (Element) pom.getElementsByTagName("properties").item(0);
        String scan = scanTarget(pom);

        List<String> defined = new ArrayList<>();
        for (int i = 0; i < properties.getChildNodes().getLength(); i++) {
            if (properties.getChildNodes().item(i) instanceof Element property
                    && property.getTagName().startsWith(PREFIX)) {
                defined.add(property.getTagName());
            }
        }
        assertThat(defined).hasSize(SecretForms.of(FlowrouteSimulator.DEFAULT_SECRET_KEY).size());
        for (String property : defined) {
            assertThat(scan).contains("${" + property + "}");
        }
    }

    /** The Ant target of the secret-scan execution, as XML text. */
    private static String scanTarget(Document pom) throws Exception {
        var executions = pom.getElementsByTagName("execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if ("secret-scan".equals(execution.getElementsByTagName("id").item(0).getTextContent())) {
                StringBuilder attributes = new StringBuilder();
                var contains = execution.getElementsByTagName("contains");
                for (int c = 0; c < contains.getLength(); c++) {
                    attributes.append(((Element) contains.item(c)).getAttribute("text")).append('\n');
                }
                return attributes.toString();
            }
        }
        throw new AssertionError("no secret-scan execution in the parent pom");
    }

    private static Document parentPom() throws Exception {
        // surefire runs in the module's directory; the parent pom is next to it
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("..", "pom.xml").toFile());
    }
}
