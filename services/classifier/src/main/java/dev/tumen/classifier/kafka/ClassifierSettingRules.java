package dev.tumen.classifier.kafka;

import static dev.tumen.common.config.SettingRules.Rule.atLeast;
import static dev.tumen.common.config.SettingRules.Rule.between;
import static dev.tumen.common.config.SettingRules.Rule.flag;
import static dev.tumen.common.config.SettingRules.Rule.notNegative;
import static dev.tumen.common.config.SettingRules.Rule.positive;

import dev.tumen.common.config.SettingRules;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code tumen.classifier.*}'s least workable values, checked at start-up. A page budget of 0s turns the cap off; a
 * negative one used to mean the same without a word. Threads take any value up to 256 (0 or less: one per core): each
 * is a consumer and a transactional producer, more than the pages topic's partitions sit idle, and 100,000 kept the
 * service starting them until it ran out of memory.
 */
@Singleton
public class ClassifierSettingRules implements SettingRules {
    @Override
    public List<Rule> rules() {
        return List.of(atLeast("tumen.classifier.max-batch", 1), atLeast("tumen.classifier.batch-bytes", 1),
                atLeast("tumen.classifier.fetch-max-bytes", 1), notNegative("tumen.classifier.batch-wait"),
                notNegative("tumen.classifier.page-budget"), positive("tumen.classifier.transaction-timeout"),
                atLeast("tumen.classifier.failure.max-attempts", 1), notNegative("tumen.classifier.failure.backoff"),
                positive("tumen.classifier.failure.stall-timeout"), between("tumen.classifier.threads", Integer.MIN_VALUE, 256),
                flag("tumen.classifier.gather-after-idle"), flag("tumen.classifier.overlap-commit"));
    }
}
