package io.github.camelflowroute.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers callbacks like Flowroute (notes, "Callbacks"): a POST per callback, HTTP 200 expected, otherwise
 * the same POST again after the retry interval, up to the configured number of retries. The callbacks of
 * one message (a job: the level-1 then level-2 receipt, say) go strictly in order, the next only once the
 * previous was delivered or given up. Runs on its own small scheduler, never on the HTTP server's threads.
 *
 * <p>{@link #cancelAll()} (on reset) forgets every job: a job whose generation is over stops at its next
 * step and records nothing more.
 */
final class CallbackDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackDispatcher.class);
    private static final int THREADS = 2;

    /** One callback to make. */
    record Post(CallbackType type, String url, String body) {
    }

    /**
     * Delivery settings.
     *
     * @param retries       re-posts after a failed attempt (Flowroute: 4)
     * @param retryInterval wait before each re-post (Flowroute: 30 s)
     * @param timeout       connect and answer timeout of one attempt
     */
    record Settings(int retries, Duration retryInterval, Duration timeout) {
    }

    /** The callbacks of one message; touched by one thread at a time (handed over by the scheduler). */
    private static final class Job {
        final long generation;
        final String messageId;
        final List<Post> posts;
        int index;
        int attempt;

        Job(long generation, String messageId, List<Post> posts) {
            this.generation = generation;
            this.messageId = messageId;
            this.posts = posts;
        }
    }

    private final Settings settings;
    private final CallbackJournal journal;
    private final HttpClient http;
    private final List<Job> parked = new ArrayList<>();
    private ScheduledExecutorService scheduler;
    private long generation;
    private int outstanding;
    private boolean paused;

    CallbackDispatcher(Settings settings, CallbackJournal journal) {
        this.settings = settings;
        this.journal = journal;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    synchronized void start() {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(THREADS, r -> {
            Thread t = new Thread(r, "flowroute-simulator-callback-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        s.setRemoveOnCancelPolicy(true);
        scheduler = s;
    }

    /** Stops delivering; queued and scheduled callbacks are dropped. */
    void close() {
        ScheduledExecutorService s;
        synchronized (this) {
            cancelAll();
            s = scheduler;
            scheduler = null;
        }
        if (s != null) {
            s.shutdownNow();
        }
    }

    /**
     * Queues the callbacks of one message, to be made in order.
     *
     * @throws IllegalStateException when the simulator is not running
     */
    synchronized void submit(String messageId, List<Post> posts) {
        if (posts.isEmpty()) {
            return;
        }
        if (scheduler == null) {
            throw new IllegalStateException("simulator not started");
        }
        Job job = new Job(generation, messageId, List.copyOf(posts));
        outstanding++;
        if (paused) {
            parked.add(job);
        } else {
            scheduler.execute(() -> run(job));
        }
    }

    /** Holds back attempts that are due until {@link #resume()}; attempts already under way finish. */
    synchronized void pause() {
        paused = true;
    }

    /** Lets held-back attempts go at once. */
    synchronized void resume() {
        paused = false;
        if (scheduler != null) {
            parked.forEach(job -> scheduler.execute(() -> run(job)));
        }
        parked.clear();
    }

    synchronized boolean isPaused() {
        return paused;
    }

    /** Messages whose callbacks are not all delivered or given up yet. */
    synchronized int outstanding() {
        return outstanding;
    }

    /**
     * Waits until no callbacks remain; {@code false} when some still do after {@code timeout} or the
     * thread was interrupted (its flag set again).
     */
    synchronized boolean await(Duration timeout) {
        return MonitorWait.until(this, () -> outstanding == 0, timeout);
    }

    /** Forgets every queued, scheduled and parked callback and ends a pause. */
    synchronized void cancelAll() {
        generation++;
        outstanding = 0;
        parked.clear();
        paused = false;
        notifyAll();
    }

    private void run(Job job) {
        while (true) {
            Post post;
            synchronized (this) {
                if (job.generation != generation) {
                    return;
                }
                if (paused) {
                    parked.add(job);
                    return;
                }
                post = job.posts.get(job.index);
            }
            job.attempt++;
            int status = 0;
            String error = null;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(post.url()))
                        .timeout(settings.timeout())
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "flowroute-simulator")
                        .POST(HttpRequest.BodyPublishers.ofString(post.body(), StandardCharsets.UTF_8))
                        .build();
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException | IllegalArgumentException e) {
                error = e.toString();
            } catch (InterruptedException e) {
                // the simulator is closing
                Thread.currentThread().interrupt();
                return;
            }
            LOG.debug("{} callback for {} to {}, attempt {}: {}", post.type(), job.messageId, post.url(),
                    job.attempt, error == null ? status : error);
            synchronized (this) {
                if (job.generation != generation) {
                    return;
                }
                journal.record(new CallbackAttempt(job.messageId, post.type(), post.url(), post.body(),
                        job.attempt, status, error, Instant.now()));
                if (status != 200 && job.attempt <= settings.retries()) {
                    scheduler.schedule(() -> run(job), settings.retryInterval().toNanos(), TimeUnit.NANOSECONDS);
                    return;
                }
                job.index++;
                job.attempt = 0;
                if (job.index == job.posts.size()) {
                    outstanding--;
                    notifyAll();
                    return;
                }
            }
        }
    }
}
