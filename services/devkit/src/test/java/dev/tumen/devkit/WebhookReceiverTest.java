package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookReceiverTest {
    @Test
    void aDeliveryIsFreshOnlyWithinTheDocumentedWindow() {
        // The receiver checked the signature alone: a delivery captured once and replayed days later was "verified".
        long now = 1_764_800_000_000L;
        assertTrue(WebhookReceiver.fresh(Long.toString(now / 1000), now));
        assertTrue(WebhookReceiver.fresh(Long.toString(now / 1000 - 300), now));
        assertTrue(WebhookReceiver.fresh(Long.toString(now / 1000 + 300), now));
        assertFalse(WebhookReceiver.fresh(Long.toString(now / 1000 - 301), now));
        assertFalse(WebhookReceiver.fresh(Long.toString(now / 1000 + 301), now));
        assertFalse(WebhookReceiver.fresh(Long.toString(now / 1000 - 3 * 86_400), now));
        for (String garbage : new String[] {null, "", "soon", "1e9", "99999999999999999999"}) {
            assertFalse(WebhookReceiver.fresh(garbage, now), garbage);
        }
    }
}
