package io.github.camelflowroute.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until the process is stopped:
 *
 * <pre>
 * mvn -f camel-flowroute-simulator/pom.xml exec:java
 * mvn -f camel-flowroute-simulator/pom.xml exec:java -Dexec.args="--port 9000 --style spec"
 * </pre>
 *
 * Options: {@code --port N} (default {@value #DEFAULT_PORT}, 0 = free port), {@code --style live|spec},
 * {@code --seed N}, {@code --access-key K}, {@code --secret-key S}, {@code --latency-ms N},
 * {@code --no-request-validation}, {@code --no-response-validation}, {@code --callback-style json_api|legacy},
 * {@code --callback-retries N}, {@code --callback-retry-interval-ms N}, {@code --enforce-rate-limits},
 * {@code --sms-per-second N}, {@code --mms-per-second N}, {@code --rate-limit-retry-after},
 * {@code --cnam-approval-delay-ms N}, {@code --cdr-export-delay-ms N}, {@code --help}.
 */
public final class FlowrouteSimulatorMain {

    /** Port used when none is given. */
    public static final int DEFAULT_PORT = 8089;

    private FlowrouteSimulatorMain() {
    }

    /**
     * Starts the simulator and blocks until the JVM is stopped.
     *
     * @param args command-line options, see the class description
     * @throws InterruptedException if the waiting main thread is interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        FlowrouteSimulator.Builder builder;
        try {
            builder = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (builder == null) {
            usage(System.out);
            return;
        }
        FlowrouteSimulator sim = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "flowroute-simulator-shutdown"));
        PrintStream out = System.out;
        out.println("Flowroute simulator running (" + sim.responseStyle().name().toLowerCase(Locale.ROOT)
                + " style, seed " + sim.state().seed() + ")");
        out.println("  base URL:   " + sim.baseUrl());
        out.println("  access key: " + sim.accessKey());
        out.println("  secret key: " + sim.secretKey() + "   (demo credentials of this simulator only)");
        out.println("  account numbers: " + sim.state().accountNumbers().stream().map(SimNumber::number).toList());
        if (sim.rateLimitsEnforced()) {
            out.println(
                    "  rate limits: " + sim.smsPerSecond() + " SMS/s, " + sim.mmsPerSecond() + " MMS/s per access key");
        }
        out.println("  control API: " + sim.baseUrl() + FlowrouteSimulator.CONTROL_PREFIX + "... (no credentials)");
        out.println("Stop with Ctrl+C.");
        stopped.await();
    }

    /**
     * Reads the options into a builder.
     *
     * @param args command-line options
     * @return the builder, or {@code null} when help was asked for
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    static FlowrouteSimulator.Builder parse(String[] args) {
        FlowrouteSimulator.Builder builder = FlowrouteSimulator.builder().port(DEFAULT_PORT);
        String access = FlowrouteSimulator.DEFAULT_ACCESS_KEY;
        String secret = FlowrouteSimulator.DEFAULT_SECRET_KEY;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--port" -> builder.port(intValue(arg, value(args, ++i, arg)));
                case "--style" -> builder.responseStyle(style(value(args, ++i, arg)));
                case "--seed" -> builder.seed(longValue(arg, value(args, ++i, arg)));
                case "--access-key" -> access = value(args, ++i, arg);
                case "--secret-key" -> secret = value(args, ++i, arg);
                case "--latency-ms" -> builder.latency(Duration.ofMillis(longValue(arg, value(args, ++i, arg))));
                case "--no-request-validation" -> builder.validateRequests(false);
                case "--no-response-validation" -> builder.validateResponses(false);
                case "--callback-style" -> builder.callbackStyle(callbackStyle(value(args, ++i, arg)));
                case "--callback-retries" -> builder.callbackRetries(intValue(arg, value(args, ++i, arg)));
                case "--callback-retry-interval-ms" ->
                        builder.callbackRetryInterval(Duration.ofMillis(longValue(arg, value(args, ++i, arg))));
                case "--enforce-rate-limits" -> builder.enforceRateLimits(true);
                case "--sms-per-second" -> builder.smsPerSecond(intValue(arg, value(args, ++i, arg)));
                case "--mms-per-second" -> builder.mmsPerSecond(intValue(arg, value(args, ++i, arg)));
                case "--rate-limit-retry-after" -> builder.rateLimitRetryAfter(true);
                case "--cnam-approval-delay-ms" ->
                        builder.cnamApprovalDelay(Duration.ofMillis(longValue(arg, value(args, ++i, arg))));
                case "--cdr-export-delay-ms" ->
                        builder.cdrExportDelay(Duration.ofMillis(longValue(arg, value(args, ++i, arg))));
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        return builder.credentials(access, secret);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int intValue(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + value);
        }
    }

    private static long longValue(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + value);
        }
    }

    private static ResponseStyle style(String value) {
        try {
            return ResponseStyle.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--style must be live or spec, got " + value);
        }
    }

    private static CallbackStyle callbackStyle(String value) {
        try {
            return CallbackStyle.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--callback-style must be json_api or legacy, got " + value);
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: FlowrouteSimulatorMain [--port N] [--style live|spec] [--seed N]");
        out.println("         [--access-key K] [--secret-key S] [--latency-ms N]");
        out.println("         [--no-request-validation] [--no-response-validation]");
        out.println("         [--callback-style json_api|legacy] [--callback-retries N]");
        out.println("         [--callback-retry-interval-ms N]");
        out.println("         [--enforce-rate-limits] [--sms-per-second N] [--mms-per-second N]");
        out.println("         [--rate-limit-retry-after] [--cnam-approval-delay-ms N] [--cdr-export-delay-ms N]");
    }
}
