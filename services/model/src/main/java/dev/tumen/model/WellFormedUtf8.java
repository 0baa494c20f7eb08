package dev.tumen.model;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Refuses JSON bytes that are not well-formed UTF-8 (RFC 3629, 3), before Jackson reads them. Jackson's byte parser
 * refuses a byte that can start no sequence, but decodes the forms UTF-8 forbids as what they spell: an overlong
 * {@code C0 AF} as {@code /} and {@code C0 AE} or {@code E0 80 AE} as {@code .}, an encoded surrogate pair (CESU-8,
 * {@code ED A0 BD ED B8 80}) as the character of the pair (probe of session 38: a subscription named {@code a/b}, a
 * page pushed, from bytes a validator or proxy in front reads as no slash, or refuses). Such bytes are refused with
 * the message Jackson gives its own invalid UTF-8 ("Invalid UTF-8 …"), so every reader already handling that answers
 * the same: 422 {@code wrong-encoding} over HTTP, a malformed record on a topic.
 */
public final class WellFormedUtf8 extends InputDecorator {
    public static final WellFormedUtf8 INSTANCE = new WellFormedUtf8();
    private static final long serialVersionUID = 1L;

    private WellFormedUtf8() {
    }

    /** The index of the first byte of {@code bytes[offset, offset + length)} that is not part of well-formed UTF-8, or -1. */
    public static int firstIllFormed(byte[] bytes, int offset, int length) {
        Scanner scanner = new Scanner();
        for (int i = offset; i < offset + length; i++) {
            if (!scanner.accept(bytes[i] & 0xFF)) {
                return i;
            }
        }
        return scanner.complete() ? -1 : offset + length;
    }

    @Override
    public InputStream decorate(IOContext ctxt, InputStream in) {
        return new Checked(in);
    }

    @Override
    public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) throws IOException {
        int at = firstIllFormed(src, offset, length);
        if (at >= 0) {
            throw illFormed(at - offset);
        }
        return null;
    }

    @Override
    public Reader decorate(IOContext ctxt, Reader r) {
        return r;
    }

    private static JsonParseException illFormed(long at) {
        return new JsonParseException(null, "Invalid UTF-8 byte sequence at byte " + at
                + " (an overlong form, an encoded surrogate, a code point past U+10FFFF or a sequence cut short: RFC 3629;"
                + " or a zero byte in the first four, UTF-16 or UTF-32)");
    }

    /** The byte ranges of RFC 3629's table: what the next byte may be, given the ones before it. */
    static final class Scanner {
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;
        private int seen;

        boolean accept(int b) {
            if (seen < 4 && b == 0) {
                // A zero byte where a JSON text begins is UTF-16 or UTF-32 (no UTF-8 JSON text can start so), which
                // Jackson detects from these bytes and reads: refused as not UTF-8, what RFC 8259 §8.1 asks.
                return false;
            }
            seen++;
            if (pending > 0) {
                if (b < low || b > high) {
                    return false;
                }
                pending--;
                low = 0x80;
                high = 0xBF;
                return true;
            }
            if (b < 0x80) {
                return true;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                if (b == 0xE0) {
                    low = 0xA0;
                } else if (b == 0xED) {
                    high = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                if (b == 0xF0) {
                    low = 0x90;
                } else if (b == 0xF4) {
                    high = 0x8F;
                }
            } else {
                return false;
            }
            return true;
        }

        boolean complete() {
            return pending == 0;
        }
    }

    private static final class Checked extends FilterInputStream {
        private final Scanner scanner = new Scanner();
        private long position;

        Checked(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                check(b[off + i] & 0xFF);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes would go unchecked; Jackson never skips its input.
            byte[] buffer = new byte[(int) Math.min(n, 8192)];
            int read = read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check(int b) throws JsonParseException {
            if (!scanner.accept(b)) {
                throw illFormed(position);
            }
            position++;
        }

        private void end() throws JsonParseException {
            if (!scanner.complete()) {
                throw illFormed(position);
            }
        }
    }
}
