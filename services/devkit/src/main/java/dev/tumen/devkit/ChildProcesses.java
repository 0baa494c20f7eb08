package dev.tumen.devkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        children.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                // onExit does not fail; a handle that cannot be waited for is killed below if still alive.
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return children.size();
    }
}
