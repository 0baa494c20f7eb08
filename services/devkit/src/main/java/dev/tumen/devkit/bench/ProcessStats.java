package dev.tumen.devkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time and resident memory of a process, read from Linux's {@code /proc}. Zero where {@code /proc}
 * is not available (the harness then reports no figures rather than wrong ones).
 */
public record ProcessStats(long cpuMillis, long rssKb) {
    private static final long TICKS_PER_SECOND = 100;

    public static ProcessStats of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name may contain spaces; fields are counted after its closing parenthesis.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            long rss = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return new ProcessStats(ticks * 1000 / TICKS_PER_SECOND, rss);
        } catch (IOException | RuntimeException e) {
            return new ProcessStats(0, 0);
        }
    }

    /**
     * CPU time (ms) the JVM's JIT compiler threads of process {@code pid} have used ({@code C1 CompilerThre...},
     * {@code C2 CompilerThre...} in {@code /proc/<pid>/task/<tid>/comm}); 0 where {@code /proc} cannot tell.
     */
    public static long compilerMillis(long pid) {
        return threadsMillis(pid, comm -> comm.contains("CompilerThre"));
    }

    /** CPU time (ms) of the threads of process {@code pid} whose name ({@code comm}) {@code named} accepts; 0 where {@code /proc} cannot tell. */
    static long threadsMillis(long pid, java.util.function.Predicate<String> named) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (named.test(Files.readString(task.resolve("comm")).trim())) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // The thread ended between the listing and the read.
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** CPU used between two readings as a percentage of one core over {@code wallMillis}. */
    public double cpuPercentSince(ProcessStats earlier, long wallMillis) {
        return wallMillis <= 0 ? 0 : 100.0 * (cpuMillis - earlier.cpuMillis) / wallMillis;
    }

    /** The machine's one-minute load average, to go with any figure measured on it; "n/a" where /proc cannot tell. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }
}
