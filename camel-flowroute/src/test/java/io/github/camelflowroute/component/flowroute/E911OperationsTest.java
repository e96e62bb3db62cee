package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.E911Address;
import io.github.camelflowroute.component.flowroute.model.PhoneNumber;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class E911OperationsTest extends FlowrouteTestSupport {

    @Test
    void createE911AddressFromAMapOfTheApisAttributeNames() throws IOException {
        Exchange out = call("flowroute:createE911Address", e -> e.getMessage().setBody(address()));

        assertThat(out.getException()).isNull();
        E911Address created = out.getMessage().getBody(E911Address.class);
        assertThat(created.id()).isNotBlank();
        assertThat(created.zip()).isEqualTo("98101");
        assertThat(created.firstName()).isEqualTo("Albus");
        assertThat(out.getMessage().getHeader(FlowrouteConstants.E911_ID)).isEqualTo(created.id());
        assertThat(simulator().state().e911().find(created.id())).isPresent();
    }

    @Test
    void getE911AddressReadsItBack() throws IOException {
        String id = create(address());

        E911Address read = call("flowroute:getE911Address?e911Id=" + id).getMessage().getBody(E911Address.class);

        assertThat(read.id()).isEqualTo(id);
        assertThat(read.label()).isEqualTo("Office Space III");
        assertThat(read.addressType()).isEqualTo("Suite");
    }

    @Test
    void validateE911AddressKeepsTheAddressAsTheBody() throws IOException {
        Exchange out = call("flowroute:validateE911Address", e -> e.getMessage().setBody(address()));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(E911Address.class).city()).isEqualTo("Seattle");
        assertThat(simulator().state().e911().list()).hasSize(2);
    }

    @Test
    void anAddressTheApiCannotPlaceIsA400WithItsDetail() throws IOException {
        Map<String, Object> nowhere = address();
        nowhere.put("state", "ZZ");

        Exchange out = call("flowroute:validateE911Address", e -> e.getMessage().setBody(nowhere));

        FlowrouteApiException error = (FlowrouteApiException) out.getException();
        assertThat(error.getStatusCode()).isEqualTo(400);
        assertThat(error.getErrors().get(0).detail()).contains("Could not geocode");
    }

    @Test
    void aDuplicateAddressIsRefusedWith403() throws IOException {
        create(address());

        Exchange out = call("flowroute:createE911Address", e -> e.getMessage().setBody(address()));

        assertThat(((FlowrouteApiException) out.getException()).isForbidden()).isTrue();
    }

    @ParameterizedTest(name = "{0}={1} refused")
    @CsvSource({ "first_name,''", "street_name,'  '", "zip,981", "zip,98101-12", "state,Washington", "state,W1",
            "city,''", "label,''" })
    void aBadAddressFieldIsRefusedByNameBeforeAnyRequest(String field, String value) throws IOException {
        Map<String, Object> bad = address();
        bad.put(field, value);

        Exchange out = call("flowroute:createE911Address", e -> e.getMessage().setBody(bad));

        assertThat(out.getException()).isInstanceOf(FlowrouteValidationException.class);
        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo(field);
        assertThat(simulator().journal().count()).isZero();
    }

    @Test
    void aMissingBodyIsRefusedBeforeAnyRequest() {
        Exchange out = call("flowroute:createE911Address", e -> e.getMessage().setBody(null));

        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo("body");
        assertThat(simulator().journal().count()).isZero();
    }

    @Test
    void aMalformedE911IdIsRefusedBeforeAnyRequest() {
        Exchange out = call("flowroute:getE911Address?e911Id=../numbers");

        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo("e911Id");
        assertThat(simulator().journal().count()).isZero();
    }

    @Test
    void updateE911AddressChangesOnlyTheFieldsGiven() throws IOException {
        String id = create(address());

        Exchange out = call("flowroute:updateE911Address", e -> {
            e.getMessage().setHeader(FlowrouteConstants.E911_ID, id);
            e.getMessage().setBody(Map.of("label", "Front desk"));
        });

        E911Address updated = out.getMessage().getBody(E911Address.class);
        assertThat(updated.label()).isEqualTo("Front desk");
        assertThat(updated.streetName()).isEqualTo("Main St");
    }

    @Test
    void assignedNumbersAreListedUntilUnassigned() throws IOException {
        String id = create(address());
        String number = accountNumber();

        assertThat(call("flowroute:assignE911Address?number=" + number + "&e911Id=" + id).getException()).isNull();
        List<PhoneNumber> using = list(call("flowroute:listE911AddressNumbers?e911Id=" + id));
        assertThat(using).extracting(PhoneNumber::value).containsExactly(number);

        assertThat(call("flowroute:unassignE911Address?number=" + number).getException()).isNull();
        assertThat(list(call("flowroute:listE911AddressNumbers?e911Id=" + id))).isEmpty();
    }

    @Test
    void anAddressInUseCannotBeDeletedUntilUnassigned() throws IOException {
        String id = create(address());
        String number = accountNumber();
        call("flowroute:assignE911Address?number=" + number + "&e911Id=" + id);

        Exchange refused = call("flowroute:deleteE911Address?e911Id=" + id);
        assertThat(((FlowrouteApiException) refused.getException()).getStatusCode()).isEqualTo(409);

        call("flowroute:unassignE911Address?number=" + number);
        assertThat(call("flowroute:deleteE911Address?e911Id=" + id).getException()).isNull();
        assertThat(((FlowrouteApiException) call("flowroute:getE911Address?e911Id=" + id).getException()).isNotFound())
                .isTrue();
    }

    @Test
    void listE911AddressesPagesAndFiltersByState() throws IOException {
        Map<String, Object> second = address();
        second.put("label", "Second");
        create(address());
        create(second);

        Exchange first = call("flowroute:listE911Addresses?limit=2");
        assertThat(list(first)).hasSize(2);
        assertThat(first.getMessage().getHeader(FlowrouteConstants.HAS_MORE, Boolean.class)).isTrue();
        assertThat(first.getMessage().getHeader(FlowrouteConstants.NEXT_OFFSET)).isEqualTo(2);

        Exchange all = call("flowroute:listE911Addresses?limit=2&fetchAllPages=true");
        assertThat(list(all)).hasSize(4);

        List<E911Address> inOregon = list(call("flowroute:listE911Addresses?state=or"));
        assertThat(inOregon).isEmpty();
    }

    private String create(Map<String, Object> address) {
        Exchange out = call("flowroute:createE911Address", e -> e.getMessage().setBody(address));
        assertThat(out.getException()).isNull();
        simulator().journal().clear();
        return out.getMessage().getHeader(FlowrouteConstants.E911_ID, String.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> address() throws IOException {
        try (InputStream in = E911OperationsTest.class.getResourceAsStream("/fixtures/e911-address.json")) {
            return new LinkedHashMap<>(new ObjectMapper().readValue(in, Map.class));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(List.class);
    }
}
