package dev.tumen.ingest.files;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRootTest {
    /**
     * The third outside review started ingest with TUMEN_INGEST_IMPORT_ROOT=/ and an admin token could import any file
     * the process can read; the host's own trees and a file in place of a directory are refused at start-up too.
     */
    @Test
    void aRootThatExposesTheHostsOwnFilesStopsStartUp(@TempDir Path dir) throws Exception {
        for (String root : new String[] {"/", "/etc", "/proc/self", "/root"}) {
            if (Files.isDirectory(Path.of(root))) {
                ConfigurationException e = assertThrows(ConfigurationException.class, () -> new ImportRoot(root), root);
                assertTrue(e.getMessage().contains("host's own files"), e.getMessage());
            }
        }
        Path file = Files.writeString(dir.resolve("page.html"), "<p>x</p>");
        assertThrows(ConfigurationException.class, () -> new ImportRoot(file.toString()));
        assertTrue(new ImportRoot(dir.toString()).enabled());
        assertTrue(!new ImportRoot(" ").enabled());
    }
}
