package dev.tumen.classifier.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tumen.kafka.CloudEvents;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Hashes;
import dev.tumen.model.ModelVersion;
import dev.tumen.model.PageReceived;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An article's ce_id is named by what it labels (probe of session 43): a transaction aborted and retried, or a page read
 * again after a crash, labels the same page again, and each attempt drew a random id, so a reader deduplicating by
 * ce_source and ce_id took the copies for two articles.
 */
class ArticleEventIdTest {
    private final PageLabeller labeller = new PageLabeller(Duration.ofSeconds(30));

    private static PageReceived page(String url, String content, boolean withHash) {
        return new PageReceived(Hashes.pageId(url, content), url, "test", "push", "text/plain", content, null, null,
                Instant.parse("2026-12-06T20:00:00Z"), withHash ? Hashes.sha256(content) : null);
    }

    private static String id(PageReceived page, ArticleLabelled article) {
        return CloudEvents.header(LabellingPipeline.headers(page, article), CloudEvents.ID);
    }

    @Test
    void onePageLabelledTwiceKeepsItsEventIdAndAnotherContentOrModelGetsAnother() {
        PageReceived page = page("https://news.example/a", "Pyongyang and Moscow signed an invented accord on river ports.", true);

        // a first attempt whose transaction aborted, then the retry: labelled at two instants
        ArticleLabelled first = labeller.label(page);
        ArticleLabelled retry = copy(labeller.label(page), first.labelledAt().plusSeconds(1), first.model());
        assertEquals(id(page, first), id(page, retry), "a relabelled page is the same event");
        assertEquals(id(page, first), id(page, first), "the same label written twice is the same event");

        // another content at the same URL, and the same page under another model, are other events
        PageReceived edited = page("https://news.example/a", "Pyongyang and Moscow signed an invented accord on rail freight.", true);
        assertNotEquals(id(page, first), id(edited, labeller.label(edited)));
        assertNotEquals(id(page, first), id(page, copy(first, first.labelledAt(), new ModelVersion("tumen-rules", "9.9.9"))));
    }

    private static ArticleLabelled copy(ArticleLabelled a, Instant labelledAt, ModelVersion model) {
        return new ArticleLabelled(a.id(), a.url(), a.source(), a.title(), a.lang(), a.published(), a.receivedAt(), labelledAt,
                a.body(), a.relevant(), a.relevance(), a.severity(), a.categories(), a.actors(), a.evidence(), model,
                a.fingerprint(), a.severityBasis());
    }

    @Test
    void aPageWithoutAContentHashIsNamedByItsContent() {
        // another producer may leave contentHash out; two contents of one URL must still be two events
        PageReceived one = page("https://news.example/b", "An invented note on a ferry timetable.", false);
        PageReceived other = new PageReceived(one.id(), one.url(), "test", "push", "text/plain",
                "An invented note on a changed ferry timetable.", null, null, one.receivedAt(), null);
        assertNotEquals(id(one, labeller.label(one)), id(other, labeller.label(other)));
        assertEquals(id(one, labeller.label(one)), id(one, labeller.label(one)));
        // and the same as when the hash is given: the id does not depend on whether the producer wrote it
        PageReceived hashed = page("https://news.example/b", one.content(), true);
        assertEquals(id(one, labeller.label(one)), id(hashed, labeller.label(hashed)));
    }
}
