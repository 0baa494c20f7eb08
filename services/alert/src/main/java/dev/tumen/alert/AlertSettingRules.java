package dev.tumen.alert;

import static dev.tumen.common.config.SettingRules.Rule.atLeast;
import static dev.tumen.common.config.SettingRules.Rule.flag;
import static dev.tumen.common.config.SettingRules.Rule.notNegative;
import static dev.tumen.common.config.SettingRules.Rule.positive;

import dev.tumen.common.config.SettingRules;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code tumen.alert.*}'s counts and the failure policy's durations, checked at start-up. The delivery and stream
 * durations are read by {@link Durations} (which also takes 1.5s and a bare number of seconds) and refused there;
 * {@link AlertSettings} checks how the delivery settings fit together.
 */
@Singleton
public class AlertSettingRules implements SettingRules {
    @Override
    public List<Rule> rules() {
        return List.of(atLeast("tumen.alert.delivery.max-response-bytes", 0),
                atLeast("tumen.alert.delivery.max-in-flight-per-subscription", 1),
                atLeast("tumen.alert.delivery.initial-in-flight-per-subscription", 1), atLeast("tumen.alert.delivery.queue-size", 2),
                atLeast("tumen.alert.delivery.max-concurrent-requests", 1), atLeast("tumen.alert.delivery.max-slow-requests", 0),
                atLeast("tumen.alert.delivery.log-size", 1), atLeast("tumen.alert.delivery.log-budget-mb", 1),
                atLeast("tumen.alert.story.max-distance", 0), atLeast("tumen.alert.topic-partitions", 1),
                atLeast("tumen.alert.stream.max-clients", 0), atLeast("tumen.alert.stream.client-buffer", 1),
                atLeast("tumen.alert.stream.max-clients-per-token", 0),
                atLeast("tumen.alert.stream.replay-events", 0), atLeast("tumen.alert.failure.max-attempts", 1),
                notNegative("tumen.alert.failure.backoff"), positive("tumen.alert.failure.stall-timeout"),
                flag("tumen.alert.stream.named-events"), flag("tumen.alert.delivery.ordered"), flag("tumen.alert.create-topics"));
    }
}
