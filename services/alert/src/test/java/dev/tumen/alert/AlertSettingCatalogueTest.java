package dev.tumen.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.testkit.contract.SettingNames;
import java.nio.file.Path;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class AlertSettingCatalogueTest {
    @Test
    void theCatalogueIsExactlyWhatTheAlertReads() {
        assertEquals(SettingNames.placeholders(Path.of("src/main"), "tumen.alert"), new TreeSet<>(new AlertSettingCatalogue().names()));
    }
}
