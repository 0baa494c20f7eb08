package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor();

    @Test
    void htmlArticleWithMetadataAndWithoutChrome() {
        String html = """
                <html lang="en"><head>
                <link rel="canonical" href="https://example.org/ferry">
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry line to open in spring","datePublished":"2025-03-04T08:00:00Z"}</script>
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Ferry line to open in spring</h1>
                <p>The harbour authority said on Monday that the new ferry line will open in spring after two years of delays.</p>
                <p>Officials expect the service to carry about four hundred passengers a day between the two ports.</p>
                <div class="related"><p>Storm closes mountain pass for the whole winter season, officials in the valley said today.</p></div>
                </article>
                <footer><p>This website uses cookies to give you the best experience on our pages.</p></footer>
                </body></html>""";
        Article a = EXTRACTOR.extract(html, "text/html", "https://example.org/ferry?utm=x");
        assertEquals("Ferry line to open in spring", a.title());
        assertEquals(Instant.parse("2025-03-04T08:00:00Z"), a.published());
        assertEquals("https://example.org/ferry", a.canonicalUrl());
        assertEquals("en", a.lang());
        assertTrue(a.body().startsWith("The harbour authority"));
        assertFalse(a.body().contains("Storm"));
        assertFalse(a.body().contains("cookies"));
    }

    @Test
    void anUntypedPageIsHtmlWhenItOpensWithADocumentOrAnElement() {
        for (String html : new String[] {"<!DOCTYPE html><p>x</p>", "  <html><body>x", "<p>Kim met Putin.</p>",
                "<!-- feed item -->\n<article class=\"story\"><h2>x</h2></article>", "<div id=main>x</div>", "<h1>x</h1><p>y</p>"}) {
            assertTrue(Extractor.isHtml(html, null), html);
        }
        for (String text : new String[] {"Kim met Putin in Vladivostok.", "<3 to everyone who came", "a < b and c > d",
                "<Putin> said nothing", "<pre-release notes>"}) {
            assertFalse(Extractor.isHtml(text, null), text);
        }
        assertFalse(Extractor.isHtml("<p>declared as text</p>", "text/plain"), "a declared type wins");
    }

    @Test
    void detectsLanguages() {
        LanguageDetection d = new LanguageDetection();
        assertEquals("ko", d.detect("러시아와 북한은 새 다리를 건설하고 있다고 밝혔다."));
        assertEquals("ru", d.detect("Россия и КНДР строят новый автомобильный мост через реку Туманная."));
        assertEquals("en", d.detect("Russia and North Korea are building a new road bridge across the river."));
        assertEquals("de", d.detect("Russland und Nordkorea bauen eine neue Straßenbrücke über den Fluss."));
        assertEquals("und", d.detect(""));
    }
}
