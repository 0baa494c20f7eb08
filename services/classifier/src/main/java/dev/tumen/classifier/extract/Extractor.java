package dev.tumen.classifier.extract;

import dev.tumen.model.PageTypes;
import java.util.Locale;

/**
 * Turns a raw page (HTML or plain text) into an {@link Article}: headline, body without page chrome, date,
 * canonical URL and language. Never throws on odd input; a page with no article yields an empty body.
 * Thread-safe; build once.
 */
public final class Extractor {
    private final TextExtractor text = new TextExtractor();
    private final HtmlExtractor html = new HtmlExtractor();
    private final LanguageDetection languages = new LanguageDetection();

    public Article extract(String content, String contentType, String url) {
        String page = content == null ? "" : content;
        if (isHtml(page, contentType)) {
            HtmlExtractor.Result r = html.extract(page, url);
            String title = r.title();
            return new Article(title, r.body(), r.published(), r.canonicalUrl() != null ? r.canonicalUrl() : url,
                    languages.detect(title + "\n" + r.body()));
        }
        TextExtractor.Result r = text.extract(page);
        return new Article(r.title(), r.body(), r.published(), url, languages.detect(r.title() + "\n" + r.body()));
    }

    static boolean isHtml(String content, String contentType) {
        if (contentType != null) {
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (ct.contains("html") || ct.contains("xml")) {
                return true;
            }
            if (ct.startsWith("text/plain")) {
                return false;
            }
        }
        String head = content.length() > 512 ? content.substring(0, 512) : content;
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        // A fragment pushed without its document (<p>…, <article>…) is HTML too, by the rule ingest guesses with.
        return lower.contains("<body") || lower.contains("<head") || PageTypes.looksLikeHtml(head);
    }
}
