package io.github.camelflowroute.component.flowroute;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelflowroute.component.flowroute.client.CallbackPayloads;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.internal.webhook.SourceAllowList;
import io.github.camelflowroute.component.flowroute.model.DeliveryReceipt;
import io.github.camelflowroute.component.flowroute.model.Media;
import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.attachment.ByteArrayDataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook consumer of inbound messages and delivery receipts: what platform-http runs for each post Flowroute
 * makes to {@code webhook:flowroute:inboundMessages} or {@code webhook:flowroute:deliveryReceipts}.
 * <p>
 * It checks the post (token, source address, size, payload) and answers 4xx without calling the route when any
 * check fails. A post it has seen before answers 200 at once, unless that earlier post is still being routed here:
 * then it answers 409, since the route may yet fail, and Flowroute posts again. Otherwise the route gets the typed
 * payload, and the answer is 200 only once the route completed; a failed route leaves the exception, so platform-http
 * answers 500 and Flowroute posts again.
 */
public class FlowrouteWebhookProcessor extends AsyncProcessorSupport {

    /** The query parameter that carries the webhook token. */
    public static final String TOKEN_PARAMETER = "token";
    /** The header of Camel's Vert.x platform-http engine with the caller's address. */
    static final String REMOTE_ADDRESS_HEADER = "CamelVertxPlatformHttpRemoteAddress";

    private static final Logger LOG = LoggerFactory.getLogger(FlowrouteWebhookProcessor.class);

    private final FlowrouteEndpoint endpoint;
    private final AsyncProcessor next;
    private final boolean receipts;
    private final SourceAllowList allowList;
    private IdempotentRepository seen;
    private boolean ownsRepository;
    /** Keys being routed on this node: a repeat must not be answered 200 before the first post succeeded. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public FlowrouteWebhookProcessor(FlowrouteEndpoint endpoint, Processor next) {
        this.endpoint = endpoint;
        this.next = AsyncProcessorConverterHelper.convert(next);
        this.receipts = endpoint.getOperation() == FlowrouteOperation.deliveryReceipts;
        this.allowList = SourceAllowList.parse(endpoint.getConfiguration().getWebhookAllowedSources());
    }

    @Override
    protected void doStart() throws Exception {
        seen = endpoint.getConfiguration().getIdempotentRepository();
        ownsRepository = seen == null;
        if (ownsRepository) {
            seen = MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        }
        ServiceHelper.startService(seen, next);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(next);
        if (ownsRepository) {
            ServiceHelper.stopService(seen);
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        FlowrouteConfiguration conf = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        if (conf.getWebhookToken() != null && !tokenMatches(in.getHeader(TOKEN_PARAMETER, String.class), conf)) {
            return answer(exchange, callback, 401, "missing or wrong token");
        }
        in.removeHeader(TOKEN_PARAMETER);
        if (allowList != null && !allowList.allows(ObjectHelper.isEmpty(in.getHeader(REMOTE_ADDRESS_HEADER))
                ? null : in.getHeader(REMOTE_ADDRESS_HEADER).toString())) {
            return answer(exchange, callback, 403, "source not allowed");
        }
        byte[] body = in.getBody(byte[].class);
        if (body == null || body.length == 0) {
            return answer(exchange, callback, 400, "empty body");
        }
        if (body.length > conf.getWebhookMaxBodySize()) {
            return answer(exchange, callback, 413, "body too large");
        }
        String key;
        try {
            key = receipts ? receipt(in, CallbackPayloads.deliveryReceipt(body))
                    : message(in, CallbackPayloads.inboundMessage(body));
        } catch (FlowrouteValidationException e) {
            LOG.debug("Refused a callback post: {}", e.getMessage());
            return answer(exchange, callback, 400, "not a Flowroute callback");
        }
        // Flowroute posts again when an answer is late: if the first post then fails, a 200 to the repeat loses it
        if (!inFlight.add(key)) {
            endpoint.getComponent().getMetrics().webhookDuplicate(endpoint.getOperation().name());
            LOG.debug("Callback {} is being routed; answering 409 so that Flowroute posts it again", key);
            return answer(exchange, callback, 409, "being processed");
        }
        // added before routing so that a post repeated on another node while this one routes it is not routed twice
        if (!seen.add(key)) {
            inFlight.remove(key);
            endpoint.getComponent().getMetrics().webhookDuplicate(endpoint.getOperation().name());
            LOG.debug("Callback {} was delivered before; answering 200", key);
            return answer(exchange, callback, 200, "OK");
        }
        CompletableFuture<Void> media = !receipts && conf.isDownloadMedia()
                ? attachMedia(exchange, in.getBody(MessageDetailRecord.class))
                : CompletableFuture.completedFuture(null);
        if (media.isDone() && !media.isCompletedExceptionally()) {
            return route(exchange, callback, key);
        }
        media.whenComplete((ok, error) -> {
            if (error != null) {
                forget(key);
                exchange.setException(error.getCause() != null ? error.getCause() : error);
                callback.done(false);
            } else {
                route(exchange, callback, key);
            }
        });
        return false;
    }

    private boolean route(Exchange exchange, AsyncCallback callback, String key) {
        return next.process(exchange, doneSync -> {
            if (exchange.getException() != null) {
                // not delivered: forget it, so Flowroute's next attempt is routed again
                forget(key);
            } else {
                inFlight.remove(key);
                exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
                exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain");
                exchange.getMessage().setBody("OK");
            }
            callback.done(doneSync);
        });
    }

    /** Out of the repository first, then out of flight: a repeat in between must be routed, not answered 200. */
    private void forget(String key) {
        seen.remove(key);
        inFlight.remove(key);
    }

    private static String message(Message in, MessageDetailRecord message) {
        in.setBody(message);
        in.setHeader(FlowrouteConstants.MESSAGE_ID, message.id());
        in.setHeader(FlowrouteConstants.FROM, message.from());
        in.setHeader(FlowrouteConstants.TO, message.to());
        return message.id();
    }

    private static String receipt(Message in, DeliveryReceipt receipt) {
        in.setBody(receipt);
        in.setHeader(FlowrouteConstants.MESSAGE_ID, receipt.messageId());
        return receipt.messageId() + "/" + receipt.level() + "/" + receipt.status();
    }

    private CompletableFuture<Void> attachMedia(Exchange exchange, MessageDetailRecord message) {
        List<CompletableFuture<Void>> downloads = new ArrayList<>();
        AttachmentMessage attachments = exchange.getMessage(AttachmentMessage.class);
        for (Media media : message.media()) {
            if (media.url() == null) {
                continue;
            }
            String name = media.fileName() != null ? media.fileName() : media.id();
            downloads.add(endpoint.getClient().downloadMedia(media.url(), endpoint.getConfiguration().getMaxMediaSize())
                    .thenAccept(content -> {
                        DataSource source = new ByteArrayDataSource(content.mimeType(), content.bytes());
                        synchronized (attachments) {
                            attachments.addAttachment(name, new DataHandler(source));
                        }
                    }));
        }
        return CompletableFuture.allOf(downloads.toArray(CompletableFuture[]::new));
    }

    private static boolean tokenMatches(String given, FlowrouteConfiguration conf) {
        return given != null && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), conf.getWebhookToken().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean answer(Exchange exchange, AsyncCallback callback, int status, String text) {
        Message out = exchange.getMessage();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain");
        out.setBody(text);
        callback.done(true);
        return true;
    }
}
