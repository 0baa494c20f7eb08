package dev.tumen.common.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URI;
import org.junit.jupiter.api.Test;

class AsciiUrlsTest {

    @Test
    void internationalisedHostsAndPathsGetTheirAsciiSpelling() {
        assertEquals("https://xn--e1afmkfd.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?q=%D0%BA%D0%B8%D0%BC#%D1%8F",
                AsciiUrls.of("https://пример.рф/новости?q=ким#я"));
        assertEquals("http://xn--3e0b707e.kr:8080/", AsciiUrls.of("http://한국.kr:8080/"));
        assertEquals("https://user@xn--d1acpjx3f.xn--p1ai", AsciiUrls.of("https://user@яндекс.рф"));
        // Full-width dots are label separators to a browser, so they are here.
        assertEquals("https://xn--e1afmkfd.xn--p1ai/", AsciiUrls.of("https://пример。рф/"));
        // An ASCII host with a Unicode path: the path alone is encoded.
        assertEquals("https://ria.example/%ED%8F%89%EC%96%91", AsciiUrls.of("https://ria.example/평양"));
        assertEquals("xn--e1afmkfd.xn--p1ai", URI.create(AsciiUrls.of("https://пример.рф/")).getHost());
    }

    @Test
    void asciiUrlsAreReturnedAsTheyAre() {
        String url = "https://news.example/a?b=c#d";
        assertSame(url, AsciiUrls.of(url));
        assertEquals("http://[::1]:80/%C3%A9", AsciiUrls.of("http://[::1]:80/é"));
    }

    /** Probe of session 43: a host mixing scripts reads as another host to whoever is shown the URL. */
    @Test
    void aHostLabelMixingScriptsNotWrittenTogetherIsNamed() {
        assertEquals("ex\u0430mple", AsciiUrls.mixedScriptLabel("https://ex\u0430mple.com/hook"));
        assertEquals("p\u0430ypal", AsciiUrls.mixedScriptLabel("https://hooks.p\u0430ypal.com:8443/x"));
        assertEquals("\u03bfrg", AsciiUrls.mixedScriptLabel("https://example.\u03bfrg/"));
        assertEquals("slack\u0441", AsciiUrls.mixedScriptLabel("https://user@hooks.slack\u0441\u3002com/"));
        // one script a label, and how Japanese, Chinese and Korean names are written, are names
        for (String ok : java.util.List.of("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/", "https://\ud55c\uad6d.kr/",
                "https://\u65e5\u672c\u30c6\u30ecbi.jp/", "https://abc\ud55c\uad6d\u4e2d.kr/", "https://caf\u00e9.example/",
                "https://xn--mple-43d.com/", "https://news.example/\u043f\u0443\u0442\u044c", "https://[::1]:80/\u00e9")) {
            assertEquals(null, AsciiUrls.mixedScriptLabel(ok), ok);
        }
    }

    /**
     * Review of session 44: a label wholly in Cyrillic (or Greek) letters that each look like a Latin one is of one
     * script, so Unicode's "highly restrictive" level takes it, and it reads as a Latin host (a whole-script confusable,
     * UTS #39). Under its script's own domains it is a word of that language.
     */
    @Test
    void aHostLabelWhollyInLettersThatLookLatinIsNamedOutsideItsScriptsDomains() {
        java.util.Map<String, String> refused = java.util.Map.of(
                "https://\u0430\u0440\u0440\u04cf\u0435.com/hook", "\u0430\u0440\u0440\u04cf\u0435", // аррӏе: apple
                "https://hooks.\u0440\u0430\u0443\u0440\u0430\u04cf.com/", "\u0440\u0430\u0443\u0440\u0430\u04cf", // раураӏ
                "https://\u0441\u0456\u0441\u0441\u043e-2.example.org:8443/x", "\u0441\u0456\u0441\u0441\u043e-2", // сіссо-2
                "https://\u0410\u0420\u0420\u0415.net/", "\u0410\u0420\u0420\u0415", // АРРЕ, upper case as given
                "https://\u03bf\u03c1\u03b1\u03bd\u03b1.com/", "\u03bf\u03c1\u03b1\u03bd\u03b1", // Greek ορανα
                "https://\u0391\u03a1\u03a1.io/", "\u0391\u03a1\u03a1"); // Greek ΑΡΡ
        refused.forEach((url, label) -> {
            assertEquals(label, AsciiUrls.wholeScriptConfusableLabel(url), url);
            String why = AsciiUrls.misleadingHost(url);
            org.junit.jupiter.api.Assertions.assertTrue(why != null && why.contains("whole-script confusable") && why.contains(label), why);
        });
        for (String ok : java.util.List.of(
                "https://\u043f\u0440\u0438\u043c\u0435\u0440.com/", // пример: п, р, и, м... not all look Latin
                "https://\u0441\u043e\u0440.\u0440\u0444/", // сор under .рф
                "https://\u0430\u0440\u0440\u04cf\u0435.ru/", "https://\u0430\u0440\u0440\u04cf\u0435.ua/",
                "https://\u03bf\u03c1\u03b1.gr/", "https://\u03bf\u03c1\u03b1.\u03b5\u03bb/",
                "https://\u03b5\u03bb\u03bb\u03ac\u03b4\u03b1.com/", // ελλάδα: ε, λ, δ look like no Latin letter
                "https://xn--80ak6aa92e.com/", "https://apple.com/", "https://\ud55c\uad6d.com/", "https://123.\u0440\u0444/",
                "https://news.example/\u0430\u0440\u0440")) {
            assertEquals(null, AsciiUrls.wholeScriptConfusableLabel(ok), ok);
            assertEquals(null, AsciiUrls.misleadingHost(ok), ok);
        }
        org.junit.jupiter.api.Assertions.assertTrue(AsciiUrls.misleadingHost("https://ex\u0430mple.com/").contains("mixes letters"));
    }
}
