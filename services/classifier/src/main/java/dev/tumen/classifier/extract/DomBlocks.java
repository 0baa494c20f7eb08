package dev.tumen.classifier.extract;

import dev.tumen.classifier.budget.PageBudget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An HTML body flattened into text blocks in reading order, the way a browser lays them out: every run of inline
 * content between block-level boundaries (and {@code <br>} line breaks inside it) is one block. Each block-level
 * element becomes a {@link Span} over the blocks it contains, so any element's text, link text or score is a
 * range sum rather than a fresh walk of its subtree; that keeps a page to one pass over the DOM.
 */
final class DomBlocks {
    /**
     * Never reader-visible article text: dropped with their subtree. AMP's ad slots ({@code amp-ad}, {@code amp-embed},
     * {@code amp-sticky-ad}, {@code amp-auto-ads}) are frames like {@code iframe}: the "Advertisement" or "広告" their
     * placeholder or fallback shows while no ad is loaded is no text of the page's (round twenty-six).
     */
    private static final Set<String> DROP = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas", "iframe",
            "object", "embed", "video", "audio", "source", "track", "map", "area", "button", "input", "select", "option",
            "textarea", "nav", "aside", "figcaption", "head", "link", "meta", "title", "dialog", "img", "picture", "label", "rt", "rp",
            "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads");
    /**
     * The lenient pass reads noscript, aside, dialog, template and nav content too (a template holding the page to render;
     * a {@code <nav>} left open, which the parser closes only at the end of the body, so the whole page sits in it).
     */
    private static final Set<String> LENIENT_DROP = Set.of("script", "style", "svg", "math", "canvas", "iframe",
            "object", "embed", "video", "audio", "source", "track", "map", "area", "button", "input", "select", "option",
            "textarea", "figcaption", "head", "link", "meta", "title", "img", "picture", "label", "rt", "rp",
            "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads");

    /**
     * An {@code <aside>} set inside an {@code <article>} that holds a list or a table, or an explainer (a subhead over
     * prose), and no link: the story's fact box (a review's specifications, a recipe's ingredients), read as part of it. A pull quote holds no list, and a box of
     * related stories is links. On a page built of divs the story has no {@code <article>}: there the box counts when it
     * stands between the story's own paragraphs (two of its siblings are prose), where a sidebar never stands.
     */
    private static boolean factBox(Element aside) {
        Element parent = aside.parent();
        return parent != null && (parent.closest("article") != null || amongParagraphs(parent))
                && ((aside.selectFirst("ul, ol, dl, table") != null || explainer(aside) || note(aside, parent))
                        && aside.selectFirst("a[href], form, iframe") == null
                        || textPart(aside));
    }

    /** Class and id words of an aside that stands beside a text, whatever it holds: a pull quote, a bio, related stories. */
    private static final Pattern BESIDE_TEXT = Pattern.compile(
            "related|teaser|sidebar|promo|quote|pull|comment|recommend|share|widget|newsletter|author|bio|profile|about|ad-|-ad\\b|advert");

    /**
     * A part of the story's own text laid out as an {@code <aside>}: two paragraphs of prose or more (a third linked at
     * most), no heading, form or frame, no sidebar word, among the text's other parts: boxes of prose before and after
     * it, one built as the box holding it (the same first class word), at its level or up to two above, inside the
     * article, or paragraphs before it in its own box. A
     * site that wraps every run of paragraphs in a box of its own ("StoryBodyCompanionColumn", "article__block_text")
     * lost one run to the drop of asides (session 45: the lead's aside mutation, the text's runs split). A pull quote is
     * one line, a related box links, and a writer's bio after the text stands alone in a box of its own kind.
     */
    private static boolean textPart(Element aside) {
        if (BESIDE_TEXT.matcher(ownNames(aside)).find()
                || aside.attr("aria-hidden").equals("true")
                || aside.selectFirst("h1, h2, h3, h4, h5, h6, form, iframe, blockquote, input, button") != null) {
            return false;
        }
        int paragraphs = 0;
        for (Element p : aside.getElementsByTag("p")) {
            paragraphs += prose(p) ? 1 : 0;
        }
        if (paragraphs < 2) {
            return false;
        }
        Element at = aside;
        for (int level = 0; level < 3 && at.parent() != null; level++) {
            boolean before = false;
            boolean after = false;
            boolean seen = false;
            String kind = firstClass(at);
            for (Element sibling : at.parent().children()) {
                if (sibling == at) {
                    seen = true;
                } else if (proseBox(sibling)) {
                    before |= !seen;
                    after |= seen;
                    // a box built as the one holding the aside (its first class word, modifiers aside): another run of
                    // the same text; or the aside in the paragraphs' own box after some of them (a paywall's rest)
                    if (!kind.isEmpty() && kind.equals(firstClass(sibling)) || level == 0 && !seen && sibling.normalName().equals("p")) {
                        return true;
                    }
                }
            }
            if (before && after) {
                return true;
            }
            at = at.parent();
            if (at.normalName().equals("article") || at.normalName().equals("body")) {
                return false;
            }
        }
        return false;
    }

    /**
     * An element's class names and id, lower case, without a page builder's names: "elementor-widget-container" wraps
     * every block Elementor sets, the story's text too, and says nothing of what the box is (session 45: a story's
     * <aside> so named was taken for a sidebar widget).
     */
    static String ownNames(Element e) {
        StringBuilder out = new StringBuilder();
        for (String token : (e.className() + " " + e.id()).split("\\s+")) {
            List<String> ws = words(token);
            if (!ws.isEmpty() && !BUILDERS.contains(ws.get(0))) {
                out.append(token.toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return out.toString();
    }

    private static String firstClass(Element e) {
        String c = e.className().strip();
        int space = c.indexOf(' ');
        return space < 0 ? c : c.substring(0, space);
    }

    /** A paragraph of prose, a box whose first paragraph is one, or a div of one paragraph's text: the text going on. */
    private static boolean proseBox(Element e) {
        Element p = e.normalName().equals("p") ? e : e.selectFirst("p");
        if (p == null && e.normalName().equals("div")
                && e.children().select("div, ul, ol, dl, table, section, aside, nav, header, footer").isEmpty()) {
            p = e;
        }
        Element chrome = p == null ? null : p.closest("aside, nav, header, footer");
        // a sidebar's or a header's paragraph beside the aside is no text going on
        if (p == null || chrome != null && (chrome == e || chrome.parents().contains(e))) {
            return false;
        }
        return prose(p);
    }

    /** A paragraph of prose: 80 characters or more in Latin-text terms, a third of it linked at most. */
    private static boolean prose(Element p) {
        String t = p.text().strip();
        return t.length() + 2 * ideographs(t) >= 80 && linkedChars(p) * 3 < t.length();
    }

    /** The characters of an element's text inside its links. */
    static int linkedChars(Element e) {
        int linked = 0;
        for (Element a : e.getElementsByTag("a")) {
            linked += a.text().length();
        }
        return linked;
    }

    /** A note is this long at most: a warning or a tip of a few sentences, not a column of its own. */
    private static final int NOTE_CHARS = 400;

    /**
     * A note set aside in the story's own words (Zenn's and Markdown blogs' {@code <aside class="msg">}: "Never wire the
     * pump straight to the board's pin."): a few sentences, the last one ended, under no subhead and quoting nothing,
     * which the story does not say again. A pull quote says again a line of the text (or quotes it), hidden from screen
     * readers, which would read it twice; an advertisement's label ends no sentence (round thirty-six).
     */
    private static boolean note(Element aside, Element parent) {
        String text = aside.text().strip();
        if (text.isEmpty() || text.length() > NOTE_CHARS || aside.selectFirst("blockquote, q, h1, h2, h3, h4, h5, h6") != null
                || "\"“„«「『'‘".indexOf(text.charAt(0)) >= 0 || ".!?。！？".indexOf(text.charAt(text.length() - 1)) < 0
                || aside.attr("aria-hidden").equals("true") || aside.className().toLowerCase(java.util.Locale.ROOT).contains("quote")) {
            return false;
        }
        String head = text.substring(0, Math.min(text.length(), 24));
        Element story = parent.closest("article");
        String all = (story == null ? parent : story).text();
        int first = all.indexOf(head);
        return first >= 0 && all.indexOf(head, first + 1) < 0;
    }

    /**
     * An explainer box between a story's paragraphs: a subhead of its own over a paragraph of prose ("What is a tidal
     * barrage?" over its answer), the story's own words set aside. A pull quote repeats a line of the text under no
     * subhead, in a {@code blockquote}.
     */
    private static boolean explainer(Element aside) {
        Element head = aside.selectFirst("h2, h3, h4, h5, h6");
        if (head == null || aside.selectFirst("blockquote, q") != null) {
            return false;
        }
        for (Element p : aside.getElementsByTag("p")) {
            if (p.text().length() >= 80) {
                return true;
            }
        }
        return false;
    }

    private static boolean amongParagraphs(Element parent) {
        int prose = 0;
        for (Element sibling : parent.children()) {
            // counted in Latin-text terms, as a block's size is: a Japanese paragraph of 30 characters is prose
            String text = sibling.normalName().equals("p") ? sibling.text() : "";
            if (text.length() + 2 * ideographs(text) >= 80 && ++prose == 2) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <nav>} the lenient pass reads: one holding the page's headline or paragraphs, not a menu of links. */
    private static boolean navHoldingText(Element nav) {
        return nav.selectFirst("h1, p") != null;
    }
    /**
     * Class names of content a reader never sees without hovering or a screen reader: tooltips, "opens in a new
     * window" hints, and the popup part of hover widgets — their trigger ("rollover-people") is visible, their card
     * ("rollover-people-block") is not.
     */
    private static final Pattern UNSEEN = Pattern.compile("(?i)(?:^|\\s)(?:tooltip|popover|hovercard|sr-only|visually-?hidden"
            + "|screen-?reader-(?:text|only)|mw-editsection|(?:tooltip|popover|rollover|hovercard)\\S*(?:block|card|content|box|body|inner)\\S*)(?=\\s|$)");
    /** Everything else is treated as block-level, custom elements included: a layout wrapper is far likelier than inline text. */
    private static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "u", "small", "sup", "sub", "font",
            "abbr", "acronym", "cite", "code", "q", "s", "mark", "time", "var", "kbd", "samp", "bdi", "bdo", "wbr", "data",
            "dfn", "ins", "del", "strike", "tt", "big", "nobr", "nowrap", "ruby", "rb", "rtc", "button", "label");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Set<String> IMAGES = Set.of("img", "picture", "video", "amp-img", "amp-video");
    /** Table cells: a row reads as one line, "1 Kyle Busch 5040", not as one block per number. */
    private static final Set<String> CELLS = Set.of("td", "th");
    /**
     * Class/id words of page furniture. Strong ones win over a positive word in the same attribute
     * ({@code article-comments} is comments, not the article).
     */
    // not "tag" or "category": WordPress stamps tag-<slug> and category-<slug> on the article itself
    private static final Set<String> STRONG_NEGATIVE_WORDS = Set.of("nav", "ad", "ads", "adv", "tags", "author", "authors",
            "byline", "bio", "caption", "credit", "credits", "copyright", "footer", "menu", "breadcrumb", "breadcrumbs", "share",
            "sharing", "social", "related", "sidebar", "promo", "newsletter", "subscribe", "subscription", "cookie", "cookies",
            "consent", "gdpr", "popup", "modal", "outbrain", "taboola", "disqus", "sponsor", "sponsored", "advert",
            "advertisement", "recommended", "recommendations", "trending", "popular", "toolbar", "pagination", "pager", "signup",
            "banner", "masthead", "rating", "poll", "login", "rail", "siderail", "rightrail", "leftrail",
            "follow", "print", "widget", "topics", "keywords", "recirc", "teaser", "teasers", "cta", "likes", "sharedaddy",
            // a wiki's boxes beside the article's prose: the facts box, the site's link box, categories, footnotes
            "infobox", "navbox", "catlinks", "reflist",
            // a forum poster's signature under each post (phpBB, vBulletin, XenForo)
            "signature", "signatures", "postsig",
            // "related" and "most read" in the languages sites name their boxes in
            "terkait", "terpopuler", "populer", "relacionados", "relacionadas", "similaires", "correlati", "verwandte",
            // and "sidebar" (round thirty-three: a German theme's "seitenleiste" beside the story was joined to it)
            "seitenleiste", "randspalte", "marginalspalte",
            // and the right-hand column joined in one word (round thirty-four; "col-right" is read as two words below)
            "rightcol", "rightcolumn", "colright", "columnright",
            // and in a word of their own (round thirty-five: DedeCMS's "pleft" story beside its "pright" column of teasers)
            "pright", "rightside", "sideright", "rightbar",
            // ad networks' units named for the network (round thirty-six: Tistory's "revenue_unit_item adfit" and "… adsense"
            // boxes between a post's paragraphs, their size label "728x90" read as a line of the text)
            "adsense", "adsbygoogle", "adfit", "adunit", "adslot",
            // and "advertisement"
            "anzeige", "werbung", "reklama", "reklame", "publicidad", "publicité", "publicite", "pubblicita", "pubblicità");
    private static final Set<String> WEAK_NEGATIVE_WORDS = Set.of("header", "meta", "date", "time", "more", "extra", "aside",
            "gallery", "image", "photo", "video", "figure", "email", "links", "latest");
    private static final List<String> NEGATIVE_STEMS = List.of("comment", "sharebar", "socialshare", "social", "related",
            "newsletter", "subscri", "cookie", "advert", "sponsor", "sidebar", "breadcrumb", "byline", "caption", "navbar",
            "navigation", "popup", "outbrain", "taboola", "disqus", "recommend", "readmore", "readnext", "signup");
    /** Words a stem would catch that name the article or its parts: a promoted node, a commentary, a subscriber-only body. */
    private static final Set<String> NOT_FURNITURE = Set.of("promoted", "commentary", "commentaries", "subscriber", "subscribers",
            "advertorial", "socialist", "socialism");
    /**
     * Words that are not furniture in a page builder's class names or next to a content word: {@code widget
     * widget_text} is a sidebar widget, but page builders wrap the article itself in {@code elementor-widget-container},
     * {@code et_pb_text_widget} or {@code text-widget}.
     */
    private static final Set<String> BUILDER_WORDS = Set.of("widget", "widgets");
    private static final Set<String> BUILDERS = Set.of("elementor", "et", "pb", "fl", "so", "siteorigin", "vc", "wpb", "tdb", "td",
            "kc", "brxe", "uagb", "gb", "wp", "divi", "avia", "fusion", "x", "cs", "ct", "oxy", "bricks", "kadence", "stk");
    /** Overlays: never the article, however much text they hold (a newsletter or login dialog left in the markup). */
    // "hide": a script library's hidden-until-opened box (mfp-hide, fancybox's hide); not "hidden", which Tailwind and
    // Bootstrap use for responsive layout of visible content
    private static final Set<String> POPUP_WORDS = Set.of("popup", "modal", "overlay", "lightbox", "dialog", "interstitial", "paywall",
            "hide", "offcanvas", "flyout", "optin", "toast");
    /** A cheap look for a picture word before the class is split into words: most inline elements name no picture. */
    private static final Pattern PHOTO_HINT = Pattern.compile("(?i)photo|image|img|fig|pic|caption|thumb");
    private static final Set<String> PHOTO_WORDS = Set.of("photo", "image", "img", "figure", "pic", "picture", "caption", "thumb");
    private static final Set<String> CONSENT_WORDS = Set.of("consent", "gdpr", "cookiebar", "cookienotice", "cookielaw",
            "cookiebanner", "cookieconsent", "ccpa", "onetrust", "cookiebot");
    private static final Set<String> NOTICE_WORDS = Set.of("banner", "bar", "notice", "notification", "law", "policy", "message",
            "alert", "warning", "info", "accept", "box", "popup", "modal", "overlay", "container", "wrapper", "wrap");
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "articles", "body", "content", "entry", "main", "post",
            "story", "text", "prose", "blog", "hentry", "richtext", "copy", "page", "column");
    /** Comment threads are long prose; unlike other furniture they stay negative however much text they hold. */
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "reply", "replies", "respond", "discussion", "disqus",
            "komentar", "kommentar", "kommentare", "commentaires", "comentarios", "comentários", "commenti", "reacties",
            // and as boards abbreviate it (round thirty-five: Gnuboard's "cmt_contents", a Japanese board's "cmt-list", under posts of short lines)
            "cmt", "cmts");
    private static final Pattern STRONG_POSITIVE = Pattern.compile(
            "(?i)(article|entry|post|story|news|blog|main|page)[-_]?(body|content|text|copy)|articlebody|storybody|rich-?text|body-?text|bodytext");

    static final int NONE = 0;
    static final int WEAK_NEGATIVE = 1;
    static final int STRONG_NEGATIVE = 2;
    static final int COMMENTS = 3;

    /** A run of inline text between block boundaries. */
    static final class Block {
        final String text;
        /** Characters of text, spaces collapsed. */
        final int length;
        /**
         * The length in Latin-text terms: a Chinese or Japanese character carries about as much as three Latin ones (a
         * word and its space), so a 20-character sentence of a Japanese news story is prose, not a short label; a Hangul
         * syllable too.
         */
        final int size;
        /** Of which inside links. */
        final int linkLength;
        /** Nearest block-level element holding the run. */
        final Element owner;
        /** Inside an element the page marks as its article body. */
        final boolean explicit;
        /** Opens with link text: a teaser ("<a>Headline</a> Summary…") rather than a paragraph. */
        final boolean leadingLink;
        boolean negative;
        /** Inside the element found to hold the page's main text: its lists and short lines are the article's own. */
        boolean inMain;
        /** An entry of a digest in the main text: a link and the writer's words on it, kept however linked. */
        boolean digestItem;
        /** A line of a box of bare links set between paragraphs of one text: skipped, neither text nor its end. */
        boolean inLinkStrip;

        Block(String text, int linkLength, Element owner, boolean explicit, boolean leadingLink) {
            this.leadingLink = leadingLink;
            this.text = text;
            this.length = text.length();
            this.size = length + 2 * ideographs(text);
            this.linkLength = linkLength;
            this.owner = owner;
            this.explicit = explicit;
        }

        double linkDensity() {
            return length == 0 ? 0 : Math.min(1.0, linkLength / (double) length);
        }

        String tag() {
            return owner.normalName();
        }
    }

    /**
     * Han characters, kana and CJK punctuation: each stands for a word rather than a letter. A Hangul syllable is a
     * third of a word more or less (Korean spells most words in two to four of them, with spaces), but a Korean sentence
     * is still about a third as long as the English one, so it counts the same: "강변 자전거길이 다음 달 전면 개통된다."
     * (22 characters) says what 51 English ones do.
     */
    static int ideographs(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u3000' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff' || c >= '\uff00' && c <= '\uffef'
                    || c >= '\uac00' && c <= '\ud7a3') {
                n++;
            }
        }
        return n;
    }

    /** A block-level element and the blocks [start, end) inside it. */
    static final class Span {
        final Element element;
        final int start;
        int end;
        final int hint;
        final boolean strongPositive;
        /**
         * Holds a strong-positive span (an explicit article body): then its own negative hint is not believed. Set again
         * once the main text is known, for believed bodies only ({@code HtmlExtractor.believeDeclaredBodies}).
         */
        boolean holdsArticle;
        /** The nearest block-level ancestor, or null for the root. */
        final Span parent;
        /** This element or an ancestor is an overlay (popup, modal, dialog). */
        final boolean inPopup;
        /**
         * This element or an ancestor is a cookie or consent notice: an overlay that is never the article, even on a
         * page whose article has no prose of its own (a list, a poem), so its prose does not count towards the main text.
         */
        boolean inConsent;
        /** This element or an ancestor is named for comments or replies. */
        final boolean inComments;
        /** An ancestor of the page's main text (or that text's own element): its class words are not believed. */
        boolean mainText;
        /** A post of a thread that is not the article: a comment under it, or a reply in a forum. */
        boolean reply;
        /**
         * Another story of a feed the article sits in (the next article an endless page has already loaded, built like
         * the article's own box, with its own headline and date): not the article, whatever it holds.
         */
        boolean otherStory;
        /** Holds an image of its own (an {@code img}, {@code picture}, {@code video} or AMP image among its inline content). */
        boolean image;
        /** In a cell of a run a page builder set a story in ({@link DomBlocks#storyRun(Element)}): the box holding the run, else null. */
        Span storyRun;

        Span(Element element, int start, int hint, boolean strongPositive, Span parent, boolean popup) {
            this.element = element;
            this.start = start;
            this.hint = hint;
            this.strongPositive = strongPositive;
            this.parent = parent;
            this.inPopup = popup || (parent != null && parent.inPopup);
            this.inComments = hint == COMMENTS || (parent != null && parent.inComments);
        }
    }

    final List<Block> blocks = new ArrayList<>();
    final List<Span> spans = new ArrayList<>();
    /** On a question-and-answer page, the question's text and each answer's, in page order: together the article. */
    Span question;
    final List<Span> answers = new ArrayList<>();
    /** The block of the page's headline (an {@code h1} or {@code h2} reading the declared title), or -1. */
    int headline = -1;
    /** The page declares itself a question and its answers (JSON-LD {@code QAPage}). */
    boolean qaPage;
    /** The declared headline, normalised ({@code LineRules.normalise}): "" when the page declares none. */
    String titleKey = "";
    /** The page declares a product: the summary beside its headline is the product's own description. */
    boolean productPage;
    /** Captions met on the way (dropped with their text): a page with a few may be a gallery told in them. */
    int figcaptions;
    /** Frames whose page is written into their {@code srcdoc} (dropped here): one may hold the story itself. */
    int srcdocs;
    /** Boxes beside the headline's that ask for a click (a consent wall written without a name): see HtmlExtractor. */
    List<Span> prompts = List.of();
    /** Per parent, its first and last block of the main text's prose ({@code HtmlExtractor.proseAround}), once known. */
    final Map<Span, int[]> proseBounds = new IdentityHashMap<>();
    private final Map<Element, Span> byElement = new IdentityHashMap<>();
    /** Pages repeat a few class names on hundreds of elements. */
    private final Map<String, Integer> hints = new HashMap<>();

    private final StringBuilder buf = new StringBuilder();
    private final List<Element> owners = new ArrayList<>();
    private final List<Span> open = new ArrayList<>();
    private int linkDepth;
    private int linkChars;
    /** Inside {@code <pre>}: line breaks are the text's own (a mail archive, a plain-text release note). */
    private int preDepth;
    private int explicitDepth;
    private boolean leadingLink;

    /** Keep {@code noscript}, {@code aside} and hidden elements: for pages whose only article text is there. */
    private final boolean lenient;

    private DomBlocks(boolean lenient) {
        this.lenient = lenient;
    }

    static DomBlocks of(Element root) {
        return of(root, false);
    }

    /**
     * @param lenient also read {@code noscript}, {@code aside} and hidden elements, for pages whose article is there
     *                (a no-JavaScript copy, a body laid out as an aside, an anti-flicker {@code display:none} wrapper)
     */
    static DomBlocks of(Element root, boolean lenient) {
        DomBlocks d = new DomBlocks(lenient);
        d.visit(root);
        d.flush();
        return d;
    }

    /** The fragments the page's links point to ({@code #more}), read once, on the first box an id alone marks. */
    private Set<String> fragments;

    /**
     * A box marked only by a weak word of its id ({@code id="more"}) that a link on the page points to: the text's
     * continuation ("続きを読む" over FC2's {@code <div id="more">}, "Read more" over a blog's rest), where the reader
     * is sent to read on; the id names an anchor, not the box's kind.
     */
    private boolean anchoredText(Element e) {
        String tag = e.normalName();
        if (e.id().isEmpty() || hintOf(e.id()) != WEAK_NEGATIVE || hints.getOrDefault(e.className(), NONE) != NONE
                || tag.equals("header") || tag.equals("footer") || tag.equals("form")) {
            return false;
        }
        if (fragments == null) {
            fragments = new java.util.HashSet<>();
            for (Element a : e.ownerDocument() == null ? List.<Element>of() : e.ownerDocument().select("a[href*=#]")) {
                String href = a.attr("href");
                fragments.add(href.substring(href.indexOf('#') + 1));
            }
        }
        return fragments.contains(e.id());
    }

    /** The boxes a collapsed disclosure folds away and the controls that unfold them, found once, on the first ask. */
    private Set<Element> disclosedBoxes;
    private Set<Element> disclosures;

    /**
     * A box hidden by attribute or inline style that a collapsed disclosure names: a button or an in-page link marked
     * {@code aria-expanded="false"} whose {@code aria-controls} holds the box's id ("Read full story" at the article's
     * foot, the rest two wrappers away), or a tab ({@code role=tab}) not selected whose {@code aria-controls} names its
     * panel, or a chapter menu's in-page link whose box is built like the others it names. The reader unfolds it with one
     * click, as a folded rest beside its toggle; a dialog or a popover it opens is no disclosure.
     */
    private boolean disclosed(Element e) {
        if (e.id().isEmpty() || !folded(e)) {
            return false;
        }
        findDisclosures(e);
        return disclosedBoxes.contains(e);
    }

    /** A control of a disclosure that unfolds a box: a control, not a word of the text. */
    private boolean discloses(Element e) {
        if (!e.hasAttr("aria-controls")) {
            return false;
        }
        findDisclosures(e);
        return disclosures.contains(e);
    }

    private void findDisclosures(Element any) {
        if (disclosedBoxes != null) {
            return;
        }
        disclosedBoxes = Collections.newSetFromMap(new IdentityHashMap<>());
        disclosures = Collections.newSetFromMap(new IdentityHashMap<>());
        Document doc = any.ownerDocument();
        if (doc == null) {
            return;
        }
        // one walk for the controls, the in-page links and the boxes named by id: most pages have none of the first two
        List<Element> controlList = new ArrayList<>();
        List<Element> anchors = new ArrayList<>();
        List<Element> named = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            PageBudget.check();
            if (node instanceof Element el) {
                if (el.hasAttr("aria-controls")) {
                    controlList.add(el);
                }
                if (el.normalName().equals("a") && el.attr("href").startsWith("#")) {
                    anchors.add(el);
                }
                if (!el.id().isEmpty()) {
                    named.add(el);
                }
            }
        }, doc);
        Map<String, List<Element>> byId = new HashMap<>();
        // a tab not selected names its panel the same way: a story told in tabs ("Day one", "Day two") is read whole
        for (Element c : controlList) {
            boolean collapsed = c.attr("aria-expanded").equalsIgnoreCase("false")
                    || c.attr("role").equalsIgnoreCase("tab") && c.attr("aria-selected").equalsIgnoreCase("false");
            if (collapsed && toggle(c) && !c.hasAttr("aria-haspopup")) {
                for (String id : c.attr("aria-controls").strip().split("\\s+")) {
                    byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
                }
            }
        }
        Map<String, Element> chapters = chapterMenus(anchors);
        if (byId.isEmpty() && chapters.isEmpty()) {
            return;
        }
        Map<Element, List<Element>> shownBy = new IdentityHashMap<>();
        for (Element box : named) {
            PageBudget.check();
            List<Element> controls = byId.get(box.id());
            boolean dialog = box.hasAttr("popover") || box.hasAttr("aria-modal") || box.attr("role").equalsIgnoreCase("dialog")
                    || box.normalName().equals("dialog");
            if (controls != null && folded(box) && !dialog) {
                disclosedBoxes.add(box);
                disclosures.addAll(controls);
            }
            Element menu = chapters.get(box.id());
            if (menu != null && !dialog) {
                shownBy.computeIfAbsent(menu, k -> new ArrayList<>()).add(box);
            }
        }
        // the boxes a chapter menu names, two or more built alike side by side: the ones folded are the text's too
        for (List<Element> boxes : shownBy.values()) {
            Element first = boxes.get(0);
            boolean alike = boxes.size() >= 2 && boxes.stream().allMatch(b -> b.parent() == first.parent()
                    && b.normalName().equals(first.normalName()));
            for (Element box : boxes) {
                if (alike && folded(box)) {
                    disclosedBoxes.add(box);
                }
            }
        }
    }

    /**
     * A chapter menu: in-page links side by side (two or more in one list), each naming a box of the page, of which a
     * script shows one at a time ("Morning", "Noon", "Night" over the sections of a feature). Maps each fragment to
     * the menu naming it.
     */
    private static Map<String, Element> chapterMenus(List<Element> anchors) {
        // in document order: a fragment two menus name goes to the first menu on every run, not to the one identity hash
        // codes happen to put first
        Map<Element, List<String>> menus = new LinkedHashMap<>();
        for (Element a : anchors) {
            PageBudget.check();
            String fragment = a.attr("href").substring(1).strip();
            Element item = a.parent();
            Element list = item == null ? null : item.normalName().equals("li") ? item.parent() : item;
            if (!fragment.isEmpty() && list != null) {
                menus.computeIfAbsent(list, k -> new ArrayList<>()).add(fragment);
            }
        }
        Map<String, Element> chapters = new HashMap<>();
        for (Map.Entry<Element, List<String>> m : menus.entrySet()) {
            if (m.getValue().size() >= 2) {
                for (String f : m.getValue()) {
                    chapters.putIfAbsent(f, m.getKey());
                }
            }
        }
        return chapters;
    }

    /** The span of a block-level element, or null for inline and dropped elements. */
    Span span(Element e) {
        PageBudget.check();
        return byElement.get(e);
    }

    /** What {@link #enter} opened for an element, for {@link #leave}: a box, a link, a {@code <pre>}. */
    private static final int BLOCK = 1;
    private static final int LINK = 2;
    private static final int PRE = 4;
    /** A box past {@link #MAX_NESTING}: it still breaks the text into blocks, but makes no span of its own. */
    private static final int FLAT_BLOCK = 8;
    /** An inline element opening its block: when it holds a date alone and text follows it, the date is a line of its own. */
    private static final int LEADING = 16;
    /**
     * Boxes nested deeper than this (tags a broken page never closes, 10^5 of them) make no spans: every climb from a
     * block to its ancestors stays short, so such a page is read in linear time, its paragraphs still apart.
     */
    static final int MAX_NESTING = 256;
    /** One entry per element entered and not yet left: the walk is a loop, so no nesting depth can overflow the stack. */
    private int[] opened = new int[64];
    private int openedSize;

    private void visit(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                PageBudget.check();
                if (node instanceof TextNode t) {
                    append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                return node instanceof Element e && enter(e) ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element) {
                    leave((Element) node);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** @return whether the element's content is read (then {@link #leave} follows it), false when it is dropped */
    private boolean enter(Element e) {
        String tag = e.normalName();
        if (IMAGES.contains(tag) && !open.isEmpty()) {
            open.get(open.size() - 1).image = true;
        }
        // a declarative shadow root is rendered in place of its host's children: visible text, not a template
        boolean shadowRoot = tag.equals("template") && (e.hasAttr("shadowrootmode") || e.hasAttr("shadowroot"));
        // an accordion's question is a button inside its heading: the heading's text, not a control; a button beside the
        // heading's words ("Copy link", "Merken") is one
        boolean headingButton = tag.equals("button") && headingsWhole(e);
        boolean shownText = tag.equals("textarea") && shownTextarea(e);
        boolean drop = !shownText && !(tag.equals("label") && checklistItem(e)) && (lenient ? LENIENT_DROP.contains(tag) || tag.equals("nav") && !navHoldingText(e)
                : DROP.contains(tag) && !(tag.equals("aside") && factBox(e)) || (hidden(e) || sheetHidden(e)) && !disclosed(e));
        if (!shadowRoot && (headingButton ? hidden(e) : drop)) {
            if (tag.equals("figcaption")) {
                figcaptions++;
            } else if (tag.equals("iframe") && !e.attr("srcdoc").isBlank()) {
                srcdocs++;
            }
            return false;
        }
        if (unseen(e.className()) || permalinkMark(e, tag) || tag.equals("a") && (unfolds(e) || discloses(e))
                || e.attr("role").equalsIgnoreCase("button") && inHeading(e) && !headingsWhole(e)) {
            return false;
        }
        if (tag.equals("br")) {
            trimTrailingSpace();
            buf.append('\n');
            return false;
        }
        boolean cell = CELLS.contains(tag) && !layoutCell(e);
        if (cell) {
            append(" ");
        }
        // a prefixed tag is an office program's inline mark (Word's <o:p>, <st1:place> smart tags), not a box
        // and an inline element the page marks as a heading (role=heading: a script-built page's headline in a <span>) is
        // set as a heading is, a line of its own (round thirty-three)
        boolean block = !cell && (!INLINE.contains(tag) && tag.indexOf(':') < 0 && !inlineCustom(e, tag) || photoBox(e)
                || INLINE.contains(tag) && ariaHeading(e));
        boolean flat = block && open.size() >= MAX_NESTING;
        if (flat) {
            block = false;
            flush();
        }
        if (!block && !cell && sideBySide(e)) {
            append(" ");
        }
        if (block) {
            flush();
            boolean strongPositive = isStrongPositive(e);
            Span parent = open.isEmpty() ? null : open.get(open.size() - 1);
            boolean root = tag.equals("body") || tag.equals("html");
            int hint = root ? NONE : hint(e, hints);
            if (hint == WEAK_NEGATIVE && anchoredText(e)) {
                hint = NONE;
            }
            Element run = hint == STRONG_NEGATIVE ? storyRun(e) : null;
            if (run != null) {
                hint = NONE;
            }
            // every consent box's name carries a furniture word (cookie, consent, gdpr, banner): only those are looked at
            boolean consent = hint != NONE && consent(e);
            Span span = new Span(e, blocks.size(), hint, strongPositive, parent, !root && (consent || popup(e)));
            span.inConsent = consent || parent != null && parent.inConsent;
            span.storyRun = run != null ? byElement.get(run) : parent != null ? parent.storyRun : null;
            if (strongPositive) {
                for (Span o : open) {
                    o.holdsArticle = true;
                }
                explicitDepth++;
            }
            spans.add(span);
            byElement.put(e, span);
            open.add(span);
            owners.add(e);
        }
        // a heading's link to itself (<h2 id=x><a href="#x">) is a permalink anchor, not a way off the page
        // and a link wrapping a story's paragraphs (a card holding the whole text: <a href><h2>…</h2><p>…</p><p>…</p></a>)
        // leads off the page from its text, which is no link's words (round thirty-two)
        // and a post's own headline linked to itself (rel=bookmark, the one such link of a single post's page) is its
        // headline, not a way off (round thirty-three)
        boolean link = tag.equals("a") && !(e.attr("href").startsWith("#") && inHeading(e)) && !wrapsParagraphs(e)
                && !ownPermalink(e);
        if (link) {
            linkDepth++;
        }
        boolean pre = tag.equals("pre") || shownText || preStyled(e);
        if (pre) {
            preDepth++;
        }
        if (openedSize == opened.length) {
            opened = Arrays.copyOf(opened, openedSize * 2);
        }
        boolean leading = !block && !link && !cell && preDepth == 0 && (buf.isEmpty() || buf.length() == 1 && buf.charAt(0) == ' ');
        opened[openedSize++] = (block ? BLOCK : 0) | (link ? LINK : 0) | (pre ? PRE : 0) | (flat ? FLAT_BLOCK : 0)
                | (leading ? LEADING : 0);
        return true;
    }

    /** The classes the page's style sheet sets to keep line breaks, read on the first box with a class. */
    private Set<String> preClasses;

    /** The classes and ids the head's style sheet hides outright, read on the first box named so. */
    private Set<String> hiddenSelectors;

    /**
     * Hidden by the head's style sheet: a box whose id or one of whose classes a top-level rule sets to {@code display:none}
     * (round thirty-four: an app's download layer named for nothing, longer than the story, read as the text). The same
     * exceptions as inline styles: a text folded beside its toggle, a carousel's slide.
     */
    private boolean sheetHidden(Element e) {
        if (e.id().isEmpty() && e.className().isEmpty()) {
            return false;
        }
        if (hiddenSelectors == null) {
            hiddenSelectors = StyleClasses.hiddenSelectors(e.ownerDocument());
        }
        if (hiddenSelectors.isEmpty()) {
            return false;
        }
        boolean named = !e.id().isEmpty() && hiddenSelectors.contains("#" + e.id());
        for (String c : named ? Set.<String>of() : e.classNames()) {
            named |= hiddenSelectors.contains("." + c);
        }
        return named && !besideToggle(e) && !slide(e);
    }

    /**
     * A box the page shows with its line breaks kept, as a {@code <pre>} (round thirty-three): {@code white-space:
     * pre-wrap} (or {@code pre}, {@code pre-line}) on the box or on a class of it in the page's style sheet, as a mail
     * archive's message body is set. Only a {@code div}, {@code p}, {@code td} or {@code section}.
     */
    private boolean preStyled(Element e) {
        String tag = e.normalName();
        if (!tag.equals("div") && !tag.equals("p") && !tag.equals("td") && !tag.equals("section")) {
            return false;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && style.indexOf("white-space") >= 0 && StyleClasses.PRE_SPACE.matcher(style).find()) {
            return true;
        }
        if (e.className().isEmpty()) {
            return false;
        }
        if (preClasses == null) {
            // the document once: ownerDocument() walks up to the root, on every box of 10^5 nested ones a square
            Document doc = e.ownerDocument();
            preClasses = doc == null ? Set.of() : StyleClasses.preClasses(doc);
        }
        if (preClasses.isEmpty()) {
            return false;
        }
        for (String c : e.classNames()) {
            if (preClasses.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** An element marked {@code role=heading} that holds text and no box. */
    private static boolean ariaHeading(Element e) {
        return e.hasAttr("role") && e.attr("role").strip().equalsIgnoreCase("heading") && !e.tagName().equals("a")
                && e.childrenSize() <= 4 && e.hasText();
    }

    /** How many links of the page say rel=bookmark in a heading, counted on the first such link. */
    private int bookmarks = -1;

    /**
     * A heading's link marked {@code rel=bookmark}, the page's only one: a single post's title linked to its own
     * permalink, as old blog themes set it ({@code <h2 class="entry-title"><a rel="bookmark">}). A list of posts marks
     * every title so, and those are links to other pages.
     */
    private boolean ownPermalink(Element a) {
        if (!a.hasAttr("rel") || !a.attr("rel").toLowerCase(Locale.ROOT).contains("bookmark") || !inHeading(a)) {
            return false;
        }
        if (bookmarks < 0) {
            bookmarks = 0;
            for (Element other : a.ownerDocument() == null ? List.<Element>of() : a.ownerDocument().select("a[rel~=(?i)bookmark]")) {
                bookmarks += inHeading(other) ? 1 : 0;
            }
        }
        return bookmarks == 1;
    }

    /** A paragraph a link wraps is prose of this many characters; it wraps two such at least. */
    private static final int WRAPPED_PARAGRAPH = 80;

    /** Whether link {@code a} wraps two paragraphs of prose or more, its own children. */
    private static boolean wrapsParagraphs(Element a) {
        int paragraphs = 0;
        for (Element c : a.children()) {
            if (c.normalName().equals("p") && c.text().length() >= WRAPPED_PARAGRAPH && ++paragraphs >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two inline boxes, each named by a class, side by side with nothing between them: a label and its value
     * ({@code <span class="spec-name">Weight</span><span class="spec-value">1.2 kg</span>}), which a stylesheet sets as
     * cells, so a reader sees two words, not "Weight1.2 kg". Not between scripts written without spaces (Chinese,
     * Japanese, Thai), nor between single letters (a headline animated a letter a box).
     */
    private boolean sideBySide(Element e) {
        if (!INLINE.contains(e.normalName()) || e.className().isBlank() || buf.length() == 0
                || !(e.previousSibling() instanceof Element prev) || prev.className().isBlank()
                || !INLINE.contains(prev.normalName())) {
            return false;
        }
        String before = edgeText(prev, false, 0);
        String after = edgeText(e, true, 0);
        return before != null && after != null && (before.length() >= 2 && after.length() >= 2
                && spaced(buf.charAt(buf.length() - 1)) && spaced(after.charAt(0)) || labelledRow(prev, e));
    }

    /** Longest label of a name/value row, in characters. */
    private static final int LABEL_CHARS = 12;

    /**
     * A name/value row in any script: a box holding nothing but the two inline boxes, the first a short label that ends
     * no sentence and a value with no clause in it (a full-width comma), with a row built alike (same tag and classes) beside it, the row no
     * paragraph or heading. A Chinese or Japanese specification list
     * ({@code <span class="param-name">重量</span><span class="param-value">98克</span>}) reads "重量 98克", though
     * those scripts write no spaces: a stylesheet sets the two as cells. Styled runs inside a sentence are no such row.
     */
    private static boolean labelledRow(Element label, Element value) {
        Element row = value.parent();
        if (row == null || row.childrenSize() != 2 || !row.ownText().isBlank() || row.normalName().equals("p")
                || isHeadingTag(row.normalName())) {
            return false;
        }
        String name = label.text().strip();
        String said = value.text().strip();
        if (name.isEmpty() || name.length() > LABEL_CHARS || said.isEmpty() || endsSentence(name) || clauses(said)) {
            return false;
        }
        Element next = row.nextElementSibling();
        Element alike = next != null ? next : row.previousElementSibling();
        return alike != null && alike.normalName().equals(row.normalName()) && alike.className().equals(row.className())
                && alike.childrenSize() == 2;
    }

    private static boolean endsSentence(String s) {
        return ".!?。！？".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A sentence's end or a clause's comma in a script written without spaces: running text, not a value. */
    private static boolean clauses(String s) {
        return endsSentence(s) || s.indexOf('，') >= 0 || s.indexOf('。') >= 0 || s.indexOf('、') >= 0 && s.length() > 20;
    }

    /** A letter or digit of a script that writes spaces between words. */
    private static boolean spaced(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.THAI
                && script != Character.UnicodeScript.LAO && script != Character.UnicodeScript.KHMER
                && script != Character.UnicodeScript.MYANMAR && script != Character.UnicodeScript.TIBETAN;
    }

    /** The element's first (or last) text, stripped, a few levels down at most; null when there is none. */
    private static String edgeText(Element e, boolean first, int depth) {
        int n = e.childNodeSize();
        for (int k = 0; k < n && depth < 4; k++) {
            Node child = e.childNode(first ? k : n - 1 - k);
            if (child instanceof TextNode t && !t.isBlank()) {
                return t.text().strip();
            }
            if (child instanceof Element c) {
                return edgeText(c, first, depth + 1);
            }
        }
        return null;
    }

    private void leave(Element e) {
        int what = opened[--openedSize];
        if ((what & LINK) != 0) {
            linkDepth--;
        }
        if ((what & LEADING) != 0 && textFollows(e) && loneDate(shortText(e))) {
            // a date in a box of its own opening the text, the text written after it without a break (Bitrix's
            // <span class="news-date-time"> over the story's loose lines), is laid out on a line of its own by the
            // stylesheet: the story's dateline, not its first words
            trimTrailingSpace();
            buf.append('\n');
        }
        if ((what & BLOCK) != 0) {
            flush();
            owners.remove(owners.size() - 1);
            Span span = open.remove(open.size() - 1);
            span.end = blocks.size();
            if (span.strongPositive) {
                explicitDepth--;
            }
        }
        if ((what & FLAT_BLOCK) != 0) {
            flush();
        }
        if ((what & PRE) != 0) {
            preDepth--;
        }
    }

    /**
     * Text set right after the element in the same run of inline content, a text node or an inline element with text, that
     * goes on as words of its own, not the date's sentence ("<b>As of 29 November</b>, thirty artworks…").
     */
    private static boolean textFollows(Element e) {
        for (Node n = e.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (!t.isBlank()) {
                    String after = t.getWholeText().strip();
                    return Character.isLetterOrDigit(after.charAt(0)) || after.charAt(0) == '«' || after.charAt(0) == '"';
                }
            } else if (n instanceof Element x) {
                return INLINE.contains(x.normalName()) && !x.text().isBlank();
            }
        }
        return false;
    }

    /**
     * The element's text when it is short (a date, a label), else the empty string: read a few nodes deep at most, so
     * a page of inline elements nested a thousand deep is not read again for each of them.
     */
    private static String shortText(Element e) {
        StringBuilder sb = new StringBuilder();
        int[] budget = {32};
        return collect(e, sb, budget) ? sb.toString() : "";
    }

    private static boolean collect(Element e, StringBuilder sb, int[] budget) {
        for (Node n : e.childNodes()) {
            if (--budget[0] < 0 || sb.length() > 40) {
                return false;
            }
            if (n instanceof TextNode t) {
                sb.append(t.getWholeText());
            } else if (n instanceof Element x && !collect(x, sb, budget)) {
                return false;
            }
        }
        return sb.length() <= 40;
    }

    /** A date and at most a clock time beside it ("14.10.2026", "3 March 2026, 10:40"): a month's name, no other word. */
    static boolean loneDate(String text) {
        String t = text.strip();
        if (t.length() > 40 || !DateFinder.hasDate(t)) {
            return false;
        }
        // a month's name at most, and a letter of an abbreviation ("г.", "Uhr" is no date's): no words around it
        int letters = 0;
        int words = 0;
        for (int i = 0; i < t.length(); i++) {
            boolean letter = Character.isLetter(t.charAt(i));
            letters += letter ? 1 : 0;
            words += letter && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1)) && (i == 0 || !Character.isLetter(t.charAt(i - 1))) ? 1 : 0;
        }
        return letters <= 12 && words <= 1;
    }

    /** How far up a label's form is looked for: a form's fields sit a few boxes inside it. */
    private static final int FORM_REACH = 32;

    /**
     * A checkbox's label outside any form is an item of a list the reader ticks off as they go (a recipe's ingredients,
     * a packing list, a checklist's steps), not a field's name: its text is the item. A form's labels ("E-mail",
     * "Remember me") name what the form asks for. The checkbox is the label's own child or the element just before
     * it, named by the label's {@code for}.
     */
    static boolean checklistBox(Element input) {
        if (!input.normalName().equals("input") || !input.attr("type").equalsIgnoreCase("checkbox")) {
            return false;
        }
        Element parent = input.parent();
        Element next = input.nextElementSibling();
        return parent != null && parent.normalName().equals("label") ? checklistItem(parent)
                : next != null && next.normalName().equals("label") && checklistItem(next);
    }

    private static boolean checklistItem(Element label) {
        Element box = null;
        for (Element c : label.children()) {
            if (c.normalName().equals("input")) {
                box = c;
                break;
            }
        }
        if (box == null) {
            Element prev = label.previousElementSibling();
            box = prev != null && prev.normalName().equals("input") && !prev.id().isEmpty() && prev.id().equals(label.attr("for"))
                    ? prev : null;
        }
        if (box == null || !box.attr("type").equalsIgnoreCase("checkbox") || !label.hasText()) {
            return false;
        }
        int n = 0;
        for (Element p = label.parent(); p != null && n < FORM_REACH; p = p.parent(), n++) {
            if (p.normalName().equals("form")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A read-only {@code <textarea>} is text the page shows, not a field to fill in: a paste site's paste, a licence to
     * scroll through. Its lines are kept as a {@code <pre>}'s. Markup in it is a snippet to copy (an embed code), and an
     * editable one holds what the reader is to write.
     */
    private static boolean shownTextarea(Element e) {
        if (!e.hasAttr("readonly") && !e.hasAttr("disabled")) {
            return false;
        }
        String text = e.wholeText().strip();
        return !text.isEmpty() && text.charAt(0) != '<';
    }

    /**
     * A heading's permalink mark: a link to an anchor on the page whose text is a sign, not a word (Sphinx's and
     * MkDocs' "¶", a "#" or "§" beside the subhead); a reader never reads it as part of the heading.
     */
    private static boolean permalinkMark(Element e, String tag) {
        if (!tag.equals("a") || !e.attr("href").startsWith("#") || !inHeading(e)) {
            return false;
        }
        String text = e.text();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A custom element set in running text (a paragraph, a heading or an inline element holds it: {@code <p>… the
     * <glossary-term>harbour authority</glossary-term> said}) is phrasing content, as HTML's content model has it,
     * unless it holds boxes of its own. So is one with text of its line right beside it in any box (a story written in
     * lines broken by {@code <br>} in a {@code <div>}: "… in the United States (<trusted-source><a>1</a></trusted-source>)."),
     * as a browser lays out an element it does not know: inline.
     */
    private static boolean inlineCustom(Element e, String tag) {
        if (tag.indexOf('-') < 0) {
            return false;
        }
        Element parent = e.parent();
        String p = parent == null ? "" : parent.normalName();
        return (p.equals("p") || isHeadingTag(p) || INLINE.contains(p) || besideText(e.previousSibling())
                || besideText(e.nextSibling())) && e.selectFirst(BOXES) == null;
    }

    private static boolean besideText(Node n) {
        return n instanceof TextNode t && !t.isBlank();
    }

    private static final String BOXES = "p, div, ul, ol, dl, table, h1, h2, h3, h4, h5, h6, blockquote, pre, section, article,"
            + " figure, header, footer, form";

    /** Whether the element, inside a heading, says the heading's whole text: the heading is the control. */
    private static boolean headingsWhole(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if (isHeadingTag(t)) {
                return p.text().strip().equals(e.text().strip());
            }
            if (!INLINE.contains(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean inHeading(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if (t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6') {
                return true;
            }
            if (!INLINE.contains(t)) {
                return false;
            }
        }
        return false;
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && preDepth > 0) {
                trimTrailingSpace();
                int n = buf.length();
                // a blank line is a paragraph break; more of them say no more
                if (n > 0 && !(n > 1 && buf.charAt(n - 1) == '\n' && buf.charAt(n - 2) == '\n')) {
                    buf.append('\n');
                }
            } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                int n = buf.length();
                if (n > 0 && buf.charAt(n - 1) != ' ' && buf.charAt(n - 1) != '\n') {
                    buf.append(' ');
                    if (linkDepth > 0) {
                        linkChars++;
                    }
                }
            } else {
                if (buf.isEmpty() || (buf.length() == 1 && buf.charAt(0) == ' ')) {
                    leadingLink = linkDepth > 0;
                }
                buf.append(c);
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }
    }

    private void trimTrailingSpace() {
        int n = buf.length();
        if (n > 0 && buf.charAt(n - 1) == ' ') {
            buf.setLength(n - 1);
        }
    }

    private void flush() {
        if (buf.isEmpty() || owners.isEmpty()) {
            buf.setLength(0);
            linkChars = 0;
            leadingLink = false;
            return;
        }
        String text = buf.toString().strip();
        boolean hasWord = false;
        for (int i = 0; i < text.length() && !hasWord; i++) {
            hasWord = Character.isLetterOrDigit(text.charAt(i));
        }
        // markup that reached the page as text (an escaped tracking pixel, a broken noscript) is not text
        if (hasWord && !(text.startsWith("<") && text.indexOf('>') > 0 && text.indexOf('=') > 0)) {
            if (text.indexOf('\n') >= 0) {
                text = text.replace(" \n", "\n");
                // <br><br> is how pages without <p> break paragraphs (old CMSs, forums, blogs), and a blank line of a
                // <pre> is the text's own paragraph break: both stay one blank line, which assembly keeps
                text = BLANK_LINES.matcher(text).replaceAll("\n\n");
            }
            blocks.add(new Block(text, Math.min(linkChars, text.length()),
                    owners.get(owners.size() - 1), explicitDepth > 0, leadingLink));
        }
        buf.setLength(0);
        linkChars = 0;
        leadingLink = false;
    }

    /**
     * Hidden by attribute or inline style, the way a browser decides: {@code hidden}, {@code aria-hidden} on the element
     * itself, {@code display:none}, {@code visibility:hidden}. Never by class name ({@code overflow-hidden} and Drupal's
     * {@code field-label-hidden} are visible). A page wrapper marked {@code aria-hidden} while a dialog was open is not,
     * nor a collapsed section ({@code hidden="until-found"}): the browser opens it when it is searched or linked to, so
     * it is the page's text folded away (a mobile wiki's sections under their headings), not text kept from the reader.
     */
    /** The element or its nearest ancestor below {@code root} that is hidden, as {@link #hidden} says; null when none is. */
    static Element hiddenBox(Element e, Element root) {
        for (Element p = e; p != null && p != root; p = p.parent()) {
            PageBudget.check();
            if (hidden(p)) {
                return p;
            }
        }
        return null;
    }

    private static boolean hidden(Element e) {
        // a popover is hidden until a script or a button opens it, as a browser's own stylesheet says
        if (e.hasAttr("popover")) {
            return true;
        }
        if (e.normalName().equals("details") && !e.hasAttr("open") && closedItem(e)) {
            return true;
        }
        if (e.hasAttr("hidden") && !e.attr("hidden").strip().equalsIgnoreCase("until-found")) {
            return !besideToggle(e);
        }
        if (e.attr("aria-hidden").equalsIgnoreCase("true")) {
            String tag = e.normalName();
            // a box of paragraphs beside the box holding the page's h1, holding none itself, is no page wrapper: a help
            // or search box kept out of sight until a key opens it (round thirty-seven)
            boolean wrapper = tag.equals("body") || tag.equals("main") || tag.equals("article")
                    || !tag.equals("p") && e.selectFirst("p") != null && !(e.selectFirst("h1") == null && siblingHoldsH1(e));
            return !wrapper;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return (s.contains("display:none") || s.contains("visibility:hidden") || offscreen(s)) && !besideToggle(e) && !slide(e);
    }

    /** A sibling of the element holds an {@code h1} (a sibling of a few dozen at most: a layout's columns). */
    private static boolean siblingHoldsH1(Element e) {
        Element parent = e.parent();
        if (parent == null || parent.childrenSize() > SLIDES) {
            return false;
        }
        for (Element sib : parent.children()) {
            if (sib != e && (sib.normalName().equals("h1") || sib.selectFirst("h1") != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Placed far off the screen, as a page parks a box it shows later ({@code position:absolute; left:-9999px}: a push
     * notification offer, a popup waiting for its script): a thousand pixels out and more (round thirty-three).
     */
    private static boolean offscreen(String style) {
        return (style.contains("position:absolute") || style.contains("position:fixed")) && OFFSCREEN.matcher(style).find();
    }

    private static final Pattern OFFSCREEN = Pattern.compile("(?:^|;)(?:left|top|right):-\\d{4,}(?:\\.\\d+)?(?:px)?(?:;|!|$)");

    /**
     * A closed {@code <details>} beside an open one built alike (the same first class word), none of whose summaries asks:
     * a list of notices or news items shown as an accordion with the page's own item open, the others other items (round
     * thirty-four: "Jahreshauptversammlung 2027" read under the open "Winterlager" item, P 0.76). An FAQ's summaries ask,
     * and its closed answers are its text, read whole as before.
     */
    private static boolean closedItem(Element e) {
        Element parent = e.parent();
        if (parent == null || parent.childrenSize() > SLIDES || asks(e)) {
            return false;
        }
        String cls = firstClassWord(e);
        boolean open = false;
        for (Element sib : parent.children()) {
            if (sib == e || !sib.normalName().equals("details")) {
                continue;
            }
            if (asks(sib)) {
                return false;
            }
            open |= sib.hasAttr("open") && firstClassWord(sib).equals(cls);
        }
        return open;
    }

    /** Whether a {@code <details>}' summary asks a question: an FAQ's item. */
    private static boolean asks(Element details) {
        Element summary = details.selectFirst("> summary");
        String t = summary == null ? "" : summary.text().strip();
        return t.endsWith("?") || t.endsWith("？") || t.endsWith("؟");
    }

    /** A carousel's slides are looked for among this many siblings at most. */
    private static final int SLIDES = 64;

    /**
     * A carousel's slide that a script hides until its turn: a picture and its text in a box built like its siblings
     * (the same tag and first class name), one of which is shown, beside the carousel's own controls (previous, next).
     * A gallery told in its captions is read whole, as a reader clicks through it (round twenty-six). Text slides too (an
     * explainer's "five things" one card at a time) when their kind is named by a class and three or more are built
     * alike; the controls are buttons, or links leading nowhere else ({@code href="#"}), beside the slides or beside
     * the track that holds them (round twenty-seven); unnamed text slides are built alike by the tags of their boxes in
     * order (a subhead over its paragraph: round twenty-eight). A hidden box with no shown box built like it, or no
     * control beside them, stays hidden.
     */
    private static boolean slide(Element e) {
        Element parent = e.parent();
        if (parent == null || parent.childrenSize() > SLIDES) {
            return false;
        }
        boolean picture = e.selectFirst("img, picture, amp-img") != null;
        String cls = firstClassWord(e);
        // unnamed text slides are built alike by their boxes: the same tags in the same order, a subhead and its text
        String shape = !picture && cls.isEmpty() ? shape(e) : "";
        if (!picture && cls.isEmpty() && shape.isEmpty()) {
            return false;
        }
        String kind = e.normalName() + "." + cls + shape;
        boolean shown = false;
        Element shownSlide = null;
        int controls = 0;
        int alike = 0;
        for (Element c : parent.children()) {
            PageBudget.check();
            if (c == e) {
                continue;
            }
            controls += slideControl(c) ? 1 : 0;
            if ((c.normalName() + "." + firstClassWord(c) + (shape.isEmpty() ? "" : shape(c))).equals(kind)) {
                alike++;
                if (!shown) {
                    String st = c.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
                    shown = !c.hasAttr("hidden") && !st.contains("display:none") && !st.contains("visibility:hidden");
                    shownSlide = shown ? c : null;
                }
            }
        }
        // two text slides are a carousel too when both controls stand beside them (previous and next) and the hidden one
        // tells something else than the shown one (a page's other version of the same text is no slide: round twenty-nine)
        boolean pair = !picture && alike == 1;
        if (!shown || !picture && alike < 2 && !pair) {
            return false;
        }
        // the controls beside the track holding the slides, when the slides fill it
        Element track = parent.parent();
        if (controls < (pair ? 2 : 1) && track != null && track.childrenSize() <= SLIDES && !parent.normalName().equals("body")) {
            for (Element c : track.children()) {
                PageBudget.check();
                if (c == parent) {
                    continue;
                }
                if (slideControl(c)) {
                    controls++;
                } else if (c.childrenSize() > 0 && c.childrenSize() <= SLIDES) {
                    // a box of controls: its first (or, for a pair, each) child
                    for (int k = 0; k < (pair ? c.childrenSize() : 1); k++) {
                        controls += slideControl(c.child(k)) ? 1 : 0;
                    }
                }
            }
        }
        return controls >= (pair ? 2 : 1) && !(pair && firstText(e).equals(firstText(shownSlide)));
    }

    /** The text of a box's first child, or of the box: what a slide opens with. */
    private static String firstText(Element e) {
        return (e.childrenSize() > 0 ? e.child(0) : e).text().strip();
    }

    /** A box's shape: the tags of its two to eight children in order ("/h3/p"), or "" for another box. */
    private static String shape(Element e) {
        int n = e.childrenSize();
        if (n < 2 || n > 8) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Element c : e.children()) {
            out.append('/').append(c.normalName());
        }
        return out.toString();
    }

    /** A carousel's control: a button, or a link leading nowhere else (an empty, "#" or script address). */
    private static boolean slideControl(Element c) {
        String tag = c.normalName();
        if (tag.equals("button") || c.attr("role").equalsIgnoreCase("button")) {
            return true;
        }
        if (!tag.equals("a")) {
            return false;
        }
        String href = c.attr("href").strip();
        return href.isEmpty() || href.equals("#") || href.toLowerCase(Locale.ROOT).startsWith("javascript:");
    }

    private static String firstClassWord(Element e) {
        String c = e.className().strip();
        int sp = c.indexOf(' ');
        return sp < 0 ? c : c.substring(0, sp);
    }

    /** A toggle's label is a few words: "Read more", "Показать полностью…", "続きを読む". */
    private static final int TOGGLE_CHARS = 40;

    /**
     * The rest of a text folded away beside the control that unfolds it: a "Показать полностью…" link before a
     * {@code <span style="display:none">} (a social network's long post), a "Read more" button after a hidden box. The
     * reader reads it with one click, so it is the text's, as a folded wiki section is. Beside it through wrappers too:
     * a script that finds the box by its class needs no {@code aria-controls}, and themes wrap the rest and the button
     * each in a box of its own ({@code <div class="more-wrap"><div style="display:none">…</div></div><div
     * class="controls"><button>Read more</button></div>}); a wrapper holds nothing else.
     */
    private static boolean besideToggle(Element e) {
        Element x = e;
        boolean closed = false;
        for (int up = 0; up <= FOLDED_WRAPPERS; up++) {
            if (toggleBox(x.previousElementSibling(), e) || toggleBox(x.nextElementSibling(), e)) {
                return true;
            }
            Element parent = x.parent();
            if (parent == null || parent.normalName().equals("body")) {
                return false;
            }
            // once, the box whose visible start the rest closes: the text's box, the button after it ("<div
            // class=story__inner"><div>visible…</div><div>…<div style="display:none">rest</div>…</div></div><div><button>")
            boolean closing = !closed && x.nextElementSibling() == null && parent.ownText().isBlank()
                    && !soleWrapper(parent) && e.selectFirst("input, textarea, select, form, [role=dialog]") == null;
            if (!soleWrapper(parent) && !closing) {
                return false;
            }
            closed |= closing;
            x = parent;
        }
        return false;
    }

    /** How many wrappers apart a folded rest and its toggle may stand, and how many deep a toggle sits in its box. */
    private static final int FOLDED_WRAPPERS = 6;
    private static final int TOGGLE_WRAPPERS = 3;

    /**
     * A toggle, or a box holding nothing but one, through wrappers, that may unfold {@code folded}: one that opens a
     * popup ({@code aria-haspopup}) or names another box by {@code aria-controls} does not.
     */
    private static boolean toggleBox(Element e, Element folded) {
        Element x = e;
        for (int down = 0; x != null && down <= TOGGLE_WRAPPERS; down++) {
            if (toggle(x)) {
                return !x.hasAttr("aria-haspopup")
                        && (!x.hasAttr("aria-controls") || List.of(x.attr("aria-controls").strip().split("\\s+")).contains(folded.id()));
            }
            if (!soleWrapper(x)) {
                return false;
            }
            x = x.child(0);
        }
        return false;
    }

    /** A box of one element and no text of its own. */
    private static boolean soleWrapper(Element e) {
        return e.childrenSize() == 1 && e.ownText().isBlank() && !e.normalName().equals("body");
    }

    /** A control that acts on the page itself: a button, or a link that leads nowhere else ("#", a script, none). */
    static boolean toggle(Element e) {
        if (e == null) {
            return false;
        }
        String tag = e.normalName();
        String href = e.attr("href").strip();
        boolean inPage = tag.equals("a") && (href.isEmpty() || href.equals("#") || href.startsWith("javascript:"));
        return (tag.equals("button") || inPage) && e.text().strip().length() <= TOGGLE_CHARS && e.hasText();
    }

    /** A toggle beside a folded rest of the text: a control, not a word of it. */
    private static boolean unfolds(Element e) {
        Element prev = e.previousElementSibling();
        Element next = e.nextElementSibling();
        return toggle(e) && (folded(next) || folded(prev));
    }

    private static boolean folded(Element e) {
        if (e == null) {
            return false;
        }
        String s = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return e.hasAttr("hidden") && !e.attr("hidden").strip().equalsIgnoreCase("until-found")
                || s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * A table cell used as a page column (a table layout): it holds paragraphs, lists or nested tables, or text broken
     * into lines. Such a cell is laid out as a block of its own, not read as one line with the navigation beside it.
     */
    private static boolean layoutCell(Element e) {
        return e.selectFirst("p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, br + br") != null;
    }

    /** A layer over the page by its markup (a dialog, a box pinned over the page, a popup or consent box by name). */
    static boolean layer(Element e) {
        return popup(e) || consent(e);
    }

    private static boolean popup(Element e) {
        if (e.attr("role").equals("dialog") || e.attr("role").equals("alertdialog") || e.attr("aria-modal").equals("true")
                || e.normalName().equals("dialog") && !e.hasAttr("open")) {
            return true;
        }
        // pinned over the page: a consent bar, a subscription box, a chat bubble
        String style = e.attr("style");
        if (!style.isEmpty() && style.toLowerCase(Locale.ROOT).replace(" ", "").contains("position:fixed")) {
            return true;
        }
        // the same pinned by a utility class that names the property (Tailwind's "fixed", Bootstrap's "position-fixed")
        String cls = e.className();
        if (cls.contains("fixed")) {
            for (String c : cls.split("\\s+")) {
                if (c.equals("fixed") || c.equals("position-fixed")) {
                    return true;
                }
            }
        }
        // "js-hide-on-print" hides the box from a printer only: its "hide" names no box a script opens; and a box one of
        // whose class names is the story's text ("article__body article-overlay-handle", a hook an image viewer's script
        // finds the story's pictures by) is the story, not a layer over it (session 50, --mutate builder: 8267acacb9 read
        // its author's line alone, each paragraph's cell inside the "overlay")
        String[] names = {withoutPrintHiding(cls), e.id()};
        for (int n = 0; n < names.length; n++) {
            String attr = names[n];
            if (!attr.isEmpty()) {
                List<String> ws = words(attr);
                for (String w : ws) {
                    // the text a paywall locks, named as the text too ("article__text--locked js-paywall-blur"), is the
                    // story's rest, shown blurred under the offer: no overlay (round twenty-nine)
                    if (POPUP_WORDS.contains(w) && !(w.equals("paywall") && lockedText(ws))) {
                        // the story's name is looked for only here: most boxes name no overlay
                        if (n == 0 && namesStoryText(cls)) {
                            break;
                        }
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether one of the class names, by itself, names a story's text: a story's word and a text's word
     * ({@code article__body}, {@code entry-content}, {@code story-text}) or one word for both ({@code articlebody}), and
     * no overlay word: a modal's own boxes ({@code modal-body}, {@code popup-content}) are named for the layer they make.
     */
    private static boolean namesStoryText(String cls) {
        if (cls.isEmpty()) {
            return false;
        }
        for (String token : cls.split("\\s+")) {
            List<String> ws = words(token);
            boolean story = false;
            boolean text = false;
            for (String w : ws) {
                if (POPUP_WORDS.contains(w)) {
                    story = false;
                    text = false;
                    break;
                }
                story |= STORY_WORDS.contains(w);
                text |= TEXT_WORDS.contains(w);
                if (TEXT_BOXES.contains(w)) {
                    story = text = true;
                }
            }
            if (story && text) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STORY_WORDS = Set.of("article", "entry", "post", "story", "news", "blog");
    private static final Set<String> TEXT_WORDS = Set.of("body", "content", "text", "copy");
    private static final Set<String> TEXT_BOXES = Set.of("articlebody", "storybody", "bodytext", "richtext");

    /** Class words naming a story's text beside "paywall", and no other overlay word: the locked part of the text. */
    private static boolean lockedText(List<String> ws) {
        boolean text = false;
        for (String w : ws) {
            if (POPUP_WORDS.contains(w) && !w.equals("paywall")) {
                return false;
            }
            text |= w.equals("text") || w.equals("body") || w.equals("content") || w.equals("richtext");
        }
        return text;
    }

    /**
     * An inline wrapper of a photo and its caption ({@code <span class="end_photo_org"><img><em>caption</em></span>} at
     * the top of a Korean portal's story): laid out as a box of its own, so the caption is told from the story's first
     * line. Named for a picture and holding one.
     */
    private static boolean photoBox(Element e) {
        String cls = e.className();
        if (cls.isEmpty() || !PHOTO_HINT.matcher(cls).find()) {
            return false;
        }
        boolean named = false;
        for (String w : words(cls)) {
            named |= PHOTO_WORDS.contains(w);
        }
        return named && e.selectFirst("img, picture") != null;
    }

    /** A cookie or consent notice by its class or id words: {@code cookie-banner}, {@code gdpr}, {@code cmp-consent}. */
    private static boolean consent(Element e) {
        for (String attr : new String[] {e.className(), e.id()}) {
            if (attr.isEmpty()) {
                continue;
            }
            List<String> ws = words(attr);
            boolean cookie = false;
            boolean notice = false;
            for (String w : ws) {
                if (CONSENT_WORDS.contains(w)) {
                    return true;
                }
                cookie |= w.equals("cookie") || w.equals("cookies");
                notice |= NOTICE_WORDS.contains(w);
            }
            // "cookie" alone may be a recipe's box; with a notice word it is the banner
            if (cookie && notice) {
                return true;
            }
        }
        return false;
    }

    private static boolean unseen(String cls) {
        return !cls.isEmpty() && UNSEEN.matcher(cls).find();
    }

    private static boolean isStrongPositive(Element e) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        String cls = e.className();
        String id = e.id();
        return (!cls.isEmpty() && STRONG_POSITIVE.matcher(cls).find() && hintOf(cls) < STRONG_NEGATIVE)
                || (!id.isEmpty() && STRONG_POSITIVE.matcher(id).find() && hintOf(id) < STRONG_NEGATIVE);
    }

    private static int hint(Element e, Map<String, Integer> cache) {
        String cls = e.className();
        int byClass = cache.computeIfAbsent(cls, DomBlocks::hintOf);
        if (byClass != NONE && cls.contains("__")) {
            // furniture only when its own part says so too: a positive block word still counts (ticker-entry__time)
            byClass = Math.min(byClass, cache.computeIfAbsent(ownElementNames(e, cls), DomBlocks::hintOf));
        }
        int h = Math.max(byClass, cache.computeIfAbsent(e.id(), DomBlocks::hintOf));
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("complementary") || role.equals("banner") || role.equals("contentinfo")) {
            h = Math.max(h, STRONG_NEGATIVE);
        }
        String tag = e.normalName();
        if (tag.equals("header") || tag.equals("footer") || tag.equals("form")) {
            h = Math.max(h, WEAK_NEGATIVE);
        }
        // "the contact information for its nearest article or body" (HTML): the author's line, as a byline is
        if (tag.equals("address")) {
            h = Math.max(h, STRONG_NEGATIVE);
        }
        // a heading named "header" or "meta" (wprm-recipe-header) is a subhead; the weak words mean page furniture on boxes
        // and so is a box holding nothing but its subhead (tasty-recipes-ingredients-header around "Ingredients")
        if (h == WEAK_NEGATIVE && (isHeadingTag(tag) || !tag.equals("header") && headingBox(e))) {
            h = NONE;
        }
        // "time" names a post's date box, and also a recipe's prep and cook times: a duration is the recipe's content
        if (h == WEAK_NEGATIVE && (TIME_WORD.matcher(e.className()).find() || TIME_WORD.matcher(e.id()).find())
                && (duration(e) || CLOCK_ALONE.matcher(e.text().strip()).matches() && entryHead(e))) {
            h = NONE;
        }
        // a box of facts, each a label beside its value ("When", "Where", "Price" under an event's name): the page's
        // content, whatever the box is named ("event__meta")
        if (h == WEAK_NEGATIVE && factRows(e)) {
            h = NONE;
        }
        return h < COMMENTS && headedAsComments(e) ? COMMENTS : h;
    }

    /** Per box holding a run of cells, whether it stands beside the headline's story ({@link #besideStory}). */
    private final Map<Element, Boolean> besideStory = new IdentityHashMap<>();

    /** How many siblings each way a cell's row looks at for another built alike: a run's cells stand close together. */
    private static final int CELL_NEIGHBOURS = 6;

    /**
     * A box named as furniture (a bare {@code widget}) that is one cell of a run a page builder set a story in, one
     * paragraph (or a few, or a subhead) a cell: the box and its wrappers down to its paragraphs hold nothing else, its
     * wrappers up to a row of the grid (one at least) hold nothing else, and a row built alike beside that row (the same
     * tag and first class) holds paragraphs the same way. Page builders wrap each part of a post so, whatever the wrappers are named
     * (Bootstrap's {@code row > col}, SiteOrigin's {@code panel-grid > so-panel widget}, Imweb's {@code doz_row > widget
     * text}): each cell weighed one paragraph against an author box or a caption longer than any of them, and lost
     * (session 46, {@code --mutate builder}: 46 pages worse, 10 at F1 0). Such a box is no furniture, and its paragraphs
     * weigh for the box holding the run ({@link Span#storyRun}), which is returned; else null. A sidebar's widgets hold a
     * title and a list or a form, not paragraphs alone; a run of bare text widgets in a footer, an {@code <aside>}, a box
     * named as furniture or a column beside the headline's story stays furniture.
     */
    private Element storyRun(Element e) {
        String tag = e.normalName();
        int content = tag.equals("div") || tag.equals("section") ? cellContent(e) : 0;
        if (content == 0 || e.hasAttr("role") || hintOf(e.id()) >= STRONG_NEGATIVE) {
            return null;
        }
        Element row = e;
        int depth = 0;
        while (row.parent() != null && row.parent().childrenSize() == 1 && row.parent().ownText().isBlank()) {
            row = row.parent();
            if (++depth > MAX_CELL_DEPTH) {
                return null;
            }
        }
        Element parent = row.parent();
        // a builder's cell wraps its widget at least once: a box named as furniture standing bare among its siblings (an
        // author's bio set twice) is no cell of a grid
        if (depth == 0 || parent == null || furnitureRun(parent) || furnitureRun(parent.parent())) {
            return null;
        }
        int index = row.elementSiblingIndex();
        for (int i = Math.max(0, index - CELL_NEIGHBOURS); i < Math.min(parent.childrenSize(), index + CELL_NEIGHBOURS + 1); i++) {
            Element sibling = parent.child(i);
            // a cell of paragraphs is built alike down to the box under it (a footer's widget of its own paragraph is
            // not one of a story's text widgets); a subhead's cell down to the cell
            if (i != index && builtAlike(row, sibling, depth, content == PROSE_CELL) && cellContent(sibling) == PROSE_CELL) {
                // once a run: each of a few thousand cells would search the page for its headline again
                return besideStory.computeIfAbsent(parent, DomBlocks::besideStory) ? null : parent;
            }
        }
        return null;
    }

    /**
     * Whether {@code other} is built as {@code row} is down to the cell {@code depth} levels under it: the same tag and
     * first class at each level, each wrapper holding one box; and with {@code below}, the box under the cell alike too
     * (or both cells holding their paragraphs themselves). An author's box set in a row of the grid is no cell alike.
     */
    private static boolean builtAlike(Element row, Element other, int depth, boolean below) {
        Element a = row;
        Element b = other;
        for (int level = 0; ; level++) {
            if (!sameKind(a, b)) {
                return false;
            }
            if (level == depth) {
                break;
            }
            if (b.childrenSize() != 1) {
                return false;
            }
            a = a.child(0);
            b = b.child(0);
        }
        if (!below) {
            return true;
        }
        return a.childrenSize() == 1 && b.childrenSize() == 1 ? sameKind(a.child(0), b.child(0))
                : a.childrenSize() != 1 && b.childrenSize() != 1;
    }

    private static boolean sameKind(Element a, Element b) {
        return a.normalName().equals(b.normalName()) && firstClass(a).equals(firstClass(b));
    }

    /** Paragraphs of prose beside a headline that make its box the story: a run of cells beside that box is a side column. */
    private static final int STORY_BESIDE = 2;
    private static final int STORY_BESIDE_CHARS = 40;

    /**
     * Whether the box holding a run of cells stands beside the page's headline ({@code h1}) in a box that holds
     * paragraphs of its own: a story in one column, bare text widgets built alike in the next. A headline's box over a
     * story's run (a header holding the headline and its date) holds no such paragraphs.
     */
    private static boolean besideStory(Element box) {
        if (box.selectFirst("h1") != null) {
            return false;
        }
        Element child = box;
        for (Element up = box.parent(); up != null && !up.normalName().equals("body") && !up.normalName().equals("html");
                child = up, up = up.parent()) {
            Element h1 = up.selectFirst("h1");
            if (h1 == null) {
                continue;
            }
            Element column = h1;
            while (column.parent() != up) {
                column = column.parent();
            }
            int paragraphs = 0;
            for (Element p : column == child ? List.<Element>of() : column.getElementsByTag("p")) {
                if (p.text().length() >= STORY_BESIDE_CHARS && ++paragraphs >= STORY_BESIDE) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static final int PROSE_CELL = 1;
    private static final int HEADING_CELL = 2;

    /**
     * What a cell holds under its wrappers (each holding one box and no text of its own): paragraphs and nothing else,
     * not mostly links ({@link #PROSE_CELL}); a subhead alone ({@link #HEADING_CELL}); else 0.
     */
    private static int cellContent(Element cell) {
        Element at = cell;
        for (int depth = 0; at.childrenSize() == 1 && at.ownText().isBlank() && !at.normalName().equals("p"); depth++) {
            if (depth > MAX_CELL_DEPTH) {
                return 0;
            }
            at = at.child(0);
        }
        String tag = at.normalName();
        if (isHeadingTag(tag)) {
            return at == cell ? 0 : HEADING_CELL;
        }
        List<Element> paragraphs = tag.equals("p") ? List.of(at) : at.children();
        if (paragraphs.isEmpty() || !at.ownText().isBlank() && !tag.equals("p")) {
            return 0;
        }
        int chars = 0;
        int linked = 0;
        for (Element p : paragraphs) {
            if (!p.normalName().equals("p")) {
                return 0;
            }
            chars += p.text().length();
            for (Element a : p.getElementsByTag("a")) {
                linked += a.text().length();
            }
        }
        return chars > 0 && linked * 2 < chars ? PROSE_CELL : 0;
    }

    /** Wrappers between a cell and its paragraphs, at most: a builder nests three or four. */
    private static final int MAX_CELL_DEPTH = 6;

    /** A box holding a run of cells that is furniture however its cells look: a footer, a sidebar, a menu. */
    private static boolean furnitureRun(Element box) {
        if (box == null) {
            return false;
        }
        String tag = box.normalName();
        return tag.equals("footer") || tag.equals("aside") || tag.equals("nav") || tag.equals("header") || tag.equals("form")
                || box.hasAttr("role") && !box.attr("role").equalsIgnoreCase("main")
                || hintOf(box.className()) >= WEAK_NEGATIVE || hintOf(box.id()) >= WEAK_NEGATIVE;
    }

    /**
     * A box whose own heading, its first child, says it holds comments or reviews ("热门评论", "Відгуки (2)", "Reader
     * comments"), whatever the box is named ("box2", "product-reviews"): a signed comment longer than a short story or a
     * product's description of short lines was read as the page's text (round thirty-five).
     */
    private static boolean headedAsComments(Element e) {
        Element first = e.firstElementChild();
        if (first == null || !isHeadingTag(first.normalName()) || first.childrenSize() > 2) {
            return false;
        }
        String text = first.text();
        if (text.length() > COMMENT_HEADING_CHARS) {
            return false;
        }
        return COMMENT_HEADINGS.contains(COUNT.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("").strip());
    }

    private static final int COMMENT_HEADING_CHARS = 40;
    /** A count beside a heading's words: "(2)", "3", "［12］". */
    private static final Pattern COUNT = Pattern.compile("[\\d()\\[\\]（）［］:：]+");
    private static final Set<String> COMMENT_HEADINGS = Set.of("comments", "comment", "reader comments", "readers' comments",
            "reviews", "customer reviews", "kommentare", "leserkommentare", "bewertungen", "kundenbewertungen", "комментарии",
            "отзывы", "коментарі", "відгуки", "댓글", "리뷰", "コメント", "レビュー", "评论", "网友评论", "热门评论", "全部评论",
            "最新评论", "评价", "用户评价");

    private final Map<Element, Boolean> factBoxes = new IdentityHashMap<>();

    /** {@link #factRows}, looked at once a box: each of a box's rows asks about the box. */
    boolean facts(Element box) {
        return box != null && factBoxes.computeIfAbsent(box, DomBlocks::factRows);
    }

    /** A fact's label is this short: "When", "Where", "Price", "Wann". */
    private static final int FACT_LABEL = 20;

    /**
     * Three rows or more of facts: boxes of one tag, each opening with a label in an element built like the others'
     * (same tag and classes, a few words) and going on with its value in its own text. At most one value is a date, so
     * a story's meta lines ("By", "Published", "Updated") are not facts.
     */
    static boolean factRows(Element box) {
        int rows = 0;
        int dates = 0;
        Element model = null;
        for (Element row : box.children()) {
            PageBudget.check();
            if (row.childrenSize() == 0 || row.ownText().isBlank()) {
                continue;
            }
            Element label = row.child(0);
            String text = label.text().strip();
            if (text.isEmpty() || text.length() > FACT_LABEL || !label.ownText().equals(label.text())
                    || model != null && !(model.parent().normalName().equals(row.normalName())
                    && label.normalName().equals(model.normalName()) && label.className().equals(model.className()))) {
                continue;
            }
            model = model == null ? label : model;
            rows++;
            dates += DateFinder.hasDate(row.ownText()) ? 1 : 0;
        }
        return rows >= 3 && dates <= 1;
    }

    /** How far up a BEM element's block is looked for: a template nests its elements a few boxes deep at most. */
    private static final int BLOCK_REACH = 16;

    /**
     * A BEM element's class ({@code comment-piece__standfirst}) carries its block's name, and the block is an ancestor
     * ({@code comment-piece}): the block's words are judged on the block, so inside it the element is named by its own
     * part ({@code standfirst}). An opinion page whose article is the block {@code comment-piece} does not make its
     * standfirst a comment; a thread named {@code comments} still holds its {@code comments__item}s, as furniture, and
     * {@code comment-piece__bio} is still a bio.
     */
    private static String ownElementNames(Element e, String cls) {
        StringBuilder out = new StringBuilder();
        for (String token : cls.strip().split("\\s+")) {
            int cut = token.indexOf("__");
            String name = token;
            if (cut > 0 && blockAbove(e, token.substring(0, cut))) {
                name = token.substring(cut + 2);
            }
            out.append(out.isEmpty() ? "" : " ").append(name);
        }
        return out.toString();
    }

    private static boolean blockAbove(Element e, String block) {
        int n = 0;
        for (Element p = e.parent(); p != null && n < BLOCK_REACH; p = p.parent(), n++) {
            if (p.hasClass(block)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern TIME_WORD = Pattern.compile("(?i)(?:^|[^a-z])time(?:$|[^a-z])");
    /** A number of minutes or hours, in the languages the fixtures cover; a date or a clock time is no duration. */
    private static final Pattern DURATION = Pattern.compile("(?iU)\\d+\\s*(?:mins?|minutes?|minuten?|hrs?|hours?|h|std\\.?|stunden?"
            + "|мин\\.?|минут[аы]?|час(?:а|ов)?|分|分钟|分鐘|時間|小时|시간|분)(?!\\w)");
    /** A clock time, a date, or a reading time ("5 min read", "Lesezeit: 4 Minuten"): not a recipe's time. */
    private static final Pattern NOT_DURATION = Pattern.compile("(?iU)\\d:\\d\\d|\\d{1,4}[./-]\\d{1,2}[./-]\\d|\\b(?:19|20)\\d\\d\\b"
            + "|\\bread|lese|чтени|読|읽");

    /**
     * A clock time alone: a live entry's stamp ("11:20", "16:45 Uhr", "9.05 p.m.", and with the half of the day written
     * before it in Korean, Japanese and Chinese: "오후 3:40", "午後3:40", "下午3:40"), or a transcript cue's point in its
     * recording ("00:01:02").
     */
    static final Pattern CLOCK_ALONE = Pattern.compile("(?i)(?:(?:오전|오후|午前|午後|上午|下午|中午|晚上|早上)\\s?)?"
            + "\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*(?:uhr|h|[ap]\\.?m\\.?))?");

    /**
     * The first box of an entry that has a sibling built alike (same tag and classes) opening with a box built like it: a
     * live blog's stamp over each entry ("11:20" in {@code live-item__time}). The entries' times are the live page's own
     * text, as the benchmark's truth keeps them ("4:14 p.m."); a story's date box stands alone.
     */
    static boolean entryHead(Element e) {
        Element entry = e.parent();
        if (entry == null || e.elementSiblingIndex() != 0) {
            return false;
        }
        for (Element other : new Element[] {entry.previousElementSibling(), entry.nextElementSibling()}) {
            if (other != null && other.normalName().equals(entry.normalName()) && other.className().equals(entry.className())
                    && other.childrenSize() > 0 && other.child(0).normalName().equals(e.normalName())
                    && other.child(0).className().equals(e.className())) {
                return true;
            }
        }
        return false;
    }

    private static boolean duration(Element e) {
        String text = e.text();
        return text.length() <= 80 && DURATION.matcher(text).find() && !NOT_DURATION.matcher(text).find();
    }

    private static boolean isHeadingTag(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static boolean headingBox(Element e) {
        return e.childrenSize() == 1 && isHeadingTag(e.child(0).normalName()) && !e.child(0).normalName().equals("h1")
                && e.ownText().isBlank();
    }

    /**
     * The strongest furniture hint in a class or id attribute, after splitting each class name into words. A word counts
     * whole ({@code promoted} is not {@code promo}); stems catch only the joined forms sites use ({@code relatedposts}).
     */
    static int hintOf(String attr) {
        if (attr.isEmpty()) {
            return NONE;
        }
        int h = NONE;
        boolean positive = false;
        for (String token : attr.split("\\s+")) {
            List<String> ws = words(token);
            boolean builder = !ws.isEmpty() && BUILDERS.contains(ws.get(0));
            for (String w : ws) {
                builder |= POSITIVE_WORDS.contains(w);
            }
            for (int i = 0; i < ws.size(); i++) {
                String w = ws.get(i);
                if (NOT_FURNITURE.contains(w) || (builder && BUILDER_WORDS.contains(w)) || setting(ws)) {
                    continue;
                }
                if (COMMENT_WORDS.contains(w) || w.startsWith("comment") || w.startsWith("disqus")) {
                    return COMMENTS;
                }
                if (STRONG_NEGATIVE_WORDS.contains(w) || sideColumn(ws, i)) {
                    h = STRONG_NEGATIVE;
                } else if (h < STRONG_NEGATIVE && w.length() > 4 && negativeStem(w)) {
                    h = STRONG_NEGATIVE;
                } else if (WEAK_NEGATIVE_WORDS.contains(w)) {
                    h = Math.max(h, WEAK_NEGATIVE);
                } else if (POSITIVE_WORDS.contains(w)) {
                    positive = true;
                }
            }
        }
        return h == WEAK_NEGATIVE && positive ? NONE : h;
    }

    /**
     * Whether the element's class or id names a story's text by a word of its own ({@code article-text share-container},
     * {@code b-article__body widget}), whatever furniture word stands beside it: a box named for nothing but furniture
     * ({@code author-bio}, {@code newsletter_box}) is no story's box.
     */
    static boolean namesText(Element e) {
        for (String attr : new String[] {e.className(), e.id()}) {
            for (String w : attr.isEmpty() ? List.<String>of() : words(attr)) {
                if (POSITIVE_WORDS.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words that make a class name a switch the box is set with, not what the box is. */
    private static final Set<String> SWITCH_AFTER = Set.of("enabled", "disabled");
    private static final Set<String> SWITCH_BEFORE = Set.of("has", "no", "with", "without");

    /**
     * Whether a class name's words name a feature the box is set with: {@code share-enabled}, {@code has-sidebar},
     * {@code no-comments}, {@code social-share-enabled}, as themes and page builders flag the article's own wrappers
     * (session 44: a story's wrapper named {@code share-enabled} was read as a share bar, and a list of video
     * thumbnails' addresses as the text).
     */
    private static boolean setting(List<String> ws) {
        return ws.size() > 1 && (SWITCH_AFTER.contains(ws.get(ws.size() - 1)) || SWITCH_BEFORE.contains(ws.get(0)));
    }

    /**
     * Whether a class name says the box is hidden in print: {@code js-hide-on-print}, {@code hide-print},
     * {@code print-hide}. Issue 14: "hidden" means hidden by attribute or inline style; such a class hides the article's
     * own wrapper from a printer, and its "hide" names no box kept hidden until a script opens it (session 45's
     * hidden-classes mutation: its js-hide-on-print made 19 of the benchmark's pages worse, 11 read nothing of their
     * story). Its "print" stays a furniture word: Bootstrap's d-print-none marks a benchmark page's "Explore further"
     * box and its copyright line.
     */
    private static boolean hiddenInPrint(List<String> ws) {
        return ws.contains("hide") && ws.contains("print");
    }

    /** The class names of {@code cls} but those saying the box is hidden in print ({@link #hiddenInPrint}). */
    private static String withoutPrintHiding(String cls) {
        if (!cls.contains("print")) {
            return cls;
        }
        StringBuilder kept = new StringBuilder();
        for (String token : cls.split("\\s+")) {
            if (!hiddenInPrint(words(token))) {
                kept.append(token).append(' ');
            }
        }
        return kept.toString().strip();
    }

    /** Words naming a layout column, which "right" beside them makes the side column. */
    private static final Set<String> COLUMN_WORDS = Set.of("col", "column", "colonne", "spalte", "side");

    /**
     * Whether the word at {@code i} is "right" beside a column word: {@code col-right}, {@code right-column}, a theme's
     * side column named by its place, not its role (round thirty-four: its heading and paragraph were joined to the
     * story before it). Never the main text's: the main text and its ancestors are no furniture whatever their names, so
     * a layout setting its story in the right-hand column keeps it.
     */
    private static boolean sideColumn(List<String> ws, int i) {
        return ws.get(i).equals("right") && (i > 0 && COLUMN_WORDS.contains(ws.get(i - 1))
                || i + 1 < ws.size() && COLUMN_WORDS.contains(ws.get(i + 1)));
    }

    private static boolean negativeStem(String w) {
        for (String s : NEGATIVE_STEMS) {
            if (w.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** {@code "articleBody js-share_bar"} → article, body, js, share, bar (and the joined forms, which sites also use). */
    static List<String> words(String attr) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i <= attr.length(); i++) {
            char c = i < attr.length() ? attr.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean camel = letter && Character.isUpperCase(c) && Character.isLowerCase(prev);
            if ((!letter || camel) && !w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
            if (letter) {
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        return out;
    }
}
