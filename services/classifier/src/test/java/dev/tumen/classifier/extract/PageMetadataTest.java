package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Where {@link PageMetadata} reads a page's headline, for the cases the extractor's final title does not show. */
class PageMetadataTest {

    @Test
    void anH1SayingTheTitleOverAContentsBoxIsTheHeadlineNotAMasthead() throws IOException {
        // given a guidance page: its h1 says the <title> whole, a box of links to its own sections under it, then h2s
        PageMetadata meta = read("en-guidance-h1-title-contents-box-h2-sections");
        // then the h1 is read as the page's heading; its contents box is no site's menu under a masthead
        assertEquals(PageMetadata.TitleFrom.HEADING, meta.titleFrom());
        assertEquals("Applying for a mooring licence", meta.title());
    }

    @Test
    void anH1SayingTheTitleOverTheSiteMenuIsStillAMasthead() throws IOException {
        // given an old site's name in an h1 the <title> says whole, over its menu of other pages and the story's h2
        PageMetadata meta = read("en-h1-site-h2-headline");
        // then the h1 names the site: the page is titled by its <title>, the site's, and the extractor looks for the line
        // over the text (the story's h2)
        assertEquals(PageMetadata.TitleFrom.SECTION, meta.titleFrom());
    }

    @Test
    void aTitleInTheBodyTitlesThePageAsABrowserReadsIt() throws IOException {
        // given an ad slot's <div> in the <head> before the <title>: the parser ends the head there, the title lands in the body
        PageMetadata meta = read("ko-title-in-body-site-h1-view-title");
        // then the page is still titled by it, and the box it names over the text is the headline (session 47)
        assertEquals(PageMetadata.TitleFrom.HEADING, meta.titleFrom());
        assertEquals("항구 야시장, 겨울 동안 매주 금요일 밤에 연다", meta.title());
    }

    @Test
    void aDateWidgetsDayWithoutItsYearIsADateAloneAndADayOfTheMonthIsNot() {
        assertEquals(true, DateFinder.dateAlone("Today: Monday 7 December"));
        assertEquals(true, DateFinder.dateAlone("Heute: Montag, 7. Dezember"));
        assertEquals(true, DateFinder.dateAlone("Сегодня: понедельник, 7 декабря"));
        // an anniversary's headline may be a day alone; a weekday and a month written out make it a widget's date
        assertEquals(false, DateFinder.dateAlone("7 December"));
        assertEquals(false, DateFinder.dateAlone("Monday 7 December: the lights came back"));
    }

    private static PageMetadata read(String fixture) throws IOException {
        try (InputStream in = PageMetadataTest.class.getResourceAsStream("/extract/fixtures/" + fixture + ".html")) {
            return PageMetadata.read(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://example.org/"));
        }
    }
}
