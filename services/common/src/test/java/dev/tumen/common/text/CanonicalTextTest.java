package dev.tumen.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Probe of session 31: one text, several spellings that look the same (NFD, zero-width characters, soft hyphens). */
class CanonicalTextTest {
    @Test
    void decomposedHangulAndAccentsAreComposed() {
        String ko = "러 하원, 북러 조약 비준";
        String nfd = Normalizer.normalize(ko, Normalizer.Form.NFD);
        assertEquals(ko, CanonicalText.of(nfd));
        assertEquals("Café", CanonicalText.of("Cafe\u0301"));
    }

    @Test
    void invisibleCharactersThatSplitWordsAreDropped() {
        assertEquals("North Korean troops in Russia",
                CanonicalText.of("North\u00a0Korean troops in Rus\u00adsia".replace('\u00a0', ' ').replace("Korean", "Ko\u200brean")));
        assertEquals("Pyongyang", CanonicalText.of("\uFEFFPyong\u200d\u200cyang\u2060"));
    }

    @Test
    void textAlreadyCanonicalIsReturnedAsItIs() {
        String plain = "Шойгу: КНДР направит в Курскую область тысячу саперов";
        assertSame(plain, CanonicalText.of(plain));
        assertNull(CanonicalText.of(null));
    }

    @Test
    void aSurrogateWithoutItsPairIsTheReplacementCharacter() {
        // jsoup decodes &#xD800; to the bare surrogate; HTML reads it as U+FFFD (probe of session 34). Pairs stay.
        assertEquals("a\uFFFDb\uFFFD \uD83D\uDE00 \uFFFD", CanonicalText.of("a\uD800b\uDC00 \uD83D\uDE00 \uD83D"));
        String emoji = "Kim \uD83D\uDE00 Putin";
        assertSame(emoji, CanonicalText.of(emoji));
    }
}
