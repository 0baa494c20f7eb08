package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static ConsumerRecord<String, byte[]> record(byte[] value) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>("p.tumen.pages.v1", 2, 41L, "k1", value);
        CloudEvents.headers(CloudEvents.TYPE_PAGE_RECEIVED, "/tumen/ingest", "k1").forEach(h -> r.headers().add(h));
        return r;
    }

    @Test
    void movesOriginalHeadersAsideAndSaysWhatTheValueReallyIs() {
        ProducerRecord<String, byte[]> dead = DeadLetters.of(record("not json".getBytes(StandardCharsets.UTF_8)),
                new IllegalArgumentException("bad"), "tumen-classifier", 3);
        assertEquals("p.tumen.pages.v1.dlt", dead.topic());
        assertEquals("k1", dead.key());
        assertEquals("text/plain; charset=utf-8", CloudEvents.header(dead.headers(), "content-type"));
        assertEquals("dev.tumen.dead-letter.v1", CloudEvents.header(dead.headers(), "ce_type"));
        assertEquals("/tumen/classifier", CloudEvents.header(dead.headers(), "ce_source"));
        assertEquals("k1", CloudEvents.header(dead.headers(), "ce_subject"));
        assertEquals(CloudEvents.TYPE_PAGE_RECEIVED, CloudEvents.header(dead.headers(), "tumen.dlt.original.ce_type"));
        assertEquals("application/json", CloudEvents.header(dead.headers(), "tumen.dlt.original.content-type"));
        assertEquals("bad", CloudEvents.header(dead.headers(), DeadLetters.REASON));
        assertEquals(IllegalArgumentException.class.getName(), CloudEvents.header(dead.headers(), DeadLetters.EXCEPTION));
        assertEquals("p.tumen.pages.v1", CloudEvents.header(dead.headers(), DeadLetters.ORIGIN_TOPIC));
        assertEquals("2", CloudEvents.header(dead.headers(), DeadLetters.ORIGIN_PARTITION));
        assertEquals("41", CloudEvents.header(dead.headers(), DeadLetters.ORIGIN_OFFSET));
        assertEquals("3", CloudEvents.header(dead.headers(), DeadLetters.ATTEMPTS));
    }

    /**
     * CloudEvents readers take one source and id for one event. A table is read whole at every start of every instance,
     * and a loop reads a record again after a crash or an aborted transaction: each read dead-lettered the same record
     * under a new random id, so a reader counted one failure once per start and instance (probe of session 42).
     */
    @Test
    void aRecordDeadLetteredAgainKeepsItsEventIdAndOtherRecordsGetOthers() {
        ConsumerRecord<String, byte[]> poison = record("{not json".getBytes(StandardCharsets.UTF_8));
        String first = CloudEvents.header(DeadLetters.of(poison, new IllegalArgumentException("bad"), "tumen-alert", 1).headers(), "ce_id");
        ConsumerRecord<String, byte[]> readAgain = record("{not json".getBytes(StandardCharsets.UTF_8));
        String again = CloudEvents.header(DeadLetters.fitted(DeadLetters.of(readAgain, "still bad", "X", "tumen-alert", 3), 200)
                .headers(), "ce_id");
        assertEquals(first, again);
        org.junit.jupiter.api.Assertions.assertTrue(first.matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"), first);

        java.util.Set<String> ids = new java.util.HashSet<>(java.util.List.of(first));
        java.util.List<ConsumerRecord<String, byte[]>> others = java.util.List.of(
                new ConsumerRecord<>("p.tumen.pages.v1", 2, 42L, "k1", new byte[] {1}),
                new ConsumerRecord<>("p.tumen.pages.v1", 3, 41L, "k1", new byte[] {1}),
                new ConsumerRecord<>("q.tumen.pages.v1", 2, 41L, "k1", new byte[] {1}),
                // the topic made again: its offsets start over, at other times
                new ConsumerRecord<>("p.tumen.pages.v1", 2, 41L, 1_700_000_000_000L, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                        0, 1, "k1", new byte[] {1}, new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty()));
        for (ConsumerRecord<String, byte[]> other : others) {
            org.junit.jupiter.api.Assertions.assertTrue(ids.add(CloudEvents.header(
                    DeadLetters.of(other, new IllegalArgumentException("bad"), "tumen-alert", 1).headers(), "ce_id")), other.toString());
        }
        org.junit.jupiter.api.Assertions.assertTrue(ids.add(CloudEvents.header(
                DeadLetters.of(poison, new IllegalArgumentException("bad"), "tumen-ingest", 1).headers(), "ce_id")), "another service");
    }

    /**
     * A record never written has no position to name its dead letter, and each refusal drew a random id (reviews of
     * sessions 42 and 43): a feed entry refused again at every start's first poll, or an import run again, was another
     * failure to a reader deduplicating by source and id. Now the id is named by what identifies the input.
     */
    @Test
    void anUnwrittenRecordRefusedAgainKeepsItsEventIdAndOtherInputsGetOthers() {
        String first = unwrittenId("tumen-ingest", "p.tumen.pages.v1", "feed", "KCNA", "https://x.example/a", "invalid-url");
        assertEquals(first, unwrittenId("tumen-ingest", "p.tumen.pages.v1", "feed", "KCNA", "https://x.example/a", "invalid-url"));
        java.util.Set<String> ids = new java.util.HashSet<>(java.util.List.of(first));
        for (String[] other : java.util.List.of(
                new String[]{"tumen-alert", "p.tumen.pages.v1", "feed", "KCNA", "https://x.example/a", "invalid-url"},
                new String[]{"tumen-ingest", "q.tumen.pages.v1", "feed", "KCNA", "https://x.example/a", "invalid-url"},
                new String[]{"tumen-ingest", "p.tumen.pages.v1", "feed", "TASS", "https://x.example/a", "invalid-url"},
                new String[]{"tumen-ingest", "p.tumen.pages.v1", "feed", "KCNA", "https://x.example/b", "invalid-url"},
                new String[]{"tumen-ingest", "p.tumen.pages.v1", "feed", "KCNA", "https://x.example/a", "body-too-large"},
                // parts are lines of the name: two parts are not one part holding their line break
                new String[]{"tumen-ingest", "p.tumen.pages.v1", "feed", "KCNA\nhttps://x.example/a", "invalid-url"})) {
            org.junit.jupiter.api.Assertions.assertTrue(ids.add(unwrittenId(other)), String.join(" ", other));
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DeadLetters.unwritten("p.tumen.pages.v1", "k1", new byte[] {1}, "r", "X", "tumen-ingest"));
    }

    private static String unwrittenId(String... parts) {
        return CloudEvents.header(DeadLetters.unwritten(parts[1], "k1", new byte[] {1}, "r: detail " + System.nanoTime(), "X", parts[0],
                java.util.Arrays.copyOfRange(parts, 2, parts.length)).headers(), "ce_id");
    }

    @Test
    void contentTypeOfJsonBytesAndNothing() {
        assertEquals("application/json", DeadLetters.contentType("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/json", DeadLetters.contentType("null".getBytes(StandardCharsets.UTF_8)));
        assertEquals("text/plain; charset=utf-8", DeadLetters.contentType("{\"a\":1} trailing".getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/octet-stream", DeadLetters.contentType(new byte[] {(byte) 0xff, (byte) 0xfe, 0}));
        ProducerRecord<String, byte[]> tombstone = DeadLetters.of(record(null), new IllegalStateException(), "tumen-ingest", 1);
        assertNull(CloudEvents.header(tombstone.headers(), "content-type"));
        assertEquals("IllegalStateException", CloudEvents.header(tombstone.headers(), DeadLetters.REASON));
    }

    /**
     * Whatever a poison record holds within the broker's limit, its dead letter fits Kafka's limit: 60,000 empty headers
     * (a 360 KB record) made a 2 MB dead letter (each header's name grows by "tumen.dlt.original."), and a key of 900 KB
     * is written twice (the key and ce_subject). Neither could ever be written, and the loop tried again without end
     * ("cannot dead-letter …; trying again", probe of session 33).
     */
    @Test
    void aDeadLetterFitsWhateverTheHeadersAndKeyOfItsRecord() {
        ConsumerRecord<String, byte[]> manyHeaders = record("{not json".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 60_000; i++) {
            manyHeaders.headers().add("h" + i, new byte[0]);
        }
        ProducerRecord<String, byte[]> dead = DeadLetters.fitted(DeadLetters.of(manyHeaders, new IllegalArgumentException("bad"),
                "tumen-alert", 1), DeadLetters.DEFAULT_LIMIT);
        org.junit.jupiter.api.Assertions.assertTrue(RecordSizes.upperBound(dead) <= DeadLetters.DEFAULT_LIMIT, "" + RecordSizes.upperBound(dead));
        assertEquals("bad", CloudEvents.header(dead.headers(), DeadLetters.REASON));
        assertEquals("k1", dead.key());
        assertEquals("41", CloudEvents.header(dead.headers(), DeadLetters.ORIGIN_OFFSET));
        org.junit.jupiter.api.Assertions.assertTrue(CloudEvents.header(dead.headers(), DeadLetters.HEADERS_DROPPED).matches("600\\d\\d headers, \\d+ bytes"),
                CloudEvents.header(dead.headers(), DeadLetters.HEADERS_DROPPED));

        String key = "k".repeat(900_000);
        ConsumerRecord<String, byte[]> longKey = new ConsumerRecord<>("p.tumen.pages.v1", 0, 7L, key, new byte[] {1});
        ProducerRecord<String, byte[]> deadKey = DeadLetters.fitted(DeadLetters.of(longKey, new IllegalArgumentException("bad"),
                "tumen-alert", 1), DeadLetters.DEFAULT_LIMIT);
        org.junit.jupiter.api.Assertions.assertTrue(RecordSizes.upperBound(deadKey) <= DeadLetters.DEFAULT_LIMIT, "" + RecordSizes.upperBound(deadKey));
        assertNull(deadKey.key());
        assertNull(CloudEvents.header(deadKey.headers(), "ce_subject"));
        assertEquals("900000", CloudEvents.header(deadKey.headers(), DeadLetters.KEY_DROPPED));
        assertEquals("7", CloudEvents.header(deadKey.headers(), DeadLetters.ORIGIN_OFFSET));
    }

    /**
     * A reason quotes what the record held; whatever quoted it, the header keeps the rule every text quoting outside
     * input keeps (review of session 51): at most 500 characters, each invisible or reordering character as its escape.
     * It was cut at 2,000 characters and not escaped, so a record's line break and U+202E reached the header and the log
     * line quoting it.
     */
    @Test
    void aReasonQuotingTheRecordIsBoundedAndEscapedWhoeverWroteIt() {
        String hostile = "id '" + "\u202Eevil\n08:00:00.000 ERROR FORGED\u2066\u200B\u0085".repeat(400) + "' is wrong";
        ProducerRecord<String, byte[]> dead = DeadLetters.of(record("{}".getBytes(StandardCharsets.UTF_8)),
                new IllegalArgumentException(hostile), "tumen-alert", 1);
        String reason = CloudEvents.header(dead.headers(), DeadLetters.REASON);
        assertTrue(reason.codePointCount(0, reason.length()) <= 500, reason.length() + " characters");
        assertTrue(reason.startsWith("id '\\u202eevil\\n08:00:00.000 ERROR FORGED\\u2066\\u200b\\u0085"), reason);
        assertTrue(reason.chars().noneMatch(c -> c == '\n' || c == 0x202E || c == 0x2066 || c == 0x200B || c == 0x85), reason);
        ProducerRecord<String, byte[]> unwritten = DeadLetters.unwritten("p.tumen.pages.v1", "k", null, hostile,
                IllegalArgumentException.class.getName(), "tumen-ingest", "feed", "entry");
        assertEquals(reason, CloudEvents.header(unwritten.headers(), DeadLetters.REASON));
    }

    /** A record key quoted in a reason (not the record's id, say) is quoted by the same rule: short and escaped. */
    @Test
    void aKeyQuotedInAReasonIsQuotedShortAndEscaped() {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>("p.tumen.pages.v1", 0, 1L, "k\u202E\n" + "x".repeat(8_000), new byte[0]);
        org.apache.kafka.common.header.internals.RecordHeader forged =
                new org.apache.kafka.common.header.internals.RecordHeader("ce_subject", "s\u202E".getBytes(StandardCharsets.UTF_8));
        r.headers().add(forged);
        String message = org.junit.jupiter.api.Assertions.assertThrows(dev.tumen.model.MalformedRecordException.class,
                () -> CloudEvents.requireEventOf(r)).getMessage();
        assertTrue(message.contains("'s\\u202e'"), message);
        assertTrue(message.length() < 200, message);
    }
}
