package io.github.camelflowroute.component.flowroute.springboot;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Spring Boot application (one context for all these tests) with the starter, the actuator showing values, and
 * debug logging, talking to the Flowroute simulator: the properties reach the component, a route sends through
 * the simulator, and the secret key shows up in no endpoint and no log line.
 */
@ExtendWith(OutputCaptureExtension.class)
// logging: not org.apache.hc at DEBUG: HttpClient's own header log (org.apache.hc.client5.http.headers) prints the
// Authorization header, which no component can prevent; the component docs warn about it
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "management.endpoints.web.exposure.include=env,configprops",
                "management.endpoint.env.show-values=always",
                "management.endpoint.configprops.show-values=always",
                "camel.component.flowroute.connect-timeout=5s",
                "logging.level.io.github.camelflowroute=TRACE",
                "logging.level.org.apache.camel=DEBUG",
                "logging.level.org.apache.camel.spring.SpringCamelContext=INFO",
                "logging.level.org.springframework.boot.context.properties=TRACE",
                "logging.level.org.springframework.boot.actuate=DEBUG"
        })
class FlowrouteStarterApplicationTest {

    private static final String ACCESS_KEY = "starter-test-access";
    /** The one secret every test uses, which the build's secret scan looks for in the logs and reports. */
    private static final String SECRET_KEY = FlowrouteSimulator.DEFAULT_SECRET_KEY;
    private static final FlowrouteSimulator SIM = FlowrouteSimulator.builder().port(0)
            .credentials(ACCESS_KEY, SECRET_KEY).build().start();

    @DynamicPropertySource
    static void flowroute(DynamicPropertyRegistry registry) {
        registry.add("camel.component.flowroute.base-url", SIM::baseUrl);
        registry.add("camel.component.flowroute.access-key", () -> ACCESS_KEY);
        registry.add("camel.component.flowroute.secret-key", () -> SECRET_KEY);
    }

    @AfterAll
    static void stopSimulator() {
        SIM.close();
    }

    @Autowired
    private CamelContext camelContext;
    @Autowired
    private ProducerTemplate template;
    @Autowired
    private EnvironmentEndpoint envEndpoint;
    @Autowired
    private ConfigurationPropertiesReportEndpoint configpropsEndpoint;

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void thePropertiesReachTheComponent() {
        var configuration = camelContext.getComponent("flowroute", FlowrouteComponent.class).getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo(SIM.baseUrl());
        assertThat(configuration.getAccessKey()).isEqualTo(ACCESS_KEY);
        assertThat(configuration.getSecretKey()).isEqualTo(SECRET_KEY);
        assertThat(configuration.getConnectTimeout()).isEqualTo(5000);
    }

    @Test
    void aRouteSendsThroughTheSimulator() {
        String from = SIM.state().accountNumbers().get(0).number();

        Exchange done = template.request("direct:sms", e -> {
            e.getMessage().setBody("Hello from Spring Boot");
            e.getMessage().setHeader(FlowrouteConstants.FROM, from);
            e.getMessage().setHeader(FlowrouteConstants.TO, "12065550100");
        });

        assertThat(done.getException()).isNull();
        String id = done.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class);
        assertThat(done.getMessage().getBody(SendMessageResult.class).id()).isEqualTo(id);
        assertThat(SIM.state().findMessage(id)).hasValueSatisfying(m -> {
            assertThat(m.body()).isEqualTo("Hello from Spring Boot");
            assertThat(m.from()).isEqualTo(from);
        });
        assertThat(SIM.responseViolations()).isEmpty();
    }

    @Test
    void theEnvEndpointMasksTheKeysButShowsOtherValues() throws Exception {
        String env = json.writeValueAsString(envEndpoint.environment("camel\\.component\\.flowroute\\..*"));

        assertThat(env).contains(SIM.baseUrl()) // values are shown...
                .contains("camel.component.flowroute.secret-key").contains("******")
                .doesNotContain(SECRET_KEY).doesNotContain(ACCESS_KEY); // ...but not the keys
        assertThat(json.writeValueAsString(envEndpoint.environmentEntry("camel.component.flowroute.secret-key")))
                .doesNotContain(SECRET_KEY);
    }

    @Test
    void theConfigpropsEndpointMasksTheKeysButShowsOtherValues() throws Exception {
        String configprops = json.writeValueAsString(configpropsEndpoint.configurationProperties());

        assertThat(configprops).contains("camel.component.flowroute").contains(SIM.baseUrl())
                .contains("secretKey").contains("******")
                .doesNotContain(SECRET_KEY).doesNotContain(ACCESS_KEY);
    }

    @Test
    void theKeysAreNeverLogged(CapturedOutput output) {
        // a send first, so that its debug logging is in the output too
        aRouteSendsThroughTheSimulator();
        String basic =
                Base64.getEncoder().encodeToString((ACCESS_KEY + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));

        assertThat(output.getAll()).isNotEmpty().contains("flowroute")
                .doesNotContain(SECRET_KEY).doesNotContain(basic);
    }
}
