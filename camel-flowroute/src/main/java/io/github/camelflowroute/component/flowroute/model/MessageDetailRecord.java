package io.github.camelflowroute.component.flowroute.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A message detail record (MDR): one sent or received SMS/MMS as Flowroute recorded it.
 *
 * @param id                the MDR id ({@code mdr2-} and 32 hex digits)
 * @param direction         {@code inbound} or {@code outbound}
 * @param from              the sending number
 * @param to                the receiving number
 * @param body              the text
 * @param isMms             whether it is an MMS
 * @param messageEncoding   0 for GSM, 8 for UCS-2
 * @param messageType       {@code longcode} or {@code toll-free}
 * @param status            the delivery status Flowroute holds
 * @param timestamp         when Flowroute recorded it
 * @param amountNanodollars the price in billionths of a dollar
 * @param amountDisplay     the price as Flowroute displays it, for example {@code $0.0040}
 * @param deliveryReceipts  the delivery receipts received so far
 * @param media             the media of an MMS
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@ApiObject
public record MessageDetailRecord(
        String id,
        String direction,
        String from,
        String to,
        String body,
        Boolean isMms,
        Integer messageEncoding,
        String messageType,
        String status,
        @ApiTimestamp Instant timestamp,
        Long amountNanodollars,
        String amountDisplay,
        List<DeliveryReceipt> deliveryReceipts,
        List<Media> media) {

    public MessageDetailRecord {
        deliveryReceipts = deliveryReceipts == null ? List.of() : List.copyOf(deliveryReceipts);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** This record with the resource id and media that JSON:API carries outside the attributes. */
    public MessageDetailRecord withIdAndMedia(String id, List<Media> media) {
        return new MessageDetailRecord(
                id, direction, from, to, body, isMms, messageEncoding, messageType, status, timestamp,
                amountNanodollars, amountDisplay, deliveryReceipts, media.isEmpty() ? this.media : media);
    }

    /** Leaves out the text: message bodies are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "MessageDetailRecord[id=" + id + ", direction=" + direction + ", status=" + status
                + ", timestamp=" + timestamp + "]";
    }
}
