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

    private static DeliveryLog log() {
        DeliveryLog log = new DeliveryLog();
        log.records((topic, partition, offset) -> RECORD);
        return log;
    }

    private static void add(DeliveryLog log, String subscription, String deliveryId, Instant at) {
        log.apply(subscription, deliveryId, "delivered", at, "tumen.alerts.v1", 0, 0, bytes -> attempt(deliveryId));
    }

    @Test
    void aDeliveryIsDeliveredSinceATimeOnlyWhenItsSuccessIsAtOrAfterIt() {
        DeliveryLog log = log();
        Instant t0 = Instant.parse("2026-12-07T00:00:00Z");
        add(log, "s", "d-1", t0.plusSeconds(10));
        add(log, "s", "d-2", t0.plusSeconds(20));
        log.apply("s", "d-3", "retrying", t0.plusSeconds(30), "tumen.deliveries.v1", 0, 1, bytes -> attempt("d-3"));
        assertTrue(log.deliveredSince("s", "d-1", t0));
        assertTrue(log.deliveredSince("s", "d-1", t0.plusSeconds(10)));
        org.junit.jupiter.api.Assertions.assertFalse(log.deliveredSince("s", "d-1", t0.plusSeconds(11)),
                "a chain begun after the success (a replay) is its own");
        org.junit.jupiter.api.Assertions.assertFalse(log.deliveredSince("s", "d-3", t0), "retrying is not delivered");
        org.junit.jupiter.api.Assertions.assertFalse(log.deliveredSince("other", "d-1", t0), "another subscription's log");
    }

    @Test
    void aThousandBusySubscriptionsStayWithinTheByteBudgetOldestFirst() {
        DeliveryLog log = log();
        log.capacity(200);
        log.maxBytes(1024 * 1024);
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        // A quiet subscription first, then a thousand busy ones: 100,000 entries, about 13 MB even as positions.
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
    void aRecordThatCannotBeReadNowFailsTheReadAtOnceInsteadOfLeavingAHole() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        DeliveryLog log = new DeliveryLog();
        log.records((topic, partition, offset) -> {
            reads.incrementAndGet();
            throw new IllegalStateException("no answer reading " + topic);
        });
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        for (int i = 0; i < 50; i++) {
            add(log, "s", "d-" + i, t0.plusSeconds(i));
        }
        org.junit.jupiter.api.Assertions.assertThrows(DeliveryLog.Unreadable.class, () -> log.recent("s", 50));
        assertEquals(1, reads.get(), "the first unreadable record ends the request");
        org.junit.jupiter.api.Assertions.assertThrows(DeliveryLog.Unreadable.class, () -> log.task("s", "d-3"));

        // A record that reads but does not parse is one bad entry, skipped; the others are shown.
        DeliveryLog parsing = log();
        parsing.apply("s", "bad", "delivered", t0, "tumen.alerts.v1", 0, 0, bytes -> {
            throw new IllegalArgumentException("not JSON");
        });
        add(parsing, "s", "good", t0.plusSeconds(1));
        assertEquals(List.of("good"), parsing.recent("s", 10).stream().map(DeliveryAttempt::deliveryId).toList());
    }

    @Test
    void keepsWhereEachRecordIsAndReadsItBackOnlyWhenAnEntryIsRead() {
        byte[] record = "{\"deliveryId\":\"msg_1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> reads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<byte[]> seen = new java.util.concurrent.atomic.AtomicReference<>();
        DeliveryLog log = new DeliveryLog();
        log.records((topic, partition, offset) -> {
            reads.add(topic + "/" + partition + "@" + offset);
            return offset == 41 ? record : null;
        });
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        log.apply("s", "msg_1", "delivered", t0, "tumen.alerts.v1", 3, 41, bytes -> {
            seen.set(bytes);
            return attempt("msg_1");
        });
        // Gone from its topic (retention): left out of what is shown, not an error.
        log.apply("s", "msg_0", "retrying", t0.minusSeconds(1), "tumen.deliveries.v1", 3, 7, bytes -> attempt("msg_0"));
        assertEquals(List.of(), reads);
        assertEquals(2 * DeliveryLog.entryBytes(0), log.bytes());
        assertEquals(List.of("msg_1"), log.recent("s", 10).stream().map(DeliveryAttempt::deliveryId).toList());
        assertEquals(List.of("tumen.alerts.v1/3@41", "tumen.deliveries.v1/3@7"), reads);
        org.junit.jupiter.api.Assertions.assertArrayEquals(record, seen.get());
    }

    @Test
    void underTheBudgetEachSubscriptionKeepsItsOwnLimitNewestFirst() {
        DeliveryLog log = log();
        log.capacity(3);
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        for (int i = 0; i < 5000; i++) {
            add(log, "a", "a-" + i, t0.plusSeconds(i));
        }
        add(log, "b", "b-0", t0);
        assertEquals(List.of("a-4999", "a-4998", "a-4997"), log.recent("a", 10).stream().map(DeliveryAttempt::deliveryId).toList());
        assertEquals(4 * DeliveryLog.entryBytes(0), log.bytes());
        assertEquals(0, log.droppedForBudget());
        log.forget("a");
        assertEquals(DeliveryLog.entryBytes(0), log.bytes());
        assertEquals("b-0", log.recent("b", 1).get(0).deliveryId());
    }

    @Test
    void anEntryWhoseValueNamesAnotherSubscriptionOrDeliveryIsNeitherShownNorReplayed() {
        // Filed by its headers under "a", its value naming "b": listed as a's, and a replay of it sent b's task, signed
        // with b's secret (left open by the third review).
        DeliveryTask others = new DeliveryTask("msg_2", "b", "alert.created", "json", "{}", "art", "story", "https://b.example/hook",
                null, null, null, null, null, null, 0, null, null, null);
        DeliveryLog log = log();
        Instant t0 = Instant.parse("2026-11-30T00:00:00Z");
        log.apply("a", "msg_1", "delivered", t0, "tumen.alerts.v1", 0, 1, bytes -> attempt("msg_1"));
        log.apply("a", "msg_2", "delivered", t0.plusSeconds(1), "tumen.alerts.v1", 0, 2,
                bytes -> new DeliveryAttempt("msg_2", "b", null, null, 1, "delivered", 200, 0, null, null, null, null, others));
        log.apply("a", "msg_3", "delivered", t0.plusSeconds(2), "tumen.alerts.v1", 0, 3, bytes -> attempt("msg_9"));
        assertEquals(List.of("msg_1"), log.recent("a", 10).stream().map(DeliveryAttempt::deliveryId).toList());
        assertEquals(null, log.task("a", "msg_2"));
    }
}
