package io.github.camelflowroute.component.flowroute.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.FlowrouteComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Configures the {@code flowroute} component from the {@code camel.component.flowroute.*} properties
 * ({@link FlowrouteComponentConfiguration}, generated from the component's options).
 * <p>
 * Camel calls the customizer when it creates the component: the options that are set in the properties are applied
 * through the component's generated configurer, so they behave as in Camel Main (a duration takes {@code 30s} or
 * {@code 1m30s}, a bean option {@code #bean:name}), and the endpoints start from them. Options left unset keep the
 * component's defaults.
 * {@code camel.component.flowroute.enabled=false} (or {@code camel.component.enabled=false}) turns this off;
 * {@code camel.component.flowroute.customizer.enabled=false} keeps the properties bound but not applied.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, FlowrouteComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", FlowrouteComponentConfiguration.PREFIX })
public class FlowrouteComponentAutoConfiguration {

    /** Binds {@code #bean:name} values of the options that take a bean; static, so it exists before binding. */
    @Bean
    @ConfigurationPropertiesBinding
    static FlowrouteComponentConverter flowrouteComponentConverter(BeanFactory beanFactory) {
        return new FlowrouteComponentConverter(beanFactory);
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureFlowrouteComponent(ApplicationContext applicationContext,
            FlowrouteComponentConfiguration configuration) {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.setCamelProperties(target.getCamelContext(), target,
                        optionsToApply(target.getCamelContext(), configuration), false);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return target instanceof FlowrouteComponent
                        && HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                                FlowrouteComponentConfiguration.PREFIX + ".customizer");
            }
        };
    }

    /**
     * The options that are set, in the component JSON's order, except that a whole {@code configuration} bean comes
     * first: the single options set next then apply to it instead of being lost when it replaces the defaults.
     */
    static Map<String, Object> optionsToApply(CamelContext camelContext,
            FlowrouteComponentConfiguration configuration) {
        Map<String, Object> set = CamelPropertiesHelper.getNonNullProperties(camelContext, configuration);
        Map<String, Object> ordered = new LinkedHashMap<>();
        if (set.containsKey("configuration")) {
            ordered.put("configuration", set.get("configuration"));
        }
        for (String option : FlowrouteComponentConfiguration.OPTIONS) {
            if (set.containsKey(option)) {
                ordered.putIfAbsent(option, set.get(option));
            }
        }
        return ordered;
    }
}
