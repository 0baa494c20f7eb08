package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.classifier.SharedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SimHash#hash} reads words in place; it must give the fingerprint the regex split gave ({@link #reference}, the
 * implementation before), since stored fingerprints are compared with new ones.
 */
class SimHashEquivalenceTest {
    /** The implementation before: split on the regex, 64 +1/-1 counters. */
    static long reference(String text) {
        String[] words = text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] weights = new int[64];
        int count = 0;
        long[] window = new long[3];
        int filled = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            System.arraycopy(window, 1, window, 0, 2);
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < w.length(); i++) {
                h ^= w.charAt(i);
                h *= 0x100000001b3L;
            }
            window[2] = h;
            filled++;
            if (filled < 3) {
                continue;
            }
            add(weights, mix(window[0] * 31 * 31 + window[1] * 31 + window[2]));
            count++;
        }
        if (count == 0 && filled > 0) {
            for (int i = 3 - Math.min(filled, 3); i < 3; i++) {
                add(weights, mix(window[i]));
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    private static void add(int[] weights, long h) {
        for (int bit = 0; bit < 64; bit++) {
            weights[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
        }
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static void assertSame(List<String> texts) {
        for (String text : texts) {
            String where = text == null ? "null" : "\"" + text.substring(0, Math.min(60, text.length())) + "\"";
            assertEquals(reference(text), SimHash.hash(text), where);
        }
    }

    @Test
    void sameOnEdges() {
        List<String> texts = new ArrayList<>();
        texts.add(null);
        texts.addAll(List.of("", " ", "--", "a", "a b", "a b c", " a b c d ", "Kim", "ΣΟΦΟΣ σοφός", "İstanbul İ", "Ⅻ ² ½ ٣",
                "a\uD835\uDC00b \uD83D\uDE00 x", "\uD800 a \uDC00b\uD800", "\uD835", "e\u0301 ё ĳ Ǆ", "x".repeat(5000)));
        assertSame(texts);
    }

    @Test
    void sameOnRandomTextsOfTrickyCharacters() {
        String[] pieces = {"a", "Z", "7", " ", "-", "\n", "ы", "Ж", "한", "Σ", "ς", "İ", "ı", "Ⅻ", "²", "\u0301", "\u00AD", "ß", "ǅ",
                "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "'", "\u2011", "\u00A0", "٣", "ー"};
        Random random = new Random(16);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < 3000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(sb.toString());
        }
        assertSame(texts);
    }

    @Test
    void sameOnTheDevCorpora() throws IOException {
        List<String> texts = SharedFiles.devCorpusTexts();
        assertSame(texts);
    }
}
