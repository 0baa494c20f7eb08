package dev.tumen.kafka;

import java.nio.ByteBuffer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * The value deserializer of every Tumen consumer: the value's bytes, as {@code ByteArrayDeserializer} gives them, and a
 * record that holds nothing of the buffer it was read from.
 *
 * <p>Why: the client reads each record of a compressed batch into a buffer of its own, and each header it parses keeps
 * a view of that buffer until its key or value is first asked for. A record whose headers nobody reads (most of a
 * CloudEvents record's) therefore kept its whole serialised form alive beside the value's copy: a page read by the
 * classifier held about twice its size for as long as its batch was held (in a heap dump at saturation the buffers the
 * headers pinned held as many bytes as the pages' values: docs/benchmarks.md, "Heap at saturation, session 26"), and
 * the collector promoted them to the old generation, which then filled every second or so.
 * Reading each header once here copies its few bytes and lets the buffer go with the batch that was decompressed.
 */
public class DetachedBytes implements Deserializer<byte[]> {
    @Override
    public byte[] deserialize(String topic, byte[] data) {
        return data;
    }

    @Override
    public byte[] deserialize(String topic, Headers headers, ByteBuffer data) {
        detach(headers);
        return Utils.toNullableArray(data);
    }

    /** Makes each header copy its key and value out of the record's buffer. */
    public static void detach(Headers headers) {
        if (headers == null) {
            return;
        }
        for (Header h : headers) {
            h.key();
            h.value();
        }
    }
}
