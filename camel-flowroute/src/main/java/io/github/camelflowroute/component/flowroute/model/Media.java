package io.github.camelflowroute.component.flowroute.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A media item of an MMS. Message lookups give only the id; inbound MMS callbacks give all fields.
 *
 * @param id       the media id
 * @param fileName the file name, when known
 * @param fileSize the size in bytes, when known
 * @param mimeType the MIME type, when known
 * @param url      where the file can be fetched (these URLs expire after about a week), when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ApiObject
public record Media(
        String id,
        String fileName,
        Long fileSize,
        String mimeType,
        String url) {

    /** A media item known only by its id. */
    public static Media ofId(String id) {
        return new Media(id, null, null, null, null);
    }
}
