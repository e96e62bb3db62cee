package io.github.camelflowroute.karaf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.github.camelflowroute.karaf.KarafInstance.Answer;
import io.github.camelflowroute.karaf.OsgiHeaders.Clause;
import io.github.camelflowroute.simulator.CallbackAttempt;
import io.github.camelflowroute.simulator.CallbackType;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.SimMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel-flowroute in a real Apache Karaf 4.4.8 with camel-karaf's features, as a user installs it: the smoke-test
 * script (run unattended) adds the features repository, installs camel-flowroute and camel-flowroute-example, and waits
 * for the Blueprint example's route to read numbers for sale from the simulator; then a Blueprint route dropped into
 * deploy/ sends an SMS through the simulator, and another, on an HTTP server component (camel-karaf's camel-netty-http,
 * or a stand-in of it where camel-karaf was built from the source subset: see {@link NettyHttpStandIn}), registers a
 * webhook with the simulator and receives an inbound SMS that the simulator posts to it. Karaf reads this build's
 * bundle and features from a staged repository under target/ (never from the local repository), camel-karaf's from
 * Maven's local repository. The simulator runs in
 * this JVM on a loopback port. Everything is stopped at the end, and a failure shows the tail of Karaf's log.
 */
@ExtendWith(KarafFeaturesIT.ShowKarafLog.class)
class KarafFeaturesIT {

    /** camel-karaf's build from source, when needed: about a minute warm, many more when it downloads Camel first. */
    static final Duration CAMEL_KARAF_BUILD = Duration.ofMinutes(30);
    /** Everything after it, from Karaf's start to its stop, stays within this. */
    static final Duration DEADLINE = Duration.ofMinutes(10);
    private static final String BUNDLE = "io.github.camelflowroute.camel-flowroute";
    private static final Path SEND_SMS = Path.of("src/test/resources/karaf/flowroute-send-sms.xml");
    private static final Path RECEIVE_SMS = Path.of("src/test/resources/karaf/flowroute-receive-sms.xml");

    private static Instant start;
    private static FlowrouteSimulator simulator;
    private static KarafInstance karaf;
    private static String camelKaraf;
    private static int smokeExit;
    private static String smokeOutput;
    private static Webhook webhook;

    /** The webhook route deployed in Karaf: where it listens, the URL (with its token) it registered. */
    record Webhook(int port, String registeredUrl) {
    }

