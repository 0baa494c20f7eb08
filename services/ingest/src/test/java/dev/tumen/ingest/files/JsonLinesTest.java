package dev.tumen.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code n} bytes of 'x' without a line break, made as they are read: never held whole, here or (now) by the reader. */
    private static InputStream endlessLine(long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, (byte) 'x');
                left -= k;
                return k;
            }
        };
    }

    @Test
    void aLineLongerThanTheBoundIsReadPastNotKept() throws Exception {
        // A JSON array of 100 MB saved as .jsonl is one line: BufferedReader held it whole, in a 96 MB heap.
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(text("{\"content\":\"a\"}\n"), endlessLine(300L << 20),
                text("\n{\"content\":\"б\"}\r\n\nlast"))));
        JsonLines lines = new JsonLines(in, 4096);
        assertEquals("{\"content\":\"a\"}", lines.next());
        assertSame(JsonLines.TOO_LONG, lines.next());
        assertEquals("{\"content\":\"б\"}", lines.next());
        assertEquals("", lines.next());
        assertEquals("last", lines.next());
        assertNull(lines.next());
    }

    @Test
    void aLineOfExactlyTheBoundIsKept() throws Exception {
        JsonLines lines = new JsonLines(text("x".repeat(4096) + "\n" + "y".repeat(4097)), 4096);
        assertEquals(4096, lines.next().length());
        assertSame(JsonLines.TOO_LONG, lines.next());
        assertNull(lines.next());
    }
}
