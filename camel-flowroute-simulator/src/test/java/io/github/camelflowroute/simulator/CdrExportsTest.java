package io.github.camelflowroute.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class CdrExportsTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension(
            FlowrouteSimulator.builder().cdrExportDelay(Duration.ZERO));

    private static final String SAMPLE_HEADER = "direction,start_time,end_time,destination,number_alias,callerid,"
            + "total_cost,destination_name,callerid_country,line_information,result,call_fail_sip_code,"
            + "call_fail_reason,duration,billed_duration,rate,first_increment,subsequent_increment,cost_subtotal,"
            + "connect_fee,usf_fee,ccrf,cnam_lookup_fee,custom_x_tag,customer_ip";

    private final HttpClient http = HttpClient.newHttpClient();

    private static String exportBody(String start, String end, String extraFilters, String callback) {
        return "{\"data\":{\"type\":\"cdrexport\",\"attributes\":{\"filter_parameters\":{\"start_call_start_time\":\""
                + start + "\",\"start_call_end_time\":\"" + end + "\"" + extraFilters + "}"
                + (callback == null ? "" : ",\"callback_url\":\"" + callback + "\"") + "}}}";
    }

    private String create(String body) {
        SimClient.Reply reply = client.post("/v2/cdrs/exports", body);
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().path("data").path("id").asText();
    }

    private JsonNode status(String id) {
        return client.get("/v2/cdrs/exports/" + id).json().path("data").path("attributes");
    }

    private List<String> download(String url) throws IOException, InterruptedException {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/gzip");
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(r.body()),
                StandardCharsets.UTF_8))) {
            in.lines().forEach(lines::add);
        }
        return lines;
    }

    private void call(String direction, String number, String other, String start, int duration) {
        Instant t = Instant.parse(start);
        SimNumber n = sim.state().findAccountNumber(number).orElseThrow();
        sim.state().calls().add(direction.equals("in")
                ? SimCall.inbound(other, number, n.alias(), t, duration)
                : SimCall.outbound(number, n.alias(), other, t, duration));
    }

    private String number(int i) {
        return sim.state().accountNumbers().get(i).number();
    }

    @Test
    void createAnswers201ProcessingWithTheFiltersEchoed() {
        sim.state().cdrExports().completionDelay(Duration.ofHours(1));

        SimClient.Reply reply = client.post("/v2/cdrs/exports", exportBody("2019-01-01 00:00:00",
                "2019-02-01 00:00:00", ",\"number_aliases\":[\"Office 221\"]", "https://myserver.com/cdrs"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode data = reply.json().path("data");
        assertThat(data.path("type").asText()).isEqualTo("cdrexport");
        assertThat(data.path("id").isTextual()).isTrue();
        assertThat(data.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/cdrs/exports/" + data.path("id").asText());
        JsonNode a = data.path("attributes");
        assertThat(a.path("status").asText()).isEqualTo("processing");
        assertThat(a.path("download_url").isNull()).isTrue();
        assertThat(a.path("total_cost").isNull()).isTrue();
        assertThat(a.path("callback_url").asText()).isEqualTo("https://myserver.com/cdrs");
        assertThat(a.path("start_call_start_time").asText()).isEqualTo("2019-01-01 00:00:00");
        assertThat(a.path("filter_parameters").path("number_aliases").get(0).asText()).isEqualTo("Office 221");
    }

    @Test
    void exportCompletesAfterTheConfiguredDelay() throws InterruptedException {
        sim.state().cdrExports().completionDelay(Duration.ofMillis(300));
        String id = create(exportBody("2019-01-01", "2019-02-01", "", null));
        assertThat(status(id).path("status").asText()).isEqualTo("processing");

        Thread.sleep(400);

        JsonNode a = status(id);
        assertThat(a.path("status").asText()).isEqualTo("completed");
        assertThat(a.path("num_calls").asLong()).isZero();
        assertThat(a.path("download_url").asText()).startsWith(sim.baseUrl() + "/_sim/cdr-downloads/");
    }

    @Test
    void completedExportCountsTheRecordedCallsOfItsWindowAndTheirCosts() {
        call("in", number(0), "12069928999", "2019-06-25T18:18:00Z", 29);
        call("out", number(1), "12069928999", "2019-06-25T18:15:38Z", 106);
        call("out", number(1), "12069928999", "2019-07-01T00:00:00Z", 10);

        String id = create(exportBody("2019-06-01 00:00:00", "2019-07-01 00:00:00", "", null));

        JsonNode a = status(id);
        assertThat(a.path("status").asText()).isEqualTo("completed");
        assertThat(a.path("num_calls").asLong()).isEqualTo(2);
        assertThat(a.path("billed_minutes").asLong()).isEqualTo(3);
        // the live sample's rows: 0.00474784 + 0.01994112 (to the CCRF's rounding)
        assertThat(a.path("total_cost").asText()).isEqualTo("0.024689");
        assertThat(a.path("expires_at").asText()).isNotEmpty();
    }

    @Test
    void downloadIsGzipCsvWithTheLiveHeaderAndOneRowPerCallInStartOrder() throws Exception {
        call("out", number(1), "12069928999", "2019-06-25T18:15:38Z", 106);
        call("in", number(0), "12069928999", "2019-06-25T18:18:00Z", 29);
        String id = create(exportBody("2019-06-25 00:00:00", "2019-06-26 00:00:00", "", null));

        List<String> lines = download(status(id).path("download_url").asText());

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(SAMPLE_HEADER);
        String alias = sim.state().findAccountNumber(number(0)).orElseThrow().alias();
        assertThat(lines.get(1)).startsWith("Outbound,2019-06-25 18:15:38+00,2019-06-25 18:17:24+00,12069928999,");
        assertThat(lines.get(2)).isEqualTo("Inbound,2019-06-25 18:18:00+00,2019-06-25 18:18:29+00," + number(0) + ","
                + alias + ",+12069928999,0.00474784,UNITED STATES,UNITED STATES,61,completed,200,OK,29,30,0.001500,6,6,"
                + "0.00075000,0.0000,0.00000000,0.00009784,0.00390000,,203.0.113.10");
        assertThat(sim.cdrDownloads()).singleElement()
                .satisfies(d -> assertThat(d.withCredentials()).isFalse());
    }

    @Test
    void numberAliasFilterKeepsOnlyThoseCalls() {
        call("in", number(0), "12069928999", "2019-06-25T18:18:00Z", 29);
        call("out", number(1), "12069928999", "2019-06-25T18:15:38Z", 106);
        String alias = sim.state().findAccountNumber(number(1)).orElseThrow().alias();

        String id = create(exportBody("2019-06-01", "2019-07-01", ",\"number_aliases\":[\"" + alias + "\"]", null));

        assertThat(status(id).path("num_calls").asLong()).isEqualTo(1);
    }

    @Test
    void downloadWithApiCredentialsIsRefusedAsS3RefusesIt() throws Exception {
        String id = create(exportBody("2019-01-01", "2019-02-01", "", null));
        String url = status(id).path("download_url").asText();

        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("sim-access-key:sim-secret-key".getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("<Code>InvalidArgument</Code>");
        assertThat(sim.cdrDownloads()).singleElement()
                .satisfies(d -> assertThat(d.withCredentials()).isTrue());
    }

    @Test
    void downloadWithAnotherSignatureIs403() throws Exception {
        String id = create(exportBody("2019-01-01", "2019-02-01", "", null));
        String url =
                status(id).path("download_url").asText().replaceAll("X-Amz-Signature=[0-9a-f]+", "X-Amz-Signature=00");

        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("SignatureDoesNotMatch");
    }

    @Test
    void exportMadeToFailEndsFailedWithoutADownload() {
        sim.state().cdrExports().enqueueOutcome(new CdrExports.Outcome(true, Duration.ZERO, Duration.ZERO), 1);

        String failed = create(exportBody("2019-01-01", "2019-02-01", "", null));
        String next = create(exportBody("2019-01-01", "2019-02-01", "", null));

        assertThat(status(failed).path("status").asText()).isEqualTo("failed");
        assertThat(status(failed).path("download_url").isNull()).isTrue();
        assertThat(status(next).path("status").asText()).isEqualTo("completed");
    }

    @Test
    void exportMadeSlowStaysProcessing() {
        sim.state().cdrExports().enqueueOutcome(
                new CdrExports.Outcome(false, Duration.ofHours(1), Duration.ZERO), 1);

        String id = create(exportBody("2019-01-01", "2019-02-01", "", null));

        assertThat(status(id).path("status").asText()).isEqualTo("processing");
    }

    @Test
    void controlApiSetsTheDelayAndQueuesAFailure() {
        SimClient control = SimClient.anonymous(sim);
        assertThat(control.patch("/_sim/cdr-exports", "{\"completion_delay_ms\":3600000}").status()).isEqualTo(200);
        String slow = create(exportBody("2019-01-01", "2019-02-01", "", null));
        assertThat(control.post("/_sim/cdr-exports/outcomes", "{\"fail\":true,\"delay_ms\":0}", "application/json")
                .status()).isEqualTo(201);
        String failed = create(exportBody("2019-01-01", "2019-02-01", "", null));

        assertThat(status(slow).path("status").asText()).isEqualTo("processing");
        assertThat(status(failed).path("status").asText()).isEqualTo("failed");
    }

    @Test
    void listWrapsItemsWithNumericIdsAndPagesWithTheLiveQuirkyLinks() {
        for (int i = 0; i < 3; i++) {
            create(exportBody("2019-01-01", "2019-02-01", "", null));
        }

        JsonNode page = client.get("/v2/cdrs/exports?limit=2").json();

        assertThat(page.path("data")).hasSize(2);
        JsonNode item = page.path("data").get(0).path("data");
        assertThat(item.path("id").isIntegralNumber()).isTrue();
        assertThat(item.path("attributes").path("filter_parameters").path("start_call_start_time").asText())
                .isEqualTo("2019-01-01T00:00:00+00:00");
        assertThat(page.path("links").path("self").asText()).isEqualTo("http://cdr-api/cdrs/exports?offset=0&limit;=2");
        assertThat(page.path("links").path("next").asText()).isEqualTo("http://cdr-api/cdrs/exports?offset=2&limit;=2");
    }

    @Test
    void listFiltersByStatus() {
        sim.state().cdrExports().enqueueOutcome(new CdrExports.Outcome(true, Duration.ZERO, Duration.ZERO), 1);
        create(exportBody("2019-01-01", "2019-02-01", "", null));
        create(exportBody("2019-01-01", "2019-02-01", "", null));

        assertThat(client.get("/v2/cdrs/exports?status=failed").json().path("data")).hasSize(1);
        assertThat(client.get("/v2/cdrs/exports?status=completed").json().path("data")).hasSize(1);
        assertThat(client.get("/v2/cdrs/exports?status=done").status()).isEqualTo(422);
    }

    @Test
    void createWithoutFiltersIs422() {
        assertThat(client.post("/v2/cdrs/exports", "{\"data\":{\"type\":\"cdrexport\",\"attributes\":{}}}").status())
                .isEqualTo(422);
    }

    @Test
    void createWithAnEndBeforeTheStartIs422() {
        assertThat(client.post("/v2/cdrs/exports", exportBody("2019-02-01", "2019-01-01", "", null)).status())
                .isEqualTo(422);
    }

    @Test
    void createWithAnUnreadableTimeIs422() {
        assertThat(client.post("/v2/cdrs/exports", exportBody("yesterday", "2019-01-01", "", null)).status())
                .isEqualTo(422);
    }

    @Test
    void unknownExportIs404() {
        assertThat(client.get("/v2/cdrs/exports/999").status()).isEqualTo(404);
    }

    @Test
    void aMillionGeneratedCallsAreCountedInTheBackgroundWithoutBeingStored() throws InterruptedException {
        sim.state().generateCalls(1_000_000, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofSeconds(1));

        String id = create(exportBody("2024-01-01 00:00:00", "2024-02-01 00:00:00", "", null));

        assertThat(sim.state().calls().count()).isEqualTo(1_000_000);
        JsonNode done = awaitEnd(id, Duration.ofSeconds(90));
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("num_calls").asLong()).isEqualTo(1_000_000);
    }

    /** The export's attributes once it is no longer processing (a large one is counted in the background). */
    private JsonNode awaitEnd(String id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode a = status(id);
        while ("processing".equals(a.path("status").asText()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            a = status(id);
        }
        return a;
    }

    @Test
    void generatedCallsDownloadInOrderAndAlikeForTheSameSeed() throws Exception {
        sim.state().generateCalls(20_000, Instant.parse("2024-01-01T00:00:00Z"), Duration.ofSeconds(2));
        call("out", number(0), "12069928999", "2024-01-01T00:00:01Z", 10);
        String id = create(exportBody("2024-01-01 00:00:00", "2024-01-01 06:00:00", "", null));
        String url = awaitEnd(id, Duration.ofSeconds(30)).path("download_url").asText();

        List<String> first = download(url);
        List<String> again = download(url);

        // 6 h at one call per 2 s, plus the recorded one, plus the header
        assertThat(first).hasSize(10_800 + 1 + 1).isEqualTo(again);
        assertThat(first.get(2)).contains(",2024-01-01 00:00:01+00,");
        List<String> starts = first.subList(1, first.size()).stream().map(l -> l.split(",")[1]).toList();
        assertThat(starts).isSorted();
    }

    @Test
    void controlApiRecordsAndGeneratesCallsThatExportsRead() {
        SimClient control = SimClient.anonymous(sim);
        assertThat(control.post("/_sim/calls", "{\"direction\":\"inbound\",\"number\":\"" + number(0)
                + "\",\"other\":\"12069928999\",\"start_time\":\"2024-03-01T10:00:00Z\",\"duration\":29}",
                "application/json").status()).isEqualTo(201);
        assertThat(control.post("/_sim/calls/generate", "{\"count\":100,\"from\":\"2024-03-01T11:00:00Z\","
                + "\"spacing_ms\":60000}", "application/json").json().path("count").asLong()).isEqualTo(101);

        String id = create(exportBody("2024-03-01 00:00:00", "2024-03-02 00:00:00", "", null));

        assertThat(status(id).path("num_calls").asLong()).isEqualTo(101);
        assertThat(control.get("/_sim/calls").json().path("count").asLong()).isEqualTo(101);
    }
}
