package io.github.camelflowroute.component.flowroute;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys set once on the component, as the docs recommend: no view of Camel's shows the secret, the route dumps
 * included.
 */
class SecretOnComponentExposureTest extends SecretExposureTestSupport {

    @Override
    String uriCredentials() {
        return "";
    }

    @Override
    boolean secretInUris() {
        return false;
    }

    @Override
    void configureComponent(FlowrouteComponent component) {
        // the test support already set the simulator's keys on the component
    }

    @Test
    void routeDumpsInXmlAndYamlDoNotShowTheSecret(@TempDir Path dir) throws Exception {
        for (boolean uriAsParameters : new boolean[] { false, true }) {
            for (String format : List.of("xml", "yaml")) {
                assertNoSecret(format + " route dump (uriAsParameters=" + uriAsParameters + ")",
                        dumpRoutes(dir, format, uriAsParameters));
            }
        }
    }
}
