package dev.tumen.devkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * An AppCDS archive per service jar (JDK 13+ dynamic archive): the classes a service loaded in one earlier run,
 * already parsed and verified, mapped from {@code <jar-name>.jsa} beside the jar. Start-up spends most of its CPU
 * loading and verifying the ~15,000 classes of Micronaut, Netty, Jackson and the Kafka clients; with the archive a
 * service needs about half the CPU to become healthy (docs/operations.md#start-up-time).
 *
 * <p>The archive is made by the first run after a build ({@code -XX:ArchiveClassesAtExit}, written when that JVM
 * exits) into a part file, moved into place only after the JVM ended by itself, so no reader ever maps half an
 * archive. The JVM itself refuses an archive whose jar changed (size or time); a jar newer than its archive is
 * treated here as "no archive", so the next run makes a fresh one instead of running without.
 */
final class ClassDataSharing {
    /** What to add to one JVM's command line, and where its archive goes on a clean exit ({@code null}: nothing). */
    record Flags(List<String> options, Path part, Path archive) {
        static final Flags NONE = new Flags(List.of(), null, null);

        /** Moves a finished dump into place, or throws away a dump whose JVM was killed (it may be half-written). */
        void finish(boolean exitedByItself) {
            if (part == null) {
                return;
            }
            try {
                if (exitedByItself && Files.size(part) > 0) {
                    Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(part);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // the JVM ended before it could dump (killed, or failed to start): the next run tries again
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move the class-data archive " + part + " into place", e);
            }
        }
    }

    private ClassDataSharing() {
    }

    /** The archive beside {@code jar}: {@code ingest-0.1.0-SNAPSHOT.jar} → {@code ingest-0.1.0-SNAPSHOT.jsa}. */
    static Path archiveOf(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /** Whether {@code jar} has an archive made from this very build of it. */
    static boolean current(Path jar) {
        Path archive = archiveOf(jar);
        try {
            return Files.isRegularFile(archive) && Files.size(archive) > 0
                    && !Files.getLastModifiedTime(archive).toInstant().isBefore(Files.getLastModifiedTime(jar).toInstant());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The flags for one start of {@code jar}: map the archive when it is current; otherwise, if {@code mayDump}, make
     * one at exit. {@code javaOptions} that already choose a sharing mode are left alone.
     *
     * @param tag distinguishes the part files of JVMs dumping at the same time (another stack, another instance)
     */
    static Flags flags(Path jar, String javaOptions, boolean mayDump, String tag) {
        if (javaOptions.contains("SharedArchiveFile") || javaOptions.contains("ArchiveClassesAtExit") || javaOptions.contains("-Xshare:off")) {
            return Flags.NONE;
        }
        Path archive = archiveOf(jar);
        if (current(jar)) {
            return new Flags(List.of("-XX:SharedArchiveFile=" + archive), null, null);
        }
        if (!mayDump) {
            return Flags.NONE;
        }
        Path part = archive.resolveSibling(archive.getFileName() + "." + tag + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
        // The dump warns on stdout about every class it skips (those linking against optional libraries that are not
        // on the class path): noise in the service's log, not a fault.
        return new Flags(List.of("-XX:ArchiveClassesAtExit=" + part, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), part, archive);
    }
}
