package dev.tumen.classifier.kafka;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierSettingCatalogueTest {
    @Test
    void theCatalogueHoldsWhatClassifierSettingsBinds() {
        List<String> names = new ClassifierSettingCatalogue().names();
        assertTrue(names.containsAll(List.of("tumen.classifier.page-budget", "tumen.classifier.max-batch", "tumen.classifier.threads",
                "tumen.classifier.gather-after-idle", "tumen.classifier.failure.max-attempts", "tumen.classifier.failure.stall-timeout", "tumen.classifier.port")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".failure")), names.toString());
    }
}
