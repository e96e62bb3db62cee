package io.github.camelflowroute.component.flowroute.springboot;

import java.lang.reflect.Proxy;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.client.FlowrouteClient;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The properties reach the component: plain values, durations, enums and bean references. No route, no HTTP. */
class FlowrouteStarterPropertiesTest {

    /** The one secret every test uses, which the build's secret scan looks for in the logs and reports. */
    private static final String SECRET_KEY = FlowrouteSimulator.DEFAULT_SECRET_KEY;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    FlowrouteComponentAutoConfiguration.class, FlowrouteSecretsSanitizing.class));

    @Test
    void propertiesReachTheComponentConfiguration() {
        runner.withPropertyValues(
                "camel.component.flowroute.base-url=http://127.0.0.1:9",
                "camel.component.flowroute.access-key=ak-123",
                "camel.component.flowroute.secret-key=" + SECRET_KEY,
                "camel.component.flowroute.max-connections=7",
                "camel.component.flowroute.fetch-all-pages=true",
                "camel.component.flowroute.is-mms=true",
                "camel.component.flowroute.route-type=sip-reg",
                "camel.component.flowroute.max-setup-cost=1.5",
                "camel.component.flowroute.proxy-port=3128")
                .run(context -> {
                    FlowrouteConfiguration c = flowroute(context).getConfiguration();
                    assertThat(c.getBaseUrl()).isEqualTo("http://127.0.0.1:9");
                    assertThat(c.getAccessKey()).isEqualTo("ak-123");
                    assertThat(c.getSecretKey()).isEqualTo(SECRET_KEY);
                    assertThat(c.getMaxConnections()).isEqualTo(7);
                    assertThat(c.isFetchAllPages()).isTrue();
                    assertThat(c.getIsMms()).isTrue();
                    assertThat(c.getRouteType()).isEqualTo(RouteType.SIP_REG);
                    assertThat(c.getMaxSetupCost()).isEqualTo(1.5);
                    assertThat(c.getProxyPort()).isEqualTo(3128);
                });
    }

    @Test
    void durationsTakeMillisecondsOrDurationText() {
        runner.withPropertyValues(
                "camel.component.flowroute.connect-timeout=5s",
                "camel.component.flowroute.response-timeout=1m30s",
                "camel.component.flowroute.connection-request-timeout=2500")
                .run(context -> {
                    FlowrouteConfiguration c = flowroute(context).getConfiguration();
                    assertThat(c.getConnectTimeout()).isEqualTo(5000);
                    assertThat(c.getResponseTimeout()).isEqualTo(90_000);
                    assertThat(c.getConnectionRequestTimeout()).isEqualTo(2500);
                });
    }

    @Test
    void optionsLeftUnsetKeepTheComponentDefaults() {
        FlowrouteConfiguration defaults = new FlowrouteConfiguration();
        runner.withPropertyValues("camel.component.flowroute.access-key=ak")
                .run(context -> {
                    FlowrouteConfiguration c = flowroute(context).getConfiguration();
                    assertThat(c.getBaseUrl()).isEqualTo(defaults.getBaseUrl());
                    assertThat(c.getConnectTimeout()).isEqualTo(defaults.getConnectTimeout());
                    assertThat(c.getMaxConnections()).isEqualTo(defaults.getMaxConnections());
                    assertThat(c.getAccessKey()).isEqualTo("ak");
                });
    }

    @Test
    void aBeanReferenceSetsTheClient() {
        runner.withBean("stubClient", FlowrouteClient.class, FlowrouteStarterPropertiesTest::stubClient)
                .withPropertyValues("camel.component.flowroute.client=#bean:stubClient")
                .run(context -> assertThat(flowroute(context).getConfiguration().getClient())
                        .isSameAs(context.getBean("stubClient")));
    }

    @Test
    void aShortBeanReferenceWorksForOtherBeanOptionsToo() {
        runner.withBean("tls", SSLContextParameters.class, SSLContextParameters::new)
                .withPropertyValues("camel.component.flowroute.ssl-context-parameters=#tls")
                .run(context -> assertThat(flowroute(context).getConfiguration().getSslContextParameters())
                        .isSameAs(context.getBean("tls")));
    }

    @Test
    void aWholeConfigurationBeanIsAppliedBeforeTheSingleOptions() {
        FlowrouteConfiguration shared = new FlowrouteConfiguration();
        shared.setAccessKey("from-the-bean");
        runner.withBean("sharedConfiguration", FlowrouteConfiguration.class, () -> shared)
                .withPropertyValues("camel.component.flowroute.configuration=#bean:sharedConfiguration",
                        "camel.component.flowroute.secret-key=" + SECRET_KEY,
                        "camel.component.flowroute.base-url=http://127.0.0.1:7")
                .run(context -> {
                    FlowrouteConfiguration c = flowroute(context).getConfiguration();
                    assertThat(c).isSameAs(shared);
                    assertThat(c.getAccessKey()).isEqualTo("from-the-bean");
                    assertThat(c.getSecretKey()).isEqualTo(SECRET_KEY);
                    assertThat(c.getBaseUrl()).isEqualTo("http://127.0.0.1:7");
                });
    }

    @Test
    void disablingTheComponentLeavesItUnconfigured() {
        runner.withPropertyValues("camel.component.flowroute.enabled=false",
                "camel.component.flowroute.base-url=http://127.0.0.1:9")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(ComponentCustomizer.class);
                    assertThat(flowroute(context).getConfiguration().getBaseUrl())
                            .isEqualTo("https://api.flowroute.com");
                });
    }

    @Test
    void disablingTheCustomizerKeepsThePropertiesOffTheComponent() {
        runner.withPropertyValues("camel.component.flowroute.customizer.enabled=false",
                "camel.component.flowroute.base-url=http://127.0.0.1:9")
                .run(context -> {
                    assertThat(context).hasSingleBean(FlowrouteComponentConfiguration.class);
                    assertThat(flowroute(context).getConfiguration().getBaseUrl())
                            .isEqualTo("https://api.flowroute.com");
                });
    }

    @Test
    void theConfigurationsToStringMasksTheKeys() {
        runner.withPropertyValues("camel.component.flowroute.access-key=ak-123",
                "camel.component.flowroute.secret-key=" + SECRET_KEY,
                "camel.component.flowroute.max-connections=7")
                .run(context -> assertThat(context.getBean(FlowrouteComponentConfiguration.class).toString())
                        .contains("maxConnections=7").contains("secretKey=******")
                        .doesNotContain(SECRET_KEY).doesNotContain("ak-123"));
    }

    @Test
    void withoutTheActuatorTheStarterStillWorks() {
        runner.withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
                .withPropertyValues("camel.component.flowroute.base-url=http://127.0.0.1:9")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean("flowrouteSecretsSanitizingFunction");
                    assertThat(flowroute(context).getConfiguration().getBaseUrl()).isEqualTo("http://127.0.0.1:9");
                });
    }

    @Test
    void withTheActuatorTheSecretsAreSanitized() {
        runner.run(context -> assertThat(context).hasSingleBean(SanitizingFunction.class));
    }

    private static FlowrouteComponent flowroute(ApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("flowroute", FlowrouteComponent.class);
    }

    private static FlowrouteClient stubClient() {
        return (FlowrouteClient) Proxy.newProxyInstance(FlowrouteClient.class.getClassLoader(),
                new Class<?>[] { FlowrouteClient.class }, (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return "stub client";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
