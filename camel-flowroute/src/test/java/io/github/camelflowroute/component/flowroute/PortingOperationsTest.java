package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.Map;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.PortOrder;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortingOperationsTest extends FlowrouteTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void checkPortabilityAnswersPerNumber() {
        Exchange out = call("flowroute:checkPortability", e -> e.getMessage()
                .setBody(List.of("+1 (425) 466-4444", accountNumber())));

        assertThat(out.getException()).isNull();
        List<Map<String, Object>> data = (List<Map<String, Object>>) out.getMessage().getBody(Map.class).get("data");
        assertThat(data).hasSize(2);
        assertThat(data).extracting(d -> d.get("id")).containsExactly("14254664444", accountNumber());
    }

    @Test
    void checkPortabilityTakesCommaSeparatedText() {
        Exchange out = call("flowroute:checkPortability", e -> e.getMessage().setBody("14254664444, 18827833439"));

        assertThat(out.getException()).isNull();
    }

    @Test
    void aBadNumberIsRefusedBeforeAnyRequest() {
        Exchange out = call("flowroute:checkPortability", e -> e.getMessage().setBody(List.of("14254664444", "555")));

        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo("numbers");
        assertThat(simulator().journal().count()).isZero();
    }

    @Test
    void noNumbersIsRefusedBeforeAnyRequest() {
        Exchange out = call("flowroute:checkPortability", e -> e.getMessage().setBody(List.of()));

        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo("numbers");
    }

    @Test
    void listPortOrdersGivesThemWithTheirAttributes() {
        Exchange out = call("flowroute:listPortOrders?limit=10");

        assertThat(out.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<PortOrder> orders = out.getMessage().getBody(List.class);
        assertThat(orders).allSatisfy(o -> assertThat(o.id()).isNotBlank());
    }
}
