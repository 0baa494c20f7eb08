package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryLogTest {
    private static final byte[] RECORD = new byte[3000];

    private static DeliveryAttempt attempt(String deliveryId) {
        return new DeliveryAttempt(deliveryId, null, null, null, 1, "delivered", 200, 0, null, null, null, null, null);
    }

    private static void add(DeliveryLog log, String subscription, String deliveryId, Instant at) {
        log.apply(subscription, deliveryId, "delivered", at, RECORD, bytes -> attempt(deliveryId));
    }

    @Test
    void aThousandBusySubscriptionsStayWithinTheByteBudgetOldestFirst() {
        DeliveryLog log = new DeliveryLog();
        log.capacity(200);
        log.maxBytes(1024 * 1024);
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        // A quiet subscription first, then a thousand busy ones: 100,000 entries of 3 KB would be 300 MB.
        add(log, "quiet", "q-1", t0);
        for (int i = 0; i < 100; i++) {
            for (int s = 0; s < 1000; s++) {
                add(log, "s" + s, "d-" + s + "-" + i, t0.plusSeconds(1 + i));
            }
        }
        assertTrue(log.bytes() <= 1024 * 1024, "kept " + log.bytes() + " bytes");
        assertTrue(log.droppedForBudget() > 90_000);
        // The oldest went first: the quiet subscription's one entry, and every busy one keeps only its newest.
        assertEquals(List.of(), log.recent("quiet", 10));
        List<DeliveryAttempt> newest = log.recent("s999", 10);
        assertEquals("d-999-99", newest.get(0).deliveryId());
    }

    @Test
    void keepsEachRecordDeflatedAndGivesItBackByteForByte() {
        byte[] record = ("{\"deliveryId\":\"msg_1\",\"payload\":\"" + "{\\\"title\\\":\\\"Kim in Moscow\\\"} ".repeat(100) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.concurrent.atomic.AtomicReference<byte[]> seen = new java.util.concurrent.atomic.AtomicReference<>();
        DeliveryLog log = new DeliveryLog();
        log.apply("s", "msg_1", "delivered", Instant.parse("2026-11-30T00:00:00Z"), record, bytes -> {
            seen.set(bytes);
            return attempt("msg_1");
        });
        assertTrue(log.bytes() < record.length / 2, "kept " + log.bytes() + " bytes of a " + record.length + "-byte record");
        assertEquals("msg_1", log.recent("s", 1).get(0).deliveryId());
        org.junit.jupiter.api.Assertions.assertArrayEquals(record, seen.get());
        byte[] empty = new byte[0];
        org.junit.jupiter.api.Assertions.assertArrayEquals(empty, DeliveryLog.unpack(DeliveryLog.pack(empty), 0));
    }

    @Test
    void underTheBudgetEachSubscriptionKeepsItsOwnLimitNewestFirst() {
        DeliveryLog log = new DeliveryLog();
        log.capacity(3);
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        for (int i = 0; i < 5000; i++) {
            add(log, "a", "a-" + i, t0.plusSeconds(i));
        }
        add(log, "b", "b-0", t0);
        assertEquals(List.of("a-4999", "a-4998", "a-4997"), log.recent("a", 10).stream().map(DeliveryAttempt::deliveryId).toList());
        assertEquals(4 * DeliveryLog.entryBytes(DeliveryLog.pack(RECORD).length), log.bytes());
        assertEquals(0, log.droppedForBudget());
        log.forget("a");
        assertEquals(DeliveryLog.entryBytes(DeliveryLog.pack(RECORD).length), log.bytes());
        assertEquals("b-0", log.recent("b", 1).get(0).deliveryId());
    }
}
