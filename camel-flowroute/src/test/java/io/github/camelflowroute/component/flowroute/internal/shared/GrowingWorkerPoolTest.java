package io.github.camelflowroute.component.flowroute.internal.shared;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GrowingWorkerPoolTest {

    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor();
    private final List<GrowingWorkerPool> pools = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        for (GrowingWorkerPool pool : pools) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
        watch.shutdownNow();
    }

    @Test
    void shortExchangesRunOnTheBaseThreadsOnly() throws Exception {
        GrowingWorkerPool pool = pool(2, 8);
        CountDownLatch done = new CountDownLatch(5_000);
        for (int i = 0; i < 5_000; i++) {
            pool.execute(done::countDown);
        }

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.getLargestPoolSize()).isLessThanOrEqualTo(2);
    }

    @Test
    void workQueuedBehindBlockedThreadsRunsWhileTheyStayBlocked() throws Exception {
        GrowingWorkerPool pool = pool(1, 4);
        CountDownLatch blocking = new CountDownLatch(1);
        pool.execute(() -> {
            blocking.countDown();
            awaitRelease();
        });
        assertThat(blocking.await(5, TimeUnit.SECONDS)).isTrue();

        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(ran::countDown);

        // no other exchange comes to notice the blocked thread: the pool's own check must
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(release.getCount()).isEqualTo(1);
    }

    @Test
    void workQueuedBehindAThreadInASocketReadRunsWhileItReads() throws Exception {
        GrowingWorkerPool pool = pool(1, 4);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            CountDownLatch reading = new CountDownLatch(1);
            pool.execute(() -> {
                reading.countDown();
                try {
                    // runnable to the JVM, yet waiting: the server never writes
                    socket.getInputStream().read();
                } catch (IOException closed) {
                    // the test is over
                }
            });
            assertThat(reading.await(5, TimeUnit.SECONDS)).isTrue();

            CountDownLatch ran = new CountDownLatch(1);
            pool.execute(ran::countDown);

            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aThreadBusyWorkingIsNotTakenAsBlocked() throws Exception {
        GrowingWorkerPool pool = pool(1, 4);
        CountDownLatch working = new CountDownLatch(1);
        AtomicLong workedUntil = new AtomicLong();
        pool.execute(() -> {
            working.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            workedUntil.set(System.nanoTime());
        });
        assertThat(working.await(5, TimeUnit.SECONDS)).isTrue();

        AtomicLong ranAt = new AtomicLong();
        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(() -> {
            ranAt.set(System.nanoTime());
            ran.countDown();
        });

        // another thread would only compete for the processors: the work waits for the one it has
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ranAt.get()).isGreaterThanOrEqualTo(workedUntil.get());
        assertThat(pool.getLargestPoolSize()).isEqualTo(1);
    }

    @Test
    void neverRunsMoreThreadsThanItsMaximum() throws Exception {
        GrowingWorkerPool pool = pool(1, 3);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(6);
        for (int i = 0; i < 6; i++) {
            pool.execute(() -> {
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                awaitRelease();
                running.decrementAndGet();
                done.countDown();
            });
        }
        awaitTrue(() -> running.get() == 3);
        Thread.sleep(100);

        assertThat(mostAtOnce.get()).isEqualTo(3);
        release.countDown();
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.getLargestPoolSize()).isEqualTo(3);
    }

    @Test
    void theBaseIsNeverMoreThanTheMaximum() {
        GrowingWorkerPool pool = pool(8, 2);

        assertThat(pool.getCorePoolSize()).isEqualTo(2);
    }

    private GrowingWorkerPool pool(int base, int max) {
        AtomicInteger n = new AtomicInteger();
        GrowingWorkerPool pool = new GrowingWorkerPool(base, max, 60,
                r -> new Thread(r, "worker-" + n.incrementAndGet()), watch);
        pools.add(pool);
        return pool;
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
