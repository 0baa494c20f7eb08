package dev.tumen.common.config;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import java.util.Locale;

/**
 * Range checks for numeric and duration settings, made where each setting is bound, so a value a service cannot work
 * with stops it at start-up with the property, its environment variable and the value, instead of starting healthy and
 * failing later (a zero {@code max.poll.records} from {@code tumen.classifier.max-batch} ended every labeller thread
 * once the broker answered) or quietly doing something else (a negative page budget meant no cap).
 */
public final class SettingRange {
    private SettingRange() {
    }

    /** {@code tumen.classifier.max-batch} → {@code TUMEN_CLASSIFIER_MAX_BATCH}: how Micronaut reads it from the environment. */
    public static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static ConfigurationException refused(String property, String rule, Object value) {
        return new ConfigurationException(property + " (" + environmentName(property) + ") must be " + rule + ", not " + value);
    }

    public static int atLeast(String property, int value, int min) {
        if (value < min) {
            throw refused(property, "at least " + min, value);
        }
        return value;
    }

    public static long atLeast(String property, long value, long min) {
        if (value < min) {
            throw refused(property, "at least " + min, value);
        }
        return value;
    }

    public static long atMost(String property, long value, long max) {
        if (value > max) {
            throw refused(property, "at most " + max, value);
        }
        return value;
    }

    /** More than zero: a timeout or an interval that cannot be off. */
    public static Duration positive(String property, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw refused(property, "a positive duration (e.g. 5s, 200ms)", value);
        }
        return value;
    }

    /** Zero or more: a wait that may be none, or a limit whose zero its documentation says turns it off. */
    public static Duration notNegative(String property, Duration value) {
        if (value == null || value.isNegative()) {
            throw refused(property, "zero or a positive duration (e.g. 0s, 5s)", value);
        }
        return value;
    }
}
