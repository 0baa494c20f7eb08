package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of development an article reports, per {@code spec/labels.md}. */
public enum Category {
    MILITARY, SECURITY, DIPLOMATIC, ECONOMIC, SANCTIONS, CULTURAL, HUMANITARIAN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Category parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown category '" + value + "'");
        }
    }
}
