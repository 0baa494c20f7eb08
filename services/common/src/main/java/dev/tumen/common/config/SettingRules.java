package dev.tumen.common.config;

import java.util.List;

/**
 * A service's numeric and duration settings with the least value each can work with, checked by {@link SettingCheck}
 * at start-up. Each service declares its own as a bean; {@link HttpSettingRules} holds the shared {@code tumen.http.*}.
 */
public interface SettingRules {
    /** What a setting is read as, and the smallest value that works. */
    enum Kind { COUNT, DURATION }

    /** {@code min} is a count, or milliseconds for a duration. */
    record Rule(String property, Kind kind, long min) {
        public static Rule atLeast(String property, long min) {
            return new Rule(property, Kind.COUNT, min);
        }

        /** Zero allowed: no wait, or off where the setting's documentation says so. */
        public static Rule notNegative(String property) {
            return new Rule(property, Kind.DURATION, 0);
        }

        /** At least a millisecond: a timeout or an interval that cannot be off. */
        public static Rule positive(String property) {
            return new Rule(property, Kind.DURATION, 1);
        }
    }

    List<Rule> rules();
}
