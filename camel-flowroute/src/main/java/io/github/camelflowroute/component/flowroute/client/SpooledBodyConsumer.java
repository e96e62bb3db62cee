package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.entity.AbstractBinDataConsumer;

/**
 * Writes an answer body to a temporary file as it arrives, so that a large download (a CDR export) costs no heap and
 * its reader is never a slow consumer holding the connection open. The caller owns (and deletes) the file.
 */
final class SpooledBodyConsumer extends AbstractBinDataConsumer implements AsyncEntityConsumer<Path> {

    private FutureCallback<Path> callback;
    private Path file;
    private FileChannel out;
    private Path content;

    @Override
    public void streamStart(EntityDetails details, FutureCallback<Path> resultCallback) throws IOException {
        this.callback = resultCallback;
        this.file = Files.createTempFile("flowroute-download-", ".part");
        this.out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Override
    protected int capacityIncrement() {
        return 256 * 1024;
    }

    @Override
    protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
        while (src.hasRemaining()) {
            out.write(src);
        }
    }

    @Override
    protected void completed() throws IOException {
        out.close();
        content = file;
        if (callback != null) {
            callback.completed(content);
        }
    }

    @Override
    public void failed(Exception cause) {
        discard();
        if (callback != null) {
            callback.failed(cause);
        }
    }

    @Override
    public Path getContent() {
        return content;
    }

    @Override
    public void releaseResources() {
        if (content == null) {
            discard();
        }
    }

    private void discard() {
        try {
            if (out != null) {
                out.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is all that can go wrong here
        }
    }
}
