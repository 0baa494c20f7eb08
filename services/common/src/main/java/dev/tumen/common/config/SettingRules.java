package dev.tumen.common.config;

import java.util.List;

/**
 * A service's numeric and duration settings with the least value each can work with, checked by {@link SettingCheck}
 * at start-up. Each service declares its own as a bean; {@link HttpSettingRules} holds the shared {@code tumen.http.*}.
 */
public interface SettingRules {
    /** What a setting is read as, and the smallest value that works. */
    enum Kind { COUNT, DURATION, FLAG, TEXT }

    /** {@code min} and {@code max} are counts, or milliseconds for a duration; a flag has neither. */
    record Rule(String property, Kind kind, long min, long max) {
        public Rule(String property, Kind kind, long min) {
            this(property, kind, min, Long.MAX_VALUE);
        }

        public static Rule atLeast(String property, long min) {
            return new Rule(property, Kind.COUNT, min);
        }

        /** A count with a most that still works: one far past it starts the service as a resource exhaustion. */
        public static Rule between(String property, long min, long max) {
            return new Rule(property, Kind.COUNT, min, max);
        }

        /** Zero allowed: no wait, or off where the setting's documentation says so. */
        public static Rule notNegative(String property) {
            return new Rule(property, Kind.DURATION, 0);
        }

        /** At least a millisecond: a timeout or an interval that cannot be off. */
        public static Rule positive(String property) {
            return new Rule(property, Kind.DURATION, 1);
        }

        /**
         * true or false (yes/no and on/off too, which Micronaut reads the same): Micronaut reads any other value, "1"
         * and the empty one included, as false without a word, which turned alert's https-only webhooks off.
         */
        public static Rule flag(String property) {
            return new Rule(property, Kind.FLAG, 0, 0);
        }

        /**
         * Any text but an empty one: KAFKA_BOOTSTRAP_SERVERS= (set, but to nothing) started every service, whose loops
         * then failed on Kafka's ConfigException for good while it never turned healthy (the third outside review).
         */
        public static Rule notBlank(String property) {
            return new Rule(property, Kind.TEXT, 0, 0);
        }
    }

    List<Rule> rules();
}
