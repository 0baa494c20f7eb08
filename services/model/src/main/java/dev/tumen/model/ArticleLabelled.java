package dev.tumen.model;

import java.time.Instant;
import java.util.List;

/**
 * A page turned into an article and labelled by the rubric in {@code spec/labels.md}; published
 * exactly once per raw page to {@link Topics#ARTICLES} (read it with {@code isolation.level=read_committed}).
 * Key: {@link #id()}.
 *
 * @param id          the page id this article came from ({@link PageReceived#id()})
 * @param url         the page's URL as ingest canonicalised it (a {@code rel=canonical} counts only on the page's own
 *                    registrable domain; a page without a URL adopts none), or {@code null}
 * @param source      where the page came from ({@link PageReceived#source()})
 * @param title       the article's headline
 * @param lang        detected language, ISO 639-1 ({@code en}, {@code ru}, {@code ko}, …) or {@code und}
 * @param published   publication time from the page or the source, or {@code null}
 * @param receivedAt  when ingest accepted the page ({@link PageReceived#receivedAt()})
 * @param labelledAt  when the classifier produced this label
 * @param body        the article's main text with boilerplate removed, paragraphs separated by blank lines
 * @param relevant    whether the article substantially reports Russia–DPRK interaction
 * @param relevance   confidence that the article is relevant, in [0, 1]
 * @param severity    severity of the main event; {@link Severity#NONE} when not relevant
 * @param categories  kinds of development reported (empty when not relevant)
 * @param actors      named people, bodies and outlets found in the article, with their side
 * @param evidence    the sentences from the article that decided the label
 * @param model       the classifier name and version that produced the label
 * @param fingerprint 64-bit SimHash of the body as 16 hex digits: near-duplicate copies of one story
 *                    differ in few bits
 * @param severityBasis optional (added in model 0.4.0): which sentence decided the severity and which rubric row it
 *                    matched; {@code null} when the article is not relevant, or from older classifiers
 */
public record ArticleLabelled(
        String id,
        String url,
        String source,
        String title,
        String lang,
        Instant published,
        Instant receivedAt,
        Instant labelledAt,
        String body,
        boolean relevant,
        double relevance,
        Severity severity,
        List<Category> categories,
        List<Actor> actors,
        List<String> evidence,
        ModelVersion model,
        String fingerprint,
        SeverityBasis severityBasis) {

    public ArticleLabelled {
        // a score the contract bounds: another system's value of 1.5, -0.2 or 1e999 (infinity) was taken and alerted on
        if (!(relevance >= 0 && relevance <= 1)) {
            throw new IllegalArgumentException("relevance must be within [0, 1], was " + relevance);
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        actors = actors == null ? List.of() : List.copyOf(actors);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        severity = severity == null ? Severity.NONE : severity;
    }

    /** An article without a {@link #severityBasis()}, as labels were before it was added. */
    public ArticleLabelled(String id, String url, String source, String title, String lang, Instant published,
                           Instant receivedAt, Instant labelledAt, String body, boolean relevant, double relevance,
                           Severity severity, List<Category> categories, List<Actor> actors, List<String> evidence,
                           ModelVersion model, String fingerprint) {
        this(id, url, source, title, lang, published, receivedAt, labelledAt, body, relevant, relevance, severity,
                categories, actors, evidence, model, fingerprint, null);
    }
}
