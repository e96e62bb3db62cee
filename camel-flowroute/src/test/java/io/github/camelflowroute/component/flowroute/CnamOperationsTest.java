package io.github.camelflowroute.component.flowroute;

import java.util.List;

import io.github.camelflowroute.component.flowroute.client.FlowrouteApiException;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.CnamAssignment;
import io.github.camelflowroute.component.flowroute.model.CnamRecord;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CnamOperationsTest extends FlowrouteTestSupport {

    @Test
    void createCnamRecordTakesTheBodyTextAndIsPendingReview() {
        Exchange out = call("flowroute:createCnamRecord", e -> e.getMessage().setBody("ACME SUPPORT"));

        assertThat(out.getException()).isNull();
        CnamRecord record = out.getMessage().getBody(CnamRecord.class);
        assertThat(record.value()).isEqualTo("ACME SUPPORT");
        assertThat(record.isApproved()).isFalse();
        assertThat(out.getMessage().getHeader(FlowrouteConstants.CNAM_ID)).isEqualTo(record.id());
    }

    @Test
    void theCnamValueHeaderWinsOverTheBody() {
        Exchange out = call("flowroute:createCnamRecord", e -> {
            e.getMessage().setHeader(FlowrouteConstants.CNAM_VALUE, "FRONT DESK");
            e.getMessage().setBody("ignored");
        });

        assertThat(out.getMessage().getBody(CnamRecord.class).value()).isEqualTo("FRONT DESK");
    }

    @ParameterizedTest
    @ValueSource(strings = { "A NAME MUCH TOO LONG", "2065550100", " " })
    void aBadCnamValueIsRefusedBeforeAnyRequest(String value) {
        Exchange out = call("flowroute:createCnamRecord", e -> e.getMessage().setBody(value));

        assertThat(((FlowrouteValidationException) out.getException()).getField()).isEqualTo("cnamValue");
        assertThat(simulator().journal().count()).isZero();
    }

    @Test
    void theSameValueTwiceIsA422() {
        create("ACME");

        Exchange out = call("flowroute:createCnamRecord?cnamValue=ACME");

        assertThat(((FlowrouteApiException) out.getException()).isUnprocessable()).isTrue();
    }

    @Test
    void getCnamRecordReadsItBackWithItsApproval() {
        String id = create("ACME");
        simulator().state().cnams().approve(id);

        CnamRecord record = call("flowroute:getCnamRecord?cnamId=" + id).getMessage().getBody(CnamRecord.class);

        assertThat(record.id()).isEqualTo(id);
        assertThat(record.isApproved()).isTrue();
    }

    @Test
    void listCnamRecordsFiltersByApproval() {
        String approved = create("ACME");
        String pending = create("OTHER");
        simulator().state().cnams().approve(approved);

        List<CnamRecord> onlyApproved = list(call("flowroute:listCnamRecords?isApproved=true&limit=200"));
        List<CnamRecord> onlyPending = list(call("flowroute:listCnamRecords", e -> e.getMessage()
                .setHeader(FlowrouteConstants.IS_APPROVED, false)));

        assertThat(onlyApproved).extracting(CnamRecord::id).contains(approved).doesNotContain(pending);
        assertThat(onlyPending).extracting(CnamRecord::id).contains(pending).doesNotContain(approved);
    }

    @Test
    void aPendingRecordCannotBeAssigned() {
        String id = create("ACME");

        Exchange out = call("flowroute:assignCnamRecord?number=" + accountNumber() + "&cnamId=" + id);

        assertThat(((FlowrouteApiException) out.getException()).isUnprocessable()).isTrue();
    }

    @Test
    void anApprovedRecordIsAssignedAndUnassigned() {
        String id = create("ACME");
        simulator().state().cnams().approve(id);
        String number = accountNumber();

        Exchange assigned = call("flowroute:assignCnamRecord?number=" + number + "&cnamId=" + id);
        assertThat(assigned.getException()).isNull();
        assertThat(assigned.getMessage().getBody(CnamAssignment.class).cnamId()).isEqualTo(id);
        assertThat(simulator().state().cnams().recordOf(number)).contains(id);

        Exchange unassigned = call("flowroute:unassignCnamRecord?number=" + number);
        assertThat(unassigned.getException()).isNull();
        assertThat(unassigned.getMessage().getBody(CnamAssignment.class).cnamId()).isNull();
        assertThat(simulator().state().cnams().recordOf(number)).isEmpty();
    }

    @Test
    void deleteCnamRecordRemovesIt() {
        String id = create("ACME");

        assertThat(call("flowroute:deleteCnamRecord?cnamId=" + id).getException()).isNull();

        assertThat(((FlowrouteApiException) call("flowroute:getCnamRecord?cnamId=" + id).getException()).isNotFound())
                .isTrue();
    }

    private String create(String value) {
        Exchange out = call("flowroute:createCnamRecord?cnamValue=" + value.replace(" ", "+"));
        assertThat(out.getException()).isNull();
        simulator().journal().clear();
        return out.getMessage().getHeader(FlowrouteConstants.CNAM_ID, String.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(List.class);
    }
}
