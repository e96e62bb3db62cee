package io.github.camelflowroute.component.flowroute.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;

/**
 * Buffers an answer body up to a limit and fails the exchange as soon as the body grows past it, so an oversized or
 * endless answer costs at most the limit in memory.
 */
final class BoundedBodyConsumer extends AbstractBinAsyncEntityConsumer<BoundedBodyConsumer.Body> {

    /** A body and its content type. */
    record Body(ContentType contentType, byte[] bytes) {
    }

    private final long maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private ContentType contentType;

    BoundedBodyConsumer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void streamStart(ContentType type) {
        this.contentType = type;
    }

    @Override
    protected int capacityIncrement() {
        return 64 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        if (buffer.size() + (long) src.remaining() > maxBytes) {
            throw new IOException("answer larger than the limit of " + maxBytes + " bytes");
        }
        byte[] chunk = new byte[src.remaining()];
        src.get(chunk);
        buffer.write(chunk);
    }

    @Override
    protected Body generateContent() {
        return new Body(contentType, buffer.toByteArray());
    }

    @Override
    public void releaseResources() {
        buffer.reset();
    }
}
