package io.github.camelflowroute.component.flowroute.client;

import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A {@link ScheduledExecutorService} in virtual time, on the calling thread: {@link #runUntil} runs the tasks in the
 * order they are due and moves the clock ({@link #nanoTime()}) to each, so minutes of a limiter's timing take
 * milliseconds and do not depend on the machine's load. Only what the rate limiter uses is supported.
 */
final class VirtualTimer extends AbstractExecutorService implements ScheduledExecutorService {

    // far from 0, as System.nanoTime() may be
    private long now = TimeUnit.DAYS.toNanos(1);
    private long scheduled;
    private final PriorityQueue<Task> tasks = new PriorityQueue<>();
    private boolean shutdown;

    long nanoTime() {
        return now;
    }

    /** Runs {@code task} at the virtual time {@code at} (now if that has passed). */
    void at(long at, Runnable task) {
        add(at, task);
    }

    /** Runs the due tasks in order until {@code done} holds or nothing is left; false when time ran out first. */
    boolean runUntil(BooleanSupplier done, long maxNanos) {
        long end = now + maxNanos;
        while (!done.getAsBoolean()) {
            Task next = tasks.poll();
            if (next == null || next.at - end > 0) {
                return false;
            }
            if (!next.cancelled) {
                now = next.at;
                next.done = true;
                next.task.run();
            }
        }
        return true;
    }

    private Task add(long at, Runnable task) {
        if (shutdown) {
            throw new RejectedExecutionException("shut down");
        }
        Task t = new Task(at - now < 0 ? now : at, scheduled++, task);
        tasks.add(t);
        return t;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        return add(now + unit.toNanos(delay), command);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        return (ScheduledFuture<V>) add(now + unit.toNanos(delay), () -> {
            try {
                callable.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void execute(Runnable command) {
        add(now, command);
    }

    @Override
    public void shutdown() {
        shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task implements ScheduledFuture<Object> {
        final long at;
        final long order;
        final Runnable task;
        boolean cancelled;
        boolean done;

        Task(long at, long order, Runnable task) {
            this.at = at;
            this.order = order;
            this.task = task;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(at - now, TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            Task o = (Task) other;
            int byTime = Long.compare(at - now, o.at - now);
            return byTime != 0 ? byTime : Long.compare(order, o.order);
        }

        @Override
        public boolean cancel(boolean mayInterrupt) {
            if (done) {
                return false;
            }
            cancelled = true;
            done = true;
            return true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }
}
