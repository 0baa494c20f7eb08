package dev.tumen.alert.subscription;

import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.util.Locale;

/**
 * Decides whether an article is for a subscriber: relevant, at or above the minimum severity, and passing every
 * non-empty filter (any category, any language, any source substring, any keyword or phrase as whole words).
 */
public final class Matcher {
    private Matcher() {
    }

    /** The lower-cased searchable text of an article; compute once per article, not per subscription. */
    public static String searchableText(ArticleLabelled article) {
        String title = article.title() == null ? "" : article.title();
        String body = article.body() == null ? "" : article.body();
        return normalize(title + "\n" + body);
    }

    /** True when {@code subscription} should receive {@code article}; {@code text} is {@link #searchableText}. */
    public static boolean matches(Subscription subscription, ArticleLabelled article, String text) {
        if (subscription.paused()) {
            return false;
        }
        return matchesFilters(subscription, article, text);
    }

    /** The filters alone, ignoring the paused flag (the live stream uses them with an ad-hoc filter). */
    public static boolean matchesFilters(Subscription filter, ArticleLabelled article, String text) {
        if (!article.relevant() || article.severity() == Severity.NONE || !article.severity().atLeast(filter.minSeverity())) {
            return false;
        }
        if (!filter.categories().isEmpty() && filter.categories().stream().noneMatch(article.categories()::contains)) {
            return false;
        }
        if (!filter.languages().isEmpty()) {
            String lang = article.lang() == null ? "" : article.lang();
            if (filter.languages().stream().noneMatch(l -> l.equalsIgnoreCase(lang))) {
                return false;
            }
        }
        if (!filter.sources().isEmpty()) {
            String source = article.source() == null ? "" : article.source().toLowerCase(Locale.ROOT);
            if (filter.sources().stream().noneMatch(s -> source.contains(s.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        if (!filter.keywords().isEmpty()) {
            return filter.keywords().stream().anyMatch(k -> containsPhrase(text, normalize(k)));
        }
        return true;
    }

    /** Whole-word, case-insensitive phrase search: "Kim" must not match "Kimchi". */
    static boolean containsPhrase(String text, String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || !Character.isLetterOrDigit(phrase.charAt(0));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Lower case with runs of whitespace collapsed, so phrases match across line breaks. */
    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
