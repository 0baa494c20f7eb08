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
}
