package dev.tumen.classifier.extract;

import dev.tumen.classifier.extract.DomBlocks.Block;
import dev.tumen.classifier.extract.DomBlocks.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML article extraction. Metadata (headline, date, canonical URL) comes from what the page declares
 * ({@link PageMetadata}); the body from the page's text blocks ({@link DomBlocks}):
 * <ol>
 * <li>each block gets a weight: prose (long, or sentence-like, few links) counts for its length, link lists and
 * short lines count against, and blocks inside furniture (class/id words such as comment, share, related, sidebar,
 * newsletter, cookie) count fully against;</li>
 * <li>the article container is the element whose blocks weigh most — the best-scoring subtree, so a parent is
 * chosen over its child exactly when the paragraphs it adds outweigh the junk it brings; elements the page marks
 * as its article body ({@code itemprop=articleBody}, {@code entry-content}, …) get a bonus;</li>
 * <li>inside it, blocks are kept unless they are furniture, link lists, bylines, dates, "read more" lines or the
 * headline again; paragraph breaks are kept.</li>
 * </ol>
 * Thread-safe.
 */
public final class HtmlExtractor {
    /** An explicit article-body element is believed over a slightly heavier anonymous one. */
    private static final double EXPLICIT_BONUS = 1.3;
    /** Short lines count a little against a container: menus, bylines and labels are short. */
    private static final double SHORT_PENALTY = 0.25;
    /** A furniture element holding this share of the page's prose is a page wrapper with a misleading name. */
    private static final double WRAPPER_SHARE = 0.6;

    /** Link share above which a block opening with a link reads as a teaser. */
    private static final double TEASER_LINKS = 0.15;

    private final LineRules rules = new LineRules();

    /** Title, body, dateline and canonical URL of an HTML page. */
    public record Result(String title, String body, Instant published, String canonicalUrl, String htmlLang) {
    }

