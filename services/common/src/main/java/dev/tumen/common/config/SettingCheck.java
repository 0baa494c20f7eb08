package dev.tumen.common.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every declared setting ({@link SettingRules}) that is set, when the service starts. Most beans are made when
 * first used, so a value out of range or not a number in a bean of a rarely used endpoint surfaced at its first
 * request, or never: a setting a service cannot work with must stop it at start-up, naming every such setting at once.
 */
@Context
public class SettingCheck {
    /** The values Micronaut reads as a boolean: every other one it reads as false. */
    private static final java.util.Set<String> FLAGS = java.util.Set.of("true", "false", "yes", "no", "on", "off");

    public SettingCheck(Environment environment, List<SettingRules> ruleSets) {
        List<String> problems = problems(environment, ruleSets);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("settings out of range: " + String.join("; ", problems));
        }
    }

    /** Each set setting that is not a number, duration or flag, or out of its range; empty when all are usable. */
    public static List<String> problems(Environment environment, List<SettingRules> ruleSets) {
        List<String> problems = new ArrayList<>();
        for (SettingRules set : ruleSets) {
            for (SettingRules.Rule rule : set.rules()) {
                if (!environment.containsProperty(rule.property())) {
                    continue;
                }
                String raw = environment.getProperty(rule.property(), String.class).orElse("");
                try {
                    if (rule.kind() == SettingRules.Kind.TEXT) {
                        if (raw.isBlank()) {
                            throw new ConfigurationException(rule.property() + " (" + SettingRange.environmentName(rule.property())
                                    + ") must not be empty");
                        }
                    } else if (rule.kind() == SettingRules.Kind.FLAG) {
                        if (!FLAGS.contains(raw.strip().toLowerCase(java.util.Locale.ROOT))) {
                            throw new ConfigurationException(rule.property() + " (" + SettingRange.environmentName(rule.property())
                                    + ") must be true or false, not '" + raw + "'");
                        }
                    } else if (rule.kind() == SettingRules.Kind.COUNT) {
                        long value = environment.getProperty(rule.property(), Long.class)
                                .orElseThrow(() -> new ConfigurationException(rule.property() + " (" + SettingRange.environmentName(rule.property())
                                        + ") must be a whole number, not '" + raw + "'"));
                        SettingRange.atLeast(rule.property(), value, rule.min());
                        SettingRange.atMost(rule.property(), value, rule.max());
                    } else {
                        Duration value = environment.getProperty(rule.property(), Duration.class)
                                .orElseThrow(() -> new ConfigurationException(rule.property() + " (" + SettingRange.environmentName(rule.property())
                                        + ") must be a duration (e.g. 5s, 200ms), not '" + raw + "'"));
                        if (rule.min() > 0) {
                            SettingRange.positive(rule.property(), value);
                        } else {
                            SettingRange.notNegative(rule.property(), value);
                        }
                    }
                } catch (ConfigurationException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return problems;
    }
}
