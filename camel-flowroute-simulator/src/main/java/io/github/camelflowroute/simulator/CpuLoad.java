package io.github.camelflowroute.simulator;

/**
 * Other work on the machine while a test runs, as on a busy build server: one thread that only burns CPU until
 * closed. Tests of rates and timings run their checks under it, so that they hold where users run them too.
 *
 * <pre>{@code
 * try (CpuLoad load = new CpuLoad()) {
 *     // the behaviour under test
 * }
 * }</pre>
 */
public final class CpuLoad implements AutoCloseable {

    private final Thread burner;
    private volatile boolean running = true;

    /** Starts the burning thread (a daemon, so a test that forgets to close it does not keep the JVM alive). */
    public CpuLoad() {
        burner = new Thread(() -> {
            long x = 0;
            while (running) {
                x = x * 31 + System.nanoTime();
            }
            if (x == 42) {
                // keeps the loop from being optimised away
                System.out.print("");
            }
        }, "cpu-load");
        burner.setDaemon(true);
        burner.start();
    }

    /** Stops the burning thread and waits for it to end. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        burner.join();
    }
}
