package dev.tumen.alert.kafka;

import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DetachedBytes;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * The delivery log readers' values: a record the log files by its headers alone ({@link AlertProducer}'s delivery id,
 * outcome and time, see {@link Mark}) is not copied out of the fetch; its value is {@link #UNREAD}, and the log reads
 * the record back by its position if an entry is ever asked for. Any other record is copied as usual.
 *
 * <p>Why: every delivery's {@code AlertDelivered} (about 4 KB, the payload included) is read back by every instance
 * only for its headers; the copies were about 6 % of the alert's allocation in the failing-receivers bench (session 13).
 */
final class LogValues implements Deserializer<byte[]> {
    /** The value of a record filed by its headers: not read. Compared by identity. */
    static final byte[] UNREAD = new byte[0];

    /** What the log needs of a record, from its headers. */
    record Mark(String deliveryId, String outcome, Instant at) {
        /** The record's mark, or {@code null} when a header is missing or its time is not a number. */
        static Mark of(Headers headers) {
            String outcome = CloudEvents.header(headers, AlertProducer.OUTCOME_HEADER);
            String at = CloudEvents.header(headers, AlertProducer.AT_HEADER);
            String deliveryId = CloudEvents.header(headers, AlertProducer.DELIVERY_ID_HEADER);
            if (outcome == null || at == null || deliveryId == null) {
                return null;
            }
            try {
                return new Mark(deliveryId, outcome, Instant.ofEpochMilli(Long.parseLong(at)));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    @Override
    public byte[] deserialize(String topic, byte[] data) {
        return data;
    }

    @Override
    public byte[] deserialize(String topic, Headers headers, ByteBuffer data) {
        DetachedBytes.detach(headers);
        if (data != null && Mark.of(headers) != null) {
            return UNREAD;
        }
        return Utils.toNullableArray(data);
    }
}
