package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {
    @TempDir
    Path dir;

    @Test
    void aJarWithoutArchiveDumpsIntoAPartFileMovedIntoPlaceOnlyAfterACleanExit() throws Exception {
        Path jar = Files.writeString(dir.resolve("ingest-0.1.0-SNAPSHOT.jar"), "jar");
        ClassDataSharing.Flags dump = ClassDataSharing.flags(jar, "@services/jvm.options", true, "ingest");
        assertTrue(dump.options().get(0).startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve("ingest-0.1.0-SNAPSHOT.jsa.ingest-")));
        assertEquals(dir.resolve("ingest-0.1.0-SNAPSHOT.jsa"), dump.archive());

        Files.writeString(dump.part(), "half an archive");
        dump.finish(false);
        assertFalse(Files.exists(dump.part()), "a killed JVM's dump is thrown away");
        assertFalse(ClassDataSharing.current(jar));

        Files.writeString(dump.part(), "an archive");
        dump.finish(true);
        assertTrue(ClassDataSharing.current(jar));
        assertEquals(List.of("-XX:SharedArchiveFile=" + dump.archive()), ClassDataSharing.flags(jar, "", true, "ingest").options());
    }

    @Test
    void aJarRebuiltAfterItsArchiveMakesANewOne() throws Exception {
        Path jar = Files.writeString(dir.resolve("alert-0.1.0-SNAPSHOT.jar"), "jar");
        Path archive = Files.writeString(ClassDataSharing.archiveOf(jar), "archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertFalse(ClassDataSharing.current(jar));
        assertTrue(ClassDataSharing.flags(jar, "", true, "alert").options().get(0).startsWith("-XX:ArchiveClassesAtExit="));
        assertEquals(List.of(), ClassDataSharing.flags(jar, "", false, "alert").options(), "only one instance dumps");
    }

    @Test
    void optionsThatChooseASharingModeAreLeftAlone() throws Exception {
        Path jar = Files.writeString(dir.resolve("classifier-0.1.0-SNAPSHOT.jar"), "jar");
        for (String opts : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa", "-XX:ArchiveClassesAtExit=/y.jsa")) {
            ClassDataSharing.Flags f = ClassDataSharing.flags(jar, "-Xmx128m " + opts, true, "classifier");
            assertEquals(List.of(), f.options(), opts);
            assertNull(f.part());
        }
    }
}
