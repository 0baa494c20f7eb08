package dev.tumen.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Size discipline: every record is checked against the producer's {@code max.request.size} before it is sent. A
 * transactional producer that is handed a record too large fails the whole transaction; rewound and re-read, the
 * same record fails it again, forever. Checked first, such a record is dead-lettered with the reason instead.
 */
public final class RecordSizes {
    /** Record batch header (61 bytes) and one record's framing, rounded up. */
    private static final int OVERHEAD = 128;
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;

    private RecordSizes() {
    }

    /** The producer's {@code max.request.size} in {@code config}, or Kafka's default (1 MiB). */
    public static int maxRequestSize(Map<String, Object> config) {
        Object v = config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        return v == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(v.toString().trim());
    }

    /** An upper bound of the serialized size of {@code record} (uncompressed, as the producer checks it). */
    public static int upperBound(ProducerRecord<String, byte[]> record) {
        long size = OVERHEAD;
        if (record.key() != null) {
            size += record.key().getBytes(StandardCharsets.UTF_8).length;
        }
        if (record.value() != null) {
            size += record.value().length;
        }
        for (Header h : record.headers()) {
            size += h.key().getBytes(StandardCharsets.UTF_8).length + (h.value() == null ? 0 : h.value().length) + 10;
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    /** Thrown for a record that can never be written: it is dead-lettered at once, never retried. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge(String topic, int size, int limit) {
            super("record-too-large: a record for " + topic + " would be " + size + " bytes, more than max.request.size "
                    + limit + "; it can never be written");
        }
    }

    /** Throws {@link TooLarge} when {@code record} exceeds {@code limit}. */
    public static void check(ProducerRecord<String, byte[]> record, int limit) {
        int size = upperBound(record);
        if (size > limit) {
            throw new TooLarge(record.topic(), size, limit);
        }
    }
}
