package dev.tumen.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/** Content caps in UTF-8 bytes, which is what Kafka's size limits count: 1,000,000 characters of Cyrillic are 2 MB. */
public final class Utf8 {
    private Utf8() {
    }

    /** {@code text} cut to at most {@code maxBytes} bytes of UTF-8, never inside a character. */
    public static String truncate(String text, int maxBytes) {
        if (text == null || text.length() <= maxBytes / 3) {
            return text;
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
        ByteBuffer out = ByteBuffer.allocate(maxBytes);
        CharBuffer in = CharBuffer.wrap(text);
        encoder.encode(in, out, true);
        // The encoder stops before a character (or surrogate pair) that does not fit.
        return text.substring(0, in.position());
    }

    public static int length(String text) {
        return text == null ? 0 : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
