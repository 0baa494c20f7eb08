package dev.tumen.classifier.kafka;

import static dev.tumen.common.config.SettingRules.Rule.atLeast;
import static dev.tumen.common.config.SettingRules.Rule.notNegative;
import static dev.tumen.common.config.SettingRules.Rule.positive;

import dev.tumen.common.config.SettingRules;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code tumen.classifier.*}'s least workable values, checked at start-up. A page budget of 0s turns the cap off; a
 * negative one used to mean the same without a word. Threads take any value (0 or less: one per core).
 */
@Singleton
public class ClassifierSettingRules implements SettingRules {
    @Override
    public List<Rule> rules() {
        return List.of(atLeast("tumen.classifier.max-batch", 1), atLeast("tumen.classifier.batch-bytes", 1),
                atLeast("tumen.classifier.fetch-max-bytes", 1), notNegative("tumen.classifier.batch-wait"),
                notNegative("tumen.classifier.page-budget"), positive("tumen.classifier.transaction-timeout"),
                atLeast("tumen.classifier.failure.max-attempts", 1), notNegative("tumen.classifier.failure.backoff"),
                positive("tumen.classifier.failure.stall-timeout"));
    }
}
