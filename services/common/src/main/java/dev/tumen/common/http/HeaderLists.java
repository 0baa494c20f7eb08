package dev.tumen.common.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lists and parameters as RFC 9110 writes them (§5.6.1 lists, §5.6.2 tokens, §5.6.4 quoted strings, §5.6.6
 * parameters, §12.4.2 weights): the one parser for every header the edge reads element by element.
 *
 * <p>The hand-written splits it replaces cut at every comma and semicolon: an element of only semicolons
 * ({@code Accept: …,;}) threw in {@link AcceptHeaderFilter} (a 500, found by the alert's FuzzIT), a comma inside a quoted
 * parameter split one media range in two, and Micronaut's own split of {@code Accept-Language} threw on {@code ,} and
 * {@code ;} alike (a 500 on every route binding a body). Here a comma or semicolon inside a quoted string (with its
 * backslash escapes) is text, empty elements are skipped as §5.6.1 asks of a recipient, and an element that is not
 * {@code value *(; name=value)} is reported as unreadable instead of guessed at.
 */
public final class HeaderLists {
    private HeaderLists() {
    }

    /** RFC 9110 §5.6.2 {@code tchar}. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** RFC 9110 §12.4.2 {@code qvalue}: 0 to 1 with at most three decimals. */
    private static final Pattern WEIGHT = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    /**
     * One element: its value (what comes before the first parameter, trimmed) and its parameters by lower-case name
     * in the order given, quoted values unquoted. {@code readable} is false for an element that is not
     * {@code value *( ";" [ name "=" value ] )}: a parameter without {@code =} or with an empty or non-token name, a
     * value that is neither a token nor a closed quoted string, a control byte, or an unclosed quote.
     */
    public record Element(String raw, String value, Map<String, String> parameters, boolean readable) {
        /** The weight RFC 9110 §12.4.2 allows ({@code q=0} to {@code q=1}, three decimals), 1 when absent, -1 when malformed. */
        public double weight() {
            String q = parameters.get("q");
            if (q == null) {
                return 1;
            }
            return WEIGHT.matcher(q).matches() ? Double.parseDouble(q) : -1;
        }
    }

    /** Whether {@code s} is an RFC 9110 token (non-empty, no separators, spaces, controls or non-ASCII). */
    public static boolean isToken(String s) {
        return s != null && TOKEN.matcher(s).matches();
    }

    /**
     * The elements of a header's values (each value may itself be a list; a repeated header is one list, §5.3), empty
     * ones (and those of only semicolons) skipped. Never throws, whatever the bytes.
     */
    public static List<Element> elements(List<String> values) {
        List<Element> out = new ArrayList<>();
        for (String value : values) {
            for (String raw : split(value == null ? "" : value, ',')) {
                // Only semicolons and blanks: no value and no parameter, as empty as an empty element.
                if (!raw.replace(";", "").isBlank()) {
                    out.add(element(raw.strip()));
                }
            }
        }
        return out;
    }

    /** {@code text} cut at each {@code separator} outside a quoted string. An unclosed quote runs to the end. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private static Element element(String raw) {
        List<String> pieces = split(raw, ';');
        String value = pieces.get(0).strip();
        boolean readable = !value.isEmpty() && clean(value);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int p = 1; p < pieces.size(); p++) {
            String piece = pieces.get(p).strip();
            if (piece.isEmpty()) {
                continue; // "a/b;;q=1" and a trailing ";": empty parameters are allowed (§5.6.6)
            }
            int eq = piece.indexOf('=');
            String name = eq < 0 ? piece : piece.substring(0, eq).strip();
            String v = eq < 0 ? null : unquote(piece.substring(eq + 1).strip());
            if (eq < 0 || !isToken(name) || v == null) {
                readable = false;
                continue;
            }
            parameters.putIfAbsent(name.toLowerCase(Locale.ROOT), v);
        }
        return new Element(raw, value, Collections.unmodifiableMap(parameters), readable);
    }

    /** A parameter value as a token or a closed quoted string, unescaped; {@code null} when it is neither. */
    private static String unquote(String v) {
        if (isToken(v)) {
            return v;
        }
        if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < v.length() - 1; i++) {
            char c = v.charAt(i);
            if (c == '\\') {
                if (i + 1 >= v.length() - 1) {
                    return null; // the closing quote was escaped
                }
                c = v.charAt(++i);
            } else if (c == '"') {
                return null;
            }
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return null;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** No control bytes, no quotes: what an element's value may hold (tokens, '/', '*', spaces inside credentials). */
    private static boolean clean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c == '"' || c > 0xff) {
                return false;
            }
        }
        return true;
    }
}
