package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoopHealthTest {
    private static final Duration STALL = Duration.ofSeconds(60);
    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private static LoopHealth commitsFailing(int inARow, Duration forHowLong) {
        return new LoopHealth("loop", true, null, 0, NOW, 0, inARow, inARow == 0 ? null : NOW.minus(forHowLong),
                inARow == 0 ? null : "org.apache.kafka.common.errors.TimeoutException: commit timed out");
    }

    @Test
    void aStreakOfFailedCommitsThatLastsTheStallTimeoutIsDown() {
        assertFalse(commitsFailing(5, STALL).up(STALL, NOW));
        assertEquals(5, commitsFailing(5, STALL).details().get("commitFailuresInARow"));
        assertEquals("org.apache.kafka.common.errors.TimeoutException: commit timed out",
                commitsFailing(5, STALL).details().get("commitFailure"));
    }

    @Test
    void aFewFailedCommitsOrABriefStreakAreNot() {
        assertTrue(commitsFailing(0, Duration.ZERO).up(STALL, NOW));
        assertTrue(commitsFailing(2, STALL.multipliedBy(2)).up(STALL, NOW));
        assertTrue(commitsFailing(10, Duration.ofSeconds(5)).up(STALL, NOW));
        assertEquals(10, commitsFailing(10, Duration.ofSeconds(5)).details().get("commitFailuresInARow"));
    }

    @Test
    void failedCommitsAreCountedFromZero() {
        LoopMetrics metrics = LoopMetrics.unregistered("loop");
        assertEquals(0, metrics.commitsFailed());
        metrics.commitFailed();
        assertEquals(1, metrics.commitsFailed());
    }

    /**
     * A loop's failure is an exception's text, which may quote a record (a handler's message naming an id) or a broker's
     * message: /health showed it whole and unescaped (review of session 51). Now by the rule of every text quoting
     * outside input: at most 500 characters, invisible and reordering characters as escapes.
     */
    @Test
    void aFailureQuotingARecordIsShownBoundedAndEscaped() {
        String hostile = "failed (IllegalStateException: id '" + "\u202Eevil\n\u200B".repeat(2_000) + "')";
        java.util.Map<String, Object> d = new LoopHealth("loop", false, hostile, 0, NOW, 0, 3, NOW, hostile).details();
        for (String key : java.util.List.of("failure", "commitFailure")) {
            String shown = (String) d.get(key);
            assertTrue(shown.length() <= 500, key + " " + shown.length());
            assertTrue(shown.startsWith("failed (IllegalStateException: id '\\u202eevil\\n\\u200b"), shown);
        }
    }
}
