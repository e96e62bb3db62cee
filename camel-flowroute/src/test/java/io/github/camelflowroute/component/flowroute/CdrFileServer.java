package io.github.camelflowroute.component.flowroute;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Two loopback servers for CDR downloads: an API answering the export lookup (its download_url naming the other
 * server, as S3 is another host than the API), and a file host streaming a gzip'd CSV of generated rows without
 * holding it in memory. Records whether each request carried an Authorization header.
 */
final class CdrFileServer implements AutoCloseable {

    static final String HEADER = "direction,start_time,end_time,destination,number_alias,callerid,total_cost,"
            + "destination_name,callerid_country,line_information,result,call_fail_sip_code,"
            + "call_fail_reason,duration,billed_duration,rate,first_increment,subsequent_increment,"
            + "cost_subtotal,connect_fee,usf_fee,ccrf,cnam_lookup_fee,custom_x_tag,customer_ip";
    static final Instant FIRST_CALL = Instant.parse("2019-06-25T00:00:00Z");
    private static final DateTimeFormatter CSV_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00'").withZone(ZoneOffset.UTC);

    private final HttpServer api;
    private final HttpServer files;
    private final long rows;
    private volatile String status = "completed";
    final List<String> apiAuthorization = new CopyOnWriteArrayList<>();
    final List<String> fileAuthorization = new CopyOnWriteArrayList<>();

    CdrFileServer(long rows) throws IOException {
        this.rows = rows;
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        api = HttpServer.create(loopback, 0);
        files = HttpServer.create(loopback, 0);
        api.createContext("/v2/cdrs/exports/", this::export);
        files.createContext("/files/", this::file);
        api.start();
        files.start();
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + api.getAddress().getPort();
    }

    void status(String newStatus) {
        this.status = newStatus;
    }

    private void export(HttpExchange exchange) throws IOException {
        apiAuthorization.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String id = exchange.getRequestURI().getPath().substring("/v2/cdrs/exports/".length());
        String url = "completed".equals(status)
                ? "\"http://127.0.0.1:" + files.getAddress().getPort() + "/files/" + id
                        + ".gz?X-Amz-Expires;=259200&X-Amz-Signature;=beb0e34b\""
                : "null";
        byte[] body = ("{\"data\":{\"type\":\"cdrexport\",\"id\":\"" + id + "\",\"attributes\":{\"status\":\"" + status
                + "\",\"download_url\":" + url + ",\"num_calls\":" + rows + ",\"callback_url\":null,"
                + "\"requested_at\":\"2019-06-26T00:00:00+00:00\",\"filter_parameters\":"
                + "{\"number_aliases\":\"['Office 221']\"}}}}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.api+json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        fileAuthorization.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        exchange.getResponseHeaders().add("Content-Type", "application/gzip");
        exchange.sendResponseHeaders(200, 0);
        try (Writer csv = new OutputStreamWriter(new GZIPOutputStream(exchange.getResponseBody(), 64 * 1024),
                StandardCharsets.UTF_8)) {
            csv.write(HEADER);
            csv.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (long i = 0; i < rows; i++) {
                line.setLength(0);
                Instant start = FIRST_CALL.plusSeconds(i);
                line.append(i % 2 == 0 ? "Outbound" : "Inbound").append(',')
                        .append(CSV_TIME.format(start)).append(',').append(CSV_TIME.format(start.plusSeconds(37)))
                        .append(',').append(18774550000L + i % 10000).append(',')
                        .append("\"Office, Line ").append(i % 3).append("\",")
                        .append("+12063389999,0.00474784,UNITED STATES - TOLL FREE,N/A,,completed,200,OK,")
                        .append(i % 600).append(",42,0.001500,6,6,0.00075000,0.0000,0.00000000,0.00009784,")
                        .append("0.00390000,,53.186.152.52:5080\n");
                csv.append(line);
            }
        }
    }

    @Override
    public void close() {
        api.stop(0);
        files.stop(0);
    }
}
