package io.github.camelflowroute.component.flowroute.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An SMS or MMS to send: the body of {@code POST /v2.1/messages}.
 *
 * @param from        the sending number, one of the account's numbers
 * @param to          the receiving number
 * @param body        the text; optional for an MMS that carries media
 * @param mediaUrls   public URLs of the media of an MMS; empty for an SMS
 * @param isMms       {@code true} to send as MMS; {@code null} means "MMS when there are media URLs"
 * @param dlrCallback a URL that receives this message's delivery receipts, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@ApiObject
public record OutboundMessage(
        String from,
        String to,
        String body,
        @JsonAlias("mediaUrls") List<String> mediaUrls,
        @JsonAlias("isMms") Boolean isMms,
        @JsonAlias("dlrCallback") String dlrCallback) {

    public OutboundMessage {
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
    }

    /** A text message. */
    public static OutboundMessage sms(String from, String to, String body) {
        return new OutboundMessage(from, to, body, List.of(), null, null);
    }

    /** A multimedia message with the given media URLs and an optional text. */
    public static OutboundMessage mms(String from, String to, String body, List<String> mediaUrls) {
        return new OutboundMessage(from, to, body, mediaUrls, Boolean.TRUE, null);
    }

    /** Whether this message goes out as MMS: explicitly, or because it carries media. */
    @JsonIgnore
    public boolean multimedia() {
        return isMms != null ? isMms : !mediaUrls.isEmpty();
    }

    public OutboundMessage withFrom(String from) {
        return new OutboundMessage(from, to, body, mediaUrls, isMms, dlrCallback);
    }

    public OutboundMessage withTo(String to) {
        return new OutboundMessage(from, to, body, mediaUrls, isMms, dlrCallback);
    }

    public OutboundMessage withBody(String body) {
        return new OutboundMessage(from, to, body, mediaUrls, isMms, dlrCallback);
    }

    public OutboundMessage withMediaUrls(List<String> mediaUrls) {
        return new OutboundMessage(from, to, body, mediaUrls, isMms, dlrCallback);
    }

    public OutboundMessage withIsMms(Boolean isMms) {
        return new OutboundMessage(from, to, body, mediaUrls, isMms, dlrCallback);
    }

    public OutboundMessage withDlrCallback(String dlrCallback) {
        return new OutboundMessage(from, to, body, mediaUrls, isMms, dlrCallback);
    }

    /** Leaves out the text: message bodies are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "OutboundMessage[from=" + from + ", to=" + to + ", mms=" + multimedia() + ", media=" + mediaUrls.size()
                + "]";
    }
}
