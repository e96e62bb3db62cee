package io.github.camelflowroute.component.flowroute.springboot;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the component's secrets ({@link FlowrouteComponentConfiguration#SECRET_OPTIONS}: the options the component
 * marks {@code secret}) masked in the actuator's {@code env} and {@code configprops} endpoints, also when an
 * application sets {@code management.endpoint.env.show-values} or {@code ...configprops.show-values} to
 * {@code always} or {@code when-authorized}. Spring Boot 3 masks every value by default, and its own key list no
 * longer applies once values are shown.
 * <p>
 * It matches the keys as Spring may see them: {@code camel.component.flowroute.secret-key}, {@code ...secretKey},
 * {@code CAMEL_COMPONENT_FLOWROUTE_SECRETKEY}, and a nested {@code ...flowroute.configuration.secret-key}.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class FlowrouteSecretsSanitizing {

    @Bean
    public SanitizingFunction flowrouteSecretsSanitizingFunction() {
        return new SecretsFunction(FlowrouteComponentConfiguration.PREFIX,
                FlowrouteComponentConfiguration.SECRET_OPTIONS);
    }

    /** Whether a property key names one of the secrets under the prefix, in any of Spring's relaxed forms. */
    static boolean isSecret(String key, String prefix, List<String> secretOptions) {
        if (key == null) {
            return false;
        }
        String k = canonical(key);
        if (!k.startsWith(canonical(prefix))) {
            return false;
        }
        return secretOptions.stream().map(FlowrouteSecretsSanitizing::canonical).anyMatch(k::endsWith);
    }

    private static String canonical(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = Character.toLowerCase(key.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private record SecretsFunction(String prefix, List<String> secretOptions) implements SanitizingFunction {

        @Override
        public SanitizableData apply(SanitizableData data) {
            return isSecret(data.getKey(), prefix, secretOptions) ? data.withValue(SanitizableData.SANITIZED_VALUE)
                    : data;
        }
    }
}
