package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/tumen}'s own logic, run by bash on a copy of the script in a scratch tree whose {@code mvnw} and
 * {@code java} are stubs that only say how they were called. The README's first command is {@code bin/tumen demo} on a
 * fresh clone, where no jar exists yet: the script must build then, not stop before it (it once did, silently, with
 * exit code 1, because of a pipeline's failure under {@code pipefail}).
 */
class LauncherScriptTest {
    private static final List<String> MODULES = List.of("ingest", "classifier", "alert", "devkit");

    private record Outcome(int rc, String out, String err) {
    }

    private static Path scratchTree(Path dir, boolean buildMakesJars) throws IOException {
        Path script = RepoPaths.root().resolve("bin").resolve("tumen");
        Files.createDirectories(dir.resolve("bin"));
        Files.copy(script, dir.resolve("bin/tumen"));
        executable(dir.resolve("bin/tumen"));
        StringBuilder mvnw = new StringBuilder("#!/usr/bin/env bash\necho \"stub mvnw $*\" >&2\n");
        for (String m : MODULES) {
            Files.createDirectories(dir.resolve("services").resolve(m).resolve("src"));
            if (buildMakesJars) {
                mvnw.append("mkdir -p services/").append(m).append("/target && touch services/").append(m)
                        .append("/target/original-").append(m).append("-9.9.jar services/").append(m).append("/target/")
                        .append(m).append("-9.9.jar\n");
            }
        }
        Files.writeString(dir.resolve("mvnw"), mvnw.toString());
        executable(dir.resolve("mvnw"));
        Files.writeString(dir.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/bin/java"), "#!/usr/bin/env bash\necho \"stub java $*\"\n");
        executable(dir.resolve("jdk/bin/java"));
        return dir;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Outcome run(Path tree, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", tree.resolve("bin/tumen").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tree.toFile());
        pb.environment().put("JAVA_HOME", tree.resolve("jdk").toString());
        Path out = Files.createTempFile(tree, "out", ".txt");
        Path err = Files.createTempFile(tree, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/tumen did not end");
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static boolean bashAnswers() {
        try {
            return new ProcessBuilder("bash", "-c", "true").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void aFreshCloneIsBuiltBeforeTheDemoStarts(@TempDir Path dir) throws Exception {
        assumeTrue(bashAnswers(), "no bash on this machine: bin/tumen is a bash script");
        Path tree = scratchTree(dir, true);
        Outcome o = run(tree, "demo", "--exit-when-idle");
        assertEquals(0, o.rc(), o.toString());
        assertTrue(o.err().contains("Building Tumen") && o.err().contains("stub mvnw -B -q -DskipTests package"), o.toString());
        assertEquals("stub java -Dtumen.home=" + tree.toAbsolutePath() + " -jar services/devkit/target/devkit-9.9.jar demo --exit-when-idle",
                o.out().strip(), o.toString());
    }

    @Test
    void everyJarCommandBuildsAFreshClone(@TempDir Path dir) throws Exception {
        assumeTrue(bashAnswers(), "no bash on this machine: bin/tumen is a bash script");
        for (String command : List.of("bench", "startup", "broker", "eval", "extract")) {
            Path tree = scratchTree(Files.createDirectory(dir.resolve(command)), true);
            Outcome o = run(tree, command, "some-argument");
            assertEquals(0, o.rc(), command + " -> " + o);
            assertTrue(o.err().contains("Building Tumen"), command + " -> " + o);
            assertTrue(o.out().startsWith("stub java "), command + " -> " + o);
        }
    }

    @Test
    void aBuildThatLeavesNoJarIsNamedNotRunAsAnEmptyPath(@TempDir Path dir) throws Exception {
        assumeTrue(bashAnswers(), "no bash on this machine: bin/tumen is a bash script");
        Outcome o = run(scratchTree(dir, false), "demo");
        assertEquals(1, o.rc(), o.toString());
        assertTrue(o.err().contains("the build left no jar in services/ingest/target"), o.toString());
        assertFalse(o.out().contains("stub java"), o.toString());
    }

    @Test
    void builtJarsStartWithoutABuildAndASourceNewerThanThemRebuilds(@TempDir Path dir) throws Exception {
        assumeTrue(bashAnswers(), "no bash on this machine: bin/tumen is a bash script");
        Path tree = scratchTree(dir, true);
        assertEquals(0, run(tree, "demo").rc());
        Path source = tree.resolve("services/ingest/src/Page.java");
        Files.writeString(source, "class Page {}\n");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(tree.resolve("pom.xml"), FileTime.from(Instant.now().minusSeconds(3600)));

        Outcome built = run(tree, "demo");
        assertEquals(0, built.rc(), built.toString());
        assertFalse(built.err().contains("Building Tumen"), built.toString());

        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        Outcome stale = run(tree, "demo");
        assertTrue(stale.err().contains("Building Tumen"), stale.toString());
    }

    @Test
    void aJdkFrom23OnIsToldToAllowWhatKafkaAndLz4DoAndJdk17IsNot(@TempDir Path dir) throws Exception {
        assumeTrue(bashAnswers(), "no bash on this machine: bin/tumen is a bash script");
        for (String version : List.of("25.0.3", "17.0.15")) {
            Path tree = scratchTree(Files.createDirectory(dir.resolve(version)), true);
            Files.writeString(tree.resolve("jdk/bin/java"), "#!/usr/bin/env bash\nif [ \"$1\" = -version ]; then echo 'openjdk version \""
                    + version + "\" 2026-04-21' >&2; exit 0; fi\necho \"stub java $*\"\n");
            Outcome o = run(tree, "demo");
            assertEquals(0, o.rc(), o.toString());
            String flags = "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow";
            assertEquals(version.startsWith("25"), o.out().startsWith("stub java " + flags + " -Dtumen.home="), o.toString());
        }
    }

    @Test
    void askingForUsageOnAFreshCloneBuildsNothing(@TempDir Path dir) throws Exception {
        assumeTrue(bashAnswers(), "no bash on this machine: bin/tumen is a bash script");
        for (String command : List.of("demo", "bench", "eval", "extract")) {
            Path tree = scratchTree(Files.createDirectory(dir.resolve(command)), true);
            Outcome o = run(tree, command, "--help");
            assertEquals(0, o.rc(), command + " -> " + o);
            assertFalse(o.err().contains("Building Tumen"), command + " -> " + o);
            assertTrue(o.out().startsWith("usage: bin/tumen"), command + " -> " + o);
        }
        // Once built, a command's own usage comes from its jar, stale or not.
        Path tree = scratchTree(Files.createDirectory(dir.resolve("built")), true);
        assertEquals(0, run(tree, "demo").rc());
        Path source = tree.resolve("services/ingest/src/Page.java");
        Files.writeString(source, "class Page {}\n");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
        Outcome o = run(tree, "bench", "--help");
        assertFalse(o.err().contains("Building Tumen"), o.toString());
        assertTrue(o.out().startsWith("stub java ") && o.out().contains("bench --help"), o.toString());
    }
}
