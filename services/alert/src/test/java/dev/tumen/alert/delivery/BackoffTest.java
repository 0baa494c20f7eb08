package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
    private final java.util.List<Duration> schedule = Durations.parseList("0s,5s,5m,30m,2h,5h,10h");

    @Test
    void followsTheScheduleWithoutJitter() {
        Backoff b = new Backoff(schedule, 0, Duration.ofHours(12), () -> 0.5);
        assertEquals(T.plusSeconds(5), b.nextAttempt(1, T, null));
        assertEquals(T.plus(Duration.ofMinutes(5)), b.nextAttempt(2, T, null));
        assertEquals(T.plus(Duration.ofHours(10)), b.nextAttempt(6, T, null));
        assertTrue(b.canRetry(6));
        assertFalse(b.canRetry(7));
        assertEquals(7, b.maxAttempts());
    }

    @Test
    void jitterStaysWithinItsBand() {
        Backoff low = new Backoff(schedule, 0.2, Duration.ofHours(12), () -> 0.0);
        Backoff high = new Backoff(schedule, 0.2, Duration.ofHours(12), () -> 0.999999);
        assertEquals(T.plusSeconds(4), low.nextAttempt(1, T, null));
        assertEquals(T.plusSeconds(6), high.nextAttempt(1, T, null));
    }

    @Test
    void honoursALongerRetryAfterUpToTheCap() {
        Backoff b = new Backoff(schedule, 0, Duration.ofHours(1), () -> 0.5);
        assertEquals(T.plusSeconds(120), b.nextAttempt(1, T, Duration.ofSeconds(120)));
        assertEquals(T.plusSeconds(5), b.nextAttempt(1, T, Duration.ofSeconds(1)));
        assertEquals(T.plus(Duration.ofHours(1)), b.nextAttempt(1, T, Duration.ofDays(2)));
    }

    @Test
    void putsALongRetryAfterInALaterTier() {
        Backoff b = new Backoff(schedule, 0, Duration.ofHours(12), () -> 0.5);
        assertEquals(1, b.tierFor(1, Duration.ofSeconds(5)));
        assertEquals(2, b.tierFor(1, Duration.ofMinutes(10)));
        assertEquals(4, b.tierFor(1, Duration.ofHours(3)));
        assertEquals(1, b.tierFor(0, Duration.ofSeconds(5)));
        assertEquals(6, b.tierFor(6, Duration.ofHours(10)));
    }

    @Test
    void parsesRetryAfterSecondsAndDates() {
        assertEquals(Duration.ofSeconds(30), Backoff.parseRetryAfter("30", T));
        assertEquals(Duration.ofSeconds(90), Backoff.parseRetryAfter("Wed, 01 Jan 2025 00:01:30 GMT", T));
        assertNull(Backoff.parseRetryAfter("soon", T));
        assertNull(Backoff.parseRetryAfter(null, T));
    }

    @Test
    void aRetryAfterTooLargeForALongIsTheLongestWaitNotNone() {
        // "Come back in 10^20 seconds" was unreadable, so the next attempt came after 5 s (probe of session 27).
        Duration huge = Backoff.parseRetryAfter("99999999999999999999", T);
        assertEquals(Duration.ofSeconds(Long.MAX_VALUE), huge);
        Backoff b = new Backoff(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0, Duration.ofHours(12), () -> 0.5);
        assertEquals(T.plus(Duration.ofHours(12)), b.nextAttempt(1, T, huge));
        assertNull(Backoff.parseRetryAfter("-99999999999999999999", T));
    }

    @Test
    void parsesShortDurations() {
        assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
        assertEquals(Duration.ofDays(3), Durations.parse("3d"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("PT1H30M"));
    }
}
