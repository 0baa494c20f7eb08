package dev.tumen.ingest.page;

import dev.tumen.common.text.BinaryContent;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a page into text. The order follows what browsers do (WHATWG "encoding sniffing"):
 * a byte-order mark, then the charset the transport declared, then a {@code <meta charset>} in the
 * first bytes, then "it is valid UTF-8", then statistical detection (juniversalchardet) for the many
 * windows-1251, KOI8-R and EUC-KR pages that declare nothing. Bytes that are not text at all (images,
 * PDFs, archives, anything full of control characters) are refused rather than published as mojibake.
 */
public final class TextDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /** The text and how its charset was chosen ({@code bom}, {@code declared}, {@code meta}, {@code utf-8}, {@code detected}, {@code fallback}). */
    public record Decoded(String text, Charset charset, String how) {
    }

    /**
     * @param declared the charset the transport declared ({@code Content-Type: …; charset=}), or {@code null}
     * @param strict   refuse when the declared charset does not decode the bytes (a pusher said what it sends)
     *                 instead of falling back to sniffing (web servers often lie)
     * @throws Refusal 415 for binary content, 422 for bytes that the declared charset cannot decode
     */
    public static Decoded decode(byte[] bytes, String declared, boolean strict) {
        String binary = BinaryContent.kind(bytes);
        if (binary != null) {
            throw Refusal.unsupportedMediaType("binary-content", "the body is not text (" + binary + ")");
        }
        Decoded bom = fromBom(bytes);
        if (bom != null) {
            return checked(bom);
        }
        Charset declaredCharset = charset(declared);
        if (declared != null && !declared.isBlank() && declaredCharset == null && strict) {
            throw Refusal.unsupportedMediaType("unknown-charset", "unknown charset '" + declared + "'");
        }
        if (declaredCharset != null) {
            String text = strictDecode(bytes, declaredCharset);
            if (text != null) {
                return checked(new Decoded(text, declaredCharset, "declared"));
            }
            if (strict) {
                throw Refusal.unprocessable("wrong-encoding", "the body is not valid " + declaredCharset.name()
                        + "; send the charset it is really in, or UTF-8");
            }
        }
        Charset meta = metaCharset(bytes);
        if (meta != null) {
            String text = strictDecode(bytes, meta);
            if (text != null) {
                return checked(new Decoded(text, meta, "meta"));
            }
        }
        String utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(new Decoded(utf8, StandardCharsets.UTF_8, "utf-8"));
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            String text = strictDecode(bytes, detected);
            if (text != null) {
                return checked(new Decoded(text, detected, "detected"));
            }
        }
        Charset fallback = Charset.forName("windows-1252");
        return checked(new Decoded(new String(bytes, fallback), fallback, "fallback"));
    }

    /** Refuses text (e.g. the {@code content} of a JSON push) that is really binary data smuggled in a string. */
    public static void requireText(String text) {
        String why = BinaryContent.notText(text);
        if (why != null) {
            throw Refusal.unprocessable("binary-content", why);
        }
    }

    /** The charset that statistical detection proposes, or {@code null}. */
    static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 64 * 1024));
        detector.dataEnd();
        return charset(detector.getDetectedCharset());
    }

    static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    /** A charset by its (case-insensitive, WHATWG-aliased) name, or {@code null} when unknown. */
    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 on the web; x-user-defined and friends are not real charsets.
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        if (n.equals("ks_c_5601-1987") || n.equals("euc_kr")) {
            n = "euc-kr";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Decoded fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        return null;
    }

    private static String strictDecode(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded checked(Decoded decoded) {
        requireText(decoded.text());
        return decoded;
    }
}
