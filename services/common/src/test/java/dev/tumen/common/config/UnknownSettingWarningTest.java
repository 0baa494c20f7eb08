package dev.tumen.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownSettingWarningTest {
    private static final SettingCatalogue CLASSIFIER = SharedSettingCatalogues.of("tumen.classifier", "page-budget", "max-batch",
            "failure.max-attempts");
    private static final List<SettingCatalogue> CATALOGUES = List.of(CLASSIFIER, new SharedSettingCatalogues().http());

    @Test
    void aMisspeltVariableIsNamedWithTheClosestSetting() {
        assertEquals(List.of("TUMEN_CLASSIFIER_PAGEBUDGET is set but names no setting of this service (ignored); the closest is "
                        + "TUMEN_CLASSIFIER_PAGE_BUDGET",
                "TUMEN_HTTP_BODY_TIMEOT is set but names no setting of this service (ignored); the closest is TUMEN_HTTP_BODY_TIMEOUT"),
                UnknownSettingWarning.unknown(Map.of("TUMEN_CLASSIFIER_PAGEBUDGET", "1s", "TUMEN_HTTP_BODY_TIMEOT", "5s"), CATALOGUES));
    }

    @Test
    void knownVariablesAndOtherPrefixesPassQuietly() {
        assertEquals(List.of(), UnknownSettingWarning.unknown(Map.of("TUMEN_CLASSIFIER_PAGE_BUDGET", "1s",
                "TUMEN_CLASSIFIER_FAILURE_MAX_ATTEMPTS", "3", "TUMEN_HTTP_MAX_PENDING_REQUESTS", "8", "TUMEN_ALERT_DELIVERY_TIMEOUT", "5s",
                "TUMEN_TOPIC_PREFIX", "x", "PATH", "/bin"), CATALOGUES));
    }
}
