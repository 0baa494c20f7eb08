package dev.tumen.classifier.kafka;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.config.SettingRules;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClassifierSettingRulesTest {
    /** {@code tumen.classifier.failure.max-attempts} is bound to {@code ClassifierSettings.Failure#setMaxAttempts}. */
    @Test
    void everyRuleNamesASettingBoundToClassifierSettings() {
        for (SettingRules.Rule rule : new ClassifierSettingRules().rules()) {
            String rest = rule.property().substring("tumen.classifier.".length());
            Class<?> bound = ClassifierSettings.class;
            if (rest.startsWith("failure.")) {
                bound = ClassifierSettings.Failure.class;
                rest = rest.substring("failure.".length());
            }
            StringBuilder setter = new StringBuilder("set");
            for (String part : rest.split("-")) {
                setter.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
            String name = setter.toString();
            assertTrue(rule.property().startsWith("tumen.classifier.")
                    && Arrays.stream(bound.getMethods()).anyMatch(m -> m.getName().equals(name)), rule.property() + " -> " + bound.getSimpleName() + "." + name);
        }
    }
}
