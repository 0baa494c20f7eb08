package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tumen.model.text.OutsideText;
import java.util.Locale;

/** The kinds of development an article reports, per {@code spec/labels.md}. */
public enum Category {
    // The names on the wire, also for schema generators that read constants rather than @JsonValue (OpenAPI, JSON Schema).
    @JsonProperty("military") MILITARY,
    @JsonProperty("security") SECURITY,
    @JsonProperty("diplomatic") DIPLOMATIC,
    @JsonProperty("economic") ECONOMIC,
    @JsonProperty("sanctions") SANCTIONS,
    @JsonProperty("cultural") CULTURAL,
    @JsonProperty("humanitarian") HUMANITARIAN;

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
            throw new IllegalArgumentException("unknown category '" + OutsideText.quote(value) + "'");
        }
    }
}
