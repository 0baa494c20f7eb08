package dev.tumen.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.page.Refusal;
import dev.tumen.testkit.Growth;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    static final URI BASE = URI.create("http://feeds.example/rss");

    @Test
    void parsesRss2() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>T</title><link>http://feeds.example/</link><description>d</description>
                <item><title>Kim visits</title><link>/news/1</link><pubDate>Tue, 14 Jan 2025 09:30:00 GMT</pubDate></item>
                </channel></rss>""";
        var parsed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);
        assertEquals(1, parsed.entries().size());
        var e = parsed.entries().get(0);
        assertEquals("http://feeds.example/news/1", e.link());
        assertEquals("Kim visits", e.title());
        assertEquals(Instant.parse("2025-01-14T09:30:00Z"), e.published());
    }

    @Test
    void parsesRss1() {
        String xml = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="http://feeds.example/"><title>T</title><link>http://feeds.example/</link><description>d</description></channel>
                <item rdf:about="http://feeds.example/a"><title>A</title><link>http://feeds.example/a</link></item>
                </rdf:RDF>""";
        var parsed = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), BASE);
        assertEquals("rss_1.0", parsed.type());
        assertEquals("http://feeds.example/a", parsed.entries().get(0).link());
    }

    @Test
    void parsesAtomWithWindows1251Declaration() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="windows-1251"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title><id>urn:x</id><updated>2025-01-14T09:30:00Z</updated>
                <entry><title>Пхеньян</title><id>urn:1</id><link href="http://feeds.example/p/1"/><updated>2025-01-14T09:30:00Z</updated>
                <summary>Кратко</summary></entry></feed>""";
        var parsed = FeedParser.parse(xml.getBytes("windows-1251"), BASE);
        assertEquals("Лента", parsed.title());
        assertEquals("Пхеньян", parsed.entries().get(0).title());
        assertEquals("Кратко", parsed.entries().get(0).summary());
    }

    @Test
    void refusesDoctypesAndNonFeeds() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertEquals("feed-unparseable", assertThrows(Refusal.class, () -> FeedParser.parse(xxe.getBytes(StandardCharsets.UTF_8), BASE)).reason());
        assertThrows(Refusal.class, () -> FeedParser.parse("<html><body>no</body></html>".getBytes(StandardCharsets.UTF_8), BASE));
    }

    @Test
    void refusesElementsNestedDeeperThanAnyFeedAtOnce() {
        // 200,000 nested elements (1.4 MB, well under the body cap) held a poll's thread for a minute of CPU in Rome.
        Refusal refusal = assertThrows(Refusal.class, () -> FeedParser.parse(nested(200_000), BASE));
        assertEquals("feed-unparseable", refusal.reason());
        assertTrue(refusal.getMessage().contains("nests elements more than " + FeedParser.MAX_DEPTH), refusal.getMessage());
        // Refused before Rome builds anything: the refusal's work grows with the feed, Rome's with the square of its depth.
        Growth.assertInProportion("refusing a deep feed", FeedParserTest::nested,
                feed -> assertThrows(Refusal.class, () -> FeedParser.parse(feed, BASE)), 50_000);
        // An Atom entry's XHTML content nested as deep as real pages nest stays readable.
        String xhtml = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>e</title><link href=\"/a\"/>"
                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">" + "<div>".repeat(60) + "Kim"
                + "</div>".repeat(60) + "</div></content></entry></feed>";
        assertEquals(1, FeedParser.parse(xhtml.getBytes(StandardCharsets.UTF_8), BASE).entries().size());
    }

    private static byte[] nested(int depth) {
        return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>" + "<x>".repeat(depth) + "</x>".repeat(depth)
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesMoreEntriesOrElementsThanAnyFeedHolds() {
        // 100,000 one-line items (3.3 MB, within the body cap) ran ingest's 96 MB heap out of memory in Rome.
        StringBuilder many = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
        for (int i = 0; i < 100_000; i++) {
            many.append("<item><link>/p/").append(i).append("</link></item>");
        }
        String feed = many.append("</channel></rss>").toString();
        Refusal entries = assertThrows(Refusal.class, () -> FeedParser.parse(feed.getBytes(StandardCharsets.UTF_8), BASE));
        assertEquals("feed-unparseable", entries.reason());
        assertTrue(entries.getMessage().contains("more than " + FeedParser.MAX_ENTRIES + " entries"), entries.getMessage());
        String elements = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>" + "<x/>".repeat(FeedParser.MAX_ELEMENTS) + "</feed>";
        Refusal tree = assertThrows(Refusal.class, () -> FeedParser.parse(elements.getBytes(StandardCharsets.UTF_8), BASE));
        assertTrue(tree.getMessage().contains("more than " + FeedParser.MAX_ELEMENTS + " elements"), tree.getMessage());
    }
}