    public Result extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        PageMetadata meta = PageMetadata.read(doc);
        Element body = doc.body();
        String text = body == null ? "" : body(DomBlocks.of(body), meta.title());
        return new Result(meta.title(), text, meta.published(), meta.canonical(), meta.lang());
    }

    private String body(DomBlocks d, String title) {
        Span best = choose(d);
        return best == null ? "" : assemble(d, best, title);
    }

    /** The article container: the element whose blocks weigh most, or null when no block counts for anything. */
    Span choose(DomBlocks d) {
        if (d.blocks.isEmpty()) {
            return null;
        }
        markFurniture(d);
        double[] prefix = new double[d.blocks.size() + 1];
        for (int i = 0; i < d.blocks.size(); i++) {
            prefix[i + 1] = prefix[i] + weight(d.blocks.get(i));
        }
        Span best = null;
        double bestScore = 0;
        for (Span s : d.spans) {
            double score = prefix[s.end] - prefix[s.start];
            if (s.strongPositive) {
                score *= EXPLICIT_BONUS;
            }
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /** Marks the blocks inside furniture elements, unless the element is really a wrapper around the article. */
    private void markFurniture(DomBlocks d) {
        int[] prose = new int[d.blocks.size() + 1];
        int[] headlines = new int[d.blocks.size() + 1];
        for (int i = 0; i < d.blocks.size(); i++) {
            Block b = d.blocks.get(i);
            prose[i + 1] = prose[i] + (isProse(b) && b.linkDensity() < 0.5 ? b.length : 0);
            headlines[i + 1] = headlines[i] + (b.tag().equals("h1") ? 1 : 0);
        }
        int total = prose[d.blocks.size()];
        for (Span s : d.spans) {
            if (s.hint == DomBlocks.NONE || s.holdsArticle || s.start == s.end) {
                continue;
            }
            if (s.hint != DomBlocks.COMMENTS && prose[s.end] - prose[s.start] > WRAPPER_SHARE * total) {
                continue;
            }
            mark(d, s);
        }
        // a box headed by furniture ("Related posts", "You may also like") is furniture, whatever its items' classes say
        for (Span s : d.spans) {
            if (s.end - s.start != 1 || !isHeading(d.blocks.get(s.start))) {
                continue;
            }
            Block heading = d.blocks.get(s.start);
            boolean ownHint = s.hint >= DomBlocks.STRONG_NEGATIVE;
            if (!ownHint && (heading.length > 60 || rules.kind(heading.text) != LineRules.Kind.HEADER)) {
                continue;
            }
            Span box = s;
            for (Element e = s.element.parent(); e != null; e = e.parent()) {
                Span up = d.span(e);
                // an element holding the headline is the page or the article, not a box of teasers
                if (up == null || up.start != s.start || up.holdsArticle || e.normalName().equals("body")
                        || headlines[up.end] - headlines[up.start] > 0) {
                    break;
                }
                box = up;
            }
            mark(d, box);
        }
    }

    private static void mark(DomBlocks d, Span s) {
        for (int i = s.start; i < s.end; i++) {
            d.blocks.get(i).negative = true;
        }
    }

    static double weight(Block b) {
        if (b.negative) {
            return -b.length;
        }
        double ld = b.linkDensity();
        if (ld > 0.5 || isTeaser(b)) {
            return -b.length;
        }
        if (isHeading(b)) {
            return 0;
        }
        if (isProse(b)) {
            return b.length * (1 - ld);
        }
        // tables, lists and subheads of a marked article body are its own, however short
        return b.explicit ? 0 : -SHORT_PENALTY * b.length;
    }

    /**
     * A linked headline followed by a summary cut off with an ellipsis: an item of a list of other stories. Without
     * the cut it may be an item of a digest article ("10 things in tech"), which opens each item with a link too.
     */
    private static boolean isTeaser(Block b) {
        return b.leadingLink && b.linkDensity() > TEASER_LINKS && (b.text.endsWith("...") || b.text.endsWith("…"));
    }

    static boolean isProse(Block b) {
        return b.length >= 100 || (b.length >= 40 && hasSentenceEnd(b.text));
    }

    private static boolean hasSentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '。' || c == '…') && i > 10) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeading(Block b) {
        String t = b.tag();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    private String assemble(DomBlocks d, Span container, String title) {
        String titleKey = LineRules.normalise(title);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lastKept = -1;
        for (int i = container.start; i < container.end; i++) {
            Block b = d.blocks.get(i);
            if (b.negative || b.tag().equals("h1")) {
                continue;
            }
            double ld = b.linkDensity();
            if (ld > 0.5 || (b.length < 80 && ld > 0.3) || isTeaser(b)) {
                continue;
            }
            String norm = LineRules.normalise(b.text);
            if (norm.isEmpty() || norm.equals(titleKey) || !seen.add(norm)) {
                continue;
            }
            if (LineRules.tokens(b.text) <= 25) {
                LineRules.Kind kind = rules.kind(b.text);
                if (kind == LineRules.Kind.HEADER) {
                    // "Related news", "Comments": the box it heads is not the article, and it may sit mid-article
                    i = boxEnd(d, container, b, lastKept) - 1;
                    continue;
                }
                if (kind != LineRules.Kind.TEXT) {
                    continue;
                }
            }
            out.add(b.text);
            lastKept = i;
        }
        return String.join("\n\n", out);
    }

    /**
     * End of the box a section header heads: its largest enclosing element inside the container that holds none of
     * the text kept so far. When the header sits directly in the container, only the header itself.
     */
    private static int boxEnd(DomBlocks d, Span container, Block header, int lastKept) {
        Span box = d.span(header.owner);
        for (Element e = header.owner.parent(); e != null && e != container.element; e = e.parent()) {
            Span s = d.span(e);
            if (s == null || s.start <= lastKept) {
                break;
            }
            box = s;
        }
        return box == null ? d.blocks.indexOf(header) + 1 : Math.max(box.end, d.blocks.indexOf(header) + 1);
    }
}
