package dev.tumen.kafka;

import dev.tumen.model.text.OutsideText;
import java.time.Duration;
import java.util.Locale;

/**
 * What a consumer does with a record its handler cannot process, as configuration (debezium's failure-handling
 * mode): a bounded number of attempts with exponential backoff, then {@link OnFailure#DEAD_LETTER} (the default),
 * {@link OnFailure#FAIL} (stop the loop; health goes DOWN) or {@link OnFailure#SKIP} (counted). A record that can
 * never succeed ({@code MalformedRecordException}, a record too large to write) is not retried. No loop retries
 * forever.
 *
 * @param maxAttempts attempts in all (1 = no retry)
 * @param backoff     wait before the second attempt; doubled for each further one, up to 30 s
 * @param onFailure   what happens once the attempts are spent
 */
public record FailurePolicy(int maxAttempts, Duration backoff, OnFailure onFailure) {
    public enum OnFailure {
        DEAD_LETTER, FAIL, SKIP;

        /** {@code dead-letter}, {@code fail} or {@code skip}. */
        public static OnFailure parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("on-failure must be dead-letter, fail or skip, got '" + OutsideText.quote(text) + "'");
            }
        }
    }

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    public FailurePolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max-attempts must be at least 1, got " + maxAttempts);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative, got " + backoff);
        }
    }

    /** Three attempts 200 ms and 400 ms apart, then the dead-letter topic. */
    public static FailurePolicy defaults() {
        return new FailurePolicy(3, Duration.ofMillis(200), OnFailure.DEAD_LETTER);
    }

    public static FailurePolicy of(int maxAttempts, Duration backoff, String onFailure) {
        return new FailurePolicy(maxAttempts, backoff, OnFailure.parse(onFailure));
    }

    /** The wait before attempt {@code attempt} (2 = the first retry). */
    public Duration backoffBefore(int attempt) {
        Duration d = backoff.multipliedBy(1L << Math.min(20, Math.max(0, attempt - 2)));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }
}
