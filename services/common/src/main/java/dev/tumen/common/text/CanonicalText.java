package dev.tumen.common.text;

import java.text.Normalizer;

/**
 * Text as a reader sees it, for the places that compare or match it (probe of session 31): composed (NFC), without the
 * invisible characters that split a word without showing (soft hyphen U+00AD, zero-width space U+200B, zero-width
 * non-joiner and joiner U+200C-U+200D, word joiner U+2060, zero-width no-break space U+FEFF, Mongolian vowel separator
 * U+180E). Without it, one page or keyword had several spellings that look the same:
 * <ul>
 *   <li>a Korean page in NFD (each Hangul syllable as its jamo, as macOS file names and some editors write it) was a new
 *       page to ingest's de-duplication, and was labelled not relevant where its NFC form was rated high;</li>
 *   <li>"North\u200bKorean" or "Rus\u00adsia" in a page hid the names from the rules (critical became not relevant) and
 *       from subscribers' keywords;</li>
 *   <li>a keyword typed in NFD never matched a page in NFC, and the other way round.</li>
 * </ul>
 * Text already in that form (nearly all of it) is returned as it is, without a copy.
 */
public final class CanonicalText {
    private CanonicalText() {
    }

    /**
     * {@code text} composed, without invisible word-splitting characters, and with each surrogate that is not half of a
     * pair replaced by U+FFFD (as HTML reads a character reference to one: jsoup decodes {@code &#xD800;} in a page's
     * title or body to the bare surrogate, which no UTF-8 writer can write and Tumen's readers refuse; probe of session
     * 34); {@code null} stays {@code null}.
     */
    public static String of(String text) {
        if (text == null || (!needsWork(text) && Normalizer.isNormalized(text, Normalizer.Form.NFC))) {
            return text;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!needsWork(composed)) {
            return composed;
        }
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < composed.length() && Character.isLowSurrogate(composed.charAt(i + 1))) {
                    out.append(c).append(composed.charAt(++i));
                } else {
                    out.append('\uFFFD');
                }
            } else if (!invisible(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean invisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u180E';
    }

    /** Whether {@code text} holds an invisible character or a surrogate without its pair. */
    private static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u00AD') {
                continue;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (invisible(c)) {
                return true;
            }
        }
        return false;
    }
}
