package io.github.camelflowroute.component.flowroute;

import java.util.List;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import io.github.camelflowroute.simulator.ResponseStyle;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers typed strictly as the spec says (numbers as integers, MDRs wrapped) read the same as the live API's. */
class SpecStyleAnswersTest extends CamelTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM =
            new FlowrouteSimulatorExtension(FlowrouteSimulator.builder().responseStyle(ResponseStyle.SPEC));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("flowroute", FlowrouteTestSupport.componentFor(SIM.simulator()));
        return context;
    }

    @Test
    void numbersWithIntegerValuesReadAsElevenDigitText() {
        String owned = SIM.simulator().state().accountNumbers().get(0).number();

        PhoneNumber number = template.requestBody("flowroute:getNumber?number=" + owned, null, PhoneNumber.class);

        assertThat(number.value()).isEqualTo(owned);
        assertThat(SIM.simulator().responseViolations()).isEmpty();
    }

    @Test
    void wrappedMdrSearchItemsRead() {
        String from = SIM.simulator().state().accountNumbers().get(0).number();
        Exchange sent = template.request("flowroute:sendMessage?from=" + from + "&to=12065550199",
                e -> e.getMessage().setBody("spec style"));

        @SuppressWarnings("unchecked")
        List<MessageDetailRecord> found = template.requestBody(
                "flowroute:listMessages?startDate=2000-01-01", null, List.class);

        assertThat(found).extracting(MessageDetailRecord::id)
                .contains(sent.getMessage().getHeader(FlowrouteConstants.MESSAGE_ID, String.class));
        assertThat(found).allSatisfy(m -> assertThat(m.id()).startsWith("mdr"));
        assertThat(SIM.simulator().responseViolations()).isEmpty();
    }
}
