package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which side of the relationship an actor belongs to. */
public enum Side {
    /** Russia: state, leaders, officials, military, state companies, state media. */
    RUSSIA,
    /** North Korea / the DPRK: state, leaders, officials, military, workers, state media. */
    DPRK,
    /** Anyone else named in the article (third countries, the UN, …). */
    OTHER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Side parse(String value) {
        return value == null ? null : valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
