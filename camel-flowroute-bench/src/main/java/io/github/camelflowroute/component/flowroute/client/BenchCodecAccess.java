package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.component.flowroute.model.Page;
import io.github.camelflowroute.component.flowroute.model.SendMessageResult;

/**
 * Benchmark-only access to the component's package-private codec (same package name on the plain class path; the
 * component's bundle is not involved). Breaks at compile time if the codec's methods change, which is the point: the
 * per-operation figures measure exactly what the client runs.
 */
public final class BenchCodecAccess {

    private final JsonApiCodec codec = new JsonApiCodec();

    /** sendMessage's request body from the inputs the producer read: checked and normalised, then written. */
    public byte[] sendBody(ApiArguments inputs) throws IOException {
        return MessagesApi.SEND_MESSAGE.write(MessagesApi.SEND_MESSAGE.check(inputs), codec);
    }

    public SendMessageResult sendResult(byte[] body) throws IOException {
        return codec.sendResult(body);
    }

    public Page<MessageDetailRecord> messages(byte[] body) throws IOException {
        return codec.messages(body);
    }
}
