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
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    @Test
    void aChildThatStopsOnSigtermStopsAndOneThatIgnoresItIsKilledAfterTheGrace() throws Exception {
        assumeTrue(shAnswers(), "no sh on this machine");
        Process polite = new ProcessBuilder("sleep", "300").start();
        Process stubborn = new ProcessBuilder("sh", "-c", "trap '' TERM; while true; do sleep 1; done").start();
        Thread.sleep(200);
        long started = System.nanoTime();
        assertEquals(2, ChildProcesses.stop(List.of(polite.toHandle(), stubborn.toHandle()), Duration.ofMillis(800)));
        assertGone(polite.toHandle());
        assertGone(stubborn.toHandle());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(9), "waited past the grace");
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
