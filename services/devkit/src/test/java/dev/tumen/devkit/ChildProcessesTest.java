package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Real child processes (sh, sleep, a JVM): what a command started does not outlive it. */
class ChildProcessesTest {
    private static boolean shAnswers() {
        try {
            return new ProcessBuilder("sh", "-c", "true").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    private static void assertGone(ProcessHandle p) throws Exception {
        p.onExit().get(10, TimeUnit.SECONDS);
        assertFalse(p.isAlive(), "pid " + p.pid() + " still alive");
    }

    /**
     * The grace is one deadline for all children, taken from the argument: asked of a fake clock, so what is checked
     * is how long {@code stop} would wait, not how long a loaded machine took (a wall-clock bound of 9 s before).
     * The polite child "takes" 300 ms of the 800, so the stubborn one may be waited for only the 500 left; it never
     * ends on SIGTERM, and it must be gone once {@code stop} returns (killed, not waited for).
     */
    @Test
    void aChildThatStopsOnSigtermStopsAndOneThatIgnoresItIsKilledAfterTheGrace() throws Exception {
        assumeTrue(shAnswers(), "no sh on this machine");
        Process polite = new ProcessBuilder("sleep", "300").start();
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; echo trapped; while true; do sleep 1; done").start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(stubborn.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("trapped", out.readLine(), "the shell did not set its trap");
        }
        AtomicLong now = new AtomicLong(1_000_000_000L);
        List<Long> asked = new ArrayList<>();
        ChildProcesses.ExitWait wait = (child, timeoutNanos) -> {
            asked.add(timeoutNanos);
            if (child.pid() == polite.pid()) {
                try {
                    child.onExit().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    throw new AssertionError("the polite child did not end on SIGTERM", e);
                }
                now.addAndGet(TimeUnit.MILLISECONDS.toNanos(300));
                return true;
            }
            assertTrue(child.isAlive(), "the stubborn child ended on SIGTERM: the test proves nothing");
            now.addAndGet(timeoutNanos);
            return false;
        };
        assertEquals(2, ChildProcesses.stop(List.of(polite.toHandle(), stubborn.toHandle()), Duration.ofMillis(800), now::get, wait));
        assertEquals(List.of(TimeUnit.MILLISECONDS.toNanos(800), TimeUnit.MILLISECONDS.toNanos(500)), asked);
        assertGone(polite.toHandle());
        assertGone(stubborn.toHandle());
    }

    /** A command's JVM in miniature: installs the hook, starts a child, prints its pid and waits to be stopped. */
    public static final class Parent {
        public static void main(String[] args) throws Exception {
            ChildProcesses.stopOnExit();
            Process child = new ProcessBuilder("sleep", "300").start();
            System.out.println(child.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    @Test
    void aCommandStoppedBySigtermTakesItsChildrenWithIt() throws Exception {
        assumeTrue(shAnswers(), "no sh on this machine");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process parent = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), Parent.class.getName()))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            long childPid = Long.parseLong(out.readLine().strip());
            ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
            assertTrue(child.isAlive());
            parent.destroy();
            assertTrue(parent.waitFor(30, TimeUnit.SECONDS), "the parent did not end on SIGTERM");
            assertEquals(143, parent.exitValue());
            assertGone(child);
        } finally {
            parent.destroyForcibly();
        }
    }
}
