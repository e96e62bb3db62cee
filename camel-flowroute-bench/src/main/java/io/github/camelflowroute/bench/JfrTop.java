package io.github.camelflowroute.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Hot frames of a JFR recording, without JMC: the top methods by own samples (top frame), by inclusive samples (on
 * the stack), and the top allocation sites, from {@code jdk.ExecutionSample} and {@code jdk.ObjectAllocationSample}.
 * Usage: {@code JfrTop file.jfr [rows] [filter-prefix]}; a filter keeps only inclusive rows of classes starting with
 * it.
 */
public final class JfrTop {

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        report(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25, args.length > 2 ? args[2] : null,
                System.out);
    }

    public static void report(Path file, int rows, String filter, PrintStream out) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Long> allocSelf = new HashMap<>();
        Map<String, Long> allocInclusive = new HashMap<>();
        int samples = 0;
        long allocated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            String type = e.getEventType().getName();
            RecordedStackTrace st = e.getStackTrace();
            if (st == null) {
                continue;
            }
            List<RecordedFrame> frames = st.getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(frames.get(0)), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (seen.add(n)) {
                        inclusive.merge(n, 1, Integer::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = e.getLong("weight");
                allocated += weight;
                allocSelf.merge(name(frames.get(0)) + " [" + e.getClass("objectClass").getName() + "]", weight,
                        Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f);
                    if (seen.add(n)) {
                        allocInclusive.merge(n, weight, Long::sum);
                    }
                }
            }
        }
        out.println("execution samples: " + samples);
        out.println("-- self (top frame) --");
        print(self, samples, rows, null, out);
        out.println("-- inclusive" + (filter == null ? "" : " (" + filter + "*)") + " --");
        print(inclusive, samples, rows, filter, out);
        out.println("allocation samples weight: " + allocated / (1024 * 1024) + " MiB");
        out.println("-- allocation, top frame [class] --");
        printLong(allocSelf, allocated, rows, null, out);
        out.println("-- allocation, inclusive" + (filter == null ? "" : " (" + filter + "*)") + " --");
        printLong(allocInclusive, allocated, rows, filter, out);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int total, int rows, String filter, PrintStream out) {
        counts.entrySet().stream()
                .filter(e -> filter == null || e.getKey().startsWith(filter))
                .sorted((a, b) -> b.getValue() - a.getValue())
                .limit(rows)
                .forEach(e -> out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }

    private static void printLong(Map<String, Long> counts, long total, int rows, String filter, PrintStream out) {
        counts.entrySet().stream()
                .filter(e -> filter == null || e.getKey().startsWith(filter))
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .limit(rows)
                .forEach(e -> out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getKey()));
    }
}
