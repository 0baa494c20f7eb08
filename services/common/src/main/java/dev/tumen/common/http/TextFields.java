package dev.tumen.common.http;

import dev.tumen.model.text.InvisibleCharacters;
import java.util.regex.Pattern;

/**
 * What a caller may put in the free-text fields of a request (names, sources, titles, keywords): the limits every
 * service's bodies share, as constants for jakarta.validation's {@code @Size} and {@code @Pattern}, and as checks for
 * the paths that read JSON without bean validation (file imports).
 *
 * <p>These fields end up in log lines, chat messages, dashboards and other systems' databases. A line break or an
 * escape sequence forges a log line, a bidirectional override makes one name display as another, and a 100 KB
 * "name" is copied into every alert that carries it.
 */
public final class TextFields {

    /** A name, outlet or keyword. */
    public static final int MAX_NAME = 200;
    /** A headline. */
    public static final int MAX_TITLE = 1000;
    /** A URL: the longest most browsers, sitemaps and chat embeds take. */
    public static final int MAX_URL = 2048;

    /**
     * One line of text: no control characters (C0, DEL, C1), no line or paragraph separators, no bidirectional
     * embeddings, overrides or isolates. Written as code point ranges, not Unicode property classes: the OpenAPI
     * documents publish these patterns, and a JavaScript client without the {@code u} flag reads a property class as
     * the letters in it.
     *
     * <p>Every published pattern is anchored ({@code ^…$}): JSON Schema and OpenAPI read a pattern as ECMA-262 does,
     * matching anywhere in the value, so {@code [^…]*} matched the empty string before any value: JSON Schema validators
     * (Python's jsonschema, JavaScript's, the clients generated with them) took {@code "ops\nFORGED"} for a name the
     * service refuses with 422 (probe of session 42). Bean validation matches the whole value either way.
     */
    public static final String ONE_LINE = "^[^\\u0000-\\u001F\\u007F-\\u009F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]*$";
    /**
     * {@code text} with each character {@link #ONE_LINE} refuses (C0 and C1 controls, DEL, the line and paragraph
     * separators, bidirectional embeddings, overrides and isolates) written as its escape: for a field the API checks
     * with {@link #ONE_LINE}, shown from a stored record that never passed that check. What the API took is unchanged.
     */
    public static String shownAsOneLine(String text) {
        return InvisibleCharacters.escape(text, c -> c <= 0x1F || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069);
    }

    public static final String ONE_LINE_MESSAGE = "must be one line of text without control characters";

    /**
     * Text that may run over lines (a headline copied with its line break) but holds no other control character.
     * Right-to-left headlines may carry bidirectional marks, so these are allowed here.
     */
    public static final String TEXT = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";
    public static final String TEXT_MESSAGE = "must not contain control characters other than tab and line breaks";

    /**
     * Java's {@code \s} (space, tab, line feed, vertical tab, form feed, carriage return), spelt out for the published
     * patterns: ECMA-262's {@code \s}, which JSON Schema validators use, also reads the no-break space, U+2000-U+200A,
     * U+3000 and the byte order mark, so the same pattern refused in a client what the service took.
     */
    public static final String ASCII_SPACE_CHARS = " \\t\\n\\u000B\\f\\r";
    public static final String ASCII_SPACE = "[" + ASCII_SPACE_CHARS + "]";

    /**
     * What a URL given by a caller may not hold as it is: control characters (C0, DEL, C1), the soft hyphen, bidirectional
     * marks, embeddings, overrides and isolates, zero-width and other invisible format characters, line and paragraph
     * separators, the byte order mark and the specials ending the Basic Multilingual Plane (U+FFFE and U+FFFF are no
     * characters). No IRI holds them (RFC 3987, 4.1 and 2.2), and a URL kept as it was given (a webhook's, a URL to
     * label) was shown as another one: {@code https://hooks.example/} then U+202E and {@code moc.elgoog} reads "…/google.com" (probe of
     * session 38). Percent-encoded, each is plain ASCII and taken. As code point ranges, for the published patterns.
     */
    public static final String NOT_IN_URL = "\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202E"
            + "\\u2060-\\u206F\\uFEFF\\uFFF0-\\uFFFF";
    public static final String URL_TEXT_MESSAGE = "must not hold control, invisible or bidirectional formatting characters"
            + " (percent-encode them)";