    @BeforeAll
    static void startKarafAndRunTheSmokeTest() throws Exception {
        Path dir = Path.of(System.getProperty("karaf-it.dir"));
        Path localRepository = Path.of(System.getProperty("karaf-it.local-repository"));
        camelKaraf = CamelKarafFeatures.ensureResolvable(Path.of(System.getProperty("karaf-it.maven-home")),
                localRepository, System.getProperty("camel.karaf.version"),
                Path.of(System.getProperty("karaf-it.camel-karaf-source")), dir.resolve("camel-karaf-build.out"),
                CAMEL_KARAF_BUILD);
        start = Instant.now();

        simulator = FlowrouteSimulator.builder().port(0).build().start();
        karaf = KarafInstance.create(dir.resolve("dist/apache-karaf-" + System.getProperty("karaf.version")),
                dir.resolve("instance"), Path.of(System.getProperty("karaf-it.repository")), localRepository);
        // the example's settings, as a user gives them (config:edit or a .cfg file): only the simulator's address
        Files.writeString(karaf.home.resolve("etc/io.github.camelflowroute.example.cfg"),
                "flowroute.base-url = " + simulator.baseUrl() + "\n", StandardCharsets.UTF_8);
        karaf.start(Duration.ofMinutes(2));

        // unattended: no terminal, standard input at its end, as in CI
        Path output = dir.resolve("smoke-test.out");
        ProcessBuilder smoke = new ProcessBuilder("bash", System.getProperty("karaf-it.smoke-test"))
                .redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        karaf.environment(smoke);
        smoke.environment().put("KARAF_HOME", karaf.home.toString());
        smoke.environment().put("SMOKE_TIMEOUT", "180");
        Process process = smoke.start();
        if (!process.waitFor(remaining().toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        smokeExit = process.isAlive() ? -1 : process.exitValue();
        smokeOutput = Files.readString(output, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (karaf != null) {
                karaf.stop(Duration.ofSeconds(60));
                assertThat(karaf.isRunning()).as("Karaf stopped").isFalse();
            }
        } finally {
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    @Test
    void theSmokeTestScriptInstallsBothFeaturesUnattended() {
        assertThat(smokeExit).as("karaf-smoke-test.sh's exit code (camel-karaf's features: %s); it printed:%n%s",
                camelKaraf, smokeOutput).isZero();
        assertThat(smokeOutput).contains("PASS: " + BUNDLE + " is Active", "PASS: the Blueprint example ran");
    }

    @Test
    void bothFeaturesAreStarted() throws Exception {
        String features = console("feature:list -i");

        assertThat(line(features, "camel-flowroute ")).as(features)
                .hasValueSatisfying(l -> assertThat(l).contains("Started"));
        assertThat(line(features, "camel-flowroute-example ")).as(features)
                .hasValueSatisfying(l -> assertThat(l).contains("Started"));
    }

    @Test
    void everyBundleIsActiveExceptFragments() throws Exception {
        String bundles = console("bundle:list -t 0 --no-format");
        List<String> rows = bundles.lines().filter(l -> l.matches("\\s*\\d+\t.*")).toList();
        List<String> notActive = new ArrayList<>();
        for (String row : rows) {
            String[] columns = row.split("\t");
            boolean fragment = columns[columns.length - 1].contains("Hosts:");
            if (!columns[1].strip().equals(fragment ? "Resolved" : "Active")) {
                notActive.add(row);
            }
        }

        assertThat(rows).as(bundles).hasSizeGreaterThan(60).anyMatch(r -> r.contains("Camel Flowroute"));
        assertThat(notActive).as("bundles neither Active nor a fragment").isEmpty();
    }

    @Test
    void karafWiresEveryImportOfTheComponentBundle() throws Exception {
        String id = bundleId(BUNDLE);
        List<String> wired = console("package:imports -b " + id + " --no-format").lines()
                .map(l -> l.split("\t")[0].strip()).toList();
        List<String> imports = OsgiHeaders.parse(FlowrouteBundle.load().header("Import-Package")).stream()
                .map(Clause::name).toList();

        // an import that Karaf could not satisfy would be missing here (mandatory: the bundle would not start)
        assertThat(wired).containsAll(imports);
        assertThat(imports).contains("org.apache.hc.client5.http", "org.apache.hc.core5.http", "org.apache.camel");
    }

    @Test
    void theBlueprintExampleReadNumbersForSaleFromTheSimulator() throws IOException {
        assertThat(simulator.journal().count("GET", "/v2/numbers/available")).isPositive();
        assertThat(Files.readString(karaf.log(), StandardCharsets.UTF_8))
                .containsPattern("numbers-for-sale .*Flowroute: 5 numbers for sale in WA, the first 1\\d{10}");
    }

    @Test
    void aBlueprintRouteDroppedIntoDeploySendsAnSmsThroughTheSimulator() throws Exception {
        String from = simulator.state().accountNumbers().get(0).number();
        String text = "Sent from Karaf at " + Instant.now();
        String route = Files.readString(SEND_SMS, StandardCharsets.UTF_8).replace("@BASE_URL@", simulator.baseUrl())
                .replace("@FROM@", from).replace("@TO@", "12065550123").replace("@TEXT@", text);
        Files.writeString(karaf.home.resolve("deploy/flowroute-send-sms.xml"), route, StandardCharsets.UTF_8);

        SimMessage sent = await("the SMS in the simulator", Duration.ofSeconds(90),
                () -> simulator.state().messages().stream().filter(m -> text.equals(m.body())).findFirst());

        assertThat(sent.from()).isEqualTo(from);
        assertThat(sent.to()).isEqualTo("12065550123");
        awaitLog(Duration.ofSeconds(30), "Flowroute: sent message " + sent.id());
    }

    @Test
    void aBlueprintWebhookRouteReceivesAnInboundSmsThatTheSimulatorPosts() throws Exception {
        Webhook route = webhookRoute();
        String to = simulator.state().accountNumbers().get(0).number();
        String text = "Received in Karaf at " + Instant.now();

        String id = simulator.injectInbound("13125550123", to, text);

        CallbackAttempt delivered = await("the callback answered 200", Duration.ofSeconds(60),
                () -> simulator.callbackJournal().attempts(CallbackType.SMS).stream()
                        .filter(a -> a.messageId().equals(id) && a.status() == 200).findFirst());
        assertThat(delivered.url()).isEqualTo(route.registeredUrl());
        assertThat(delivered.attempt()).as("the attempt answered 200").isEqualTo(1);
        awaitLog(Duration.ofSeconds(30), "Flowroute: received message " + id + " from 13125550123: " + text);
    }

    @Test
    void theWebhookInKarafRefusesAPostWithoutItsToken() throws Exception {
        Webhook route = webhookRoute();
        String callback = "{\"id\":\"mdr2-0123456789abcdef0123456789abcdef\",\"from\":\"13125550123\","
                + "\"to\":\"12065550100\",\"body\":\"without a token\"}";

        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + route.port() + "/flowroute/sms"))
                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(callback)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
    }

    /**
     * Installs the HTTP server component and deploys the webhook route, once: camel-karaf's camel-netty-http where its
     * features have it (released ones), else the stand-in (the source subset has no Netty). Returns when the route has
     * registered its callback URL.
     */
    private static synchronized Webhook webhookRoute() throws Exception {
        if (webhook != null) {
            return webhook;
        }
        boolean camelKarafHasNettyHttp = console("feature:list --no-format").lines()
                .anyMatch(l -> l.startsWith("camel-netty-http\t"));
        if (camelKarafHasNettyHttp) {
            console("feature:install camel-netty-http");
        } else {
            Path dir = Path.of(System.getProperty("karaf-it.dir"));
            console("feature:repo-add " + NettyHttpStandIn.write(dir.resolve("netty-http-features.xml"),
                    Path.of(System.getProperty("karaf-it.local-repository"))));
            console("feature:install " + NettyHttpStandIn.FEATURE);
        }
        int port = KarafInstance.freePort();
        String token = UUID.randomUUID().toString();
        String route = Files.readString(RECEIVE_SMS, StandardCharsets.UTF_8).replace("@BASE_URL@", simulator.baseUrl())
                .replace("@PORT@", String.valueOf(port)).replace("@TOKEN@", token);
        Files.writeString(karaf.home.resolve("deploy/flowroute-receive-sms.xml"), route, StandardCharsets.UTF_8);

        // the route registers its URL, with the token, through the Flowroute API when it starts
        String expected = "http://127.0.0.1:" + port + "/flowroute/sms?token=" + token;
        String registered = await("the account's sms_callback " + expected, Duration.ofSeconds(120),
                () -> simulator.state().callbacks().account(CallbackType.SMS).filter(expected::equals));
        // Camel's webhook endpoint registers before its consumer listens: a post in between is refused (Flowroute
        // would post again 30 s later), so the tests post once Netty accepts connections
        await("Netty listening on 127.0.0.1:" + port, Duration.ofSeconds(60), () -> {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return Optional.of(port);
            } catch (IOException e) {
                return Optional.empty();
            }
        });
        webhook = new Webhook(port, registered);
        return webhook;
    }

    private static void awaitLog(Duration timeout, String text) throws InterruptedException {
        await("\"" + text + "\" in " + karaf.log(), timeout, () -> {
            try {
                return Files.readString(karaf.log(), StandardCharsets.UTF_8).contains(text) ? Optional.of(text)
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static String console(String command) throws Exception {
        Answer answer = karaf.console(Duration.ofSeconds(60), command);
        assertThat(answer.exitCode()).as("%s answered:%n%s", command, answer.output()).isZero();
        return answer.output();
    }

    private static String bundleId(String symbolicName) throws Exception {
        String list = console("bundle:list -s -t 0 --no-format");
        return line(list, symbolicName).map(l -> l.split("\t")[0].strip())
                .orElseThrow(() -> new AssertionError("no bundle " + symbolicName + " in:\n" + list));
    }

    private static Optional<String> line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst();
    }

    private static <T> T await(String what, Duration timeout, Supplier<Optional<T>> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> value = condition.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no " + what + " within " + timeout);
    }

    private static Duration remaining() {
        Duration left = DEADLINE.minus(Duration.between(start, Instant.now()));
        if (left.isNegative()) {
            throw new IllegalStateException("KarafFeaturesIT ran out of its " + DEADLINE);
        }
        return left;
    }

    /** A failure's message ends with the tail of Karaf's log, so the build's output shows what Karaf said. */
    static final class ShowKarafLog implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            throw withLog(failure);
        }

        @Override
        public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            throw withLog(failure);
        }

        @Override
        public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable failure)
                throws Throwable {
            throw withLog(failure);
        }

        private static Throwable withLog(Throwable failure) {
            if (karaf == null) {
                return failure;
            }
            AssertionError error = new AssertionError(failure.getMessage() + "\n---- the last 60 lines of "
                    + karaf.log() + " ----\n" + karaf.logTail(60), failure);
            return error;
        }
    }
}
