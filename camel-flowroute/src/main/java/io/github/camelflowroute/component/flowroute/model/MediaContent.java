package io.github.camelflowroute.component.flowroute.model;

/**
 * A downloaded media file of an MMS.
 *
 * @param mimeType the type the server gave, or {@code application/octet-stream}
 * @param bytes    the content
 */
public record MediaContent(String mimeType, byte[] bytes) {
}
