package dev.tumen.alert;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.kafka.RecordLoop;
import io.micronaut.context.exceptions.ConfigurationException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {
    /**
     * The hand-over wait must end before the record loop's own bound for a hand-over, which also covers writing the
     * answer it waited for: a wait as long as the bound would let the partition go with the answer unwritten, and the
     * next owner would send the alert again.
     */
    @Test
    void theHandoverWaitIsBelowTheHandOversOwnBound() {
        assertDoesNotThrow(() -> settings(Duration.ZERO));
        assertDoesNotThrow(() -> settings(Duration.ofSeconds(5)));
        assertDoesNotThrow(() -> settings(RecordLoop.HAND_OVER_TIMEOUT.minusMillis(1)));
        for (Duration wrong : List.of(RecordLoop.HAND_OVER_TIMEOUT, Duration.ofMinutes(1), Duration.ofMillis(-1))) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> settings(wrong));
            assertTrue(e.getMessage().startsWith("tumen.alert.delivery.handover-wait must be"), e.getMessage());
        }
    }

    private static AlertSettings settings(Duration handoverWait) {
        return new AlertSettings(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0.2, Duration.ofSeconds(15), Duration.ofSeconds(5), 2048,
                32, 4, Duration.ofSeconds(5), 500, Duration.ofSeconds(10), 256, Duration.ofSeconds(1), 768, Duration.ofHours(12),
                Duration.ofDays(3), Duration.ofDays(7), 200, 32, Duration.ofHours(12), 4, Duration.ofSeconds(5), true, 6, handoverWait);
    }
}
