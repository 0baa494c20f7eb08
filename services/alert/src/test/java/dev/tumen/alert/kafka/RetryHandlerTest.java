package dev.tumen.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tumen.alert.Durations;
import dev.tumen.alert.delivery.Backoff;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.model.MalformedRecordException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a task read from a retry tier is attempted (probe of session 34, the seventh review's note). */
class RetryHandlerTest {
    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final Duration LONGEST = new Backoff(Durations.parseList("0s,5s,5m,30m,2h,5h,10h"), 0.2, Duration.ofHours(12),
            () -> 0.5).longestWait();

    private static DeliveryTask task(int attempts, Instant due) {
        return new DeliveryTask("d", "sub_1", "alert.created", "json", "{}", "a", "s", null, null, null, null, null, null, null,
                attempts, null, due, null);
    }

    @Test
    void aTaskIsAttemptedWhenDueOrAtOnce() {
        assertEquals(NOW.plusSeconds(300), RetryHandler.due(task(2, NOW.plusSeconds(300)), NOW, LONGEST));
        assertEquals(NOW.minusSeconds(300), RetryHandler.due(task(2, NOW.minusSeconds(300)), NOW, LONGEST));
        assertEquals(NOW, RetryHandler.due(task(0, null), NOW, LONGEST));
        assertEquals(Duration.ofHours(12), LONGEST, "10 h stretched by 20 % is 12 h, Retry-After's cap too");
    }

    @Test
    void aTaskDueLaterThanAnyRetryIsScheduledWaitsNoLongerThanTheLongestWait() {
        // Year 9999 held the tier partition's commit until then; Instant.MAX overflowed the delay.
        for (Instant far : new Instant[] {NOW.plus(Duration.ofHours(13)), Instant.parse("9999-12-31T23:59:59Z"), Instant.MAX}) {
            assertEquals(NOW.plus(LONGEST), RetryHandler.due(task(3, far), NOW, LONGEST), far.toString());
        }
    }

    @Test
    void aNegativeAttemptCountIsMalformed() {
        for (int attempts : new int[] {-1, Integer.MIN_VALUE}) {
            assertThrows(MalformedRecordException.class, () -> RetryHandler.due(task(attempts, NOW), NOW, LONGEST));
        }
    }

    @Test
    void aDeliveryIdThatIsNoHeaderValueIsMalformed() {
        // Sent as webhook-id: a line break would be a header of the record's writer.
        for (String id : new String[] {"msg_a\r\nX-Injected: yes", "msg_a\nb", "msg_\u0000", "msg_é", "", "msg a\u007f"}) {
            DeliveryTask hostile = new DeliveryTask(id, "sub_1", "alert.created", "json", "{}", "a", "s", null, null, null, null, null,
                    null, null, 1, null, NOW, null);
            assertThrows(MalformedRecordException.class, () -> RetryHandler.requireSendable(hostile), id);
        }
        DeliveryTask ours = task(1, NOW);
        assertEquals(ours, RetryHandler.requireSendable(ours));
    }
}
