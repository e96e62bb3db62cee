package io.github.camelflowroute.example;

import java.util.Map;
import java.util.Properties;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExampleSettingsTest {

    // the secret every test uses, which the build's secret scan looks for in the logs and reports
    private static final Map<String, String> KEYS = Map.of("FLOWROUTE_ACCESS_KEY", "ak", "FLOWROUTE_SECRET_KEY",
            FlowrouteSimulator.DEFAULT_SECRET_KEY);

    @Test
    void withoutCredentialsTheSimulatorIsUsedAndEverythingRuns() {
        ExampleSettings s = ExampleSettings.from(Map.of(), new Properties());

        assertThat(s.live()).isFalse();
        assertThat(s.spend()).isTrue();
        assertThat(s.to()).isEqualTo(ExampleSettings.SIMULATOR_TO);
    }

    @Test
    void withCredentialsNothingIsSpentUnlessAskedFor() {
        ExampleSettings s = ExampleSettings.from(KEYS, new Properties());

        assertThat(s.live()).isTrue();
        assertThat(s.spend()).isFalse();
        assertThat(s.baseUrl()).isNull();
    }

    @Test
    void spendingIsEnabledByTheEnvironmentOrBySystemProperty() {
        Map<String, String> env = new java.util.HashMap<>(KEYS);
        env.put("FLOWROUTE_EXAMPLE_TO", "12065550100");
        Properties none = new Properties();
        Properties flag = new Properties();
        flag.setProperty("flowroute.example.spend", "true");

        assertThat(ExampleSettings.from(env, flag).spend()).isTrue();
        env.put("FLOWROUTE_EXAMPLE_SPEND", "TRUE");
        assertThat(ExampleSettings.from(env, none).spend()).isTrue();
    }

    @Test
    void spendingLiveNeedsANumberToSendTo() {
        Map<String, String> env = new java.util.HashMap<>(KEYS);
        env.put("FLOWROUTE_EXAMPLE_SPEND", "true");

        assertThatThrownBy(() -> ExampleSettings.from(env, new Properties()))
                .hasMessageContaining("FLOWROUTE_EXAMPLE_TO");
    }

    @Test
    void oneKeyWithoutTheOtherIsAnError() {
        assertThatThrownBy(() -> ExampleSettings.from(Map.of("FLOWROUTE_ACCESS_KEY", "ak"), new Properties()))
                .hasMessageContaining("both");
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironmentForTheRecipient() {
        Properties p = new Properties();
        p.setProperty("flowroute.example.to", "12065550111");

        assertThat(ExampleSettings.from(Map.of("FLOWROUTE_EXAMPLE_TO", "12065550122"), p).to())
                .isEqualTo("12065550111");
    }

    @Test
    void toStringNeverShowsTheKeys() {
        assertThat(ExampleSettings.from(KEYS, new Properties()).toString()).doesNotContain("ak")
                .doesNotContain(FlowrouteSimulator.DEFAULT_SECRET_KEY);
    }
}
