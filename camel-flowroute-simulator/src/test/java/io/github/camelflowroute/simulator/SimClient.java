package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests, speaking to a running simulator with java.net.http. */
final class SimClient {

    static final String JSON_API = "application/vnd.api+json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** An answer. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse(null);
        }

        /** The {@code detail} texts of an error body. */
        List<String> errorDetails() {
            List<String> details = new ArrayList<>();
            json().path("errors").forEach(e -> details.add(e.path("detail").asText()));
            return details;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String authorization;

    SimClient(FlowrouteSimulator sim) {
        this(sim.baseUrl(), sim.accessKey(), sim.secretKey());
    }

    SimClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same simulator without credentials. */
    static SimClient anonymous(FlowrouteSimulator sim) {
        return new SimClient(sim.baseUrl(), null, null);
    }

    Reply get(String pathAndQuery) {
        return send(request(pathAndQuery).GET());
    }

    Reply post(String path, String json) {
        return post(path, json, JSON_API);
    }

    Reply post(String path, String json, String contentType) {
        HttpRequest.Builder b = request(path);
        if (json == null) {
            return send(b.POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(b.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply patch(String path, String json) {
        return send(request(path).header("Content-Type", JSON_API)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, String json) {
        return send(request(path).header("Content-Type", JSON_API).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * A request with a body as an SDK sends it: {@code contentType} {@code null} sends no Content-Type
     * header at all.
     */
    Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = request(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    Reply delete(String path) {
        return method("DELETE", path);
    }

    /** GET answered with bytes (media). */
    HttpResponse<byte[]> getBytes(String pathOrUrl) throws IOException, InterruptedException {
        URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    Reply method(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends and lets an IOException through (for dropped connections). */
    Reply getRaw(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(pathAndQuery).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers(), r.body());
    }

    /** A {@code links.next} URL of api.flowroute.com, re-based onto the simulator: path and query kept. */
    static String rebase(String absoluteUrl) {
        URI uri = URI.create(absoluteUrl);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Send body: {@code {"from","to","body"}}. */
    static String sms(String from, String to, String body) {
        return MAPPER.createObjectNode().put("from", from).put("to", to).put("body", body).toString();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", JSON_API);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r =
                    http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
