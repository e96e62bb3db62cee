package io.github.camelflowroute.component.flowroute.internal.shared;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The pool exchanges continue on after their call. While the steps after the calls are short it runs on a few threads
 * (one per processor): a thread that finds more work queued takes it without being woken, so a route that never
 * blocks pays few thread hand-overs. A thread that has been busy with one exchange for longer than {@link #BLOCKED}
 * and waits rather than works is taken as blocked (a JDBC insert, a file write, a sleep): for each such thread the
 * pool adds one, up to its maximum, as soon as work waits, so a slow step holds up no other call. The added threads go
 * again once nothing has been blocked for {@link #SHRINK_AFTER}; every thread ends after idling for the keep-alive.
 * <p>
 * Its state does not tell a waiting thread: one in a socket read is runnable to the JVM, and one that works parks for
 * a moment whenever a lock it needs is taken. Nor does the time alone: on a busy host, or through a GC pause, a thread
 * can wait that long for a processor, and more threads would only compete for the same processors. So a thread busy
 * past {@link #BLOCKED} counts as blocked once it has used less than a quarter of a processor over a further
 * {@link #BLOCKED}.
 * <p>
 * A fixed pool of the maximum would do the same for slow steps, but then every hand-over wakes a parked thread of
 * many, which on a busy host costs more than the step itself.
 */
final class GrowingWorkerPool extends ThreadPoolExecutor {

    /** How long one exchange may keep a thread before the thread counts as blocked. */
    static final long BLOCKED = TimeUnit.MILLISECONDS.toNanos(10);
    /** How long the added threads stay after the last blocked one was seen. */
    static final long SHRINK_AFTER = TimeUnit.SECONDS.toNanos(5);
    private static final long IDLE = Long.MIN_VALUE;
    private static final ThreadMXBean CPU_TIME = ManagementFactory.getThreadMXBean();

    private final int base;
    private final ScheduledExecutorService watch;
    // per thread slot: when its thread began its current exchange (IDLE between exchanges), and who holds the slot.
    // Twice the maximum: a retiring thread still holds its slot while the pool may already start its replacement
    private final AtomicLongArray busySince;
    private final AtomicReferenceArray<Thread> holders;
    // per slot, for a thread past BLOCKED: when it was first looked at in its exchange, and its CPU time then
    private final AtomicReferenceArray<Mark> marks;
    private final ThreadLocal<Integer> slot = ThreadLocal.withInitial(() -> -1);
    private final AtomicBoolean checkScheduled = new AtomicBoolean();
    private volatile long lastBlocked;

    /**
     * @param base    the threads kept while nothing blocks (at most {@code max})
     * @param max     the most threads
     * @param idle    how long an idle thread stays, in seconds
     * @param threads makes the threads (named by Camel)
     * @param watch   runs the checks for blocked threads while work waits; not shut down by this pool
     */
    GrowingWorkerPool(int base, int max, long idle, ThreadFactory threads, ScheduledExecutorService watch) {
        super(Math.min(base, max), max, idle, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        this.base = Math.min(base, max);
        this.watch = watch;
        this.busySince = new AtomicLongArray(2 * max);
        this.holders = new AtomicReferenceArray<>(2 * max);
        this.marks = new AtomicReferenceArray<>(2 * max);
        for (int i = 0; i < busySince.length(); i++) {
            busySince.set(i, IDLE);
        }
        this.lastBlocked = System.nanoTime() - SHRINK_AFTER;
        allowCoreThreadTimeOut(true);
        setThreadFactory(task -> threads.newThread(() -> {
            claimSlot();
            try {
                task.run();
            } finally {
                releaseSlot();
            }
        }));
    }

    @Override
    public void execute(Runnable command) {
        super.execute(command);
        if (!getQueue().isEmpty() || getCorePoolSize() > base) {
            resize();
        }
    }

    @Override
    protected void beforeExecute(Thread t, Runnable r) {
        int s = slot.get();
        if (s >= 0) {
            busySince.set(s, System.nanoTime());
        }
    }

    @Override
    protected void afterExecute(Runnable r, Throwable t) {
        int s = slot.get();
        if (s >= 0) {
            busySince.set(s, IDLE);
        }
    }

    /** The threads busy with one exchange for longer than {@link #BLOCKED} that wait rather than work. */
    private int blocked(long now) {
        int blocked = 0;
        for (int i = 0; i < busySince.length(); i++) {
            long since = busySince.get(i);
            Thread holder = holders.get(i);
            if (since != IDLE && now - since > BLOCKED && holder != null && waits(i, holder, since, now)) {
                blocked++;
            }
        }
        return blocked;
    }

    /**
     * Whether the thread in this slot, busy with the exchange it began at {@code since}, waits: it used less than a
     * quarter of a processor since it was first looked at, at least {@link #BLOCKED} ago.
     */
    private boolean waits(int slot, Thread holder, long since, long now) {
        Mark mark = marks.get(slot);
        if (mark != null && mark.exchange() == since && now - mark.at() < BLOCKED) {
            // looked at too lately to tell: no need for its CPU time yet
            return false;
        }
        long cpu = CPU_TIME.isThreadCpuTimeEnabled() ? CPU_TIME.getThreadCpuTime(holder.getId()) : -1;
        if (cpu < 0) {
            // no CPU time to tell by: busy for that long is blocked
            return true;
        }
        if (mark == null || mark.exchange() != since) {
            marks.set(slot, new Mark(since, now, cpu));
            return false;
        }
        return (cpu - mark.cpu()) * 4 < now - mark.at();
    }

    /** A thread first looked at past {@link #BLOCKED} in the exchange it began at {@code exchange}. */
    private record Mark(long exchange, long at, long cpu) {
    }

    /** As many threads as are blocked more than the base, within the maximum; checks again while work waits. */
    private void resize() {
        long now = System.nanoTime();
        int blocked = blocked(now);
        if (blocked > 0) {
            lastBlocked = now;
        }
        int wanted = Math.min(getMaximumPoolSize(), base + blocked);
        int core = getCorePoolSize();
        if (wanted > core) {
            // starts threads for the work queued
            setCorePoolSize(wanted);
        } else if (wanted < core && now - lastBlocked > SHRINK_AFTER) {
            setCorePoolSize(Math.max(base, wanted));
        }
        if (!getQueue().isEmpty() && !isShutdown() && checkScheduled.compareAndSet(false, true)) {
            // work waits: if the threads on it block, no new exchange may come to notice it
            try {
                watch.schedule(() -> {
                    checkScheduled.set(false);
                    resize();
                }, BLOCKED, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopping) {
                checkScheduled.set(false);
            }
        }
    }

    private void claimSlot() {
        Thread me = Thread.currentThread();
        for (int i = 0; i < holders.length(); i++) {
            if (holders.compareAndSet(i, null, me)) {
                slot.set(i);
                return;
            }
        }
    }

    private void releaseSlot() {
        int s = slot.get();
        if (s >= 0) {
            busySince.set(s, IDLE);
            holders.set(s, null);
            slot.remove();
        }
    }
}
