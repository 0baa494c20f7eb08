package dev.tumen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageTypesTest {
    @Test
    void documentsAndFragmentsOpeningWithAnElementAreHtml() {
        for (String html : new String[] {"<!DOCTYPE html><p>x</p>", "  <html><body>x", "<HTML lang=ru>", "<p>Kim met Putin.</p>",
                "<!-- feed item -->\n<article class=\"story\"><h2>x</h2></article>", "<div id=main>x</div>", "<h1>x</h1><p>y</p>",
                "\n<br/>text", "<meta charset=utf-8><title>x</title>"}) {
            assertTrue(PageTypes.looksLikeHtml(html), html);
            assertEquals(PageTypes.HTML, PageTypes.guess(html), html);
        }
    }

    @Test
    void declaredTypesAreReadWithoutTheirParametersAndUnknownOnesAreNull() {
        assertEquals(PageTypes.HTML, PageTypes.declared("Text/HTML; charset=windows-1251"));
        assertEquals(PageTypes.HTML, PageTypes.declared("application/xhtml+xml"));
        assertEquals(PageTypes.TEXT, PageTypes.declared(" text/plain "));
        assertEquals(null, PageTypes.declared("application/pdf"));
    }

    @Test
    void textThatMerelyHoldsAnglesStaysText() {
        for (String text : new String[] {"Kim met Putin in Vladivostok.", "<3 to everyone who came", "a < b and c > d",
                "<Putin> said nothing", "<pre-release notes>", "<bold claims> about <p", "", "Kim <p>later</p>"}) {
            assertFalse(PageTypes.looksLikeHtml(text), text);
        }
        assertFalse(PageTypes.looksLikeHtml(null));
        assertEquals(PageTypes.TEXT, PageTypes.guess("plain words"));
    }
}