    /**
     * An absolute http(s) URL, for a field that is echoed back or shown as a link: a {@code javascript:} or
     * {@code data:} URL in it would run in whatever page renders the link; no character of {@link #NOT_IN_URL}.
     */
    public static final String HTTP_URL = "^[hH][tT][tT][pP][sS]?://[^" + ASCII_SPACE_CHARS + "/?#" + NOT_IN_URL + "]+[^"
            + ASCII_SPACE_CHARS + NOT_IN_URL + "]*$";
    public static final String HTTP_URL_MESSAGE = "must be an absolute http(s) URL without control, invisible or bidirectional"
            + " formatting characters";

    private static final Pattern ONE_LINE_PATTERN = Pattern.compile(ONE_LINE);
    private static final Pattern TEXT_PATTERN = Pattern.compile(TEXT);
    private static final Pattern URL_TEXT_PATTERN = Pattern.compile("[^" + NOT_IN_URL + "]*");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Zs}\\p{Zl}\\p{Zp}\\p{Cc}]+");

    private TextFields() {
    }

    public static boolean isOneLine(String s) {
        return ONE_LINE_PATTERN.matcher(s).matches();
    }

    public static boolean isText(String s) {
        return TEXT_PATTERN.matcher(s).matches();
    }

    /**
     * Whether a URL holds none of {@link #NOT_IN_URL}, nor a tag character (U+E0000 to U+E007F, invisible too) or a
     * noncharacter of another plane.
     */
    public static boolean isUrlText(String s) {
        return URL_TEXT_PATTERN.matcher(s).matches() && s.codePoints().noneMatch(c -> c >= 0x10000
                && (c >= 0xE0000 && c <= 0xE007F || (c & 0xFFFE) == 0xFFFE));
    }

    /**
     * Whether {@code s} holds a character a reader sees: a letter, digit, punctuation mark or symbol. A filter value of
     * spaces, format characters (zero-width space, soft hyphen, word joiner, byte order mark) and combining marks alone
     * passed {@code @NotBlank} and then matched nothing, for good and without a word (probe of session 34): matching
     * reads text without the invisible characters ({@code CanonicalText}), so such a keyword is empty there.
     */
    public static boolean hasVisible(String s) {
        return s != null && s.codePoints().anyMatch(c -> !BLANK_BY_DESIGN.contains(c) && switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> true;
            default -> false;
        });
    }

    /**
     * Letters and symbols that draw nothing: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the braille blank
     * U+2800. A name of them alone displayed as nothing (review of session 38).
     */
    private static final java.util.Set<Integer> BLANK_BY_DESIGN = java.util.Set.of(0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800);

    /**
     * What {@link #hasVisible} asks, as a field's published description says it (the request records' Javadoc writes the
     * same words; {@code PublishedConstraints} checks the served document for them).
     */
    public static final String VISIBLE_RULE = "must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)";

    /** What {@link #hasVisible} asks, as a field's error. */
    public static final String VISIBLE_MESSAGE = "must hold a letter, digit, punctuation mark or symbol (spaces and invisible characters alone match nothing)";

    /**
     * A headline as one line of at most {@link #MAX_TITLE} characters: runs of whitespace and control characters (line
     * breaks included) become one space; a longer one is cut at a character boundary with an ellipsis.
     * For titles a page or feed states, which no caller can be asked to correct.
     */
    public static String headline(String s) {
        if (s == null) {
            return null;
        }
        String folded = WHITESPACE_RUN.matcher(s).replaceAll(" ").strip();
        if (folded.isEmpty()) {
            return null;
        }
        if (folded.length() <= MAX_TITLE) {
            return folded;
        }
        int end = MAX_TITLE - 1;
        if (Character.isHighSurrogate(folded.charAt(end - 1))) {
            end--;
        }
        return folded.substring(0, end) + "…";
    }
}
