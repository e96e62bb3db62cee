package io.github.camelflowroute.component.flowroute.internal;

import java.util.Map;

import io.github.camelflowroute.component.flowroute.FlowrouteConfiguration;
import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.FlowrouteOperation;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.CallbackType;
import org.apache.camel.Exchange;

/** setCallback, getCallback and removeCallback: of the account, or of one number when a number is given. */
public final class CallbackOperations {

    private CallbackOperations() {
    }

    public static void register(Map<FlowrouteOperation, OperationHandler> handlers) {
        handlers.put(FlowrouteOperation.setCallback, (exchange, client, conf) -> {
            CallbackType type = type(exchange, conf);
            String url = ExchangeInputs.text(exchange, FlowrouteConstants.CALLBACK_URL, conf.getCallbackUrl());
            String number = NumberOperations.number(exchange, conf);
            return (number == null ? client.setCallback(type, url) : client.setNumberCallback(number, type, url))
                    .thenAccept(none -> exchange.getMessage().setBody(null));
        });
        handlers.put(FlowrouteOperation.getCallback, (exchange, client, conf) -> {
            CallbackType type = type(exchange, conf);
            String number = NumberOperations.number(exchange, conf);
            return (number == null ? client.getCallback(type) : client.getNumberCallback(number, type))
                    .thenAccept(exchange.getMessage()::setBody);
        });
        handlers.put(FlowrouteOperation.removeCallback, (exchange, client, conf) -> {
            CallbackType type = type(exchange, conf);
            String number = NumberOperations.number(exchange, conf);
            return (number == null ? client.removeCallback(type) : client.removeNumberCallback(number, type))
                    .thenAccept(none -> exchange.getMessage().setBody(null));
        });
    }

    private static CallbackType type(Exchange exchange, FlowrouteConfiguration conf) {
        Object value = exchange.getMessage().getHeader(FlowrouteConstants.CALLBACK_TYPE);
        if (value == null) {
            if (conf.getCallbackType() == null) {
                throw new FlowrouteValidationException("callbackType", "is required (sms, mms or dlr)");
            }
            return conf.getCallbackType();
        }
        if (value instanceof CallbackType t) {
            return t;
        }
        try {
            return CallbackType.fromText(value.toString());
        } catch (IllegalArgumentException e) {
            throw new FlowrouteValidationException("callbackType", "expected sms, mms or dlr");
        }
    }
}
