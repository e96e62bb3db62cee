package io.github.camelflowroute.component.flowroute.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A design aid, not a test and not a measurement: runs {@code SharedKeySendRateTest}'s default-limiter scenario (three
 * nodes with a default limiter each, 100 SMS and 15 MMS each, queued at once) against a {@link ModelledSendKey} in
 * virtual time, many times over in seconds, and prints the rates the nodes reach together. A change to
 * {@link AdaptiveSendRateLimiter} can be tried here before it is measured for real. Its calibration: for the limiter
 * that sends in frames, the model gives 4.29 SMS/s and 0.86 MMS/s, the real test under load 3.9 to 4.1 and 0.80 to
 * 0.83 (its first seconds, before every node sends in frames, and the stragglers of a busy host cost it more).
 * <p>
 * Arguments: runs (default 20), the latest an attempt may reach the key after its turn in ms (default 30), how far
 * each node's wall clock is ahead of the previous node's in ms (default 0).
 */
public final class SharedKeyRateModel {

    private static final int NODES = 3;
    private static final int SMS_PER_NODE = 100;
    private static final int MMS_PER_NODE = 15;

    private SharedKeyRateModel() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double maxArrivalMillis = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        long clockStepNanos = TimeUnit.MILLISECONDS.toNanos(args.length > 2 ? Long.parseLong(args[2]) : 0);
        for (int run = 0; run < runs; run++) {
            VirtualTimer timer = new VirtualTimer();
            ModelledSendKey key = new ModelledSendKey(timer, run, maxArrivalMillis);
            Random coin = new Random(run);
            long start = timer.nanoTime();
            List<CompletableFuture<Long>> sms = new ArrayList<>();
            List<CompletableFuture<Long>> mms = new ArrayList<>();
            for (int node = 0; node < NODES; node++) {
                long clockOffset = node * clockStepNanos;
                AdaptiveSendRateLimiter limiter =
                        new AdaptiveSendRateLimiter(timer, timer::nanoTime, () -> clockOffset, coin::nextBoolean);
                sms.addAll(queue(timer, key, limiter, SendRateLimiter.Kind.SMS, 5, SMS_PER_NODE));
                mms.addAll(queue(timer, key, limiter, SendRateLimiter.Kind.MMS, 1, MMS_PER_NODE));
            }
            List<CompletableFuture<Long>> all = new ArrayList<>(sms);
            all.addAll(mms);
            timer.runUntil(() -> all.stream().allMatch(CompletableFuture::isDone), TimeUnit.MINUTES.toNanos(10));
            long failed = all.stream().filter(f -> f.getNow(-1L) < 0).count();
            System.out.printf("run %2d: %.3f SMS/s, %.3f MMS/s, %d 429s, %d failed%n", run,
                    NODES * SMS_PER_NODE / seconds(sms, start), NODES * MMS_PER_NODE / seconds(mms, start),
                    key.refusedCount(), failed);
        }
    }

    /** The sends, each ending with the virtual time it was accepted at (-1 when it was not). */
    private static List<CompletableFuture<Long>> queue(VirtualTimer timer, ModelledSendKey key,
            SendRateLimiter limiter, SendRateLimiter.Kind kind, int perSecond, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> key.send(limiter, kind, perSecond, Duration.ofMinutes(3))
                        .thenApply(accepted -> accepted ? timer.nanoTime() : -1L))
                .toList();
    }

    private static double seconds(List<CompletableFuture<Long>> sends, long start) {
        return (sends.stream().mapToLong(f -> f.getNow(Long.MAX_VALUE)).max().orElseThrow() - start) / 1e9;
    }
}
