package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UrlCanonicalizerTest {

    @Test
    void dropsFragmentTrackingParametersAndDefaultPort() {
        assertEquals("https://example.com/news/1?id=7",
                UrlCanonicalizer.canonicalize("HTTPS://Example.COM:443/news/1?utm_source=x&id=7&fbclid=abc&utm_campaign=y#comments"));
    }

    @Test
    void sortsQueryParametersAndResolvesDotSegments() {
        assertEquals("http://example.com/a/c?a=1&b=2", UrlCanonicalizer.canonicalize("http://example.com/a/b/../c?b=2&a=1"));
        // Segments climbing above the root are dropped, as RFC 3986 and browsers do: one page, one id.
        assertEquals("http://example.com/ok", UrlCanonicalizer.canonicalize("http://example.com/../../ok"));
        assertEquals("http://example.com/", UrlCanonicalizer.canonicalize("http://example.com/.."));
        assertEquals("http://example.com/a/ok", UrlCanonicalizer.canonicalize("http://example.com/../a/./ok"));
    }

    @Test
    void addsRootPathAndKeepsNonDefaultPort() {
        assertEquals("http://127.0.0.1:8080/", UrlCanonicalizer.canonicalize("http://127.0.0.1:8080"));
    }

    @Test
    void normalisesPercentEscapesToUpperCase() {
        assertEquals("https://ria.ru/%D0%BA%D0%BD", UrlCanonicalizer.canonicalize("https://ria.ru/%d0%ba%d0%bd"));
    }

    @Test
    void aUnicodeHostOrPathIsOneSpellingWithItsAsciiForm() {
        String ascii = "https://xn--d1ahl.xn--p1ai/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8";
        assertEquals(ascii, UrlCanonicalizer.canonicalize("https://мид.рф/новости"));
        assertEquals(ascii, UrlCanonicalizer.canonicalize("https://МИД.РФ/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8#x"));
        assertEquals(ascii, UrlCanonicalizer.canonicalize(ascii));
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize("https://" + "я".repeat(70) + ".рф/"));
    }

    @Test
    void aUrlLongerThanReadersTakeIsRefusedAsGivenAndAsCanonicalised() {
        String path = "https://e.com/" + "a".repeat(2000);
        assertEquals(path, UrlCanonicalizer.canonicalize(path));
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize(path + "a".repeat(100)));
        // 20 characters that become 120 once escaped: the stored form counts.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UrlCanonicalizer.canonicalize("https://e.com/" + "a".repeat(1900) + "ж".repeat(60)));
        assertTrue(e.getMessage().contains("longer than 2048"), e.getMessage());
    }

    @Test
    void dropsQueryWhenOnlyTrackingParametersRemain() {
        assertEquals("https://example.com/x", UrlCanonicalizer.canonicalize("https://example.com/x?utm_medium=rss&gclid=1"));
    }

    @Test
    void refusesNonHttpUrls() {
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize("ftp://example.com/x"));
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize("/relative/path"));
        assertNull(UrlCanonicalizer.canonicalOrNull("javascript:alert(1)"));
    }

    @Test
    void aPortNoConnectionCanUseIsNoURL() {
        // "https://[::1]:99999/x" was a pushed page's URL, as written (probe of session 27); the fetcher refuses it.
        for (String url : new String[] {"https://example.com:99999/x", "https://[::1]:65536/x", "http://example.com:0/x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize(url), url);
            assertTrue(e.getMessage().contains("port"), e.getMessage());
        }
        assertEquals("https://example.com:65535/x", UrlCanonicalizer.canonicalize("https://example.com:65535/x"));
        assertEquals("https://example.com/x", UrlCanonicalizer.canonicalize("https://example.com:443/x"));
    }
}
