package dev.tumen.classifier.extract;

import dev.tumen.classifier.extract.DomBlocks.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Weighs what the markup gave against the body the page declares in JSON-LD ({@code articleBody}), comparing runs of
 * three words. The declared body is often a teaser, so it is believed only where the markup is clearly worse:
 * <ul>
 * <li>much shorter ({@code > 2×}): an app shell, a page that renders its text by script;</li>
 * <li>the opening of the declared body and clearly shorter: a paywall or "read more" cut, more readily when the page
 * says it is not free to read;</li>
 * <li>a different text altogether (the two share few runs of words): the densest text of the markup is something else, a
 * reader-letters box or a long related story. Then the declared body is looked up in the markup, so the article
 * keeps the page's own paragraphs; when the markup does not hold it, the declared body itself is the article;</li>
 * <li>much longer than the declared body and holding all of it, where the declared body fills an element of its
 * own: the markup's reading swallowed a neighbouring box (the article and the reader letters beside it). A declared
 * body that is only the opening of its element's text is a teaser, and the markup stands.</li>
 * </ul>
 */
final class DeclaredBody {
    /** Texts are compared by runs of this many words: two texts on one subject share words, hardly their runs. */
    private static final int RUN = 3;
    /** Share of the markup's word runs the declared body must hold for the markup to be its opening. */
    private static final double OPENING_SHARE = 0.8;
    /** Below this share both ways, the two are different texts. */
    private static final double DISJOINT_SHARE = 0.3;
    /** A block belongs to the declared body when this share of its word runs is in it. */
    private static final double BLOCK_SHARE = 0.7;
    /** The blocks found in the markup must hold this share of the declared body's word runs. */
    private static final double FOUND_SHARE = 0.6;
    /** Other prose, as a share of the found text, that makes the element holding it more than the declared body. */
    private static final double OTHER_PROSE = 0.2;
    /** A declared body shorter than this is a summary, never a reason to replace the markup's reading. */
    private static final int MIN_DECLARED = 300;

    private DeclaredBody() {
    }

    /** The better of the markup's reading {@code text} and the declared body {@code ld} (already as paragraphs). */
    static String choose(DomBlocks d, String text, String ld, boolean paywalled) {
        return choose(d, text, ld, paywalled, "");
    }

    /**
     * The same, knowing the page's headline: a declared body of another text that the markup does not hold is not the
     * article when the markup's reading tells the headline (two of its words or more) and it hardly does (fewer than a
     * third as many; round twenty-six: a CMS that wrote another story's body into the schema, under a headline only the
     * visible text tells).
     */
    static String choose(DomBlocks d, String text, String ld, boolean paywalled, String headline) {
        if (ld.isEmpty()) {
            return text;
        }
        // in Latin-text terms: a Japanese or Chinese character is a word, so the declared rest of a paywalled story in
        // kanji is long enough where its characters alone were not (round thirty-seven)
        if (size(ld) > size(text) * 2 + 80) {
            return ld;
        }
        // a body cut off with an ellipsis is a teaser of the article, whatever its length
        if (ld.length() < MIN_DECLARED || ld.endsWith("…") || ld.endsWith("...")) {
            return text;
        }
        Set<String> ldWords = runs(ld);
        Set<String> textWords = runs(text);
        double inLd = share(textWords, ldWords);
        double cut = paywalled ? 1.15 : 1.5;
        if (inLd >= OPENING_SHARE && ld.length() > text.length() * cut + 100) {
            return ld;
        }
        double ldIn = share(ldWords, textWords);
        if (inLd < DISJOINT_SHARE && ldIn < DISJOINT_SHARE) {
            String found = locate(d, ldWords, false);
            if (!found.isEmpty()) {
                return found;
            }
            Set<String> told = headlineKeys(headline);
            int byText = told(told, text);
            // a word of four letters ("with", "beside") may fall in any text: the declared body tells it far less
            if (byText >= 2 && told(told, ld) * 3 < byText) {
                return text;
            }
            // another story on the same subject (both tell the headline): the text the page shows right under its
            // headline, in the headline's own box, is the article (round twenty-seven)
            return byText >= 2 && underHeadline(d, text, headline) ? text : ld;
        }
        if (ldIn >= OPENING_SHARE && text.length() > ld.length() * 1.5 + 200) {
            String found = locate(d, ldWords, true);
            return found.isEmpty() ? text : found;
        }
        return text;
    }

    private static int size(String s) {
        return s.length() + 2 * DomBlocks.ideographs(s);
    }

    /** How many blocks (a date, a byline) may stand between the headline and the text's first paragraph. */
    private static final int UNDER_HEADLINE = 4;

