package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.simulator.CallbackType;
import io.github.camelflowroute.simulator.FaultRule;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The webhook consumers register their URL with Flowroute when the webhook endpoint starts and remove it when it stops
 * (with the CamelContext: Camel's webhook component ties registration to its endpoint, not to the route).
 */
class WebhookRegistrationTest extends WebhookTestSupport {

    @Test
    void inboundMessagesRegistersTheAccountsSmsAndMmsCallbacks() throws Exception {
        webhook("inboundMessages", "");

        assertThat(simulator().state().callbacks().account(CallbackType.SMS)).contains(EXTERNAL + "/hook");
        assertThat(simulator().state().callbacks().account(CallbackType.MMS)).contains(EXTERNAL + "/hook");
        assertThat(simulator().state().callbacks().account(CallbackType.DLR)).isEmpty();
    }

    @Test
    void deliveryReceiptsRegistersTheDlrCallback() throws Exception {
        webhook("deliveryReceipts", "");

        assertThat(simulator().state().callbacks().account(CallbackType.DLR)).contains(EXTERNAL + "/hook");
        assertThat(simulator().state().callbacks().account(CallbackType.SMS)).isEmpty();
    }

    @Test
    void aRegistrationTheApiRefusesStopsTheRouteFromStarting() {
        simulator().faults().enqueue(FaultRule.onPath("PUT", "/v2.1/messages/sms_callback").always().respond(401));

        assertThatThrownBy(() -> webhook("inboundMessages", "")).hasStackTraceContaining("answered 401");
        assertThat(context.getRouteController().getRouteStatus("webhook")).isNotEqualTo(ServiceStatus.Started);
    }

    @Test
    void stoppingRemovesWhatStartRegistered() throws Exception {
        webhook("inboundMessages", "");

        context.stop();

        assertThat(simulator().state().callbacks().account()).isEmpty();
    }

    @Test
    void keepCallbacksOnStopLeavesTheRegistration() throws Exception {
        webhook("inboundMessages", "keepCallbacksOnStop=true");

        context.stop();

        assertThat(simulator().state().callbacks().account(CallbackType.SMS)).contains(EXTERNAL + "/hook");
    }

    @Test
    void callbackNumbersRegisterOnThoseNumbersInsteadOfTheAccount() throws Exception {
        String number = accountNumber();
        webhook("inboundMessages", "callbackNumbers=" + number);

        assertThat(simulator().state().callbacks().number(number, CallbackType.SMS)).contains(EXTERNAL + "/hook");
        assertThat(simulator().state().callbacks().account()).isEmpty();

        context.stop();
        assertThat(simulator().state().callbacks().number(number, CallbackType.SMS)).isEmpty();
    }

    @Test
    void tokenIsPartOfTheRegisteredUrl() throws Exception {
        webhook("inboundMessages", "webhookToken=RAW(s3cret token)");

        assertThat(simulator().state().callbacks().account(CallbackType.SMS))
                .contains(EXTERNAL + "/hook?token=s3cret+token");
    }
}
