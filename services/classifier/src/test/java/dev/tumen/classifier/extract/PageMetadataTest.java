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

    private static PageMetadata read(String fixture) throws IOException {
        try (InputStream in = PageMetadataTest.class.getResourceAsStream("/extract/fixtures/" + fixture + ".html")) {
            return PageMetadata.read(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "https://example.org/"));
        }
    }
}
