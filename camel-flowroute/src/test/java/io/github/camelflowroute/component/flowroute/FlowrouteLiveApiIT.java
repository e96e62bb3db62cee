package io.github.camelflowroute.component.flowroute;

import java.util.List;

import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.component.flowroute.model.Route;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-only calls against the live Flowroute API: nothing here costs money. Runs with {@code mvn verify -Plive-api}
 * when FLOWROUTE_ACCESS_KEY and FLOWROUTE_SECRET_KEY are set; skipped otherwise.
 */
@EnabledIfEnvironmentVariable(named = "FLOWROUTE_ACCESS_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "FLOWROUTE_SECRET_KEY", matches = ".+")
class FlowrouteLiveApiIT extends CamelTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        FlowrouteComponent component = new FlowrouteComponent();
        component.getConfiguration().setAccessKey(System.getenv("FLOWROUTE_ACCESS_KEY"));
        component.getConfiguration().setSecretKey(System.getenv("FLOWROUTE_SECRET_KEY"));
        context.addComponent("flowroute", component);
        return context;
    }

    @Test
    void accountNumbersRead() {
        List<PhoneNumber> numbers = list("flowroute:listNumbers?limit=5");

        assertThat(numbers).allSatisfy(n -> assertThat(n.value()).hasSize(11));
    }

    @Test
    void inventoryReads() {
        List<AvailableNumber> numbers = list("flowroute:searchAvailableNumbers?state=WA&limit=5");

        assertThat(numbers).allSatisfy(n -> assertThat(n.state()).isEqualToIgnoringCase("WA"));
    }

    @Test
    void areaCodesRead() {
        List<AvailableCode> codes = list("flowroute:listAvailableAreaCodes?limit=5");

        assertThat(codes).isNotEmpty().allSatisfy(c -> assertThat(c.code()).hasSize(3));
    }

    @Test
    void routesRead() {
        List<Route> routes = list("flowroute:listRoutes?limit=5");

        assertThat(routes).allSatisfy(r -> assertThat(r.id()).isNotBlank());
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(String uri) {
        return template.requestBody(uri, null, List.class);
    }
}
