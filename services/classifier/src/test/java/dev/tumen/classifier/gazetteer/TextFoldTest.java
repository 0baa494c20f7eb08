package dev.tumen.classifier.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFoldTest {
    /** The phrase fold as a plain definition: fold each character, drop a space that starts or repeats, trim the end. */
    private static String folded(String s) {
        String out = "";
        for (char c : s.toCharArray()) {
            char f = TextFold.fold(c);
            if (f != ' ' || !out.isEmpty() && !out.endsWith(" ")) {
                out += f;
            }
        }
        return out.endsWith(" ") ? out.substring(0, out.length() - 1) : out;
    }

    @Test
    void foldPhraseFoldsCollapsesAndTrims() {
        String[][] cases = {{"  KIM\u00a0 Jong\u2011Un - ", "kim jong un"}, {"Ким Чен Ын", "ким чен ын"}, {"러시아와", "러시아와"}, {" \t-\n", ""}};
        for (String[] c : cases) {
            assertEquals(c[1], TextFold.foldPhrase(c[0]));
        }
        Random random = new Random(15);
        String alphabet = "aZ -\u2013\u00a0\tёЁДж한國'\u2019.";
        for (int t = 0; t < 2000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(folded(sb.toString()), TextFold.foldPhrase(sb.toString()), sb.toString());
        }
    }

    @Test
    void wordCharsAreLettersAndDigits() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit((char) c), TextFold.isWordChar((char) c), Integer.toHexString(c));
        }
    }
}
