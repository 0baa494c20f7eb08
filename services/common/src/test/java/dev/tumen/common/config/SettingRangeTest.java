package dev.tumen.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettingRangeTest {
    @Test
    void aValueOutOfRangeNamesThePropertyItsVariableAndTheValue() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SettingRange.atLeast("tumen.classifier.max-batch", 0, 1));
        assertEquals("tumen.classifier.max-batch (TUMEN_CLASSIFIER_MAX_BATCH) must be at least 1, not 0", e.getMessage());
        e = assertThrows(ConfigurationException.class,
                () -> SettingRange.notNegative("tumen.classifier.page-budget", Duration.ofSeconds(-5)));
        assertEquals("tumen.classifier.page-budget (TUMEN_CLASSIFIER_PAGE_BUDGET) must be zero or a positive duration (e.g. 0s, 5s), not PT-5S",
                e.getMessage());
        assertThrows(ConfigurationException.class, () -> SettingRange.positive("tumen.ingest.send-timeout", Duration.ZERO));
        assertThrows(ConfigurationException.class, () -> SettingRange.positive("tumen.ingest.send-timeout", null));
        assertThrows(ConfigurationException.class, () -> SettingRange.atLeast("tumen.ingest.max-body-bytes", -1L, 1L));
    }

    @Test
    void aValueInRangeIsReturned() {
        assertEquals(64, SettingRange.atLeast("tumen.classifier.max-batch", 64, 1));
        assertEquals(Duration.ZERO, SettingRange.notNegative("tumen.classifier.page-budget", Duration.ZERO));
        assertEquals(Duration.ofMillis(1), SettingRange.positive("tumen.ingest.send-timeout", Duration.ofMillis(1)));
    }
}
