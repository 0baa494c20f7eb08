package dev.tumen.classifier.extract;

import java.time.Instant;

/**
 * A page reduced to its article.
 *
 * @param title        the headline, or an empty string when the page has none that can be told apart
 * @param body         the article text, paragraphs separated by a blank line; never the page chrome
 * @param published    publication time found on the page, or {@code null}
 * @param canonicalUrl the page's {@code rel=canonical} / {@code og:url}, else the URL it was fetched from, or {@code null}
 * @param lang         ISO 639-1 language code, or {@code und}
 */
public record Article(String title, String body, Instant published, String canonicalUrl, String lang) {
    public Article {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        lang = lang == null ? "und" : lang;
    }
}
