package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Set;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * A request body of bytes that runs a mark the first time HttpClient asks it for bytes to write. With
 * {@code Expect: 100-continue} that happens only once the server asked for the body: until then the server has a
 * request head it cannot act on, so an attempt that fails unmarked provably did nothing.
 * <p>
 * It holds the bytes itself rather than wrapping HttpCore's byte producer: that one renders its content type anew
 * each time HttpClient asks for it, twice a request, while the content type here is one constant text.
 */
final class MarkedEntityProducer implements AsyncEntityProducer {

    private final ByteBuffer body;
    private final String contentType;
    private final Runnable mark;

    MarkedEntityProducer(byte[] body, String contentType, Runnable mark) {
        this.body = ByteBuffer.wrap(body);
        this.contentType = contentType;
        this.mark = mark;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        mark.run();
        if (body.hasRemaining()) {
            channel.write(body);
        }
        if (!body.hasRemaining()) {
            channel.endStream();
        }
    }

    @Override
    public int available() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public void failed(Exception cause) {
        releaseResources();
    }

    @Override
    public long getContentLength() {
        return body.capacity();
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getContentEncoding() {
        return null;
    }

    @Override
    public boolean isChunked() {
        return false;
    }

    @Override
    public Set<String> getTrailerNames() {
        return Collections.emptySet();
    }

    @Override
    public void releaseResources() {
        // back to the first byte, as HttpCore's byte producer does: the body can be produced again
        body.clear();
    }
}
