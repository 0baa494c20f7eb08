package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
