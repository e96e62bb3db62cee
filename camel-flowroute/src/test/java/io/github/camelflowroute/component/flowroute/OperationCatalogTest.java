package io.github.camelflowroute.component.flowroute;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.camelflowroute.component.flowroute.client.ApiCatalog;
import io.github.camelflowroute.component.flowroute.client.ApiInput;
import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.internal.binding.OperationBinding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URI's operation enum, the headers and the endpoint options agree with the declarations, so that a declared
 * operation is reachable as {@code flowroute:<name>} with every input settable by header and option.
 */
class OperationCatalogTest {

    @Test
    void everyDeclarationHasTheEnumConstantOfItsName() {
        for (ApiOperation<?> declaration : ApiCatalog.all()) {
            FlowrouteOperation op = FlowrouteOperation.valueOf(declaration.name());
            assertThat(op.declaration()).as(declaration.name()).isSameAs(declaration);
        }
    }

    @Test
    void everyEnumConstantWithADeclarationIsInTheCatalog() {
        for (FlowrouteOperation op : FlowrouteOperation.values()) {
            if (op.declaration() != null) {
                assertThat(ApiCatalog.named(op.name())).as(op.name()).isSameAs(op.declaration());
            }
        }
    }

    @Test
    void everyInputHasItsHeaderConstantAndEndpointOption() throws Exception {
        Set<String> headers = headerConstants();
        Set<String> options = endpointOptions();
        List<String> missing = new ArrayList<>();
        for (ApiOperation<?> declaration : declarationsAndVariants()) {
            for (ApiInput input : declaration.inputs()) {
                if (!input.isBound()) {
                    continue;
                }
                if (!headers.contains(OperationBinding.headerOf(input.name()))) {
                    missing.add(declaration.name() + ": header " + OperationBinding.headerOf(input.name()));
                }
                if (!options.contains(input.name())) {
                    missing.add(declaration.name() + ": option " + input.name());
                }
            }
            for (String result : declaration.resultHeaders().keySet()) {
                if (!headers.contains(OperationBinding.headerOf(result))) {
                    missing.add(declaration.name() + ": result header " + OperationBinding.headerOf(result));
                }
            }
            if (declaration.polling() != null
                    && !headers.contains(OperationBinding.headerOf(declaration.polling().keyInput()))) {
                missing.add(declaration.name() + ": key header " + declaration.polling().keyInput());
            }
        }
        assertThat(missing).isEmpty();
    }

    private static List<ApiOperation<?>> declarationsAndVariants() {
        List<ApiOperation<?>> all = new ArrayList<>(ApiCatalog.all());
        for (ApiOperation<?> op : ApiCatalog.all()) {
            if (op.variant() != null) {
                all.add(op.variant());
            }
        }
        return all;
    }

    private static Set<String> headerConstants() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field f : FlowrouteConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    /** The endpoint options Camel's tooling found, from the generated component JSON. */
    private static Set<String> endpointOptions() throws java.io.IOException {
        try (var in = OperationCatalogTest.class.getResourceAsStream(
                "/META-INF/io/github/camelflowroute/component/flowroute/flowroute.json")) {
            Set<String> names = new HashSet<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(in).path("properties").fieldNames()
                    .forEachRemaining(names::add);
            return names;
        }
    }
}
