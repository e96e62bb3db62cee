package io.github.camelflowroute.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs HTTP exchanges described as data (the fixtures of {@link LiveSampleConformanceTest} and
 * {@link SdkReplayTest}) against a simulator, exactly as written: method, path, query, the given headers
 * only (no Content-Type or Accept unless the step names one), the body as text.
 *
 * <p>A step is {@code {"method","path","query","headers":{},"body":<JSON>|"body_text":"...","status",
 * "capture":{"name":"/json/pointer"}}}. {@code ${name}} in path, query and body is replaced by an earlier
 * capture. A path may be an absolute URL: one on {@code https://api.flowroute.com} is re-based onto the
 * simulator, as a client does with paging links. Paths under {@code /_sim/} go without credentials.
 */
final class WireSteps {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([a-z0-9_]+)}");

    /** One answer. */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private final FlowrouteSimulator sim;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> captured = new HashMap<>();

    WireSteps(FlowrouteSimulator sim) {
        this.sim = sim;
    }

    /** Parses JSON text. */
    static JsonNode readTree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Reads a JSON fixture from the test classpath. */
    static JsonNode fixture(String resource) {
        try (InputStream in = WireSteps.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a step and checks its status when the step names one; then stores its captures.
     *
     * @throws AssertionError when the status differs or a capture is missing
     */
    Answer run(JsonNode step) {
        String method = step.path("method").asText();
        String target = substitute(step.path("path").asText());
        String query = step.hasNonNull("query") ? substitute(step.get("query").asText()) : null;
        URI uri = uri(target, query);
        String body = body(step);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        step.path("headers").properties().forEach(h -> request.header(h.getKey(), h.getValue().asText()));
        if (!uri.getPath().startsWith(FlowrouteSimulator.CONTROL_PREFIX) && uri.getHost().equals("127.0.0.1")) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (sim.accessKey() + ":" + sim.secretKey()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Answer answer = new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                text(response.body()));
        if (step.has("status") && step.get("status").asInt() != answer.status()) {
            throw new AssertionError(method + " " + uri + " answered " + answer.status() + ", expected "
                    + step.get("status").asInt() + ": " + answer.body());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = step.path("capture").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> capture = it.next();
            JsonNode value = answer.json().at(capture.getValue().asText());
            if (value.isMissingNode() || value.isNull()) {
                throw new AssertionError("no " + capture.getValue().asText() + " in the answer to " + method + " "
                        + uri + ": " + answer.body());
            }
            captured.put(capture.getKey(), value.asText());
        }
        return answer;
    }

    /** Runs {@code steps} in order. */
    void runAll(JsonNode steps) {
        steps.forEach(this::run);
    }

    /**
     * The method and path of every step that goes to the Flowroute API (not {@code /_sim/}, not another
     * host), with {@code ${...}} replaced by {@code 1}: what the simulator must serve for the steps to run.
     */
    static List<String[]> apiCalls(JsonNode... stepLists) {
        List<String[]> calls = new ArrayList<>();
        for (JsonNode steps : stepLists) {
            for (JsonNode step : steps.isArray() ? steps : MAPPER.createArrayNode().add(steps)) {
                String path = step.path("path").asText();
                if (path.startsWith("/") && !path.startsWith(FlowrouteSimulator.CONTROL_PREFIX)) {
                    calls.add(new String[] { step.path("method").asText(), VARIABLE.matcher(path).replaceAll("1") });
                }
            }
        }
        return calls;
    }

    /** The body as text; a gzip body (a CDR export download) unpacked first. */
    private static String text(byte[] body) {
        if (body.length > 1 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private URI uri(String target, String query) {
        String base = target.startsWith(FlowrouteSimulator.LIVE_BASE_URL)
                ? sim.baseUrl() + target.substring(FlowrouteSimulator.LIVE_BASE_URL.length())
                : target.startsWith("/") ? sim.baseUrl() + target : target;
        return URI.create(query == null || query.isEmpty() ? base : base + "?" + query);
    }

    private String body(JsonNode step) {
        if (step.hasNonNull("body_text")) {
            return substitute(step.get("body_text").asText());
        }
        if (step.has("body")) {
            return substitute(step.get("body").toString());
        }
        return null;
    }

    private String substitute(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = captured.get(m.group(1));
            if (value == null) {
                throw new AssertionError("no capture named " + m.group(1) + " before '" + text + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
