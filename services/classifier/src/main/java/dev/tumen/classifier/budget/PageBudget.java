package dev.tumen.classifier.budget;

import dev.tumen.model.TooCostlyException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A cap on the CPU time one page may take to classify.
 *
 * <p>The rules are meant to take time in proportion to a page's length, and hostile pages have found quadratic paths
 * in them four times (17-58 s for one page, session 21), each fixed only after someone found it. Without a cap such a
 * page holds a labeller thread for as long as it takes, the loop's stall guard rebuilds its clients, and the same
 * page comes back: a loop without end. The cap closes the class: a page over budget is stopped where it is and
 * reported ({@link TooCostlyException}: dead-lettered, or 422 from {@code POST /classify}), never labelled as
 * irrelevant and never retried, and the thread goes on with the next page.
 *
 * <p>How: a watchdog thread interrupts the working thread once that thread's CPU time passes the budget, and the
 * rules' loops call {@link #check()}, which costs one read of the thread's interrupt flag. CPU, not wall, time: on a
 * busy machine or during a collection an ordinary page is slow by the clock, not over budget. Where the JVM cannot
 * measure a thread's CPU time, the wall clock stands in.
 */
public final class PageBudget {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = cpuTimeSupported();
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();
    private static final ThreadLocal<Running> CURRENT = new ThreadLocal<>();

    private final long budgetNanos;

    /** {@code budget} zero or negative means no cap. */
    public PageBudget(Duration budget) {
        this.budgetNanos = budget == null || budget.isNegative() || budget.isZero() ? 0 : budget.toNanos();
    }

    /**
     * Runs {@code work} on this thread, stopping it with {@link TooCostlyException} once it has used the budget.
     * The thread's interrupt flag is as it was before when this returns or throws.
     */
    public <T> T run(Supplier<T> work) {
        if (budgetNanos == 0 || CURRENT.get() != null) {
            // Nested: the outer call's budget already covers this work.
            return work.get();
        }
        Running running = new Running(Thread.currentThread(), budgetNanos);
        CURRENT.set(running);
        running.schedule(budgetNanos);
        try {
            return work.get();
        } finally {
            CURRENT.remove();
            running.finish();
        }
    }

    /**
     * Throws {@link TooCostlyException} when this thread's page has used its budget. Call it in any loop whose length
     * a page decides; it is one read of a field while the budget lasts.
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            overrun();
        }
    }

    private static void overrun() {
        Running running = CURRENT.get();
        // An interrupt from elsewhere (shutdown) is not ours to take: the caller sees the flag as it was.
        if (running != null && running.fired) {
            throw new TooCostlyException("page-too-costly: classifying it took more than " + running.budgetMillis()
                    + " ms of CPU (tumen.classifier.page-budget); stopped");
        }
    }

    private static final class Running implements Runnable {
        private final Thread thread;
        private final long threadId;
        private final long budgetNanos;
        private final long cpuStart;
        private ScheduledFuture<?> timer;
        private boolean done;
        private volatile boolean fired;

        Running(Thread thread, long budgetNanos) {
            this.thread = thread;
            this.threadId = thread.getId();
            this.budgetNanos = budgetNanos;
            // On the working thread: its own clock is cheaper to read than another thread's (no lookup by id).
            long own = CPU_TIME ? THREADS.getCurrentThreadCpuTime() : -1;
            this.cpuStart = own < 0 ? System.nanoTime() : own;
        }

        long budgetMillis() {
            return budgetNanos / 1_000_000;
        }

        private long used(long start) {
            long now = CPU_TIME ? THREADS.getThreadCpuTime(threadId) : -1;
            return (now < 0 ? System.nanoTime() : now) - start;
        }

        synchronized void schedule(long inNanos) {
            if (!done) {
                timer = WATCHDOG.schedule(this, inNanos, TimeUnit.NANOSECONDS);
            }
        }

        @Override
        public void run() {
            // The thread's CPU time never runs ahead of the clock, so the first look is at the earliest it could be over.
            long left = budgetNanos - used(cpuStart);
            synchronized (this) {
                if (done) {
                    return;
                }
                if (left > 0) {
                    timer = WATCHDOG.schedule(this, Math.max(left, 1_000_000L), TimeUnit.NANOSECONDS);
                    return;
                }
                fired = true;
                thread.interrupt();
            }
        }

        void finish() {
            boolean interruptedByUs;
            synchronized (this) {
                done = true;
                if (timer != null) {
                    timer.cancel(false);
                }
                interruptedByUs = fired;
            }
            if (interruptedByUs) {
                // Ours, set on this thread while it worked: clear it before the thread goes back to Kafka calls.
                Thread.interrupted();
            }
        }
    }

    private static boolean cpuTimeSupported() {
        try {
            if (THREADS.isThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
                THREADS.setThreadCpuTimeEnabled(true);
            }
            return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        } catch (UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "page-budget-watchdog");
            t.setDaemon(true);
            return t;
        });
        // One timer per page, nearly all cancelled: without this the queue would hold every cancelled one until due.
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
