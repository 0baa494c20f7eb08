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

    /**
     * A file saved by a Windows editor opens with a UTF-8 byte order mark, and its first page was refused as not-json;
     * bytes that are not UTF-8 (a Latin-1 file, UTF-16) were read with replacement characters and published changed, or
     * refused as not-json (probe of session 34). The mark is read past; a line that is not UTF-8 says so.
     */
    @Test
    void aByteOrderMarkIsReadPastAndALineThatIsNotUtf8SaysSo() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] latin1 = "{\"content\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonLines lines = new JsonLines(new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(bom),
                text("{\"content\":\"a\"}\r\n"), new ByteArrayInputStream(latin1), text("{\"content\":\"\u00e9\"}")))), 4096);
        assertEquals("{\"content\":\"a\"}", lines.next());
        assertSame(JsonLines.NOT_UTF8, lines.next());
        assertEquals("{\"content\":\"\u00e9\"}", lines.next());
        assertNull(lines.next());
        JsonLines utf16 = new JsonLines(new ByteArrayInputStream("\uFEFF{\"content\":\"a\"}\n{}\n".getBytes(StandardCharsets.UTF_16LE)), 4096);
        assertSame(JsonLines.NOT_UTF8, utf16.next());
        assertSame(JsonLines.NOT_UTF8, utf16.next());
        // a BOM in the middle of a file is a character of its line, as any other
        JsonLines middle = new JsonLines(text("y\n\uFEFFx"), 4096);
        assertEquals("y", middle.next());
        assertEquals("\uFEFFx", middle.next());
    }
}
