package io.github.camelflowroute.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How busy the machine was with work that is not the suite's: busy time of all CPUs ({@code /proc/stat}) minus the CPU
 * time of the suite's own processes (this JVM and every process it started), in cores. A trial that ran while
 * something else used the CPU is flagged in the report. Linux only; elsewhere it reports nothing.
 */
final class CpuMeter {

    private static final double TICKS = ticksPerSecond();

    private long machineBusy;
    private long own;
    private long started;

    static CpuMeter start() {
        CpuMeter m = new CpuMeter();
        m.machineBusy = machineBusyTicks();
        m.own = ownTicks();
        m.started = System.nanoTime();
        return m;
    }

    /** Cores used by other work since start; -1 when unknown. */
    double foreignCores() {
        long machine = machineBusyTicks();
        long ours = ownTicks();
        if (machine < 0 || ours < 0 || machineBusy < 0 || own < 0) {
            return -1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double foreign = ((machine - machineBusy) - (ours - own)) / TICKS / seconds;
        return Math.max(0, foreign);
    }

    private static long machineBusyTicks() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = first.trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long ownTicks() {
        List<Long> pids = new ArrayList<>();
        pids.add(ProcessHandle.current().pid());
        ProcessHandle.current().descendants().forEach(p -> pids.add(p.pid()));
        long sum = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // after the command: state(0) ... utime(11) stime(12)
                sum += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                // the process ended meanwhile
            }
        }
        return sum;
    }

    private static double ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | RuntimeException | InterruptedException e) {
            return 100;
        }
    }
}
