package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.Callback;
import io.github.camelflowroute.component.flowroute.model.CallbackType;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackOperationsTest extends FlowrouteTestSupport {

    private static final String URL = "https://hooks.example.com/flowroute/sms";

    @Test
    void setCallbackRegistersTheAccountsUrl() {
        Exchange out = call("flowroute:setCallback?callbackType=SMS&callbackUrl=" + URL);

        assertThat(out.getException()).isNull();
        assertThat(simulator().state().callbacks().account(io.github.camelflowroute.simulator.CallbackType.SMS))
                .contains(URL);
    }

    @Test
    void getCallbackReadsItBack() {
        call("flowroute:setCallback?callbackType=DLR&callbackUrl=" + URL);

        Callback callback = call("flowroute:getCallback?callbackType=dlr").getMessage().getBody(Callback.class);

        assertThat(callback.type()).isEqualTo(CallbackType.DLR);
        assertThat(callback.url()).isEqualTo(URL);
    }

    @Test
    void removeCallbackRemovesIt() {
        call("flowroute:setCallback?callbackType=MMS&callbackUrl=" + URL);

        Exchange out = call("flowroute:removeCallback?callbackType=MMS");

        assertThat(out.getException()).isNull();
        assertThat(simulator().state().callbacks().account()).isEmpty();
    }

    @Test
    void numberHeaderSetsTheCallbackOfThatNumber() {
        Exchange out = call("flowroute:setCallback?callbackUrl=" + URL, e -> {
            e.getMessage().setHeader(FlowrouteConstants.NUMBER, "+" + accountNumber());
            e.getMessage().setHeader(FlowrouteConstants.CALLBACK_TYPE, "sms");
        });

        assertThat(out.getException()).isNull();
        assertThat(simulator().state().callbacks().number(accountNumber(),
                io.github.camelflowroute.simulator.CallbackType.SMS)).contains(URL);
        Callback read = call("flowroute:getCallback?callbackType=SMS&number=" + accountNumber()).getMessage()
                .getBody(Callback.class);
        assertThat(read.number()).isEqualTo(accountNumber());
        assertThat(read.url()).isEqualTo(URL);
    }

    @Test
    void missingTypeOrBadUrlIsRefusedBeforeAnyRequest() {
        Exchange noType = call("flowroute:setCallback?callbackUrl=" + URL);
        Exchange badUrl = call("flowroute:setCallback?callbackType=SMS&callbackUrl=ftp://example.com/x");

        assertThat(((FlowrouteValidationException) noType.getException()).getField()).isEqualTo("callbackType");
        assertThat(((FlowrouteValidationException) badUrl.getException()).getField()).isEqualTo("callbackUrl");
        assertThat(simulator().journal().count()).isZero();
    }
}
