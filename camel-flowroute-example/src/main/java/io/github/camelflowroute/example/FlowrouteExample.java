package io.github.camelflowroute.example;

import java.time.Duration;
import java.time.Instant;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

/**
 * Runs the example once and exits: a Camel Main application whose routes (Java DSL in {@link ExampleRoutes}, YAML DSL
 * in {@code routes/*.yaml}) search the number inventory, buy a number, give it voice routes, send an SMS and an MMS
 * from it, and look the SMS up again.
 * <p>
 * Without {@code FLOWROUTE_ACCESS_KEY}/{@code FLOWROUTE_SECRET_KEY} it starts the Flowroute simulator on a free
 * loopback port and points the component at it. With them it talks to the live API; see {@link ExampleSettings} for
 * the flag that lets it spend money. Exit code 0 when every step completed, 1 when one failed, 2 when the settings
 * are wrong.
 */
public final class FlowrouteExample {

    private FlowrouteExample() {
    }

    public static void main(String[] args) {
        ExampleSettings settings;
        try {
            settings = ExampleSettings.from(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("flowroute-example: " + e.getMessage());
            System.exit(2);
            return;
        }
        FlowReport report =
                settings.live() ? run(settings, describeLive(settings)) : runWithEmbeddedSimulator(settings);
        System.exit(report.exitCode());
    }

    /** Starts a simulator, runs the flow against it, and stops it. */
    public static FlowReport runWithEmbeddedSimulator(ExampleSettings settings) {
        try (FlowrouteSimulator simulator = FlowrouteSimulator.builder().port(0)
                // CNAM records are reviewed in a second here, rather than the live API's hours
                .cnamApprovalDelay(java.time.Duration.ofSeconds(1)).build().start()) {
            ExampleSettings against = new ExampleSettings(simulator.accessKey(), simulator.secretKey(),
                    simulator.baseUrl(), true, settings.to(), settings.mediaUrl());
            return run(against, "the embedded Flowroute simulator at " + simulator.baseUrl()
                    + " (no FLOWROUTE_ACCESS_KEY/FLOWROUTE_SECRET_KEY set)");
        }
    }

    /**
     * Runs the flow once with Camel Main and stops Camel again.
     *
     * @param settings where to and what may be done; must carry credentials
     * @param target   how the first printed line names what the example talks to
     */
    public static FlowReport run(ExampleSettings settings, String target) {
        StepPrinter printer = new StepPrinter();
        printer.line("camel-flowroute example: talking to " + target);
        FlowRun flow = new FlowRun(printer);

        // no main class given: Camel Main then scans no package for routes; they are added here
        Main main = new Main();
        ConsumerRoutes consumers = new ConsumerRoutes(Instant.now(), printer);
        main.configure().addRoutesBuilder(new ExampleRoutes(settings, printer, consumers));
        main.configure().addRoutesBuilder(consumers);
        // the YAML step prints "[10/{{example.steps}}]" from the same count as the Java steps
        main.addOverrideProperty("example.steps", String.valueOf(ExampleRoutes.STEPS));
        // component-level options: every flowroute: endpoint starts from these
        main.addOverrideProperty("camel.component.flowroute.access-key", settings.accessKey());
        main.addOverrideProperty("camel.component.flowroute.secret-key", settings.secretKey());
        if (settings.baseUrl() != null) {
            main.addOverrideProperty("camel.component.flowroute.base-url", settings.baseUrl());
        }
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport m) {
                // a failed step ends the flow with one printed line, not with Camel's error-handler report
                m.getCamelContext().getCamelContextExtension().setErrorHandlerFactory(new NoErrorHandlerBuilder());
            }

            @Override
            public void afterStart(BaseMainSupport m) {
                try {
                    flow.run(m.getCamelContext().createProducerTemplate());
                } finally {
                    main.completed();
                }
            }
        });
        try {
            main.run();
        } catch (Exception e) {
            flow.failed(0, "Camel did not start: " + e.getMessage());
        }
        return flow.report(printer);
    }

    private static String describeLive(ExampleSettings settings) {
        String url = settings.baseUrl() != null ? settings.baseUrl() : "https://api.flowroute.com";
        return "the Flowroute API at " + url + (settings.spend()
                ? " (spending enabled: buys a number and sends two messages to " + settings.to() + ")"
                : " (spending not enabled: buys nothing, sends nothing)");
    }

    /** One pass through the flow, and what came of it. */
    private static final class FlowRun {

        private final StepPrinter printer;
        private volatile Exchange result;
        private volatile int failedStep;
        private volatile String error;

        FlowRun(StepPrinter printer) {
            this.printer = printer;
        }

        void run(ProducerTemplate template) {
            long started = System.nanoTime();
            try {
                Exchange exchange = template.send(ExampleRoutes.FLOW, e -> {});
                result = exchange;
                Exception failure = exchange.getException();
                if (failure != null) {
                    Integer step = exchange.getProperty(ExampleRoutes.STEP, Integer.class);
                    failed(step == null ? 0 : step, failure.getMessage());
                } else {
                    printer.line("done: all " + ExampleRoutes.STEPS + " steps completed in "
                            + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
                }
            } finally {
                template.stop();
            }
        }

        void failed(int step, String message) {
            failedStep = step;
            error = message;
            printer.line((step > 0 ? "[" + step + "/" + ExampleRoutes.STEPS + "] " : "") + "FAILED: " + message);
        }

        FlowReport report(StepPrinter printer) {
            Exchange e = result;
            boolean ok = e != null && e.getException() == null && error == null;
            return new FlowReport(ok, failedStep, error,
                    property(e, ExampleRoutes.NUMBER),
                    e != null && Boolean.TRUE.equals(e.getProperty(ExampleRoutes.PURCHASED, Boolean.class)),
                    property(e, ExampleRoutes.HOST_ROUTE_ID),
                    property(e, ExampleRoutes.URI_ROUTE_ID),
                    property(e, ExampleRoutes.SMS_ID),
                    property(e, ExampleRoutes.MMS_ID),
                    property(e, ExampleRoutes.LOOKED_UP_STATUS),
                    printer.lines());
        }

        private static String property(Exchange e, String name) {
            return e == null ? null : e.getProperty(name, String.class);
        }
    }
}
