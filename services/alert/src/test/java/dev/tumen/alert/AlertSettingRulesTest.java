package dev.tumen.alert;

import dev.tumen.common.config.SettingRules;
import dev.tumen.testkit.contract.SettingNames;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AlertSettingRulesTest {
    @Test
    void everyRuleNamesASettingTheAlertReads() {
        SettingNames.assertReadAsPlaceholders(new AlertSettingRules().rules().stream().map(SettingRules.Rule::property).toList(),
                Path.of("src/main"));
    }
}
