package dev.tumen.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;

/**
 * Whether some work grows in proportion to its input rather than with its square, told apart without a clock's bound:
 * the same work on an input of size n and of 4n, the CPU time the calling thread spent on each compared. Work in
 * proportion to its input takes about 4 times as long on the larger one, work of the square 16 times; the bound is
 * their geometric mean, 8. A ratio of two measures on the same thread does not depend on how fast the machine is, and
 * the thread's CPU time not on how busy (other processes, a collection or the compilers take it no CPU time), where a
 * wall-clock bound does both: "within 30 s" failed under load and would pass a quadratic path on a fast machine.
 *
 * <pre>{@code
 * Growth.assertInProportion("a repeated marker", n -> page(n), text -> labeller.label("", text), 50_000);
 * }</pre>
 */
public final class Growth {
    /** How much larger the second input is. */
    public static final int FACTOR = 4;
    /** Linear work measures about {@link #FACTOR} times the time on the larger input, the square's its square. */
    public static final double BOUND = Math.pow(FACTOR, 1.5);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Each size is measured this often and its least taken: a measure is only ever inflated (a deoptimisation). */
    private static final int ROUNDS = 2;

    private Growth() {
    }

    /** Work on one input. */
    @FunctionalInterface
    public interface Work<T> {
        void run(T input) throws Exception;
    }

    /**
     * Asserts that {@code work} on {@code input.apply(FACTOR * n)} takes less than {@link #BOUND} times the CPU time it
     * takes on {@code input.apply(n)}. Both inputs are built before anything is measured, and the work runs once on the
     * smaller before, so the compilers have seen its paths. Only when the pair of sizes n and 4n exceeds the bound is
     * the pair 2n and 8n measured, and both must exceed it to fail.
     */
    public static <T> void assertInProportion(String what, IntFunction<T> input, Work<T> work, int n) {
        double ratio = ratio(input, work, n);
        if (ratio < BOUND) {
            return;
        }
        // Work in proportion to its input may still step once between two sizes (a limit reached, another path taken:
        // a page of one marker repeated costs 45 ms at 40,000 characters and 120 ms at 50,000, then stays flat), which
        // a busy machine's noise can push over the bound. The square grows at every scale: it must exceed the bound
        // again on the next pair of sizes, 2n and 8n, which a single step does not (n/2 and 2n would hold the same step).
        double again = ratio(input, work, 2 * n);
        assertTrue(again < BOUND, what + ": " + FACTOR + " times the input took " + String.format("%.1f", ratio)
                + " and then " + String.format("%.1f", again) + " times the CPU time (in proportion: about " + FACTOR
                + "; the square: " + FACTOR * FACTOR + ")");
    }

    /** The least CPU time on {@code FACTOR * n} over the least on {@code n}. */
    public static <T> double ratio(IntFunction<T> input, Work<T> work, int n) {
        if (!THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM does not measure a thread's CPU time");
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        T small = input.apply(n);
        T large = input.apply(FACTOR * n);
        cpuNanos(work, small);
        long leastSmall = Long.MAX_VALUE;
        long leastLarge = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            leastSmall = Math.min(leastSmall, cpuNanos(work, small));
            leastLarge = Math.min(leastLarge, cpuNanos(work, large));
        }
        // The clock's granularity (a few ms on some systems) must not make a tiny measure look like a blow-up.
        return (double) leastLarge / Math.max(leastSmall, 1_000_000L);
    }

    private static <T> long cpuNanos(Work<T> work, T input) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            work.run(input);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
