package dev.tumen.alert.subscription;

import dev.tumen.common.text.CanonicalText;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.text.Normalizer;
import java.util.List;
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

    /**
     * An article's searchable text, and (made when first needed) the set of its words: a one-word keyword matches as a
     * whole word exactly when it is one of them, so a thousand subscriptions' keywords cost a thousand lookups instead
     * of a thousand scans of the text.
     */
    public static final class Searchable {
        private final String text;
        /** Whether to make the word set: worth it only when many keywords are looked up in the same text. */
        private final boolean indexed;
        private java.util.Set<String> words;

        Searchable(String text, boolean indexed) {
            this.text = text;
            this.indexed = indexed;
        }

        public String text() {
            return text;
        }

        boolean containsPhrase(String phrase) {
            if (!indexed || !isWord(phrase)) {
                return Matcher.containsPhrase(text, phrase);
            }
            return words().contains(phrase);
        }

        /** The text's {@link Matcher#words}, made on first use. */
        java.util.Set<String> words() {
            if (words == null) {
                words = Matcher.words(text);
            }
            return words;
        }
    }

    /** {@link #searchableText} with its word set, for matching one article against many subscriptions (one thread). */
    public static Searchable searchable(ArticleLabelled article) {
        return new Searchable(searchableText(article), true);
    }

    /** True when {@code subscription} should receive {@code article}; {@code text} is {@link #searchableText}. */
    public static boolean matches(Subscription subscription, ArticleLabelled article, String text) {
        return matches(subscription, article, new Searchable(text, false));
    }

    /** The same, with the article's {@link #searchable} text. */
    public static boolean matches(Subscription subscription, ArticleLabelled article, Searchable text) {
        if (subscription.paused()) {
            return false;
        }
        return matchesFilters(subscription, article, text);
    }

    /**
     * The filters alone, ignoring the paused flag (the live stream uses them with an ad-hoc filter). Runs for every
     * subscription on every article, so plain loops and no regular expressions: this was most of the articles loop's
     * time with 1,000 subscriptions.
     */
    public static boolean matchesFilters(Subscription filter, ArticleLabelled article, String text) {
        return matchesFilters(filter, article, new Searchable(text, false));
    }

    private static boolean matchesFilters(Subscription filter, ArticleLabelled article, Searchable text) {
        return matchesFilters(Prepared.of(filter), article, text);
    }

    /**
     * A subscription (or a stream client's filter) with its keywords and sources as matching compares them
     * ({@link #normalize}), made once per change rather than once per article: with compatibility forms a keyword can
     * grow eighteenfold (U+FDFA), and 100 keywords of 200 such characters cost 2 ms to normalise, for each subscription
     * holding them and each article (probe of session 43).
     */
    public record Prepared(Subscription subscription, List<String> keywords, List<String> sources) {
        public static Prepared of(Subscription subscription) {
            return new Prepared(subscription, subscription.keywords().stream().map(Matcher::normalize).toList(),
                    subscription.sources().stream().map(Matcher::normalize).toList());
        }
    }

    /** {@link #matches(Subscription, ArticleLabelled, Searchable)} with the keywords and sources prepared. */
    public static boolean matches(Prepared prepared, ArticleLabelled article, Searchable text) {
        return !prepared.subscription().paused() && matchesFilters(prepared, article, text);
    }

    /** {@link #matchesFilters(Subscription, ArticleLabelled, String)} with the keywords and sources prepared. */
    public static boolean matchesFilters(Prepared prepared, ArticleLabelled article, String text) {
        return matchesFilters(prepared, article, new Searchable(text, false));
    }

    private static boolean matchesFilters(Prepared prepared, ArticleLabelled article, Searchable text) {
        Subscription filter = prepared.subscription();
        if (!article.relevant() || article.severity() == Severity.NONE || !article.severity().atLeast(filter.minSeverity())) {
            return false;
        }
        if (!filter.categories().isEmpty() && !anyIn(filter.categories(), article.categories())) {
            return false;
        }
        if (!filter.languages().isEmpty()) {
            String lang = article.lang() == null ? "" : article.lang();
            boolean any = false;
            for (String l : filter.languages()) {
                any |= l.equalsIgnoreCase(lang);
            }
            if (!any) {
                return false;
            }
        }
        if (!prepared.sources().isEmpty()) {
            // Compared as keywords are (normalize): a source typed full-width or with a no-break space found nothing.
            String source = article.source() == null ? "" : normalize(article.source());
            boolean any = false;
            for (String s : prepared.sources()) {
                if (source.contains(s)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        if (!prepared.keywords().isEmpty()) {
            for (String k : prepared.keywords()) {
                if (text.containsPhrase(k)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static boolean anyIn(List<?> wanted, List<?> present) {
        for (Object w : wanted) {
            if (present.contains(w)) {
                return true;
            }
        }
        return false;
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
            char first = phrase.charAt(0);
            char last = phrase.charAt(phrase.length() - 1);
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || !Character.isLetterOrDigit(first)
                    || unspaced(first) || unspaced(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || !Character.isLetterOrDigit(last)
                    || unspaced(last) || unspaced(text.charAt(end))
                    || (hangul(last) && hangul(text.charAt(end)));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /** Only letters and digits: found as a whole word exactly when it is one of the text's {@link #words}. */
    static boolean isWord(String phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (!Character.isLetterOrDigit(c) || unspaced(c) || hangul(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Letters of scripts written without spaces between words (Chinese, Japanese kana, Thai, Lao, Khmer, Myanmar): a word
     * there has no boundary to look for, so a keyword in them matches wherever it occurs, or "朝鲜" would never match
     * "俄罗斯与朝鲜签署".
     */
    static boolean unspaced(char c) {
        if (c < '\u0e00') {
            // Below Thai every script spaces its words: no script lookup for the Latin, Cyrillic or Arabic letters of
            // every article the word set is made of.
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR || Character.isSurrogate(c);
    }

    /** Korean particles join the noun they follow ("북한과", "북한의"), so a Hangul keyword may be followed by more Hangul. */
    static boolean hangul(char c) {
        if (c < '\u1100') {
            // Hangul starts at U+1100 (Jamo). isWord asks this of every character of every subscription's keyword on
            // every article, and the script lookup is a binary search: with 1,000 subscriptions, most of matching.
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }

    /**
     * The maximal runs of letters and digits in {@code text}, cut also at letters of scripts without spaces (next to
     * which {@link #containsPhrase} finds a word too): what it takes for whole words of an {@link #isWord} keyword.
     */
    static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && !unspaced(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /**
     * Lower case with runs of whitespace collapsed, so phrases match across line breaks; composed and without zero-width
     * characters ({@link CanonicalText}), so a keyword typed in NFD matches a page in NFC and "Rus\u00adsia" matches
     * "russia" (probe of session 31); and in compatibility form (NFKC), so full-width letters and digits ("ＫＣＮＡ", as
     * Japanese and Chinese text and their input methods write them), half-width katakana, no-break spaces inside a name
     * ("В.\u00a0Путин") and ligatures match their plain spellings (probe of session 43: each missed the other, silently).
     */
    static String normalize(String text) {
        String s = CanonicalText.of(text);
        if (s != null && !Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        if (isNormal(s)) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Already lower case, trimmed and single-spaced (keywords almost always are): no copy needed. */
    private static boolean isNormal(String s) {
        int n = s.length();
        if (n > 0 && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1)))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i > 0 && s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (Character.isWhitespace(c) || (c >= 'A' && c <= 'Z') || (c > 127 && Character.toLowerCase(c) != c)) {
                return false;
            }
        }
        return true;
    }
}
