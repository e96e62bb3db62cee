package io.github.camelflowroute.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.github.camelflowroute.simulator.FlowrouteSimulatorMain;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole suite, in one JVM that starts the others: the stub server, one JVM per client kind, the MDR drainers
 * (64 MiB heaps), the webhook receiver and its poster, and JMH's forks. It interleaves short trials of the clients
 * so that a slow drift or a burst of other work on the machine hits them alike, notes how much CPU other work used
 * during each trial, writes every figure to {@code docs/performance/results.json} and rewrites the measured part
 * of {@code docs/performance.md}.
 * <p>
 * System properties: {@code bench.docs} (where the docs are), {@code bench.work} (logs, JFR files, JMH output),
 * {@code bench.quick} (a smoke run, figures not meaningful), {@code bench.only} (comma-separated scenarios: sends,
 * variants, pool, simulator, nginx, rate, mdr, webhook, jmh), {@code bench.jfr} (records the component's send JVM).
 */
public final class BenchSuite {

    static final List<String> CLIENTS = List.of("raw", "camel-http", "component");
    static final int[] LATENCIES = { 0, 20 };
    static final int[] IN_FLIGHT = { 1, 64, 512 };
    // latency ms and sends in flight of the variants: CPU-bound, and near the 20 ms ceiling
    static final int[][] VARIANT_CASES = { { 0, 64 }, { 20, 512 } };
    static final int POOL = 512;
    static final int IO_THREADS = 2;
    static final int MDR_RECORDS = 100_000;
    static final int WEBHOOK_IN_FLIGHT = 64;
    /** A trial during which other work used more than this many cores is repeated once. */
    static final double NOISY = 0.25;

    final boolean quick = Boolean.getBoolean("bench.quick");
    final boolean jfr = Boolean.getBoolean("bench.jfr");
    final Set<String> only;
    final Path docs;
    final Path work;
    final Settings settings;
    final List<Map<String, Object>> results = new ArrayList<>();
    final Map<String, Object> run = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    final List<AutoCloseable> children = new ArrayList<>();
    /** After this, no more waiting for a quiet machine and no repeated trials: the suite must end in time. */
    long budgetDeadline;
    /** Seconds left for waiting for a quiet machine, all waits together. */
    double quietBudget = 60;

    /** Durations of one run, in seconds; JMH runs two forks of each benchmark (one in a quick run). */
    record Settings(int trials, double sendPrewarm, double sendWarmup, double sendMeasure, int mdrWarmups,
            int mdrTrials, double webhookPrewarm, double webhookWarmup, double webhookMeasure,
            int jmhWarmups, int jmhIterations) {
    }

    BenchSuite() {
        String o = System.getProperty("bench.only", "all");
        only = o.isBlank() || o.equals("all")
                ? Set.of("sends", "variants", "pool", "simulator", "nginx", "rate", "mdr", "webhook", "jmh")
                : Set.of(o.split(","));
        docs = Path.of(System.getProperty("bench.docs", "docs")).toAbsolutePath().normalize();
        work = Path.of(System.getProperty("bench.work", "target/bench")).toAbsolutePath().normalize();
        settings = quick
                ? new Settings(1, 2, 0.5, 1, 1, 1, 1, 0.5, 1, 1, 1)
                : new Settings(4, 8, 1, 2.5, 8, 4, 4, 1, 2.5, 2, 3);
    }

    public static void main(String[] args) throws Exception {
        BenchSuite suite = new BenchSuite();
        int status = 0;
        try {
            suite.runAll();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            suite.closeChildren();
        }
        System.exit(status);
    }

    void runAll() throws Exception {
        Files.createDirectories(work);
        Instant started = Instant.now();
        // past 9 minutes no more waiting for quiet and no repeats: the rest (JMH included) must end before 15
        budgetDeadline = System.nanoTime() + Duration.ofMinutes(9).toNanos();
        log("camel-flowroute bench: quick=" + quick + ", scenarios=" + only + ", work=" + work);
        run.put("started", started.toString());
        run.put("quick", quick);
        run.put("settings", settings);
        run.putAll(Environment.describe(Path.of(System.getProperty("bench.repo", docs.getParent().toString()))));
        run.put("loadAverageAtStart", Environment.loadAverage());
        waitForQuiet(60);

        int port0 = freePort();
        int port20 = freePort();
        String stub0 = "http://127.0.0.1:" + port0;
        String stub20 = "http://127.0.0.1:" + port20;
        Child stub = start("stub", List.of("-Xms1g", "-Xmx1g"), StubServer.class,
                List.of(port0 + ":0", port20 + ":20", "--loops", "2"));
        stub.await("STUB READY", 60);

        attempt("sends", () -> sends(stub0, stub20));
        attempt("variants", () -> variants(stub0, stub20));
        attempt("pool", () -> defaultPool(stub0, stub20));
        attempt("simulator", () -> simulator(stub0));
        attempt("nginx", () -> nginx(port0));
        attempt("rate", this::rate);
        attempt("mdr", () -> mdr(stub0));
        attempt("webhook", () -> webhook(stub0));
        closeChildren();
        attempt("jmh", this::jmh);

        run.put("finished", Instant.now().toString());
        run.put("durationSeconds", Duration.between(started, Instant.now()).toSeconds());
        run.put("problems", problems);
        Report report = new Report(run, results);
        report.write(docs);
        log("wrote " + docs.resolve("performance.md") + " and " + docs.resolve("performance/results.json") + " in "
                + run.get("durationSeconds") + " s");
    }

    @FunctionalInterface
    interface Step {
        void run() throws Exception;
    }

    private void attempt(String scenario, Step step) {
        if (!only.contains(scenario)) {
            return;
        }
        long t0 = System.nanoTime();
        log("== " + scenario);
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            problems.add(scenario + ": " + e);
            log("!! " + scenario + " failed: " + e);
            e.printStackTrace();
        }
        run.put("seconds." + scenario, (System.nanoTime() - t0) / 1_000_000_000L);
    }

    // ---- sends -----------------------------------------------------------------------------------------------

    void sends(String stub0, String stub20) throws Exception {
        Map<String, Child> workers = new LinkedHashMap<>();
        for (String client : CLIENTS) {
            List<String> jvm = new ArrayList<>(List.of("-Xms512m", "-Xmx512m"));
            if (jfr && client.equals("component")) {
                jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("component-sends.jfr")
                        + ",settings=profile");
            }
            Child c = start("send-" + client, jvm, SendLoad.class, List.of("--client", client, "--pool",
                    String.valueOf(POOL), "--io-threads", String.valueOf(IO_THREADS), "--stub0", stub0, "--stub20",
                    stub20));
            c.await("READY", 60);
            workers.put(client, c);
        }
        Settings s = settings;
        for (int latency : LATENCIES) {
            for (Child c : workers.values()) {
                c.command("target " + latency, 60);
            }
            if (latency == LATENCIES[0]) {
                for (Child c : workers.values()) {
                    c.command("prewarm " + s.sendPrewarm(), 120);
                }
            }
            for (int inFlight : IN_FLIGHT) {
                for (int trial = 1; trial <= s.trials(); trial++) {
                    for (int i = 0; i < CLIENTS.size(); i++) {
                        // rotate who goes first, so no client always follows the same one
                        String client = CLIENTS.get((i + trial - 1) % CLIENTS.size());
                        Child c = workers.get(client);
                        String command = "phase " + inFlight + " " + s.sendWarmup() + " " + s.sendMeasure();
                        trial(() -> c.result(command, 180), Map.of("trial", trial));
                    }
                }
                log(String.format("   %3d ms, %3d in flight done", latency, inFlight));
            }
        }
        for (Child c : workers.values()) {
            c.close();
        }
        if (jfr) {
            Path top = work.resolve("component-sends-jfr.txt");
            try (PrintStream out = new PrintStream(Files.newOutputStream(top))) {
                JfrTop.report(work.resolve("component-sends.jfr"), 40, "io.github.camelflowroute", out);
            }
            log("   JFR hot frames: " + top);
        }
    }

    /**
     * Where the component's cost per send goes: the component without the worker hand-off, without Expect:
     * 100-continue, and without both, at 64 in flight and 0 ms (CPU-bound) and 512 in flight and 20 ms, so the send
     * table's gap to the raw client can be split between the two. Interleaved like the send table, the raw client
     * again as the baseline of each trial.
     */
    void variants(String stub0, String stub20) throws Exception {
        List<String> clients = SendVariant.clients();
        Map<String, Child> workers = new LinkedHashMap<>();
        for (String client : clients) {
            Child c = start("variant-" + client, List.of("-Xms512m", "-Xmx512m"), SendLoad.class,
                    List.of("--client", client, "--pool", String.valueOf(POOL), "--io-threads",
                            String.valueOf(IO_THREADS), "--stub0", stub0, "--stub20", stub20));
            c.await("READY", 60);
            workers.put(client, c);
        }
        for (int[] at : VARIANT_CASES) {
            for (Child c : workers.values()) {
                c.command("target " + at[0], 60);
                c.command("prewarm " + settings.sendPrewarm(), 120);
            }
            for (int trial = 1; trial <= settings.trials(); trial++) {
                for (int i = 0; i < clients.size(); i++) {
                    String client = clients.get((i + trial - 1) % clients.size());
                    Child c = workers.get(client);
                    String command = "phase " + at[1] + " " + settings.sendWarmup() + " " + settings.sendMeasure();
                    trial(() -> c.result(command, 180), Map.of("trial", trial, "variant", true));
                }
            }
            log(String.format("   variants %3d ms, %3d in flight done", at[0], at[1]));
        }
        for (Child c : workers.values()) {
            c.close();
        }
    }

    /** The component with its default pool (100 connections) at 512 in flight, 20 ms: what an untuned route gets. */
    void defaultPool(String stub0, String stub20) throws Exception {
        Child c = start("send-component-default-pool", List.of("-Xms512m", "-Xmx512m"), SendLoad.class,
                List.of("--client", "component-default-pool", "--io-threads", String.valueOf(IO_THREADS),
                        "--stub0", stub0, "--stub20", stub20));
        c.await("READY", 60);
        c.command("target 20", 60);
        c.command("prewarm " + Math.min(4, settings.sendPrewarm()), 60);
        trial(() -> c.result("phase 512 " + Math.max(1, settings.sendWarmup()) + " " + settings.sendMeasure(), 180),
                Map.of("trial", 1));
        c.close();
    }

    /** Why the send benchmark needs the stub: the raw client against the simulator in its fast mode. */
    void simulator(String stub0) throws Exception {
        int port = freePort();
        Child sim = start("simulator", List.of("-Xms1g", "-Xmx1g"), FlowrouteSimulatorMain.class,
                List.of("--port", String.valueOf(port), "--no-request-validation", "--no-response-validation"));
        String simUrl = "http://127.0.0.1:" + port;
        waitForPort(port, 60);
        Child c = start("send-raw-simulator", List.of("-Xms512m", "-Xmx512m"), SendLoad.class,
                List.of("--client", "raw", "--pool", String.valueOf(POOL), "--io-threads", String.valueOf(IO_THREADS),
                        "--stub0", simUrl, "--stub20", simUrl));
        c.await("READY", 60);
        c.command("target 0", 60);
        c.command("prewarm " + Math.min(4, settings.sendPrewarm()), 60);
        trial(() -> c.result("phase 64 " + settings.sendWarmup() + " " + settings.sendMeasure(), 180),
                Map.of("trial", 1, "server", "simulator"));
        c.close();
        sim.process.destroy();
        sim.close();
    }

    // ---- sends through nginx closing idle connections --------------------------------------------------------

    /**
     * Bursts of sends through Debian's nginx ({@code keepalive_timeout 1s; keepalive_requests 10;}) in front of the
     * stub, the pauses between bursts sweeping 0.85 to 1.05 s, so that bursts start as nginx closes idle connections:
     * failed sends and throughput, component against the raw client (which has no protection). Needs
     * {@code scripts/install-nginx.sh}.
     */
    void nginx(int stubPort) throws Exception {
        Path binary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("Debian's nginx is not installed: run scripts/install-nginx.sh");
        }
        Path dir = Files.createDirectories(work.resolve("nginx"));
        int port = freePort();
        String conf;
        try (var in = BenchSuite.class.getResourceAsStream("/bench/nginx-idle-close.conf")) {
            conf = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        conf = conf.replace("${dir}", dir.toString()).replace("${port}", String.valueOf(port))
                .replace("${upstream}", "127.0.0.1:" + stubPort)
                .replace("${user}", "root".equals(System.getProperty("user.name")) ? "user root;" : "");
        Files.writeString(dir.resolve("nginx.conf"), conf);
        Process nginx = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c",
                dir.resolve("nginx.conf").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        try {
            waitForPort(port, 30);
            String url = "http://127.0.0.1:" + port;
            for (String client : List.of("raw", "component")) {
                Child c = start("nginx-" + client, List.of("-Xms512m", "-Xmx512m"), SendLoad.class,
                        List.of("--client", client, "--pool", String.valueOf(POOL), "--io-threads",
                                String.valueOf(IO_THREADS), "--stub0", url, "--stub20", url));
                c.await("READY", 60);
                c.command("target 0", 60);
                for (int inFlight : new int[] { 16, 256 }) {
                    int bursts = settings.trials() == 1 ? 6 : 21;
                    trial(() -> c.result("bursts " + inFlight + " " + bursts + " 250 850 1050", 300),
                            Map.of("trial", 1));
                }
                c.close();
            }
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- rate-limited sends ----------------------------------------------------------------------------------

    /**
     * Sends under Flowroute's limit (the simulator enforcing 5 SMS per second per key, refused attempts counting) with
     * the default limiter, from 1 node and from 3 uncoordinated nodes on one key, quiet and loaded (arrival jitter and
     * a CPU-burning thread): accepted SMS per second as a fraction of the allowed rate ({@link RateLoad}).
     */
    void rate() throws Exception {
        Child c = start("rate", List.of("-Xms256m", "-Xmx512m"), RateLoad.class, List.of());
        c.await("READY", 60);
        int oneNode = settings.trials() == 1 ? 30 : 150;
        int perNode = settings.trials() == 1 ? 15 : 60;
        for (String load : List.of("quiet", "loaded")) {
            trial(() -> c.result("rate 1 " + oneNode + " " + load, 600), Map.of("trial", 1));
            trial(() -> c.result("rate 3 " + perNode + " " + load, 600), Map.of("trial", 1));
        }
        c.close();
    }

    // ---- MDR drain -------------------------------------------------------------------------------------------

    void mdr(String stub0) throws Exception {
        List<String> modes = List.of("raw", "listMessages", "consumer");
        Map<String, Child> workers = new LinkedHashMap<>();
        for (String mode : modes) {
            Child c = start("mdr-" + mode, List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"), MdrDrain.class,
                    List.of("--mode", mode, "--stub", stub0));
            c.await("READY", 60);
            workers.put(mode, c);
        }
        for (int w = 0; w < settings.mdrWarmups(); w++) {
            for (Child c : workers.values()) {
                c.result("drain " + MDR_RECORDS, 300);
            }
        }
        for (int trial = 1; trial <= settings.mdrTrials(); trial++) {
            for (int i = 0; i < modes.size(); i++) {
                String mode = modes.get((i + trial - 1) % modes.size());
                Child c = workers.get(mode);
                try {
                    trial(() -> c.result("drain " + MDR_RECORDS, 300), Map.of("trial", trial));
                } catch (IllegalStateException e) {
                    results.add(failedDrain(mode, c, e));
                }
            }
        }
        for (Child c : workers.values()) {
            c.close();
        }
        // an extra: the consumer with polls that end on a page boundary
        Child aligned = start("mdr-consumerAligned", List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"), MdrDrain.class,
                List.of("--mode", "consumerAligned", "--stub", stub0));
        aligned.await("READY", 60);
        try {
            for (int w = 0; w < settings.mdrWarmups(); w++) {
                aligned.result("drain " + MDR_RECORDS, 300);
            }
            for (int trial = 1; trial <= settings.mdrTrials(); trial++) {
                trial(() -> aligned.result("drain " + MDR_RECORDS, 300), Map.of("trial", trial));
            }
        } catch (IllegalStateException e) {
            results.add(failedDrain("consumerAligned", aligned, e));
        }
        aligned.close();
        // an extra: fetchAllPages holds every record at once, within the same 64 MiB
        // (-XX:+ExitOnOutOfMemoryError ends that JVM at the first one; the report finds the error in its log)
        Child all = start("mdr-fetchAll", List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"), MdrDrain.class,
                List.of("--mode", "fetchAll", "--stub", stub0));
        all.await("READY", 60);
        try {
            trial(() -> all.result("drain " + MDR_RECORDS, 120), Map.of("trial", 1));
        } catch (IllegalStateException e) {
            results.add(failedDrain("fetchAll", all, e));
        }
        all.close();
    }

    /** A drain whose JVM died or hung: an OutOfMemoryError if its log says so. */
    private Map<String, Object> failedDrain(String mode, Child c, Exception e) throws IOException {
        String log = Files.exists(work.resolve(c.name + ".log")) ? Files.readString(work.resolve(c.name + ".log")) : "";
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("scenario", "mdr");
        r.put("mode", mode);
        // -XX:+ExitOnOutOfMemoryError ends the JVM with status 3
        boolean oom = log.contains("OutOfMemoryError") || c.exitValue() == 3;
        r.put("oom", oom);
        r.put("error", log.contains("OutOfMemoryError")
                ? log.lines().filter(l -> l.contains("OutOfMemoryError")).findFirst().orElse("").trim()
                : e.getMessage());
        log("   mdr " + mode + " failed: " + r.get("error"));
        return r;
    }

    // ---- webhook ingest --------------------------------------------------------------------------------------

    void webhook(String stub0) throws Exception {
        int port = freePort();
        Child receiver = start("webhook-receiver", List.of("-Xms512m", "-Xmx512m"), WebhookReceiver.class,
                List.of("--port", String.valueOf(port), "--stub", stub0));
        receiver.await("READY", 60);
        Child poster = start("webhook-poster", List.of("-Xms512m", "-Xmx512m"), WebhookLoad.class,
                List.of("--receiver", "http://127.0.0.1:" + port));
        poster.await("READY", 60);
        List<String> paths = List.of("/bare", "/hook");
        for (String path : paths) {
            poster.result("post " + path + " " + WEBHOOK_IN_FLIGHT + " " + settings.webhookPrewarm() + " 1", 120);
        }
        for (int trial = 1; trial <= settings.trials(); trial++) {
            for (int i = 0; i < paths.size(); i++) {
                String path = paths.get((i + trial - 1) % paths.size());
                trial(() -> poster.result("post " + path + " " + WEBHOOK_IN_FLIGHT + " " + settings.webhookWarmup()
                        + " " + settings.webhookMeasure(), 120), Map.of("trial", trial));
            }
        }
        receiver.send("counts");
        Map<String, Object> counts = Probe.JSON.readValue(receiver.await("RESULT ", 30).substring(7),
                new TypeReference<Map<String, Object>>() {
                });
        results.add(counts);
        poster.close();
        receiver.close();
    }

    // ---- JMH -------------------------------------------------------------------------------------------------

    void jmh() throws Exception {
        Options options = new OptionsBuilder()
                .include(PerOperationBenchmark.class.getName())
                .forks(quick ? 1 : 2)
                .warmupIterations(settings.jmhWarmups())
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(settings.jmhIterations())
                .measurementTime(TimeValue.seconds(1))
                .addProfiler(GCProfiler.class)
                .jvmArgs("-Xms512m", "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
                .output(work.resolve("jmh.txt").toString())
                .build();
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", "jmh");
            m.put("benchmark", name.substring(name.lastIndexOf('.') + 1));
            m.put("nsPerOp", r.getPrimaryResult().getScore());
            m.put("error", r.getPrimaryResult().getScoreError());
            var alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            m.put("bytesPerOp", alloc == null ? null : alloc.getScore());
            results.add(m);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Runs one measured trial, notes the other work on the machine meanwhile, repeats it once when that was high. */
    private void trial(Supplier0<Map<String, Object>> measure, Map<String, Object> extra) throws Exception {
        Map<String, Object> result = null;
        for (int attempt = 1; attempt <= 2; attempt++) {
            waitForQuiet(20);
            CpuMeter meter = CpuMeter.start();
            result = new LinkedHashMap<>(measure.get());
            double foreign = meter.foreignCores();
            result.putAll(extra);
            result.put("foreignCores", foreign);
            result.put("attempt", attempt);
            if (foreign < NOISY || System.nanoTime() > budgetDeadline) {
                break;
            }
            log(String.format("   (other work used %.2f cores during %s; %s)", foreign, describe(result),
                    attempt == 1 ? "repeating" : "keeping it, flagged"));
        }
        results.add(result);
        log("   " + describe(result));
    }

    @FunctionalInterface
    interface Supplier0<T> {
        T get() throws Exception;
    }

    private static String describe(Map<String, Object> r) {
        Object scenario = r.get("scenario");
        if ("send".equals(scenario)) {
            return String.format(
                    "send %-22s %2s ms %3s in flight: %8.0f/s p50 %6s us p99 %7s us cpu %5.1f us threads %s",
                    r.get("client"), r.get("latencyMs"), r.get("inFlight"), num(r.get("throughput")), r.get("p50us"),
                    r.get("p99us"), num(r.get("cpuUsPerSend")), r.get("threadsDuring"));
        }
        if ("mdr".equals(scenario)) {
            return String.format("mdr %-12s %s records in %.2f s: %8.0f/s, heap peak %s MiB, oom %s", r.get("mode"),
                    r.get("records"), num(r.get("seconds")), num(r.get("recordsPerSecond")),
                    r.get("heapPeakBytes") == null ? "?" : ((Number) r.get("heapPeakBytes")).longValue() >> 20,
                    r.get("oom"));
        }
        if ("rate".equals(scenario)) {
            return String.format(java.util.Locale.ROOT,
                    "rate %d node(s) %s: %.0f of %.0f accepted, %.0f failed, %.0f 429s, %.3f/s"
                            + " = %.3f of the allowed rate",
                    (int) num(r.get("nodes")),
                    Boolean.TRUE.equals(r.get("loaded")) ? "loaded" : "quiet", num(r.get("accepted")),
                    num(r.get("sms")),
                    num(r.get("failed")), num(r.get("refused")), num(r.get("perSecond")),
                    num(r.get("steadyOfAllowed")));
        }
        if ("nginx-bursts".equals(scenario)) {
            return String.format("nginx bursts %-10s %3s in flight: %6s sent, %5s failed, %8.0f/s while sending",
                    r.get("client"), r.get("inFlight"), r.get("sends"), r.get("errors"), num(r.get("throughput")));
        }
        if ("webhook".equals(scenario)) {
            return String.format("webhook %-6s %8.0f/s p50 %s us p99 %s us errors %s", r.get("path"),
                    num(r.get("throughput")), r.get("p50us"), r.get("p99us"), r.get("errors"));
        }
        return r.toString();
    }

    static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Waits until other work uses less than {@link #NOISY} cores (at most the given seconds). */
    private void waitForQuiet(int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        boolean said = false;
        while (true) {
            CpuMeter m = CpuMeter.start();
            Thread.sleep(300);
            double foreign = m.foreignCores();
            if (foreign < NOISY || System.nanoTime() > deadline || quietBudget <= 0
                    || System.nanoTime() > budgetDeadline) {
                return;
            }
            quietBudget -= 0.3;
            if (!said) {
                log(String.format("   waiting for other work to calm down (%.2f cores busy)", foreign));
                said = true;
            }
        }
    }

    private Child start(String name, List<String> jvm, Class<?> main, List<String> args) throws IOException {
        Child c = Child.start(name, work, List.of(), jvm, main, args);
        children.add(c);
        return c;
    }

    private void closeChildren() {
        for (int i = children.size() - 1; i >= 0; i--) {
            try {
                children.get(i).close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        children.clear();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("nothing listens on " + port);
    }

    static void log(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
