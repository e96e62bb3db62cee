package io.github.camelflowroute.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message detail record (MDR) as the simulated account stores it.
 *
 * @param id                {@code mdr2-} followed by 32 lowercase hex digits; {@code null} until stored
 * @param direction         {@code outbound} or {@code inbound}
 * @param from              sender, 11 digits
 * @param to                recipient, 11 digits
 * @param body              text, possibly empty for an MMS
 * @param isMms             whether this is an MMS
 * @param mediaUrls         media of an MMS (empty for SMS)
 * @param timestamp         when the message was sent or received
 * @param status            delivery status, e.g. {@code delivered} or {@code message buffered}
 * @param messageEncoding   0 = GSM 03.38, 8 = UCS-2
 * @param messageType       {@code longcode} or {@code toll-free}
 * @param amountNanodollars price in nanodollars (4,000,000 = $0.004)
 * @param dlrCallback       per-message delivery receipt callback URL, or {@code null}
 * @param deliveryReceipts  receipts received so far, level 1 (gateway) then level 2 (carrier)
 */
public record SimMessage(String id, String direction, String from, String to, String body, boolean isMms,
        List<String> mediaUrls, Instant timestamp, String status, int messageEncoding,
        String messageType, long amountNanodollars, String dlrCallback,
        List<DeliveryReceipt> deliveryReceipts) {

    /** Price of an outbound SMS in nanodollars ($0.0040). */
    public static final long SMS_NANODOLLARS = 4_000_000L;
    /** Level-1 receipt status: handed to the carrier gateway. */
    public static final String SUBMITTED = "smsc submit";
    /** Level-2 receipt status, and an outbound MDR's status: accepted by the carrier. */
    public static final String BUFFERED = "message buffered";
    /** Price of an outbound MMS in nanodollars ($0.0200). */
    public static final long MMS_NANODOLLARS = 20_000_000L;

    /**
     * One delivery receipt of an MDR.
     *
     * @param level                 1 = accepted by the carrier gateway, 2 = carrier's final result
     * @param status                short status text
     * @param statusCode            numeric status code, or {@code null} when the carrier gave none
     * @param statusCodeDescription human-readable code description
     * @param timestamp             when the receipt arrived
     */
    public record DeliveryReceipt(int level, String status, Integer statusCode, String statusCodeDescription,
            Instant timestamp) {
        /** Checks the components. */
        public DeliveryReceipt {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(statusCodeDescription, "statusCodeDescription");
            Objects.requireNonNull(timestamp, "timestamp");
        }
    }

    /** Checks the components and freezes the lists. */
    public SimMessage {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(messageType, "messageType");
        body = body == null ? "" : body;
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
        deliveryReceipts = deliveryReceipts == null ? List.of() : List.copyOf(deliveryReceipts);
    }

    /**
     * An inbound SMS, as if someone texted one of the account's numbers. Inbound traffic is charged like
     * outbound ({@code mdr-list.json}: an inbound SMS at 4,000,000 nanodollars) and has no delivery receipts. The id is
     * assigned when the message is stored
     * ({@link SimulatorState#addMessage(SimMessage)}).
     *
     * @param from      sender, 11 digits
     * @param to        the account number that received it, 11 digits
     * @param body      message text
     * @param timestamp when it was received
     * @return the record, without id
     */
    public static SimMessage inbound(String from, String to, String body, Instant timestamp) {
        return inboundMms(from, to, body, List.of(), timestamp);
    }

    /**
     * An inbound message with media (an MMS when {@code mediaUrls} is not empty).
     *
     * @param from      sender, 11 digits
     * @param to        the account number that received it, 11 digits
     * @param body      message text, may be empty
     * @param mediaUrls media URLs
     * @param timestamp when it was received
     * @return the record, without id
     */
    public static SimMessage inboundMms(String from, String to, String body, List<String> mediaUrls,
            Instant timestamp) {
        boolean mms = mediaUrls != null && !mediaUrls.isEmpty();
        return new SimMessage(null, "inbound", from, to, body, mms, mediaUrls, timestamp, "delivered",
                MessageEncoding.of(body), messageTypeOf(to), mms ? MMS_NANODOLLARS : SMS_NANODOLLARS, null,
                List.of());
    }

    /**
     * An outbound message as the live API records a send ({@code mdr-list.json}): a level-1 receipt
     * {@code smsc submit} without status code ("Message has been sent"), a level-2 receipt
     * {@code message buffered} 1003 ("Message accepted by Carrier"), the MDR's status that of the last
     * receipt, priced per SMS or MMS.
     *
     * @param from        the account's sending number
     * @param to          recipient
     * @param body        text (may be empty for an MMS)
     * @param mms         whether it is an MMS
     * @param mediaUrls   media URLs of an MMS
     * @param dlrCallback callback URL given with the send, or {@code null}
     * @param timestamp   when it was sent
     * @return the record, without id
     */
    public static SimMessage outbound(String from, String to, String body, boolean mms, List<String> mediaUrls,
            String dlrCallback, Instant timestamp) {
        List<DeliveryReceipt> receipts = List.of(
                new DeliveryReceipt(1, SUBMITTED, null, "Message has been sent", timestamp.plusMillis(70)),
                new DeliveryReceipt(2, BUFFERED, 1003, "Message accepted by Carrier", timestamp.plusMillis(70)));
        return new SimMessage(null, "outbound", from, to, body, mms, mediaUrls, timestamp, BUFFERED,
                MessageEncoding.of(body), messageTypeOf(from), mms ? MMS_NANODOLLARS : SMS_NANODOLLARS,
                dlrCallback, receipts);
    }

    /** A copy carrying the given id. */
    public SimMessage withId(String newId) {
        return new SimMessage(newId, direction, from, to, body, isMms, mediaUrls, timestamp, status,
                messageEncoding, messageType, amountNanodollars, dlrCallback, deliveryReceipts);
    }

    /** The id of this MMS's media file at {@code index}, as MDRs and callbacks name it. */
    public String mediaId(int index) {
        return mediaId(id, index);
    }

    /** Media ids derive from the MDR id, so they stay stable across reads. */
    static String mediaId(String messageId, int index) {
        return messageId.replace("mdr2-", "media-") + "-" + index;
    }

    /** Flowroute classifies a message by the account-side number: toll-free numbers send "toll-free". */
    private static String messageTypeOf(String accountSideNumber) {
        return PhoneNumbers.isTollFree(accountSideNumber) ? "toll-free" : "longcode";
    }
}
