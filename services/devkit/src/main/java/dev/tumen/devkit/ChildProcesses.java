package dev.tumen.devkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * Stops the processes a {@code bin/tumen} command started (a broker, the services, a passthrough chain) when the
 * command's JVM ends, however it ends: Ctrl-C, SIGTERM, an exception or {@code System.exit}. The commands close what
 * they start on their normal path; a bench interrupted mid-run used to leave its broker and services running,
 * holding ports, memory and CPU, because nothing else stopped them. Every descendant counts, not a list of the
 * ones each command remembered to register.
 */
public final class ChildProcesses {
    /** As long as {@link Stack#close()} gives a service to shut down gracefully before it is killed. */
    public static final Duration GRACE = Duration.ofSeconds(15);

    private ChildProcesses() {
    }

    public static void stopOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            int stopped = stopAll(GRACE);
            if (stopped > 0) {
                System.err.printf("tumen: stopped %d process%s this command had started%n", stopped, stopped == 1 ? "" : "es");
            }
        }, "stop-child-processes"));
    }

    /**
     * Asks every live descendant to stop (SIGTERM), waits up to {@code grace} in all for them, then kills what is
     * left. Returns how many were alive.
     */
    public static int stopAll(Duration grace) {
        return stop(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList(), grace);
    }

    static int stop(List<ProcessHandle> children, Duration grace) {
        return stop(children, grace, System::nanoTime, ChildProcesses::awaitExit);
    }

    /** Waits up to {@code timeoutNanos} for {@code child} to end; true when it did. */
    interface ExitWait {
        boolean exited(ProcessHandle child, long timeoutNanos) throws InterruptedException;
    }

    private static boolean awaitExit(ProcessHandle child, long timeoutNanos) throws InterruptedException {
        try {
            child.onExit().get(timeoutNanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            // onExit does not fail; a handle that cannot be waited for is killed afterwards if still alive.
            return true;
        }
    }

    /**
     * The clock and the wait are parameters so that a test can check that the children share one deadline of
     * {@code grace} (not one each, not {@link #GRACE}) by what was asked, not by how long a loaded machine took.
     */
    static int stop(List<ProcessHandle> children, Duration grace, LongSupplier nanoTime, ExitWait wait) {
        children.forEach(ProcessHandle::destroy);
        long deadline = nanoTime.getAsLong() + grace.toNanos();
        for (ProcessHandle child : children) {
            try {
                if (!wait.exited(child, Math.max(0, deadline - nanoTime.getAsLong()))) {
                    break;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return children.size();
    }
}
