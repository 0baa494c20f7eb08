package dev.tumen.devkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM's garbage collections so far, as {@code jstat -gc} reads them from its performance counters, and the CPU its
 * collector's threads used (from {@code /proc}). Between two readings of the alert, {@code bench failing-receivers}
 * reports how often a step stopped every delivery and for how long: the pause time is wall time, which a loaded machine
 * stretches, while the collector's CPU is what the same work costs on an idle core (with the serial collector the
 * collection runs on the {@code VM Thread}). {@link #NONE} where either source cannot tell.
 */
record JvmCollections(long young, long youngMillis, long full, long fullMillis, long collectorCpuMillis) {
    static final JvmCollections NONE = new JvmCollections(-1, 0, 0, 0, 0);

    static JvmCollections of(long pid) {
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        try {
            Process p = new ProcessBuilder(jstat.toString(), "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return NONE;
            }
            JvmCollections counted = parse(out);
            return counted == NONE ? NONE : new JvmCollections(counted.young, counted.youngMillis, counted.full, counted.fullMillis,
                    collectorCpuMillis(pid));
        } catch (IOException e) {
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** {@code jstat -gc}'s two lines: column names, then values (times in seconds). */
    static JvmCollections parse(String jstatGc) {
        String[] lines = jstatGc.strip().split("\\R");
        if (lines.length < 2) {
            return NONE;
        }
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[lines.length - 1].trim().split("\\s+");
        if (names.length != values.length) {
            return NONE;
        }
        Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], values[i]);
        }
        try {
            return new JvmCollections(Long.parseLong(byName.get("YGC")), seconds(byName.get("YGCT")),
                    Long.parseLong(byName.get("FGC")), seconds(byName.get("FGCT")), 0);
        } catch (RuntimeException e) {
            return NONE;
        }
    }

    private static long seconds(String value) {
        return Math.round(Double.parseDouble(value) * 1000);
    }

    /** CPU time of the collector's threads: the VM thread (serial collections), {@code GC Thread#n} and G1's own. */
    private static long collectorCpuMillis(long pid) {
        return ProcessStats.threadsMillis(pid, comm -> comm.equals("VM Thread") || comm.startsWith("GC Thread") || comm.startsWith("G1 "));
    }

    /**
     * Every JVM of a step ({@code name -> pid}), with the CPU its JIT compiler threads have used: a pause in any hop
     * stops the pages in it, and a compiler still busy in a measured step means the warm-up was too short for that JVM.
     */
    static Map<String, Reading> of(Map<String, Long> pids) {
        Map<String, Reading> out = new java.util.LinkedHashMap<>();
        pids.forEach((name, pid) -> out.put(name, new Reading(of(pid), ProcessStats.compilerMillis(pid))));
        return out;
    }

    /** One JVM's collections and its compilers' CPU so far. */
    record Reading(JvmCollections gc, long compilerMillis) {
    }

    /**
     * Per JVM, what happened between two readings of {@link #of(Map)}: {@code "ingest 14 young 120 ms, 0 full 0 ms, JIT
     * 310 ms"}; "n/a" for a JVM that either reading could not tell.
     */
    static String perJvm(Map<String, Reading> before, Map<String, Reading> after) {
        StringBuilder b = new StringBuilder();
        after.forEach((name, now) -> {
            Reading then = before.get(name);
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(name).append(' ');
            JvmCollections g = now.gc();
            if (then == null || g == NONE || then.gc() == NONE || g.young < 0 || then.gc().young < 0) {
                b.append("n/a");
                return;
            }
            b.append(String.format(Locale.ROOT, "%d young %d ms, %d full %d ms, JIT %d ms", g.young - then.gc().young,
                    g.youngMillis - then.gc().youngMillis, g.full - then.gc().full, g.fullMillis - then.gc().fullMillis,
                    now.compilerMillis() - then.compilerMillis()));
        });
        return b.toString();
    }

    /** What happened between {@code earlier} and this reading, for the bench's log; "n/a" when either is unknown. */
    String since(JvmCollections earlier) {
        if (this == NONE || earlier == NONE || young < 0 || earlier.young < 0) {
            return "n/a";
        }
        long y = young - earlier.young;
        long yMs = youngMillis - earlier.youngMillis;
        return String.format(Locale.ROOT, "%d young (%d ms paused in all, mean %.1f ms), %d full (%d ms); collector threads' CPU %d ms",
                y, yMs, y == 0 ? 0.0 : yMs / (double) y, full - earlier.full, fullMillis - earlier.fullMillis,
                collectorCpuMillis - earlier.collectorCpuMillis);
    }
}
