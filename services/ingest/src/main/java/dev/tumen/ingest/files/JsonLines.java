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

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int pos;
    private int end;

    JsonLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes);
    }

    /** The next line without its line break (UTF-8, as the file's reader decoded it before), {@link #TOO_LONG}, or {@code null} at the end. */
    String next() throws IOException {
        line.reset();
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

    private String finish(boolean over) {
        if (over) {
            return TOO_LONG;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
