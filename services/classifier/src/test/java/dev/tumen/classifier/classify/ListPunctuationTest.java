package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ListPunctuationTest {
    private static final String ALPHABET = ",;/·・、 \t\n\u000B\f\r\u00a0\u2028\u3000.:-–'’sandиі와의和Россия북한";

    @Test
    void collapsesAsTheRegexDid() {
        Random random = new Random(26);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                b.append(random.nextInt(8) == 0 ? (char) random.nextInt(0x3100) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = b.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(text.substring(from, to).replaceAll("[,;/·・、\\s]+", " "), ListPunctuation.collapse(text, from, to),
                    () -> "'" + text + "' [" + from + ", " + to + ")");
        }
    }

    @Test
    void collapsesEachRunToOneSpace() {
        assertEquals("'s", ListPunctuation.collapse("Russia's", 6, 8));
        assertEquals(" and ", ListPunctuation.collapse("Iran and Russia", 4, 9));
        assertEquals(" and ", ListPunctuation.collapse("Iran, and\tRussia", 4, 10));
        assertEquals("", ListPunctuation.collapse("Iran", 2, 2));
    }
}
