package io.github.camelflowroute.component.flowroute.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A delivery receipt of a sent message. Usually two per message: level 1 when the carrier gateway took it,
 * level 2 with the carrier's result.
 *
 * @param level                 1 (gateway) or 2 (carrier)
 * @param status                for example {@code delivered}, {@code message buffered}, {@code failed}
 * @param statusCode            the carrier's numeric code
 * @param statusCodeDescription the carrier's description of the code
 * @param timestamp             when the receipt was issued
 * @param messageId             the MDR id of the message, when the receipt came by callback
 * @param body                  the message text the callback repeats, when it does
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ApiObject
public record DeliveryReceipt(
        Integer level,
        String status,
        Integer statusCode,
        String statusCodeDescription,
        @ApiTimestamp Instant timestamp,
        String messageId,
        String body) {

    /** This receipt with the message id that JSON:API carries outside the attributes. */
    public DeliveryReceipt withMessageId(String messageId) {
        return new DeliveryReceipt(level, status, statusCode, statusCodeDescription, timestamp, messageId, body);
    }

    /** Leaves out the text: message bodies are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "DeliveryReceipt[messageId=" + messageId + ", level=" + level + ", status=" + status + "]";
    }
}
