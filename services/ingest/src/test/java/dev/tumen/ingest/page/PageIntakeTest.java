package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.http.TextFields;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.model.PageReceived;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PageIntakeTest {
    final List<PageReceived> published = new ArrayList<>();
    SeenPages seen;
    PageIntake intake;

    @BeforeEach
    void setUp() {
        seen = new SeenPages(Duration.ofSeconds(1));
        seen.markLoaded();
        intake = new PageIntake(seen, published::add, IngestMetrics.inMemory(), 1000, Clock.systemUTC());
    }

    private static IncomingPage page(String url, String content) {
        return new IncomingPage(url, content, null, null, "push", null, null);
    }

    @Test
    void samePageUnderTrackingVariantsIsPublishedOnce() {
        PageIntake.Outcome first = intake.accept(page("https://e.com/a?utm_source=x", "hello"));
        PageIntake.Outcome second = intake.accept(page("https://E.com/a#frag", "hello again"));
        assertFalse(first.duplicate());
        assertTrue(second.duplicate());
        assertEquals(first.id(), second.id());
        assertEquals(1, published.size());
        assertEquals("https://e.com/a", published.get(0).url());
    }

    /**
     * Probe of session 31: the same page in NFD (Hangul as jamo) or with zero-width characters and soft hyphens in its
     * words was published again, and the classifier rated the copies not relevant (the NFC page: high).
     */
    @Test
    void spellingsThatLookTheSameAreOnePage() {
        String ko = "러 하원, 북러 '포괄적 전략동반자 조약' 비준";
        PageIntake.Outcome first = intake.accept(page("https://e.com/ko", ko));
        PageIntake.Outcome decomposed = intake.accept(page("https://mirror.org/ko",
                java.text.Normalizer.normalize(ko, java.text.Normalizer.Form.NFD)));
        assertTrue(decomposed.duplicate(), "an NFD copy is the same page");
        assertEquals(first.id(), decomposed.id());
        intake.accept(page(null, "North Korean troops in Russia"));
        PageIntake.Outcome hidden = intake.accept(page(null, "North Ko\u200brean troops in Rus\u00adsia\u2060"));
        assertTrue(hidden.duplicate(), "zero-width characters and soft hyphens do not make another page");
        assertEquals(2, published.size());
        assertEquals(ko, published.get(0).content());
    }

    @Test
    void sameContentUnderAnotherUrlIsADuplicate() {
        PageIntake.Outcome first = intake.accept(page("https://e.com/a", "same text"));
        PageIntake.Outcome second = intake.accept(page("https://mirror.org/b", "same text"));
        assertTrue(second.duplicate());
        assertEquals(first.id(), second.id());
    }

    @Test
    void honoursRelCanonicalAndGuessesHtml() {
        intake.accept(page("https://e.com/a?utm_source=x", "<!doctype html><html><head><title>T</title><link rel=canonical href='https://e.com/c'></head></html>"));
        PageReceived p = published.get(0);
        assertEquals("https://e.com/c", p.url());
        assertEquals("text/html", p.contentType());
        assertEquals("T", p.title());
    }

    @Test
    void anUntypedFragmentIsHtmlAndTextWithAnglesIsText() {
        intake.accept(page("https://e.com/f", "<p>Kim met Putin in Vladivostok.</p><p>They signed a treaty.</p>"));
        intake.accept(page("https://e.com/t", "<3 from Vladivostok: a < b"));
        assertEquals("text/html", published.get(0).contentType());
        assertEquals("text/plain", published.get(1).contentType());
    }

    @Test
    void aPageWithoutUrlAdoptsNoCanonicalAndNeverSuppressesOneWithAUrl() {
        String html = "<!doctype html><html><head><title>T</title><link rel=canonical href='https://news.example/c'></head><body>x</body></html>";
        PageIntake.Outcome spoof = intake.accept(page(null, html));
        assertEquals(null, published.get(0).url());
        PageIntake.Outcome genuine = intake.accept(page("https://news.example/c", html));
        assertFalse(genuine.duplicate());
        assertEquals("https://news.example/c", genuine.url());
        // A URL-less copy of a page that has a URL is still a duplicate of it.
        assertTrue(intake.accept(page(null, html)).duplicate());
        assertNotEquals(spoof.id(), genuine.id());
    }

    @Test
    void failedPublicationCanBeRetried() {
        PageSink failing = page -> {
            throw new Refusal(503, "kafka-unavailable", "down");
        };
        PageIntake down = new PageIntake(seen, failing, IngestMetrics.inMemory(), 1000, Clock.systemUTC());
        assertEquals(503, assertThrows(Refusal.class, () -> down.accept(page("https://e.com/r", "x"))).status());
        assertFalse(intake.accept(page("https://e.com/r", "x")).duplicate());
    }

    @Test
    void refusesMissingOversizedAndOddContent() {
        assertEquals("missing-content", assertThrows(Refusal.class, () -> intake.accept(page(null, " "))).reason());
        assertEquals(413, assertThrows(Refusal.class, () -> intake.accept(page(null, "x".repeat(1001)))).status());
        // 600 characters, 1,200 bytes of UTF-8: the cap counts what Kafka will have to take.
        Refusal cyrillic = assertThrows(Refusal.class, () -> intake.accept(page(null, "ж".repeat(600))));
        assertEquals(413, cyrillic.status());
        assertTrue(cyrillic.getMessage().contains("1200 bytes"), cyrillic.getMessage());
        // 450 characters are more than a third of the cap, so they are counted: 900 bytes fit, as do 300 (not counted).
        assertFalse(intake.accept(page(null, "ж".repeat(450))).duplicate());
        assertFalse(intake.accept(page(null, "щ".repeat(300))).duplicate());
        published.clear();
        assertEquals("invalid-url", assertThrows(Refusal.class, () -> intake.accept(page("ftp://x", "x"))).reason());
        assertEquals(415, assertThrows(Refusal.class,
                () -> intake.accept(new IncomingPage(null, "x", "application/pdf", null, "push", null, null))).status());
        assertTrue(published.isEmpty());
    }

    @Test
    void aCallersImplausiblePublicationTimeIsRefusedAFeedsIsDropped() {
        Instant future = Instant.now().plus(Duration.ofDays(3));
        for (Instant wrong : List.of(future, Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("1899-12-31T23:59:59Z"))) {
            for (String channel : List.of("push", "file")) {
                Refusal r = assertThrows(Refusal.class, () -> intake.accept(
                        new IncomingPage("https://e.com/" + channel, "x " + wrong, null, null, channel, null, wrong)));
                assertEquals("invalid-field", r.reason());
                assertTrue(r.getMessage().contains("\"published\""), r.getMessage());
            }
            intake.accept(new IncomingPage("https://e.com/f/" + wrong, "feed " + wrong, null, "f", "feed", null, wrong));
            assertNull(published.remove(0).published(), "a feed's wrong clock makes the time unknown");
        }
        // Hours ahead (a time zone written wrongly) and old archives are kept.
        Instant ahead = Instant.now().plus(Duration.ofHours(9));
        intake.accept(new IncomingPage("https://e.com/z", "zone", null, null, "push", null, ahead));
        intake.accept(new IncomingPage("https://e.com/o", "old", null, null, "push", null, Instant.parse("1961-07-06T00:00:00Z")));
        assertEquals(List.of(ahead, Instant.parse("1961-07-06T00:00:00Z")), published.stream().map(PageReceived::published).toList());
    }

    @Test
    void aTitleIsOneLineOfBoundedLength() {
        intake.accept(new IncomingPage(null, "a", "text/plain", null, "feed", "  Kim\r\n\tmeets\u0085 Putin\u0007 ", null));
        assertEquals("Kim meets Putin", published.get(0).title());
        intake.accept(new IncomingPage(null, "b", "text/plain", null, "feed", "t ".repeat(3000), null));
        assertEquals(TextFields.MAX_TITLE, published.get(1).title().length());
        assertTrue(published.get(1).title().endsWith("…"));
    }

    @Test
    void aTitleDecodedToASurrogateWithoutItsPairIsText() {
        // jsoup decodes a character reference to a surrogate as the bare surrogate (probe of session 34): the page went
        // on with a title no UTF-8 writer can write, which every reader downstream now refuses.
        intake.accept(new IncomingPage(null, "<html><head><title>Kim &#xD800;meets&#56320; Putin \uD83D\uDE00</title></head><body>x</body></html>",
                "text/html", null, "feed", null, null));
        assertEquals("Kim \uFFFDmeets\uFFFD Putin \uD83D\uDE00", published.get(0).title());
    }
}