    /**
     * The markup's reading opens right under the page's headline, a few blocks below it, in a box holding both that
     * is not the page's body: the story as the page shows it.
     */
    private static boolean underHeadline(DomBlocks d, String text, String headline) {
        if (headline == null || headline.isBlank()) {
            return false;
        }
        int cut = text.indexOf("\n\n");
        String first = (cut < 0 ? text : text.substring(0, cut)).strip();
        String key = headline.strip();
        for (int i = 0; i < d.blocks.size(); i++) {
            if (!d.blocks.get(i).text.strip().equals(key)) {
                continue;
            }
            for (int j = i + 1; j < d.blocks.size() && j <= i + UNDER_HEADLINE; j++) {
                if (d.blocks.get(j).text.strip().equals(first)) {
                    DomBlocks.Span e = d.span(d.blocks.get(i).owner);
                    while (e != null && e.end <= j) {
                        e = e.parent;
                    }
                    return e != null && e.parent != null && !e.element.normalName().equals("body");
                }
            }
            return false;
        }
        return false;
    }

    /**
     * The blocks of the markup that belong to the declared body, in page order, or an empty string when they hold
     * too little of it, or (with {@code whole}) when the element holding them also holds much prose that is not in
     * it: then the declared body is the opening of that element's text, a teaser, not the article.
     */
    private static String locate(DomBlocks d, Set<String> ldWords, boolean whole) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> found = new HashSet<>();
        boolean[] in = new boolean[d.blocks.size()];
        int first = -1;
        int last = -1;
        for (int i = 0; i < d.blocks.size(); i++) {
            Block b = d.blocks.get(i);
            List<String> tokens = words(b.text);
            // a word or two ("Share", a date) is in any long text
            if (tokens.size() < 4) {
                continue;
            }
            Set<String> w = runs(tokens);
            if (b.linkDensity() > 0.5 || share(w, ldWords) < BLOCK_SHARE || !seen.add(b.text)) {
                continue;
            }
            out.add(b.text);
            found.addAll(w);
            in[i] = true;
            first = first < 0 ? i : first;
            last = i;
        }
        if (share(ldWords, found) < FOUND_SHARE || whole && !whole(d, in, first, last)) {
            return "";
        }
        return String.join("\n\n", out);
    }

    /** The smallest element holding the found blocks holds little other prose. */
    private static boolean whole(DomBlocks d, boolean[] in, int first, int last) {
        DomBlocks.Span e = d.span(d.blocks.get(first).owner);
        while (e != null && (e.start > first || e.end <= last)) {
            e = e.parent;
        }
        if (e == null) {
            return false;
        }
        int kept = 0;
        int other = 0;
        for (int i = e.start; i < e.end; i++) {
            Block b = d.blocks.get(i);
            if (in[i]) {
                kept += b.length;
            } else if (!b.negative && HtmlExtractor.isProse(b) && b.linkDensity() < 0.5) {
                other += b.length;
            }
        }
        return other <= OTHER_PROSE * kept;
    }

    /**
     * The headline's words a text may repeat: words of four letters or more, and in scripts written without spaces each
     * pair of characters (a word of two is the commonest there).
     */
    private static Set<String> headlineKeys(String headline) {
        Set<String> out = new HashSet<>();
        List<String> w = words(headline);
        for (int i = 0; i < w.size(); i++) {
            String a = w.get(i);
            if (unspaced(a.codePointAt(0))) {
                if (i + 1 < w.size() && unspaced(w.get(i + 1).codePointAt(0))) {
                    out.add(a + w.get(i + 1));
                }
            } else if (a.length() >= 4) {
                out.add(a);
            }
        }
        return out;
    }

    /** How many of the headline's keys the text holds, as words or (in scripts without spaces) as pairs. */
    private static int told(Set<String> keys, String text) {
        List<String> w = words(text);
        Set<String> have = new HashSet<>(w);
        for (int i = 0; i + 1 < w.size(); i++) {
            have.add(w.get(i) + w.get(i + 1));
        }
        int n = 0;
        for (String k : keys) {
            if (have.contains(k)) {
                n++;
            }
        }
        return n;
    }

    /** Share of {@code a}'s words that are in {@code b}. */
    static double share(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : a) {
            if (b.contains(w)) {
                n++;
            }
        }
        return n / (double) a.size();
    }

    static Set<String> runs(String s) {
        return runs(words(s));
    }

    private static Set<String> runs(List<String> words) {
        Set<String> out = new HashSet<>();
        if (words.size() < RUN) {
            out.addAll(words);
            return out;
        }
        for (int i = 0; i + RUN <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return out;
    }

    /**
     * Lower-cased runs of letters and digits; in scripts written without spaces (Han, kana) each character is a word,
     * or a whole sentence would be one.
     */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (unspaced(cp)) {
                flush(w, out);
                out.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
            } else {
                flush(w, out);
            }
        }
        flush(w, out);
        return out;
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (!w.isEmpty()) {
            out.add(w.toString().toLowerCase(Locale.ROOT));
            w.setLength(0);
        }
    }
}
