package dev.tumen.ingest.page;

import java.util.Arrays;

/**
 * A page's content as bytes: its UTF-8 ({@link #utf8}), which the intake counts and hashes, and, when the content
 * arrived as a JSON string written plainly, that literal ({@link #json}), which the pages record copies instead of
 * escaping the content again.
 *
 * @param utf8 exactly {@code content.getBytes(UTF_8)} of the page's content; never changed after this is made
 * @param json a literal that is {@code utf8} written with at most the short escapes, or {@code null}
 */
public record EncodedContent(byte[] utf8, JsonLiteral json) {

    /**
     * {@code utf8} with {@code literal} when the literal is exactly {@code utf8} written with at most the short escapes
     * ({@code \" \\ \/ \b \f \n \r \t}); else {@code utf8} alone, and the record escapes it. Its raw bytes are then those
     * of the canonical UTF-8, so well-formed, and as the record's string it costs no more bytes than Jackson's own
     * escaping would; a {@code \}u escape (longer than its character) or anything else leaves the escaping to Jackson.
     * One vectorised comparison per escape: a 30 KB page has a few hundred. A literal it cannot line up with the
     * content (runs of backslashes, say) is only left to the escaping: whatever it keeps maps onto {@code utf8} byte
     * for byte, raw bytes and short escapes, so its non-ASCII bytes are {@code utf8}'s well-formed ones.
     */
    public static EncodedContent of(byte[] utf8, JsonLiteral literal) {
        if (literal == null) {
            return new EncodedContent(utf8, null);
        }
        byte[] json = literal.bytes();
        int to = literal.to();
        int i = literal.from();
        int j = 0;
        if (i < 0 || to > json.length || i > to) {
            return new EncodedContent(utf8, null);
        }
        while (true) {
            int m = Arrays.mismatch(json, i, to, utf8, j, utf8.length);
            if (m < 0) {
                return new EncodedContent(utf8, literal);
            }
            i += m;
            j += m;
            if (m > 0 && i < to && json[i - 1] == '\\' && unescaped(json[i]) == (utf8[j - 1] & 0xff)) {
                // The run matched an escape's first backslash with a backslash of the content: the escape was \\.
                i++;
                continue;
            }
            if (i + 1 >= to || j >= utf8.length || json[i] != '\\' || (utf8[j] & 0xff) != unescaped(json[i + 1])) {
                return new EncodedContent(utf8, null);
            }
            i += 2;
            j++;
        }
    }

    /** The byte a short escape stands for, or -1. */
    private static int unescaped(byte escape) {
        return switch (escape) {
            case '"', '\\', '/' -> escape;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> -1;
        };
    }
}
