package io.github.camelflowroute.karaf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Karaf webhook set-up the README and the component doc describe is the one KarafFeaturesIT deploys: the same route
 * file, the same HTTP server component, configured the same way.
 */
class WebhookRouteDocsTest {

    private static final String ROUTE = "camel-flowroute-karaf/src/test/resources/karaf/flowroute-receive-sms.xml";

    @Test
    void theDeployedRouteServesTheWebhookOnNettyHttpWithTheTokenOnTheComponent() throws Exception {
        String route = Files.readString(Path.of("..", ROUTE), StandardCharsets.UTF_8);

        assertThat(route).contains("<restConfiguration component=\"netty-http\"",
                "<from uri=\"webhook:flowroute:inboundMessages?webhookComponentName=netty-http&amp;",
                "<property name=\"webhookToken\" value=\"@TOKEN@\"/>");
        assertThat(route).doesNotContain("webhookToken=");
    }

    @Test
    void theReadmeAndTheComponentDocPointToThatRouteAndItsServer() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String adoc = Files.readString(Path.of("../camel-flowroute/src/main/docs/flowroute-component.adoc"),
                StandardCharsets.UTF_8);

        for (String doc : new String[] { readme, adoc }) {
            assertThat(doc).contains(ROUTE, "feature:install camel-netty-http",
                    "<restConfiguration component=\"netty-http\"", "webhookComponentName=netty-http");
        }
    }
}
