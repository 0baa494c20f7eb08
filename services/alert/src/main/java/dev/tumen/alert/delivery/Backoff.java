package dev.tumen.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The retry schedule: attempt {@code n} (1-based) happens {@code schedule[n-1]} after attempt {@code n-1} failed,
 * stretched by a random jitter so a receiver that comes back is not hit by every retry at once, and never earlier
 * than a receiver's {@code Retry-After} (capped).
 */
public final class Backoff {
    private final List<Duration> schedule;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    public Backoff(List<Duration> schedule, double jitter, Duration maxRetryAfter, DoubleSupplier random) {
        this.schedule = List.copyOf(schedule);
        this.jitter = jitter;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    public int maxAttempts() {
        return schedule.size();
    }

    /** True when a delivery that has made {@code attemptsMade} attempts may make another. */
    public boolean canRetry(int attemptsMade) {
        return attemptsMade < schedule.size();
    }

    /**
     * When the next attempt is due after {@code attemptsMade} attempts failed at {@code failedAt}.
     *
     * @param retryAfter the receiver's {@code Retry-After}, or {@code null}
     */
    public Instant nextAttempt(int attemptsMade, Instant failedAt, Duration retryAfter) {
        Duration base = schedule.get(attemptsMade);
        long millis = Math.round(base.toMillis() * (1 - jitter + 2 * jitter * random.getAsDouble()));
        Duration delay = Duration.ofMillis(millis);
        if (retryAfter != null) {
            Duration honoured = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
            if (honoured.compareTo(delay) > 0) {
                delay = honoured;
            }
        }
        return failedAt.plus(delay);
    }

    /**
     * The longest wait {@link #nextAttempt} ever gives: the schedule's longest step at the top of its jitter, or the cap
     * on a receiver's {@code Retry-After}, whichever is longer. No retry task Tumen writes is due later than this after
     * it was written.
     */
    public Duration longestWait() {
        long longestStep = schedule.stream().mapToLong(Duration::toMillis).max().orElse(0);
        Duration stretched = Duration.ofMillis(Math.round(longestStep * (1 + jitter)));
        return stretched.compareTo(maxRetryAfter) > 0 ? stretched : maxRetryAfter;
    }

    /**
     * The retry tier (1-based) that holds a retry due {@code delay} from now: the last tier whose base delay is not
     * longer, so a tier never holds a record due much later than the records behind it.
     */
    public int tierFor(int attemptsMade, Duration delay) {
        int tier = Math.max(1, Math.min(attemptsMade, schedule.size() - 1));
        while (tier + 1 < schedule.size() && schedule.get(tier + 1).compareTo(delay) <= 0) {
            tier++;
        }
        return tier;
    }

    /** Parses {@code Retry-After}: delta seconds or an HTTP date; {@code null} when absent or unreadable. */
    public static Duration parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9') && v.length() > 18) {
            // Delay-seconds past a long's range is a receiver asking for the longest wait there is (capped by the caller),
            // not an unreadable header: read as absent, the next attempt came on the schedule, 5 s later.
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException e) {
                return Duration.ofSeconds(Long.MAX_VALUE);
            }
        }
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            try {
                Instant at = java.time.ZonedDateTime.parse(v, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (java.time.format.DateTimeParseException e2) {
                return null;
            }
        }
    }
}
