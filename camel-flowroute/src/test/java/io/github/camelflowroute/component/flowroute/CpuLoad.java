package io.github.camelflowroute.component.flowroute;

/** Other work on the machine while a test runs: one thread that only burns CPU until closed. */
final class CpuLoad implements AutoCloseable {

    private final Thread burner;
    private volatile boolean running = true;

    CpuLoad() {
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

    @Override
    public void close() throws InterruptedException {
        running = false;
        burner.join();
    }
}
