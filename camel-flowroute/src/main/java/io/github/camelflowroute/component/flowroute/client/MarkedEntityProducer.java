package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.util.Set;

import org.apache.hc.core5.http.nio.AsyncEntityProducer;
import org.apache.hc.core5.http.nio.DataStreamChannel;

/**
 * A request body that runs a mark the first time HttpClient asks it for bytes to write. With
 * {@code Expect: 100-continue} that happens only once the server asked for the body: until then the server has a
 * request head it cannot act on, so an attempt that fails unmarked provably did nothing.
 */
final class MarkedEntityProducer implements AsyncEntityProducer {

    private final AsyncEntityProducer body;
    private final Runnable mark;

    MarkedEntityProducer(AsyncEntityProducer body, Runnable mark) {
        this.body = body;
        this.mark = mark;
    }

    @Override
    public void produce(DataStreamChannel channel) throws IOException {
        mark.run();
        body.produce(channel);
    }

    @Override
    public int available() {
        return body.available();
    }

    @Override
    public boolean isRepeatable() {
        return body.isRepeatable();
    }

    @Override
    public void failed(Exception cause) {
        body.failed(cause);
    }

    @Override
    public long getContentLength() {
        return body.getContentLength();
    }

    @Override
    public String getContentType() {
        return body.getContentType();
    }

    @Override
    public String getContentEncoding() {
        return body.getContentEncoding();
    }

    @Override
    public boolean isChunked() {
        return body.isChunked();
    }

    @Override
    public Set<String> getTrailerNames() {
        return body.getTrailerNames();
    }

    @Override
    public void releaseResources() {
        body.releaseResources();
    }
}
