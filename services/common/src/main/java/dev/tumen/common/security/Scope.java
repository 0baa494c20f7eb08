package dev.tumen.common.security;

import dev.tumen.model.text.OutsideText;
import java.util.Locale;

/**
 * What a token may do. Scopes are ordered: {@code admin} includes {@code write}, which includes {@code read}.
 */
public enum Scope {
    /** Lists, the live stream, the delivery log. */
    READ,
    /** Pages, fetches, feeds, subscriptions, classification. */
    WRITE,
    /** Imports, delivery replay, webhook secret rotation. */
    ADMIN;

    public boolean includes(Scope required) {
        return compareTo(required) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scope '" + OutsideText.quote(value) + "' (read, write or admin)");
        }
    }
}
