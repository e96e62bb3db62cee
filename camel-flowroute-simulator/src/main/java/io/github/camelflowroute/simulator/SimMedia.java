package io.github.camelflowroute.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A media file of an inbound MMS. The simulator stores it and serves it at
 * {@code <baseUrl>/_sim/media/<media id>}, the URL its MMS callbacks and MDRs carry.
 *
 * @param fileName file name, e.g. {@code photo.png}
 * @param mimeType media type, e.g. {@code image/png}
 * @param content  the bytes (copied in and out)
 */
public record SimMedia(String fileName, String mimeType, byte[] content) {

    /** Checks the components and copies the bytes. */
    public SimMedia {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The size in bytes. */
    public int size() {
        return content.length;
    }

    /** A {@code text/plain} file with this UTF-8 text. */
    public static SimMedia text(String fileName, String text) {
        return new SimMedia(fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes written straight to a response, without the defensive copy. */
    byte[] bytes() {
        return content;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimMedia m && fileName.equals(m.fileName) && mimeType.equals(m.mimeType)
                && Arrays.equals(content, m.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mimeType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "SimMedia[" + fileName + ", " + mimeType + ", " + content.length + " bytes]";
    }
}
