package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How grave an article's main event is for Russia–DPRK relations, per {@code spec/labels.md}. Ordered: a later constant is more severe. */
public enum Severity {
    /** Not relevant. */
    NONE,
    /** Cultural, sports, education, health, humanitarian or ceremonial. */
    LOW,
    /** Political, diplomatic or economic. */
    MEDIUM,
    /** Military or security cooperation short of direct involvement; summits; sanctions evasion. */
    HIGH,
    /** Direct military involvement or strategic transfer. */
    CRITICAL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Severity parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown severity '" + value + "' (expected none, low, medium, high or critical)");
        }
    }

    /** True when this severity is at least {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
