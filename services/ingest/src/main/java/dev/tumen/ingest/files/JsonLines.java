package dev.tumen.ingest.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a JSON-lines file, each held in memory only up to a bound. {@code BufferedReader.readLine} holds a line
 * whole however long it is: a 100 MB file without a line break (a JSON array saved as {@code .jsonl}) is one line, and
 * ingest's heap is 96 MB (probe of session 29). A longer line is read past to its end, never kept, and reported.
 */
final class JsonLines {
    /** What {@link #next} returns for a line longer than the bound (compared by identity). */
    static final String TOO_LONG = new String("(a line longer than the bound)");
    /**
     * What {@link #next} returns for a line that is not UTF-8 (compared by identity): every line of a file that opens
     * with a UTF-16 or UTF-32 byte order mark. Such a line was decoded with a replacement character for each bad byte and
     * published changed, or refused as {@code not-json} (probe of session 34), where an HTTP body that is not UTF-8 is
     * 422 {@code wrong-encoding}.
     */
    static final String NOT_UTF8 = new String("(a line that is not UTF-8)");

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    /** Every byte of the current line, kept or not: what names a refused line by its content ({@link #lineSha256}). */
    private final java.security.MessageDigest digest = sha256();
    private String lineSha256;
    private int pos;
    private int end;
    private boolean first = true;
    private boolean otherEncoding;

    JsonLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes);
    }

    /** The next line without its line break (UTF-8, without a byte order mark), {@link #TOO_LONG}, {@link #NOT_UTF8}, or {@code null} at the end. */
    String next() throws IOException {
        line.reset();
        digest.reset();
        boolean any = false;
        boolean over = false;
        while (true) {
            if (pos == end) {
                int n = in.read(buffer);
                if (n <= 0) {
                    return any ? finish(over) : null;
                }
                pos = 0;
                end = n;
            }
            any = true;
            int nl = pos;
            while (nl < end && buffer[nl] != '\n') {
                nl++;
            }
            digest.update(buffer, pos, nl - pos);
            if (!over) {
                if (line.size() + (nl - pos) > maxLineBytes) {
                    over = true;
                    line.reset();
                } else {
                    line.write(buffer, pos, nl - pos);
                }
            }
            if (nl < end) {
                pos = nl + 1;
                return finish(over);
            }
            pos = end;
        }
    }

    /**
     * The SHA-256 of the bytes of the line {@link #next} returned last (a line too long or not UTF-8 included, which is
     * not kept), in hex: a refused line is named by its content as well as its place (review of session 45).
     */
    String lineSha256() {
        return lineSha256;
    }

    static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private String finish(boolean over) {
        lineSha256 = java.util.HexFormat.of().formatHex(digest.digest());
        byte[] bytes = line.toByteArray();
        int from = 0;
        if (first) {
            first = false;
            // A UTF-8 byte order mark (Windows editors write one) is no part of the first line, as RFC 8259 lets a reader
            // take it: the file's first page was refused as not-json. One of UTF-16 or UTF-32 makes the file not UTF-8.
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                from = 3;
            } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
                otherEncoding = true;
            }
        }
        if (over) {
            return TOO_LONG;
        }
        if (otherEncoding) {
            return NOT_UTF8;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return NOT_UTF8;
        }
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
