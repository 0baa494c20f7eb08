package dev.tumen.ingest.api;

import dev.tumen.ingest.page.EncodedContent;
import java.util.Arrays;

/**
 * Reads a JSON string literal straight from a body's UTF-8 bytes into the UTF-8 bytes of its value, the form the
 * intake counts, hashes and publishes: no char-by-char decoding into a string and encoding back.
 *
 * <p>Only the plain case is read: strict RFC 8259 escapes, well-formed UTF-8 (no overlong forms, no encoded
 * surrogates, nothing past U+10FFFF), no raw control characters and no escaped surrogate without its pair. Anything
 * else answers {@code null} and the caller lets Jackson read the literal as before, so its acceptance and its
 * refusals (malformed JSON, not UTF-8) stay Jackson's. The bytes this returns are then exactly
 * {@code value.getBytes(UTF_8)} of the string Jackson would have read.
 */
final class JsonStringBytes {
    private JsonStringBytes() {
    }

    /**
     * @param b     the body
     * @param quote the index of the literal's opening quote
     * @param end   the end of the body
     * @return the value's bytes, with the literal's inside as {@link EncodedContent#json} when it holds no {@code \}u
     *         escape (then copying it costs no more bytes than Jackson's own escaping would), or {@code null}
     */
    static EncodedContent read(byte[] b, int quote, int end) {
        if (quote < 0 || quote >= end || b[quote] != '"') {
            return null;
        }
        int from = quote + 1;
        int i = from;
        boolean escaped = false;
        boolean unicode = false;
        while (true) {
            if (i >= end) {
                return null;
            }
            int c = b[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= end) {
                    return null;
                }
                escaped = true;
                switch (b[i + 1]) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> i += 2;
                    case 'u' -> {
                        int unit = hex4(b, i + 2, end);
                        if (unit < 0 || Character.isLowSurrogate((char) unit)) {
                            return null;
                        }
                        if (Character.isHighSurrogate((char) unit)) {
                            int low = i + 8 <= end && b[i + 6] == '\\' && b[i + 7] == 'u' ? hex4(b, i + 8, end) : -1;
                            if (low < 0 || !Character.isLowSurrogate((char) low)) {
                                return null;
                            }
                            i += 6;
                        }
                        unicode = true;
                        i += 6;
                    }
                    default -> {
                        return null;
                    }
                }
                continue;
            }
            if (c >= 0) {
                // A raw control character: Jackson's to refuse.
                return null;
            }
            int n = sequence(b, i, end);
            if (n < 0) {
                return null;
            }
            i += n;
        }
        int to = i;
        byte[] utf8 = escaped ? unescape(b, from, to) : Arrays.copyOfRange(b, from, to);
        return new EncodedContent(utf8, unicode ? null : b, unicode ? 0 : from, unicode ? 0 : to);
    }

    /** The length of the well-formed UTF-8 sequence of a non-ASCII character at {@code i} (Unicode table 3-7), or -1. */
    private static int sequence(byte[] b, int i, int end) {
        int c = b[i] & 0xff;
        int n;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return -1;
        }
        if (i + n > end) {
            return -1;
        }
        int second = b[i + 1] & 0xff;
        if (second < lo || second > hi) {
            return -1;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return n;
    }

    private static int hex4(byte[] b, int at, int end) {
        if (at + 4 > end) {
            return -1;
        }
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** The value of a literal {@link #read} checked: escapes are never longer decoded than written. */
    private static byte[] unescape(byte[] b, int from, int to) {
        byte[] out = new byte[to - from];
        int o = 0;
        int run = from;
        int i = from;
        while (i < to) {
            if (b[i] != '\\') {
                i++;
                continue;
            }
            System.arraycopy(b, run, out, o, i - run);
            o += i - run;
            byte e = b[i + 1];
            if (e != 'u') {
                out[o++] = switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                };
                i += 2;
            } else {
                int cp = hex4(b, i + 2, to);
                i += 6;
                if (Character.isHighSurrogate((char) cp)) {
                    cp = Character.toCodePoint((char) cp, (char) hex4(b, i + 2, to));
                    i += 6;
                }
                o = put(out, o, cp);
            }
            run = i;
        }
        System.arraycopy(b, run, out, o, to - run);
        o += to - run;
        return Arrays.copyOf(out, o);
    }

    private static int put(byte[] out, int o, int cp) {
        if (cp < 0x80) {
            out[o++] = (byte) cp;
        } else if (cp < 0x800) {
            out[o++] = (byte) (0xC0 | cp >> 6);
            out[o++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out[o++] = (byte) (0xE0 | cp >> 12);
            out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[o++] = (byte) (0xF0 | cp >> 18);
            out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[o++] = (byte) (0x80 | cp & 0x3F);
        }
        return o;
    }
}
