package dev.tumen.classifier.gazetteer;

/**
 * The one-to-one character folding shared by every dictionary and the texts matched against them, so that
 * "Kim Jong‑un", "Kim Jong-un" and "KIM JONG UN" meet on the same key and hit offsets stay valid in the
 * original text.
 */
public final class TextFold {
    /**
     * Every matcher folds every character of the text it reads, and there is one matcher per dictionary: at
     * saturation Character.toLowerCase under fold was a quarter of the classifier's CPU samples. One array load
     * (128 KB, filled once) answers the same.
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    /**
     * {@link Character#isLetterOrDigit(char)} for every char, one bit each (8 KB): the matchers ask it at both ends of
     * every candidate hit, and the JDK's answer goes through a property lookup each time.
     */
    private static final long[] WORD = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLDED[c] = computeFold((char) c);
            if (Character.isLetterOrDigit((char) c)) {
                WORD[c >>> 6] |= 1L << c;
            }
        }
    }

    private TextFold() {
    }

    /** Folds one character; hyphens, dashes and all whitespace become a space so hyphenated and spaced spellings match alike. */
    public static char fold(char c) {
        return FOLDED[c];
    }

    /** A letter or digit: what may not stand right before or after a phrase that must start or end on a word boundary. */
    public static boolean isWordChar(char c) {
        return (WORD[c >>> 6] & (1L << c)) != 0;
    }

    private static char computeFold(char c) {
        switch (c) {
            case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00ad', '\u00a0', '\t', '\n', '\r', '\u2009', '\u202f', '\u3000':
                return ' ';
            case '\u2019', '\u2018', '`', '\u00b4':
                return '\'';
            case '\u0451', '\u0401':
                return '\u0435';
            default:
                return Character.toLowerCase(c);
        }
    }

    /**
     * Folds a whole dictionary phrase, collapsing runs of spaces as the matcher does for texts. Extraction folds every
     * line of a page with it too (LineRules.normalise): into a char array, since a StringBuilder started Latin-1 and
     * copied itself to UTF-16 at a line's first other character, and copied again for the result.
     */
    public static String foldPhrase(String phrase) {
        char[] out = new char[phrase.length()];
        int len = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char f = FOLDED[phrase.charAt(i)];
            if (f != ' ' || len > 0 && out[len - 1] != ' ') {
                out[len++] = f;
            }
        }
        while (len > 0 && out[len - 1] == ' ') {
            len--;
        }
        return new String(out, 0, len);
    }

    public static boolean isHangul(char c) {
        return (c >= '\uac00' && c <= '\ud7a3') || (c >= '\u1100' && c <= '\u11ff') || (c >= '\u3130' && c <= '\u318f');
    }

    public static boolean isCjk(char c) {
        return isHangul(c) || (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3040' && c <= '\u30ff');
    }
}
