package io.github.camelflowroute.component.flowroute.springboot;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlowrouteSecretsSanitizingTest {

    private static final String PREFIX = FlowrouteComponentConfiguration.PREFIX;
    private static final List<String> SECRETS = FlowrouteComponentConfiguration.SECRET_OPTIONS;

    @Test
    void secretKeysAreRecognisedInEveryFormSpringUses() {
        assertThat(FlowrouteSecretsSanitizing.isSecret("camel.component.flowroute.secret-key", PREFIX, SECRETS))
                .isTrue();
        assertThat(FlowrouteSecretsSanitizing.isSecret("camel.component.flowroute.secretKey", PREFIX, SECRETS))
                .isTrue();
        assertThat(FlowrouteSecretsSanitizing.isSecret("CAMEL_COMPONENT_FLOWROUTE_SECRETKEY", PREFIX, SECRETS))
                .isTrue();
        assertThat(FlowrouteSecretsSanitizing.isSecret("camel.component.flowroute.access-key", PREFIX, SECRETS))
                .isTrue();
        assertThat(FlowrouteSecretsSanitizing.isSecret("camel.component.flowroute.configuration.secret-key", PREFIX,
                SECRETS)).isTrue();
    }

    @Test
    void otherKeysAreLeftAlone() {
        assertThat(FlowrouteSecretsSanitizing.isSecret("camel.component.flowroute.base-url", PREFIX, SECRETS))
                .isFalse();
        assertThat(FlowrouteSecretsSanitizing.isSecret("camel.component.other.secret-key", PREFIX, SECRETS)).isFalse();
        assertThat(FlowrouteSecretsSanitizing.isSecret(null, PREFIX, SECRETS)).isFalse();
    }
}
