package dev.tumen.classifier;

import dev.tumen.common.http.TextFields;
import dev.tumen.common.text.CanonicalText;
import dev.tumen.classifier.classify.Label;
import dev.tumen.classifier.classify.Labeller;
import dev.tumen.classifier.classify.SimHash;
import dev.tumen.classifier.extract.Article;
import dev.tumen.classifier.extract.Extractor;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Hashes;
import dev.tumen.model.ModelVersion;
import dev.tumen.model.PageReceived;
import dev.tumen.model.PublishedTimes;
import dev.tumen.model.Utf8;
import java.time.Instant;
import java.util.Objects;

/**
 * The classifier's production path: page → article (extraction, language) → label (gazetteer, relevance,
 * severity, categories, actors, evidence) → SimHash fingerprint. Build once ({@code new ArticleClassifier()} loads
 * the word lists from the classpath) and share: {@link #classify} is thread-safe; a page it cannot
 * make sense of (empty, binary, huge) comes back as an irrelevant article, and a bug throws (never a fake label).
 */
public final class ArticleClassifier {
    /** Bumped whenever rules, word lists or thresholds change, so labels from different versions can be told apart. */
    public static final String VERSION = "0.50.12";
    public static final ModelVersion MODEL = new ModelVersion("tumen-rules", VERSION);
    /**
     * News articles are far smaller. The cap bounds the time a pathological page can take, and, in UTF-8 bytes as
     * Kafka counts them, keeps the label (which carries the extracted text) well below the 1 MiB request limit.
     */
    static final int MAX_CONTENT_BYTES = 512 * 1024;

    private final Extractor extractor = new Extractor();
    private final Labeller labeller = new Labeller();

    public ArticleLabelled classify(PageReceived page) {
        String content = Utf8.truncate(page.content() == null ? "" : page.content(), MAX_CONTENT_BYTES);
        // No catch here: a failure is not "irrelevant news". The caller dead-letters the page with the reason and
        // counts it (the Kafka loop), or answers with an error (POST /classify).
        Article article = extractor.extract(content, page.contentType(), page.url());
        // The page states its own title and time; alerts, chat messages and other readers take them as facts.
        String headline = TextFields.headline(article.title());
        if (headline == null) {
            headline = Objects.requireNonNullElse(TextFields.headline(page.title()), "");
        }
        Instant published = article.published() != null && PublishedTimes.plausible(article.published(),
                Objects.requireNonNullElseGet(page.receivedAt(), Instant::now))
                ? article.published() : page.published();
        // The page's URL is ingest's decision (it honours a rel=canonical only on the transport URL's own registrable
        // domain, and a page pushed without a URL adopts none). The page's own claim is not trusted again here: a
        // hostile page would otherwise set its alerts' link to another outlet's article or to javascript:.
        // The rules read text as a reader sees it (CanonicalText): ingest composes the page as sent, but entities
        // (&zwnj;, &shy;, decomposed Hangul as &#x1105;…) become those characters only here, inside the extractor.
        article = new Article(CanonicalText.of(headline), CanonicalText.of(article.body()), published, page.url(), article.lang());
        Label label = labeller.label(article.title(), article.body());
        return new ArticleLabelled(
                page.id() != null ? page.id() : Hashes.pageId(article.canonicalUrl(), content),
                article.canonicalUrl(),
                page.source(),
                article.title(),
                article.lang(),
                article.published(),
                page.receivedAt(),
                Instant.now(),
                article.body(),
                label.relevant(),
                label.relevance(),
                label.severity(),
                label.categories(),
                label.actors(),
                label.evidence(),
                MODEL,
                SimHash.fingerprint(article.body()),
                label.basis());
    }
}
