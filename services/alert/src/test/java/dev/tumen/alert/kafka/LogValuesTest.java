package dev.tumen.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class LogValuesTest {
    private final LogValues values = new LogValues();
    private final byte[] value = "{\"deliveryId\":\"msg_1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aRecordFiledByItsHeadersIsNotCopied() {
        Headers h = headers("msg_1", "delivered", "1700000000000");

        assertSame(LogValues.UNREAD, values.deserialize("tumen.alerts.v1", h, ByteBuffer.wrap(value)));
        assertEquals(new LogValues.Mark("msg_1", "delivered", Instant.ofEpochMilli(1_700_000_000_000L)), LogValues.Mark.of(h));
    }

    @Test
    void aRecordWithoutAllThreeHeadersOrWithABadTimeIsCopiedForParsing() {
        Headers missing = new RecordHeaders();
        missing.add(AlertProducer.OUTCOME_HEADER, bytes("delivered"));
        missing.add(AlertProducer.DELIVERY_ID_HEADER, bytes("msg_1"));

        assertArrayEquals(value, values.deserialize("tumen.alerts.v1", missing, ByteBuffer.wrap(value)));
        assertArrayEquals(value, values.deserialize("tumen.alerts.v1", headers("msg_1", "delivered", "yesterday"),
                ByteBuffer.wrap(value)));
        assertArrayEquals(value, values.deserialize("tumen.alerts.v1", new RecordHeaders(), ByteBuffer.wrap(value)));
        assertNull(LogValues.Mark.of(missing));
    }

    @Test
    void aTombstoneStaysNull() {
        assertNull(values.deserialize("tumen.alerts.v1", headers("msg_1", "delivered", "1"), (ByteBuffer) null));
    }

    private static Headers headers(String deliveryId, String outcome, String at) {
        Headers h = new RecordHeaders();
        h.add(AlertProducer.DELIVERY_ID_HEADER, bytes(deliveryId));
        h.add(AlertProducer.OUTCOME_HEADER, bytes(outcome));
        h.add(AlertProducer.AT_HEADER, bytes(at));
        return h;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
