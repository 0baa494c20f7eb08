package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM settings every service starts with ({@code services/jvm.options} and each service's own file), read by a
 * real JVM: a typo there stops a service from starting in the image and under bin/tumen alike, and an
 * OutOfMemoryError must end the process instead of leaving it half alive.
 */
class JvmOptionsTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private record Outcome(int rc, String output) {
    }

    private static Outcome java(Path dir, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(args);
        Path out = Files.createTempFile(dir, "java", ".txt");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "java " + args + " did not end");
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private static List<String> optionFiles(String service) {
        Path services = RepoPaths.root().resolve("services");
        List<String> files = new ArrayList<>(List.of("@" + services.resolve("jvm.options")));
        Path own = services.resolve(service).resolve("jvm.options");
        if (Files.isRegularFile(own)) {
            files.add("@" + own);
        }
        return files;
    }

    @Test
    void everyServicesSettingsStartAJvm(@TempDir Path dir) throws Exception {
        for (String service : Stack.SERVICES) {
            List<String> args = new ArrayList<>(optionFiles(service));
            args.add("-version");
            Outcome o = java(dir, args);
            assertEquals(0, o.rc(), service + ": " + o.output());
            assertTrue(!o.output().contains("Unrecognized") && !o.output().contains("Error:"), service + ": " + o.output());
        }
    }

    /** Holds what it allocates until the heap runs out. */
    public static final class Hog {
        public static void main(String[] args) {
            List<long[]> held = new ArrayList<>();
            while (true) {
                held.add(new long[1 << 20]);
            }
        }
    }

    @Test
    void anOutOfMemoryErrorEndsTheProcess(@TempDir Path dir) throws Exception {
        for (String service : Stack.SERVICES) {
            List<String> args = new ArrayList<>(optionFiles(service));
            args.addAll(List.of("-Xlog:disable", "-cp", System.getProperty("java.class.path"), Hog.class.getName()));
            Outcome o = java(dir, args);
            assertEquals(3, o.rc(), service + ": " + o.output());
            assertTrue(o.output().contains("Terminating due to java.lang.OutOfMemoryError"), service + ": " + o.output());
        }
    }
}
