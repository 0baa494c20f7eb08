package dev.tumen.ingest;

import dev.tumen.common.config.SettingRules;
import dev.tumen.testkit.contract.SettingNames;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class IngestSettingRulesTest {
    @Test
    void everyRuleNamesASettingIngestReads() {
        SettingNames.assertReadAsPlaceholders(new IngestSettingRules().rules().stream().map(SettingRules.Rule::property).toList(),
                Path.of("src/main"));
    }
}
