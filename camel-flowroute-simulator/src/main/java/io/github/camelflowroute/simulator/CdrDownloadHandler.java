package io.github.camelflowroute.simulator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves CDR export downloads at {@value CdrExportHandler#DOWNLOAD_PREFIX}{@code ...} the way S3 serves a
 * pre-signed URL: no API credentials (an {@code Authorization} header is refused with 400, as S3 refuses a
 * second auth mechanism), the URL's signature must match (403), an expired URL is 403, an unknown or
 * unfinished export 404; errors are S3's XML. The body is the gzip'd CSV, written while the calls are read
 * (chunked), so a million-row export never sits in memory.
 */
final class CdrDownloadHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CdrDownloadHandler.class);

    /**
     * One download request.
     *
     * @param exportId        the export, or -1 when the URL named none
     * @param status          the HTTP status answered
     * @param withCredentials whether the request carried an {@code Authorization} header
     */
    public record Attempt(long exportId, int status, boolean withCredentials) {
    }

    private final CdrExports exports;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    CdrDownloadHandler(CdrExports exports) {
        this.exports = exports;
    }

    /** Download requests since start or the last {@link #clear()}. */
    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    void clear() {
        attempts.clear();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String key = path.substring(path.lastIndexOf('/') + 1);
            Optional<SimCdrExport> export = exports.findByKey(key);
            long id = export.map(SimCdrExport::id).orElse(-1L);
            boolean credentials = exchange.getRequestHeaders().containsKey("Authorization");
            S3Error error = refusal(exchange, export, credentials);
            // recorded before answering: once a client has its answer, the record must be there
            attempts.add(new Attempt(id, error == null ? 200 : error.status(), credentials));
            if (error != null) {
                error.write(exchange);
                return;
            }
            SimCdrExport e = export.get();
            MonitorWait.sleep(e.downloadDelay());
            exchange.getResponseHeaders().set("Content-Type", "application/gzip");
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + key + "\"");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody();
                 Writer out = new BufferedWriter(new OutputStreamWriter(new FastGzip(body), StandardCharsets.UTF_8),
                         64 * 1024)) {
                CdrCsv.header(out);
                for (Iterator<SimCall> it = exports.callsOf(e); it.hasNext();) {
                    CdrCsv.row(it.next(), out);
                }
            }
        } catch (IOException e) {
            LOG.debug("CDR download cut short: {}", e.toString());
        }
    }

    /** S3's error answer. */
    private record S3Error(int status, String code, String message) {
        void write(HttpExchange exchange) throws IOException {
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                    + message + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/xml");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Why the download is refused, or {@code null} when it may go ahead. */
    private S3Error refusal(HttpExchange exchange, Optional<SimCdrExport> export, boolean credentials) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (!method.equals("GET")) {
            return new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
        }
        if (credentials) {
            return new S3Error(400, "InvalidArgument", "Only one auth mechanism allowed; only the X-Amz-Algorithm "
                    + "query parameter, Signature query string parameter or the Authorization header should be specified");
        }
        if (export.isEmpty()) {
            return new S3Error(404, "NoSuchKey", "The specified key does not exist.");
        }
        SimCdrExport e = export.get();
        List<String> signature = SimulatorHttpHandler.parseQuery(exchange.getRequestURI().getRawQuery())
                .get("X-Amz-Signature");
        if (signature == null || !signature.contains(e.signature())) {
            return new S3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not "
                    + "match the signature you provided.");
        }
        if (!"completed".equals(exports.status(e))) {
            return new S3Error(404, "NoSuchKey", "The specified key does not exist.");
        }
        if (exports.now().isAfter(e.expiresAt())) {
            return new S3Error(403, "AccessDenied", "Request has expired");
        }
        return null;
    }

    /** gzip at the fastest level: a million rows compress in a few seconds rather than many. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
