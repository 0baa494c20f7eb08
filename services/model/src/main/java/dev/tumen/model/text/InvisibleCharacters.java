package dev.tumen.model.text;

/**
 * Text written back to whoever sent it, with each character that shows nothing or reorders what follows written as its
 * escape ({@code \n}, {@code \u202e}): controls (C0, DEL, C1), line and paragraph separators, format characters
 * (bidirectional embeddings, overrides and isolates, zero-width spaces and joiners, the soft hyphen, the byte order
 * mark, tag characters), surrogates that are not half of a pair, the noncharacters U+FFFE and U+FFFF, and the letters
 * that draw nothing (the Hangul fillers, the braille blank). A problem's detail quoted a caller's own path segment or
 * field name with a U+202E in it as it came (review of session 43), so a client showing the detail to a person showed
 * the words after it reversed, or a part of the message hidden: the services' logs escaped those from then on, the
 * answers did not. Right-to-left text and the marks it is written with (U+200E, U+200F, U+061C) are text and stay.
 * Returns {@code text} itself when there is nothing to escape.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        return escapeWhere(text, InvisibleCharacters::hidden);
    }

    private static String escapeWhere(String text, java.util.function.IntPredicate hidden) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (hidden.test(c) && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (!hidden.test(c)) {
                    out.appendCodePoint(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    for (int j = i; j < next; j++) {
                        out.append(String.format("\\u%04x", (int) text.charAt(j)));
                    }
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * The same for text from outside shown to people as text (a page's title in a chat message): as {@link #escape},
     * but the zero-width joiner and non-joiner and the soft hyphen stay, being how Persian, Indic scripts and emoji
     * sequences are written and where a word may break; they reorder nothing and hide no other character. Line breaks
     * are the caller's to turn into what its format shows (a space on one line).
     */
    public static String escapeInText(String text) {
        return text == null ? null : escapeWhere(text, c -> hidden(c) && !writing(c));
    }

    /**
     * Stored text that a rule on input refuses characters of (a subscription's name, written to its topic before the rule
     * or by a stranger with write access there), as it is shown: only the characters {@code refused} says, each written
     * as its escape, so what the API took is shown exactly as it was given (review of session 45).
     */
    public static String escape(String text, java.util.function.IntPredicate refused) {
        return text == null ? null : escapeWhere(text, refused);
    }

    /** Format characters text is written with: the joiners (U+200C, U+200D) and the soft hyphen. */
    private static boolean writing(int c) {
        return c == 0x200C || c == 0x200D || c == 0x00AD;
    }

    /** Whether {@code c} is written as its escape: see the class. */
    public static boolean hidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            case Character.FORMAT -> c != 0x200E && c != 0x200F && c != 0x061C;
            default -> (c & 0xFFFF) >= 0xFFFE || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
        };
    }
}
