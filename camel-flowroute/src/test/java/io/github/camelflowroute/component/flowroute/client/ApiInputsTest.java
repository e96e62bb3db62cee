package io.github.camelflowroute.component.flowroute.client;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiInputsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "+1 (206) 555-0100", "1-206-555-0100", "2065550100", "12065550100", "206.555.0100", " +12065550100 " })
    void commonPhoneNumberFormsNormaliseToElevenDigits(String written) {
        assertThat(ApiInputs.phoneNumber("to", written)).isEqualTo("12065550100");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "555-0100", "+44 20 7946 0000", "22065550100", "1206555010a", "206555010", "1 (106) 555-0100",
            "206+5550100", "++12065550100", "206_555_0100", "" })
    void whatCannotBeANorthAmericanNumberIsRefused(String written) {
        assertThatThrownBy(() -> ApiInputs.phoneNumber("to", written))
                .isInstanceOf(FlowrouteValidationException.class)
                .extracting(e -> ((FlowrouteValidationException) e).getField()).isEqualTo("to");
    }

    @Test
    void missingPhoneNumberIsRefusedAsRequired() {
        assertThatThrownBy(() -> ApiInputs.phoneNumber("from", null))
                .isInstanceOf(FlowrouteValidationException.class).hasMessage("Invalid from: is required");
    }

    @Test
    void messageIdsNeedTheMdrPrefixAndThirtyTwoHexDigits() {
        assertThat(ApiInputs.messageId("mdr2-39cadeace66e11e7aff806cd7f24ba2d")).startsWith("mdr2-");
        assertThatThrownBy(() -> ApiInputs.messageId("mdr2-xyz")).isInstanceOf(FlowrouteValidationException.class);
        assertThatThrownBy(() -> ApiInputs.messageId("../numbers")).isInstanceOf(FlowrouteValidationException.class);
    }

    @Test
    void limitsOutsideTheCallsRangeAreRefused() {
        assertThat(ApiInputs.limit(200, 200)).isEqualTo(200);
        assertThatThrownBy(() -> ApiInputs.limit(201, 200)).isInstanceOf(FlowrouteValidationException.class);
        assertThatThrownBy(() -> ApiInputs.limit(0, 200)).isInstanceOf(FlowrouteValidationException.class);
        assertThatThrownBy(() -> ApiInputs.offset(-1)).isInstanceOf(FlowrouteValidationException.class);
    }

    @Test
    void filtersAreCheckedAndNormalised() {
        assertThat(ApiInputs.state("wa")).isEqualTo("WA");
        assertThat(ApiInputs.rateCenter("seattle")).isEqualTo("SEATTLE");
        assertThatThrownBy(() -> ApiInputs.state("Washington")).isInstanceOf(FlowrouteValidationException.class);
        assertThatThrownBy(() -> ApiInputs.areaCode("106")).isInstanceOf(FlowrouteValidationException.class);
        assertThatThrownBy(() -> ApiInputs.digitFilter("startsWith", "20a"))
                .isInstanceOf(FlowrouteValidationException.class);
        assertThatThrownBy(() -> ApiInputs.cost("maxSetupCost", new BigDecimal("-1")))
                .isInstanceOf(FlowrouteValidationException.class);
    }

    @Test
    void urlsMustBeAbsoluteHttp() {
        assertThat(ApiInputs.httpUrl("mediaUrls", "https://example.com/a.png")).isNotNull();
        assertThatThrownBy(() -> ApiInputs.httpUrl("mediaUrls", "ftp://example.com/a.png"))
                .isInstanceOf(FlowrouteValidationException.class);
        assertThatThrownBy(() -> ApiInputs.httpUrl("mediaUrls", "/relative.png"))
                .isInstanceOf(FlowrouteValidationException.class);
    }

    @Test
    void apiDatesAreUtcWithMilliseconds() {
        assertThat(ApiInputs.apiDate(Instant.parse("2024-05-01T10:00:00Z"))).isEqualTo("2024-05-01T10:00:00.000Z");
    }
}
