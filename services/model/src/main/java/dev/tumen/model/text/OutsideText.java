package dev.tumen.model.text;

/**
 * The one rule for every text Tumen writes that quotes outside input: a problem's detail, a dead letter's reason, an
 * exception's message that becomes a log line or a reason, the command line's error lines, a health detail, a feed's
 * last failure. Each character that shows nothing or reorders what follows is written as its escape
 * ({@link InvisibleCharacters}), and the text is cut to a bound counted as written, with an ellipsis, never inside an
 * escape or a surrogate pair. Escaping comes first, so the bound holds for what a reader sees: 500 C1 controls cut to
 * 1,000 characters and then escaped were 3,373 (review of session 50).
 *
 * <p>The problem writer had this rule since session 50; the model's own messages ({@code Severity.parse},
 * {@code Category.parse}), dead-letter reasons, health details and the command line each quoted a value whole or by a
 * rule of their own (a dead letter's reason cut at 2,000 characters, not escaped; the command line's controls as
 * {@code ?}, bidirectional overrides as they came), so a record's 8 KiB field came back whole in the reason header
 * and in the log line beside it (review of session 51).
 */
public final class OutsideText {
    private OutsideText() {
    }

    /** How much of one value a message quotes, its escapes counted as written. */
    public static final int MAX_QUOTE = 40;

    /**
     * The most any whole message that may quote outside input keeps: a problem's detail, a dead letter's reason, a
     * health detail, a command line's error line. Messages quote values through {@link #quote(String)}, so only a
     * message nobody bounded (an exception of a library's, quoting a record) ever meets it.
     */
    public static final int MAX_MESSAGE = 500;

    /** {@code value} escaped and cut to {@link #MAX_QUOTE}: how a message quotes one value from outside. */
    public static String quote(String value) {
        return cut(value, MAX_QUOTE);
    }

    /**
     * {@code message} escaped and cut so that it holds at most {@link #MAX_MESSAGE} characters as written, the ellipsis
     * included: the last bound on a whole message.
     */
    public static String bounded(String message) {
        return message == null ? null : cut(message, MAX_MESSAGE - 1);
    }

    /**
     * {@code text} escaped and cut to {@code max} characters as written, then an ellipsis (so at most {@code max + 1}),
     * never inside an escape or a surrogate pair; "" for null.
     */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max + 8));
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            String shown = InvisibleCharacters.escape(text.substring(i, next));
            if (out.length() + shown.length() > max) {
                return out.append('…').toString();
            }
            out.append(shown);
            i = next;
        }
        return out.toString();
    }
}
