package io.github.camelflowroute.component.flowroute.internal.polling;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.client.ApiCatalog;
import io.github.camelflowroute.component.flowroute.client.ApiInput;
import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.client.Polling;
import io.github.camelflowroute.component.flowroute.internal.binding.OperationBinding;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer's default state key names exactly the endpoint options its list call carries: two consumers that read
 * different records never share a position, and two nodes of one route always do. Both come from the declarations'
 * filter marks, so a filter cannot be in one and not the other; the last test finds an option documented as a filter
 * of an inventory that its declaration forgot to mark.
 */
class StateKeysTest {

    private static final int PAGE_SIZE = 10;
    // what the inventory consumer sets itself on every list call, whatever the endpoint says
    private static final List<String> PAGING = List.of("limit", "offset");

    static Stream<ApiOperation<?>> polled() {
        return ApiCatalog.all().stream().filter(op -> op.polling() != null);
    }

    @ParameterizedTest
    @MethodSource("polled")
    void theKeyChangesWithAnOptionExactlyWhenTheListCallCarriesIt(ApiOperation<?> operation) {
        String unset = StateKeys.defaultKey(operation.name(), operation, name -> null);
        for (ApiInput input : operation.inputs()) {
            Map<String, Object> options = Map.of(input.name(), "value-of-" + input.name());

            boolean inKey = !StateKeys.defaultKey(operation.name(), operation, options::get).equals(unset);
            boolean carried = Objects.equals(OperationBinding.filters(operation, options::get, PAGE_SIZE)
                    .get(input.name()), options.get(input.name()));

            assertThat(inKey).as("%s: %s in the key", operation.name(), input.name()).isEqualTo(carried);
        }
    }

    @Test
    void everyFilterOptionOfAnInventoryIsInItsKey() {
        List<String> filterOptions = Arrays.stream(FlowrouteConfiguration.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(UriParam.class))
                .filter(f -> List.of(f.getAnnotation(UriParam.class).label().split(",")).contains("filter"))
                .map(java.lang.reflect.Field::getName).filter(name -> !PAGING.contains(name)).toList();
        assertThat(filterOptions).isNotEmpty();

        polled().filter(op -> op.polling().kind() == Polling.Kind.INVENTORY).forEach(operation -> {
            for (ApiInput input : operation.inputs()) {
                if (filterOptions.contains(input.name())) {
                    String key = StateKeys.defaultKey(operation.name(), operation, Map.of(input.name(), "v")::get);
                    assertThat(key).as("%s: filter option %s", operation.name(), input.name())
                            .contains(input.name() + "=v");
                }
            }
        });
    }

    @Test
    void theKeyIsTheOperationAndItsFiltersInNameOrder() {
        ApiOperation<?> numbers = ApiCatalog.named("listNumbers");

        assertThat(StateKeys.defaultKey("listNumbers", numbers, Map.of("startsWith", "206", "contains", "55",
                "accessKey", "key")::get)).isEqualTo("flowroute:listNumbers?contains=55&startsWith=206");
        assertThat(StateKeys.defaultKey("callDetailRecords", null, name -> "x"))
                .isEqualTo("flowroute:callDetailRecords");
    }
}
