package io.github.camelflowroute.simulator;

import java.util.Objects;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension running a {@link FlowrouteSimulator} for a test class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();
 *
 * @Test
 * void sends() { String base = SIM.simulator().baseUrl(); ... }
 * }</pre>
 *
 * or declaratively, with the simulator injected into test constructors and methods:
 *
 * <pre>{@code
 * @ExtendWith(FlowrouteSimulatorExtension.class)
 * class MyTest {
 *     @Test
 *     void sends(FlowrouteSimulator sim) { ... }
 * }
 * }</pre>
 *
 * <p>The simulator starts before the first test (in {@code beforeAll}, or on first use when registered on
 * an instance field) and stops when the scope that started it ends. Before each test it is
 * {@linkplain FlowrouteSimulator#reset() reset}: seed data back, journal emptied, faults and recorded
 * response violations cleared, so tests never see each other's traffic.
 *
 * <p>With {@link #failingOnResponseViolations()} every test also fails when the simulator answered it outside its
 * spec (beyond the live API's documented variants).
 *
 * <p>JUnit is an optional dependency of the simulator: this class is only usable with
 * {@code junit-jupiter-api} on the classpath, which every JUnit 5 test has.
 */
public class FlowrouteSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final FlowrouteSimulator.Builder builder;
    private FlowrouteSimulator simulator;
    /** Unique id of the extension context that started the simulator; only its end stops it. */
    private String owner;
    private boolean failOnResponseViolations;

    /** A simulator with the defaults (free port, demo credentials, LIVE style). */
    public FlowrouteSimulatorExtension() {
        this(FlowrouteSimulator.builder());
    }

    /**
     * A simulator configured by {@code builder}, e.g. {@code FlowrouteSimulator.builder().responseStyle(SPEC)}.
     * The builder's port setting is honoured; 0 picks a free port.
     *
     * @param builder configuration
     */
    public FlowrouteSimulatorExtension(FlowrouteSimulator.Builder builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /**
     * Fails each test after which the simulator holds {@linkplain FlowrouteSimulator#responseViolations() answers
     * that break its spec}, naming them: every answer a test got fits the spec but for the live API's documented
     * variants.
     *
     * @return this extension
     */
    public FlowrouteSimulatorExtension failingOnResponseViolations() {
        failOnResponseViolations = true;
        return this;
    }

    /**
     * The running simulator.
     *
     * @throws IllegalStateException outside the extension's scope (before it started or after it stopped)
     */
    public synchronized FlowrouteSimulator simulator() {
        if (simulator == null || !simulator.isRunning()) {
            throw new IllegalStateException("the Flowroute simulator is not running; use it from a test");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ensureStarted(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ensureStarted(context).reset();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            checkResponses();
        } finally {
            stopIfStartedBy(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FlowrouteSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        // with a per-class test instance the constructor runs before beforeAll, so start on demand
        return ensureStarted(extensionContext);
    }

    private synchronized FlowrouteSimulator ensureStarted(ExtensionContext context) {
        if (simulator == null || !simulator.isRunning()) {
            simulator = builder.build().start();
            owner = context.getUniqueId();
        }
        return simulator;
    }

    private synchronized void checkResponses() {
        if (failOnResponseViolations && simulator != null && simulator.isRunning()
                && !simulator.responseViolations().isEmpty()) {
            throw new AssertionError("The simulator answered outside its spec: " + simulator.responseViolations());
        }
    }

    private synchronized void stopIfStartedBy(ExtensionContext context) {
        if (simulator != null && context.getUniqueId().equals(owner)) {
            simulator.close();
            owner = null;
        }
    }
}
