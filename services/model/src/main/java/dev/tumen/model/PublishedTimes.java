package dev.tumen.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Which publication times the records carry. A page's or caller's wrong clock must not reach readers: a year 9999 sorts
 * an article first forever, and years outside 0000-9999 break readers that expect ISO-8601's four-digit years.
 */
public final class PublishedTimes {

    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** Time zones written wrongly and clock skew put honest pages up to a day ahead. */
    public static final Duration AHEAD = Duration.ofDays(1);

    private PublishedTimes() {
    }

    public static boolean plausible(Instant published, Instant now) {
        return !published.isBefore(EARLIEST) && !published.isAfter(now.plus(AHEAD));
    }
}
