package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DetachedBytesTest {
    /** A record as the client parses it: headers and value are views of one buffer holding the whole record. */
    private final ByteBuffer record = ByteBuffer.wrap("ce_idpage-1value of a page".getBytes(StandardCharsets.UTF_8));

    private ByteBuffer view(int from, int to) {
        return record.duplicate().position(from).limit(to).slice();
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void headersNoLongerReadTheRecordsBufferOnceTheValueIsRead() {
        RecordHeaders headers = new RecordHeaders(new RecordHeader[] {new RecordHeader(view(0, 5), view(5, 11))});

        byte[] value = new DetachedBytes().deserialize("pages", headers, view(11, record.limit()));
        // Whatever becomes of the record's buffer afterwards (it is garbage once nothing views it) changes nothing read.
        Arrays.fill(record.array(), (byte) 'x');

        assertEquals("value of a page", utf8(value));
        assertEquals("page-1", utf8(headers.lastHeader("ce_id").value()));
    }

    @Test
    void withoutItAHeaderStillViewsTheRecord() {
        // The client's behaviour this class exists for: a header nobody read still reads the record's buffer.
        RecordHeader header = new RecordHeader(view(0, 5), view(5, 11));
        Arrays.fill(record.array(), 0, 11, (byte) 'x');
        assertEquals("xxxxxx", utf8(header.value()));
    }

    @Test
    void aNullValueAndNoHeadersAreAsTheDefaultDeserializerHasThem() {
        assertNull(new DetachedBytes().deserialize("pages", new RecordHeaders(), (ByteBuffer) null));
        assertEquals("value", utf8(new DetachedBytes().deserialize("pages", null, view(11, 16))));
        byte[] same = {1, 2};
        assertSame(same, new DetachedBytes().deserialize("pages", same));
    }
}
