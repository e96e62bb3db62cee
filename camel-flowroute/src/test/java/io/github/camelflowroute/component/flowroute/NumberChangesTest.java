package io.github.camelflowroute.component.flowroute;

import java.util.List;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.EdgeStrategy;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** releaseNumber, updateNumberAlias and listEdgeStrategies. */
class NumberChangesTest extends FlowrouteTestSupport {

    @Test
    void updateNumberAliasSetsTheAlias() {
        String number = accountNumber();

        Exchange out = call("flowroute:updateNumberAlias?number=" + number, e -> e.getMessage()
                .setHeader(FlowrouteConstants.ALIAS, "Front desk"));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(PhoneNumber.class).alias()).isEqualTo("Front desk");
        assertThat(call("flowroute:getNumber?number=" + number).getMessage().getBody(PhoneNumber.class).alias())
                .isEqualTo("Front desk");
    }

    @Test
    void updateNumberAliasWithoutAnAliasClearsIt() {
        String number = accountNumber();
        call("flowroute:updateNumberAlias?number=" + number + "&alias=Old");

        Exchange out = call("flowroute:updateNumberAlias?number=" + number);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(PhoneNumber.class).alias()).isNull();
    }

    @Test
    void releaseNumberTakesItOffTheAccount() {
        String number = accountNumber();

        assertThat(call("flowroute:releaseNumber?number=" + number).getException()).isNull();

        Exchange after = call("flowroute:getNumber?number=" + number);
        assertThat(((FlowrouteApiException) after.getException()).isNotFound()).isTrue();
    }

    @Test
    void releasingANumberNotOnTheAccountIsA404() {
        Exchange out = call("flowroute:releaseNumber?number=12065559999");

        assertThat(((FlowrouteApiException) out.getException()).isNotFound()).isTrue();
    }

    @Test
    void releaseNumberRefusesAMalformedNumberBeforeAnyRequest() {
        Exchange out = call("flowroute:releaseNumber?number=555");

        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo("number");
        assertThat(simulator().journal().count()).isZero();
    }

    @Test
    void listEdgeStrategiesGivesEachWithItsAttributes() {
        Exchange out = call("flowroute:listEdgeStrategies");

        assertThat(out.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<EdgeStrategy> strategies = out.getMessage().getBody(List.class);
        assertThat(strategies).isNotEmpty().allSatisfy(s -> {
            assertThat(s.id()).isNotBlank();
            assertThat(s.attributes()).isNotEmpty();
        });
    }
}
