package io.github.camelflowroute.simulator;

/**
 * Decides an MDR's {@code message_encoding}: 0 when every character is in the GSM 03.38 alphabet
 * (basic set or extension table), otherwise 8 (UCS-2), as the notes' "Message size" section describes.
 */
final class MessageEncoding {

    static final int GSM = 0;
    static final int UCS2 = 8;

    /** GSM 03.38 basic character set, written out from the standard's table (ESC excluded). */
    private static final String GSM_BASIC =
            "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** Characters reachable through the extension table (sent as ESC + code). */
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private MessageEncoding() {
    }

    static int of(String body) {
        if (body == null) {
            return GSM;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENSION.indexOf(c) < 0) {
                return UCS2;
            }
        }
        return GSM;
    }
}
