package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;

import io.github.camelflowroute.component.flowroute.model.DeliveryReceipt;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;

/**
 * Reads what Flowroute posts to a callback URL, in both styles it uses: JSON:API and the flat legacy body. A body
 * that is not one of them is refused with a {@link FlowrouteValidationException} on {@code body}.
 */
public final class CallbackPayloads {

    private static final JsonApiCodec CODEC = new JsonApiCodec();

    private CallbackPayloads() {
    }

    /** An inbound SMS or MMS, as the same model the message record consumer emits. */
    public static MessageDetailRecord inboundMessage(byte[] body) {
        MessageDetailRecord message;
        try {
            message = CODEC.inboundMessage(body);
        } catch (IOException | RuntimeException e) {
            throw new FlowrouteValidationException("body", "not an inbound message callback");
        }
        if (message.id() == null || message.id().isBlank() || message.from() == null || message.to() == null) {
            throw new FlowrouteValidationException("body", "an inbound message needs an id, from and to");
        }
        return message;
    }

    /** A delivery receipt, with the id of the message it belongs to. */
    public static DeliveryReceipt deliveryReceipt(byte[] body) {
        DeliveryReceipt receipt;
        try {
            receipt = CODEC.deliveryReceipt(body);
        } catch (IOException | RuntimeException e) {
            throw new FlowrouteValidationException("body", "not a delivery receipt callback");
        }
        if (receipt.messageId() == null || receipt.messageId().isBlank() || receipt.status() == null) {
            throw new FlowrouteValidationException("body", "a delivery receipt needs a message id and a status");
        }
        return receipt;
    }
}
