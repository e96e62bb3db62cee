package io.github.camelflowroute.simulator;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;

/** The tests of the callbacks the simulator sends: those of the API tests, and a receiver of the callbacks. */
abstract class CallbackTestSupport extends SimulatorApiTestSupport {

    /** How long a test waits for a callback to arrive. */
    protected static final Duration WAIT = Duration.ofSeconds(5);

    /** The webhook receiver the callbacks go to; closed after each test. */
    protected final CallbackReceiver receiver = new CallbackReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }
}
