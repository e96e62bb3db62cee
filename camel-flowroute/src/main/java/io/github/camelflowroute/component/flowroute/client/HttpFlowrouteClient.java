package io.github.camelflowroute.component.flowroute.client;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLContext;

import io.github.camelflowroute.component.flowroute.model.MediaContent;
import io.github.camelflowroute.component.flowroute.model.OutboundMessage;
import io.github.camelflowroute.component.flowroute.model.Page;

/**
 * {@link FlowrouteClient} on Apache HttpClient 5's asynchronous client (the transport of Camel's http component): a
 * pooled, non-blocking connection manager with its own I/O threads. Futures complete on those threads. This class
 * sends any declared {@link ApiOperation} (checks its inputs, fills its path, query and body, reads its answer);
 * {@link HttpTransport} sends, times out and retries.
 */
public final class HttpFlowrouteClient implements FlowrouteClient {

    private final String baseUrl;
    private final JsonApiCodec codec;
    private final HttpTransport transport;

    HttpFlowrouteClient(String baseUrl, JsonApiCodec codec, HttpTransport transport) {
        this.baseUrl = baseUrl;
        this.codec = codec;
        this.transport = transport;
    }

    /** A builder with the defaults of the component's options. */
    public static HttpFlowrouteClientBuilder builder() {
        return new HttpFlowrouteClientBuilder();
    }

    @Override
    public <R> CompletableFuture<R> call(ApiOperation<R> operation, ApiArguments arguments) {
        return submit(() -> {
            ApiOperation<R> op = operation.variantFor(arguments == null ? ApiArguments.none() : arguments);
            ApiArguments checked = op.check(arguments == null ? ApiArguments.none() : arguments);
            if (op.customCall() != null) {
                return op.customCall().start(this, checked);
            }
            return send(op, checked);
        });
    }

    /** One request of a checked declaration. */
    <R> CompletableFuture<R> send(ApiOperation<R> op, ApiArguments checked) throws IOException {
        // a send's every attempt waits for its turn under the send rate limit (HttpTransport asks the limiter)
        return transport.call(op.name(), op.method(), op.expandPath(checked), op.query(checked),
                op.write(checked, codec),
                body -> op.read(body, codec, checked), op.rateLimitKind(checked));
    }

    /** Spools a file from another host (no credentials) to a temporary file the caller deletes. */
    CompletableFuture<java.nio.file.Path> spool(URI url) {
        return transport.spool(url);
    }

    /**
     * The message with its numbers normalised, or a {@link FlowrouteValidationException} for what the API would
     * refuse: what {@link #sendMessage} checks before sending.
     */
    public static OutboundMessage checkedMessage(OutboundMessage message) {
        if (message == null) {
            throw new FlowrouteValidationException("message", "is required");
        }
        String from = ApiInputs.phoneNumber("from", message.from());
        String to = ApiInputs.phoneNumber("to", message.to());
        // numbers usually arrive normalised already: no copy then
        OutboundMessage m = from.equals(message.from()) && to.equals(message.to())
                ? message : message.withFrom(from).withTo(to);
        for (String url : m.mediaUrls()) {
            ApiInputs.httpUrl("mediaUrls", url);
        }
        if (Boolean.FALSE.equals(m.isMms()) && !m.mediaUrls().isEmpty()) {
            throw new FlowrouteValidationException("isMms", "is false but media URLs are given; an SMS has no media");
        }
        if (m.multimedia()) {
            if (m.mediaUrls().isEmpty() && (m.body() == null || m.body().isEmpty())) {
                throw new FlowrouteValidationException("mediaUrls", "an MMS needs media URLs or a text");
            }
        } else if (m.body() == null || m.body().isEmpty()) {
            throw new FlowrouteValidationException("body", "an SMS needs a text");
        }
        if (m.dlrCallback() != null) {
            ApiInputs.httpUrl("dlrCallback", m.dlrCallback());
        }
        return m;
    }

    @Override
    public CompletableFuture<MediaContent> downloadMedia(String url, long maxBytes) {
        // an absolute URL on someone else's host: the transport never sends the API credentials there
        return submit(() -> transport.download(URI.create(ApiInputs.httpUrl("mediaUrl", url)), maxBytes)
                .thenApply(body -> new MediaContent(body.contentType() != null
                        ? body.contentType().getMimeType() : "application/octet-stream", body.bytes())));
    }

    // ---- paging ---------------------------------------------------------------------------------------------

    @Override
    @SuppressWarnings("unchecked")
    public <T> CompletableFuture<Page<T>> nextPage(Page<T> page) {
        return submit(() -> {
            if (page == null || !page.hasNext()) {
                throw new FlowrouteValidationException("page", "has no next page");
            }
            URI next;
            try {
                next = new URI(page.nextLink());
            } catch (URISyntaxException e) {
                throw new FlowrouteValidationException("page", "its next link is not a URL");
            }
            // links.next always names api.flowroute.com: keep its path and query, send them to our own base URL
            String path = next.getRawPath();
            // the CDR export list's links write "limit;=2": the parameter meant is limit
            String query = next.getRawQuery() == null ? "" : "?" + next.getRawQuery().replace(";=", "=");
            ApiOperation<?> lister = listerOf(path);
            if (lister == null && path != null && listerOf("/v2" + path) != null) {
                // the CDR export list links to an internal host without the version: the API's path has it
                path = "/v2" + path;
                lister = listerOf(path);
            }
            if (lister == null) {
                throw new FlowrouteValidationException("page", "its next link is not a Flowroute list");
            }
            ApiOperation<?> reader = lister;
            HttpTransport.Decoder<?> decoder = body -> reader.read(body, codec, ApiArguments.none());
            return transport.call(reader.name(), "GET", path, query, null, (HttpTransport.Decoder<Page<T>>) decoder,
                    null);
        });
    }

    /** The paged declaration whose path template matches a link's path, or {@code null}. */
    private static ApiOperation<?> listerOf(String path) {
        for (ApiOperation<?> op : ApiCatalog.all()) {
            if (path != null && op.answersPath(path)) {
                return op;
            }
        }
        return null;
    }

    // ---- transport ------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface RequestStarter<T> {
        CompletableFuture<T> start() throws IOException;
    }

    /** Runs input checks and request start; any failure becomes a failed future, never a thrown exception. */
    private static <T> CompletableFuture<T> submit(RequestStarter<T> starter) {
        try {
            return starter.start();
        } catch (FlowrouteException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(new FlowrouteException("Could not build the request: " + e, e));
        }
    }

    /** The base URL requests go to. */
    public String getBaseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "HttpFlowrouteClient[" + baseUrl + "]";
    }

    static SSLContext defaultSslContext() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No default TLS context", e);
        }
    }
}
