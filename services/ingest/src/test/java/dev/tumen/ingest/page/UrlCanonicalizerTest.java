package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void dropsQueryWhenOnlyTrackingParametersRemain() {
        assertEquals("https://example.com/x", UrlCanonicalizer.canonicalize("https://example.com/x?utm_medium=rss&gclid=1"));
    }

    @Test
    void refusesNonHttpUrls() {
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize("ftp://example.com/x"));
        assertThrows(IllegalArgumentException.class, () -> UrlCanonicalizer.canonicalize("/relative/path"));
        assertNull(UrlCanonicalizer.canonicalOrNull("javascript:alert(1)"));
    }
}
