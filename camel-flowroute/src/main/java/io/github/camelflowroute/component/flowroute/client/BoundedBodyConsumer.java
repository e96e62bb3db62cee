package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractBinDataConsumer;

/**
 * Buffers an answer body up to a limit and fails the exchange as soon as the body grows past it, so an oversized or
 * endless answer costs at most the limit in memory. A body of known length is read into one array of that size,
 * straight from the network buffers: one copy for a page of up to a megabyte.
 */
final class BoundedBodyConsumer extends AbstractBinDataConsumer
        implements AsyncEntityConsumer<BoundedBodyConsumer.Body> {

    /**
     * A body and the entity details it came with. The content type is read from them only when asked for: an API
     * answer never needs it, and parsing the header of every answer was a measurable part of a send's cost.
     */
    record Body(EntityDetails details, byte[] bytes) {
        /** The declared content type, or {@code null}. */
        ContentType contentType() {
            String declared = details == null ? null : details.getContentType();
            return declared == null ? null : ContentType.parseLenient(declared);
        }
    }

    private static final int UNKNOWN_LENGTH_START = 1024;
    // what a declared length may reserve before any byte arrives: a lying server must not make us allocate the limit
    private static final int MAX_PRESIZE = 1024 * 1024;
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final long maxBytes;
    private EntityDetails details;
    private FutureCallback<Body> callback;
    private byte[] buffer;
    private int size;
    private Body content;

    BoundedBodyConsumer(long maxBytes) {
        // one array holds the body: a limit past what an array can hold would overflow the int sizes below
        this.maxBytes = Math.min(maxBytes, MAX_ARRAY);
    }

    @Override
    public void streamStart(EntityDetails details, FutureCallback<Body> resultCallback) throws IOException {
        this.callback = resultCallback;
        this.details = details;
        long length = details.getContentLength();
        if (length > maxBytes) {
            throw tooLarge();
        }
        // a declared length is only a hint: the body may still be shorter or longer, and data() checks every chunk
        buffer = new byte[(int) Math.min(length >= 0 ? length : UNKNOWN_LENGTH_START, Math.min(MAX_PRESIZE, maxBytes))];
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        int chunk = src.remaining();
        if (size + (long) chunk > maxBytes) {
            throw tooLarge();
        }
        if (size + chunk > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes, Math.max(size + (long) chunk, buffer.length * 2L)));
        }
        src.get(buffer, size, chunk);
        size += chunk;
    }

    @Override
    protected void completed() {
        content = new Body(details, size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
        buffer = null;
        if (callback != null) {
            callback.completed(content);
        }
    }

    @Override
    public void failed(Exception cause) {
        buffer = null;
        if (callback != null) {
            callback.failed(cause);
        }
    }

    @Override
    public Body getContent() {
        return content;
    }

    @Override
    public void releaseResources() {
        buffer = null;
    }

    private IOException tooLarge() {
        return new IOException("answer larger than the limit of " + maxBytes + " bytes");
    }
}
