package dev.tumen.common.http;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Whether a gzip or deflate request body ends where its compressed stream does. The server's decoder reads a body cut
 * short as the part it got and says nothing: a page pushed gzip-compressed and cut in half (a client's write failing, a
 * proxy's buffer) was published as its first half (probe of session 27). The body is inflated a second time as it
 * arrives, into a scratch buffer, only to find its end; past {@link #MAX_INFLATED} bytes the check gives up (the
 * server's own body limit has refused such a body by then), and it gives up on anything it cannot follow (a raw
 * deflate stream, a preset dictionary, a corrupt stream: the server's decoder reports that one itself).
 */
final class CompressedBodyCheck {
    /** Inflated bytes after which the check stops: far above every service's body limit (ingest's is 2 MiB). */
    static final long MAX_INFLATED = 64L << 20;
    /** A gzip header longer than this (its file name or comment without an end) is not followed. */
    private static final int MAX_GZIP_HEADER = 64 * 1024;

    private final boolean gzip;
    /** The body's first bytes are not gzip's magic bytes. */
    private boolean notGzip;
    private final Inflater inflater;
    private final byte[] scratch = new byte[16 * 1024];
    private byte[] header = new byte[0];
    private boolean headerDone;
    private long received;
    private long inflated;
    private long afterStream;
    private boolean gaveUp;

    private CompressedBodyCheck(boolean gzip) {
        this.gzip = gzip;
        this.inflater = new Inflater(gzip);
        this.headerDone = !gzip;
    }

    /** A check for the request's body, or null when it is not compressed with one coding this check follows. */
    static CompressedBodyCheck of(HttpRequest request) {
        List<String> codings = request.headers().getAll(HttpHeaderNames.CONTENT_ENCODING);
        if (codings.size() != 1) {
            return null;
        }
        return switch (codings.get(0).trim().toLowerCase(Locale.ROOT)) {
            case "gzip", "x-gzip" -> new CompressedBodyCheck(true);
            case "deflate", "x-deflate" -> new CompressedBodyCheck(false);
            default -> null;
        };
    }

    void feed(ByteBuf content) {
        int n = content.readableBytes();
        received += n;
        if (gaveUp || n == 0) {
            return;
        }
        byte[] bytes = new byte[n];
        content.getBytes(content.readerIndex(), bytes);
        if (!headerDone) {
            byte[] joined = new byte[header.length + bytes.length];
            System.arraycopy(header, 0, joined, 0, header.length);
            System.arraycopy(bytes, 0, joined, header.length, bytes.length);
            int length = gzipHeaderLength(joined);
            if (length == -2 || (length == -1 && joined.length > MAX_GZIP_HEADER)) {
                notGzip = length == -2;
                giveUp();
                return;
            }
            if (length == -1) {
                header = joined;
                return;
            }
            headerDone = true;
            header = null;
            bytes = java.util.Arrays.copyOfRange(joined, length, joined.length);
        }
        if (inflater.finished()) {
            afterStream += bytes.length;
            return;
        }
        inflater.setInput(bytes);
        try {
            while (!inflater.finished() && !inflater.needsInput()) {
                int out = inflater.inflate(scratch);
                inflated += out;
                if ((out == 0 && inflater.needsDictionary()) || inflated > MAX_INFLATED) {
                    giveUp();
                    return;
                }
            }
        } catch (DataFormatException e) {
            giveUp();
            return;
        }
        if (inflater.finished()) {
            afterStream += inflater.getRemaining();
        }
    }

    /** At the body's end: why it is cut short, or null when it is whole (or was not followed, or was empty). */
    String truncated() {
        if (notGzip && received < 10) {
            // Netty's decoder waits for gzip's ten header bytes and, when the body ends first, passes on nothing:
            // "hello" sent as gzip was answered empty-body, as if no body had come (left open by the second review).
            return "the body is not gzip data (it does not open with gzip's magic bytes)";
        }
        if (gaveUp || received == 0) {
            return null;
        }
        String coding = gzip ? "gzip" : "deflate";
        if (!headerDone) {
            return "the body ends inside its gzip header";
        }
        if (!inflater.finished()) {
            return "the body ends before its " + coding + " stream does (" + received + " bytes received)";
        }
        if (gzip && afterStream < 8) {
            return "the body ends before its gzip trailer (CRC and length)";
        }
        return null;
    }

    /** Frees the inflater's native memory; the check answers nothing after. */
    void close() {
        giveUp();
    }

    private void giveUp() {
        if (!gaveUp) {
            gaveUp = true;
            inflater.end();
        }
    }

    /** RFC 1952's header: its length, -1 when more bytes are needed, -2 when it is no gzip header. */
    static int gzipHeaderLength(byte[] b) {
        if (b.length < 10) {
            return b.length >= 2 && ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) ? -2 : -1;
        }
        if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b || b[2] != 8) {
            return -2;
        }
        int flags = b[3] & 0xff;
        int at = 10;
        if ((flags & 4) != 0) {
            if (b.length < at + 2) {
                return -1;
            }
            at += 2 + ((b[at] & 0xff) | (b[at + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (at < b.length && b[at] != 0) {
                    at++;
                }
                if (at >= b.length) {
                    return -1;
                }
                at++;
            }
        }
        if ((flags & 2) != 0) {
            at += 2;
        }
        return at <= b.length ? at : -1;
    }
}
