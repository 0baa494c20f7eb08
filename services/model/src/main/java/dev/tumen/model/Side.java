package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which side of the relationship an actor belongs to. */
public enum Side {
    /** Russia: state, leaders, officials, military, state companies, state media. */
    @JsonProperty("russia")
    RUSSIA,
    /** North Korea / the DPRK: state, leaders, officials, military, workers, state media. */
    @JsonProperty("dprk")
    DPRK,
    /** Anyone else named in the article (third countries, the UN, …). */
    @JsonProperty("other")
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
