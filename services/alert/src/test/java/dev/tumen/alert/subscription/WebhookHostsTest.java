package dev.tumen.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookHostsTest {

    /** Probe of session 43: a host mixing scripts reads as another host to whoever is shown the URL. */
    @Test
    void aHostLabelMixingScriptsNotWrittenTogetherIsNamed() {
        assertEquals("ex\u0430mple", WebhookHosts.mixedScriptLabel("https://ex\u0430mple.com/hook"));
        assertEquals("p\u0430ypal", WebhookHosts.mixedScriptLabel("https://hooks.p\u0430ypal.com:8443/x"));
        assertEquals("\u03bfrg", WebhookHosts.mixedScriptLabel("https://example.\u03bfrg/"));
        assertEquals("slack\u0441", WebhookHosts.mixedScriptLabel("https://user@hooks.slack\u0441\u3002com/"));
        // one script a label, and how Japanese, Chinese and Korean names are written, are names
        for (String ok : List.of("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/", "https://\ud55c\uad6d.kr/",
                "https://\u65e5\u672c\u30c6\u30ecbi.jp/", "https://abc\ud55c\uad6d\u4e2d.kr/", "https://caf\u00e9.example/",
                "https://xn--mple-43d.com/", "https://news.example/\u043f\u0443\u0442\u044c", "https://[::1]:80/\u00e9")) {
            assertEquals(null, WebhookHosts.mixedScriptLabel(ok), ok);
        }
        assertTrue(WebhookHosts.misleadingHost("https://ex\u0430mple.com/").contains("mixes letters"));
    }

    /**
     * Review of session 44: a label wholly in Cyrillic (or Greek) letters that each look like a Latin one is of one
     * script, so Unicode's "highly restrictive" level takes it, and it reads as a Latin host (a whole-script confusable,
     * UTS #39). Under its script's own domains it is a word of that language.
     */
    @Test
    void aHostLabelWhollyInCyrillicOrGreekLookAlikesIsNamedOutsideItsScriptsDomains() {
        Map<String, String> refused = Map.of(
                "https://\u0430\u0440\u0440\u04cf\u0435.com/hook", "\u0430\u0440\u0440\u04cf\u0435", // аррӏе: apple
                "https://hooks.\u0440\u0430\u0443\u0440\u0430\u04cf.com/", "\u0440\u0430\u0443\u0440\u0430\u04cf", // раураӏ
                "https://\u0441\u0456\u0441\u0441\u043e-2.example.org:8443/x", "\u0441\u0456\u0441\u0441\u043e-2", // сіссо-2
                "https://\u0410\u0420\u0420\u0415.net/", "\u0410\u0420\u0420\u0415", // АРРЕ, upper case as given
                "https://\u03bf\u03c1\u03b1\u03bd\u03b1.com/", "\u03bf\u03c1\u03b1\u03bd\u03b1", // Greek ορανα
                "https://\u0391\u03a1\u03a1.io/", "\u0391\u03a1\u03a1"); // Greek ΑΡΡ
        refused.forEach((url, label) -> assertRefused(url, label));
        for (String ok : List.of(
                "https://\u043f\u0440\u0438\u043c\u0435\u0440.com/", // пример: п, р, и, м... not all look Latin
                "https://\u0441\u043e\u0440.\u0440\u0444/", // сор under .рф
                "https://\u0430\u0440\u0440\u04cf\u0435.ru/", "https://\u0430\u0440\u0440\u04cf\u0435.ua/",
                "https://\u03bf\u03c1\u03b1.gr/", "https://\u03bf\u03c1\u03b1.\u03b5\u03bb/",
                "https://\u03b5\u03bb\u03bb\u03ac\u03b4\u03b1.com/", // ελλάδα: ε, λ, δ look like no Latin letter
                "https://xn--80ak6aa92e.com/", "https://apple.com/", "https://\ud55c\uad6d.com/", "https://123.\u0440\u0444/",
                "https://news.example/\u0430\u0440\u0440")) {
            assertTaken(ok);
        }
    }

    /**
     * Review of session 45 (the thirteenth review's note): the look-alike rule listed Cyrillic and Greek letters by hand,
     * so a host wholly in Armenian, Cherokee, Lisu or Malayalam letters that read as an ASCII name passed. UTS #39's
     * skeletons (ICU4J's confusables) decide for every script now; scripts' own words, and labels at home under their
     * script's domain, still pass.
     */
    @Test
    void aHostLabelWhollyInLookAlikesOfAnyScriptIsNamed() {
        Map<String, String> refused = Map.of(
                "https://\u0581\u0585\u0585\u0581.com/hook", "\u0581\u0585\u0585\u0581", // Armenian ցօօց: goog
                "https://\u0578\u0585.example/", "\u0578\u0585", // Armenian ոօ: no
                "https://hooks.\u13aa\u13e2\u13e2\u13de\u13ac.com/", "\u13aa\u13e2\u13e2\u13de\u13ac", // Cherokee ᎪᏢᏢᏞᎬ: APPLE
                "https://\u13da\u13aa\u13b7\u13e2\u13de\u13ac.net/", "\u13da\u13aa\u13b7\u13e2\u13de\u13ac", // Cherokee SAMPLE
                "https://\ua4d0\ua4f3\ua4f3\ua4d7.org/", "\ua4d0\ua4f3\ua4f3\ua4d7", // Lisu ꓐꓳꓳꓗ: BOOK
                "https://\u0d20.io/", "\u0d20"); // Malayalam ഠ: o
        refused.forEach((url, label) -> assertRefused(url, label));
        for (String ok : List.of(
                "https://\u0570\u0561\u0575\u0561\u057d\u057f\u0561\u0576.com/", // Armenian հայաստան
                "https://\u0581\u0585\u0585\u0581.am/", // at home under .am
                "https://\u0581\u0585\u0585\u0581.\u0570\u0561\u0575/", // and under .հայ
                "https://\u10e1\u10d0\u10e5\u10d0\u10e0\u10d7\u10d5\u10d4\u10da\u10dd.com/", // Georgian საქართველო
                "https://\u13e3\u13b3\u13a9.com/", // Cherokee ᏣᎳᎩ
                "https://\u05e9\u05dc\u05d5\u05dd.com/", "https://\u0e44\u0e17\u0e22.com/", "https://\u092d\u093e\u0930\u0924.com/",
                "https://\u0645\u0635\u0631.com/", "https://\u65e5\u672c.com/", "https://\u30e4\u30d5\u30fc.com/",
                "https://\u043a\u043e\u0442.com/", // кот: ĸoᴛ, small capitals, not an ASCII name
                "https://\u044e\u043d\u0438\u043a\u043e\u0434.com/")) { // юникод
            assertTaken(ok);
        }
    }

    /**
     * Review of session 45, a new class: digits of another script that look like Latin letters. The scripts of a label
     * were those of its letters, and digits are no letters, so Bengali zeros in a Latin name ({@code g০০gle}) left it
     * Latin alone, and a label of them alone had no script; both passed. Every character counts now, as in UTS #39.
     */
    @Test
    void anotherScriptsDigitsThatLookLikeLatinLettersAreNamed() {
        assertEquals("g\u09e6\u09e6gle", WebhookHosts.mixedScriptLabel("https://g\u09e6\u09e6gle.com/hook")); // Bengali zeros
        assertEquals("hooks-\u0d66ne", WebhookHosts.mixedScriptLabel("https://hooks-\u0d66ne.example/")); // Malayalam zero
        assertRefused("https://\u09e6\u09e6\u09e6.com/", "\u09e6\u09e6\u09e6"); // Bengali zeros alone: OOO
        for (String ok : List.of("https://\u09e7\u09e8\u09e9.com/", // Bengali 123, which reads as no Latin name
                "https://\u09ac\u09be\u0982\u09b2\u09be\u09e8\u09e6.com/", // a Bengali word with Bengali digits
                "https://news2024.example/", "https://\u0939\u093f\u0928\u094d\u0926\u0940.com/")) { // Devanagari with its signs
            assertEquals(null, WebhookHosts.misleadingHost(ok), ok);
        }
    }

    private static void assertRefused(String url, String label) {
        assertEquals(label, WebhookHosts.wholeScriptConfusableLabel(url), url);
        String why = WebhookHosts.misleadingHost(url);
        assertTrue(why != null && why.contains("whole-script confusable") && why.contains(label), why);
    }

    private static void assertTaken(String url) {
        assertEquals(null, WebhookHosts.wholeScriptConfusableLabel(url), url);
        assertEquals(null, WebhookHosts.misleadingHost(url), url);
    }
}
