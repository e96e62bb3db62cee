package io.github.camelflowroute.component.flowroute;

import java.util.List;

import io.github.camelflowroute.component.flowroute.model.AvailableCode;
import io.github.camelflowroute.component.flowroute.model.AvailableNumber;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import io.github.camelflowroute.simulator.SimNumber;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberOperationsTest extends FlowrouteTestSupport {

    @Test
    void listNumbersReturnsTheAccountsNumbers() {
        List<PhoneNumber> numbers = list(call("flowroute:listNumbers?limit=200"));

        assertThat(numbers).extracting(PhoneNumber::value).containsExactlyInAnyOrderElementsOf(
                simulator().state().accountNumbers().stream().map(SimNumber::number).toList());
    }

    @Test
    void listNumbersFiltersByLeadingDigits() {
        String number = accountNumber();

        List<PhoneNumber> numbers = list(call("flowroute:listNumbers?startsWith=" + number.substring(0, 7)));

        assertThat(numbers).isNotEmpty().allSatisfy(n -> assertThat(n.value()).startsWith(number.substring(0, 7)));
    }

    @Test
    void getNumberReturnsItsDetails() {
        SimNumber owned = simulator().state().accountNumbers().get(0);

        PhoneNumber number = call("flowroute:getNumber", e -> e.getMessage().setHeader(FlowrouteConstants.NUMBER,
                "+" + owned.number())).getMessage().getBody(PhoneNumber.class);

        assertThat(number.value()).isEqualTo(owned.number());
        // the API writes rate centres and states in lower case (the simulator's state keeps the case it was given)
        assertThat(number.rateCenter()).isEqualToIgnoringCase(owned.rateCenter());
        assertThat(number.state()).isEqualToIgnoringCase(owned.state());
    }

    @Test
    void searchAvailableNumbersFiltersByState() {
        List<AvailableNumber> found = list(call("flowroute:searchAvailableNumbers?state=WA&limit=20"));

        assertThat(found).hasSize(20).allSatisfy(n -> {
            assertThat(n.state()).isEqualTo("wa");
            assertThat(n.value()).hasSize(11);
            assertThat(n.monthlyCost()).isPositive();
        });
    }

    @Test
    void searchAvailableNumbersFiltersByRateCenterAndDigits() {
        List<AvailableNumber> found = list(call("flowroute:searchAvailableNumbers?rateCenter=SEATTLE&startsWith=1206"));

        assertThat(found).isNotEmpty().allSatisfy(n -> {
            assertThat(n.rateCenter()).isEqualTo("seattle");
            assertThat(n.value()).startsWith("1206");
        });
    }

    @Test
    void purchaseNumberMovesItIntoTheAccount() {
        String wanted = simulator().state().availableNumbers().get(0).number();

        Exchange out = call("flowroute:purchaseNumber?number=" + wanted);

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(PhoneNumber.class).value()).isEqualTo(wanted);
        assertThat(out.getMessage().getHeader(FlowrouteConstants.NUMBER)).isEqualTo(wanted);
        assertThat(simulator().state().findAccountNumber(wanted)).isPresent();
        assertThat(simulator().state().availableNumbers()).extracting(SimNumber::number).doesNotContain(wanted);
    }

    @Test
    void listAvailableAreaCodesReturnsThreeDigitCodes() {
        List<AvailableCode> codes = list(call("flowroute:listAvailableAreaCodes?limit=400"));

        assertThat(codes).isNotEmpty()
                .allSatisfy(c -> assertThat(c.code()).matches("[2-9][0-9]{2}"))
                .extracting(AvailableCode::code).contains("206");
        assertThat(codes).extracting(AvailableCode::type).containsOnly("areacode");
    }

    @Test
    void listAvailableExchangesOfAnAreaCode() {
        List<AvailableCode> exchanges = list(call("flowroute:listAvailableExchanges?areaCode=206"));

        assertThat(exchanges).isNotEmpty().allSatisfy(c -> {
            assertThat(c.code()).startsWith("206").hasSize(6);
            assertThat(c.type()).isEqualTo("exchange");
        });
    }

    @Test
    void fetchAllPagesWalksTheWholeInventoryOfAState() {
        long expected = simulator().state().availableNumbers().stream().filter(n -> "OR".equals(n.state())).count();

        List<AvailableNumber> all = list(call("flowroute:searchAvailableNumbers?state=OR&limit=10&fetchAllPages=true"));

        assertThat(all).hasSize((int) expected).extracting(AvailableNumber::value).doesNotHaveDuplicates();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Exchange out) {
        assertThat(out.getException()).isNull();
        return out.getMessage().getBody(List.class);
    }
}
