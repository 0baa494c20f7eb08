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
}
