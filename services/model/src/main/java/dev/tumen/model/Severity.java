package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tumen.model.text.OutsideText;
import java.util.Locale;

/** How grave an article's main event is for Russia–DPRK relations, per {@code spec/labels.md}. Ordered: a later constant is more severe. */
public enum Severity {
    /** Not relevant. */
    @JsonProperty("none")
    NONE,
    /** Cultural, sports, education, health, humanitarian or ceremonial. */
    @JsonProperty("low")
    LOW,
    /** Political, diplomatic or economic. */
    @JsonProperty("medium")
    MEDIUM,
    /** Military or security cooperation short of direct involvement; summits; sanctions evasion. */
    @JsonProperty("high")
    HIGH,
    /** Direct military involvement or strategic transfer. */
    @JsonProperty("critical")
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
            throw new IllegalArgumentException("unknown severity '" + OutsideText.quote(value) + "' (expected none, low, medium, high or critical)");
        }
    }

    /** True when this severity is at least {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
