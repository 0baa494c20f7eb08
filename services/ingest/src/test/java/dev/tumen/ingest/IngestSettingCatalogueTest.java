package dev.tumen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.testkit.contract.SettingNames;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IngestSettingCatalogueTest {
    @Test
    void theCatalogueIsExactlyWhatIngestReads() {
        assertEquals(SettingNames.placeholders(Path.of("src/main"), "tumen.ingest"), new TreeSet<>(new IngestSettingCatalogue().names()));
    }
}
