package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageHeadTest {

    @Test
    void readsCanonicalAndTitle() {
        PageHead head = PageHead.parse("<html><head><title> Kim in Moscow </title>"
                + "<link rel=\"canonical\" href=\"/world/kim?utm_source=rss#top\"></head><body>x</body></html>", "https://news.example.com/a");
        assertEquals("https://news.example.com/world/kim", head.canonical());
        assertEquals("Kim in Moscow", head.title());
    }

    @Test
    void fallsBackToOgUrl() {
        PageHead head = PageHead.parse("<head><meta property=\"og:url\" content=\"https://example.org/p/1\"></head>", null);
        assertEquals("https://example.org/p/1", head.canonical());
        assertNull(head.title());
    }

    @Test
    void canonicalOnAnotherSiteIsIgnored() {
        assertEquals("https://m.example.co.uk/a", PageHead.choose("https://m.example.co.uk/a", "https://other.co.uk/a"));
        assertEquals("https://www.example.co.uk/a", PageHead.choose("https://m.example.co.uk/a", "https://www.example.co.uk/a"));
        assertEquals(null, PageHead.choose(null, "https://other.co.uk/a"), "no transport URL vouches for it");
    }
}
