package dev.tumen.classifier;

import dev.tumen.classifier.classify.Label;
import dev.tumen.classifier.classify.Labeller;
import dev.tumen.classifier.classify.SimHash;
import dev.tumen.classifier.extract.Article;
import dev.tumen.classifier.extract.Extractor;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Hashes;
import dev.tumen.model.ModelVersion;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Severity;
import java.time.Instant;
import java.util.List;

/**
 * The classifier's production path: page → article (extraction, language) → label (gazetteer, relevance,
 * severity, categories, actors, evidence) → SimHash fingerprint. Build once ({@code new ArticleClassifier()} loads
 * the word lists from the classpath) and share: {@link #classify} is thread-safe and never throws; a page it cannot
 * make sense of (empty, binary, huge) comes back as an irrelevant article.
 */
public final class ArticleClassifier {
    /** Bumped whenever rules, word lists or thresholds change, so labels from different versions can be told apart. */
    public static final String VERSION = "0.4.0";
    public static final ModelVersion MODEL = new ModelVersion("tumen-rules", VERSION);
    /** News articles are far smaller; the cap bounds the time a pathological page can take. */
    static final int MAX_CONTENT_CHARS = 1_000_000;

    private final Extractor extractor = new Extractor();
    private final Labeller labeller = new Labeller();

    public ArticleLabelled classify(PageReceived page) {
        String content = page.content() == null ? "" : page.content();
        if (content.length() > MAX_CONTENT_CHARS) {
            content = content.substring(0, MAX_CONTENT_CHARS);
        }
        Article article;
        Label label;
        try {
            article = extractor.extract(content, page.contentType(), page.url());
            String headline = article.title().isEmpty() && page.title() != null ? page.title() : article.title();
            article = new Article(headline, article.body(), article.published(), article.canonicalUrl(), article.lang());
            label = labeller.label(article.title(), article.body());
        } catch (RuntimeException | StackOverflowError e) {
            // a page the rules cannot handle is not relevant news; the pipeline must go on
            article = new Article(page.title(), "", null, page.url(), "und");
            label = new Label(false, 0.0, Severity.NONE, List.of(), List.of(), List.of());
        }
        return new ArticleLabelled(
                page.id() != null ? page.id() : Hashes.pageId(article.canonicalUrl(), content),
                article.canonicalUrl(),
                page.source(),
                article.title(),
                article.lang(),
                article.published() != null ? article.published() : page.published(),
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
