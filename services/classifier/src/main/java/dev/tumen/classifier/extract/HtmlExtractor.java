package dev.tumen.classifier.extract;

import dev.tumen.classifier.budget.PageBudget;
import dev.tumen.classifier.extract.DomBlocks.Block;
import dev.tumen.classifier.extract.DomBlocks.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * A body declared only by a class word ({@code entry-content}, {@code page-content}) counts after structure: it is
     * the main text, and keeps its ancestors from being furniture, only when it holds at least this share of the prose
     * of the densest element. Themes reuse those names for excerpts and "about us" boxes.
     */
    private static final double DECLARED_SHARE = 1.0;
    /** Short lines count a little against a container: menus, bylines and labels are short. */
    private static final double SHORT_PENALTY = 0.25;
    /** A furniture element holding this share of the page's prose is a page wrapper with a misleading name. */
    private static final double WRAPPER_SHARE = 0.6;

    /**
     * A first reading shorter than this (a stray label, a loading notice) is no article at all: the page is read again
     * with its noscript, aside and hidden parts.
     */
    private static final int NOTHING_CHARS = 40;
    /** How much an ancestor named for comments or an overlay discounts the prose under it when finding the main text. */
    private static final double COMMENTS_TRUST = 0.15;
    private static final double POPUP_TRUST = 0.05;
    /** Prose in the element holding the page's headline counts this much more: a short brief beats a long blurb beside it. */
    private static final double HEADLINE_TRUST = 2;
    /**
     * Prose before a run of signed posts that makes the run an article's comments rather than a forum's posts: this
     * many characters, and this share of the densest post.
     */
    private static final double ARTICLE_BEFORE_POSTS = 150;
    private static final double ARTICLE_BEFORE_SHARE = 0.25;
    /** The container gives way to its child holding the main text when that child carries this share of its score. */
    private static final double DESCEND_SHARE = 0.5;
    /** A sibling group joins the article when it weighs this share of the chosen container. */
    private static final double SIBLING_SHARE = 0.2;
    /** How far up sibling groups are looked for: an article split into cousins sits two or three wrappers apart. */
    private static final int SIBLING_LEVELS = 3;

    /** Link share above which a block opening with a link reads as a teaser. */
    private static final double TEASER_LINKS = 0.15;

    private final LineRules rules = new LineRules();

    /** Title, body, dateline and canonical URL of an HTML page. */
    public record Result(String title, String body, Instant published, String canonicalUrl, String htmlLang) {
    }

    public Result extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        StreamedSegments.place(doc, html);
        PageMetadata meta = PageMetadata.read(doc);
        Element body = doc.body();
        if (body != null && meta.titleFrom() != PageMetadata.TitleFrom.DECLARED) {
            // a mail kept as a page: the subject names the story, the envelope is no part of its text
            String[] subject = new String[1];
            List<Element> boardHead = new ArrayList<>();
            Element envelope = MessageHeaders.block(body, subject, boardHead);
            if (envelope != null) {
                envelope.remove();
                meta = meta.withTitle(subject[0], PageMetadata.TitleFrom.HEADING);
            } else if (!boardHead.isEmpty()) {
                // a board's post view: the rows heading the post name it and are no part of its text
                boardHead.forEach(Element::remove);
                meta = meta.withTitle(subject[0], PageMetadata.TitleFrom.HEADING);
            }
        }
        String[] headline = new String[1];
        String text = body == null ? "" : body(body, meta, headline);
        String title = headline[0] != null ? headline[0] : meta.title();
        return new Result(title, text, meta.published(), meta.canonical(), meta.lang());
    }

    /** How many blocks above the text its headline stands at most: a date line, a byline, a kicker between them. */
    private static final int HEADLINE_ABOVE = 4;
    /** A headline is this long at most, in Latin-text terms; a longer line is a standfirst. */
    private static final int HEADLINE_SIZE = 300;

    /**
     * The headline shown at the head of the main text when the page names it nowhere else (no declared title, an
     * {@code h1} of the site's or a section's name or none, a {@code <title>} naming the site: a {@code <div
     * class="headline">}, a Korean CMS's {@code h3}, a Japanese site's {@code <div class="ttl">}): the text's own opening
     * line before its first prose, else the nearest line above it, past date lines, bylines and kickers, that is one
     * line of three words or more (six Han, kana or Hangul characters) ending no sentence, outside links. {@code null}
     * when none stands there, or when the {@code <title>} names a story of its own that does not hold that line (a
     * newsletter's issue over its first story, a report's series over a running head).
     */
    /**
     * One line of a headline's length ending no sentence, holding no date and no link (a breadcrumb, a byline with the
     * writer's page), not longer than a headline.
     */
    private static String headlineLine(Block b) {
        String t = b.text.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) {
            // an old layout's headline and its date line under a <br>: "County fair board votes …" over "Posted Wednesday, …"
            for (String line : t.substring(nl + 1).split("\n")) {
                if (line.length() > DATE_LINE || !DateFinder.hasDate(line) && !WIRE_DATELINE.matcher(line.strip()).matches()) {
                    return null;
                }
            }
            t = t.substring(0, nl).strip();
        }
        return !t.isEmpty() && b.linkLength == 0 && b.size <= HEADLINE_SIZE && !DateFinder.hasDate(t) && !BY.matcher(t).lookingAt()
                && !letterSpaced(t)
                && !STAMP_CLOCK.matcher(t).find()
                && headlineShaped(t) && ".。:：,;、".indexOf(t.charAt(t.length() - 1)) < 0 ? t : null;
    }

    /**
     * A notice typed in one {@code <pre>} (a harbour office's "NOTICE TO MARINERS No. 31/2026" and its date, an office's
     * name, then the headline alone, then the text): its first paragraphs, one or two of four lines at most, none ending a
     * sentence, then a paragraph of one line that reads as a headline, then prose. Returns the letterhead's lines, the
     * headline and the text after it, or {@code null}.
     */
    private static String[] preHead(Block b) {
        if (b.text.indexOf('\n') < 0 || b.owner.closest("pre") == null) {
            return null;
        }
        String t = b.text.strip();
        java.util.regex.Matcher blank = PARAGRAPH_BREAK.matcher(t);
        List<int[]> paras = new ArrayList<>();
        int from = 0;
        while (paras.size() < 4 && blank.find()) {
            paras.add(new int[] {from, blank.start()});
            from = blank.end();
        }
        paras.add(new int[] {from, t.length()});
        for (int h = 1; h <= 2 && h + 1 < paras.size(); h++) {
            String head = t.substring(paras.get(h)[0], paras.get(h)[1]).strip();
            String next = t.substring(paras.get(h + 1)[0], paras.get(h + 1)[1]).strip();
            String letterhead = t.substring(0, paras.get(h - 1)[1]).strip();
            String[] lines = letterhead.split("\n");
            boolean plain = lines.length <= 4;
            // a letterhead's line ends no sentence, though its number or date holds stops ("No. 31/2026", "03.12.2026")
            for (String line : lines) {
                String l = line.strip();
                plain &= !l.isEmpty() && l.length() <= 80 && ".!?。！？".indexOf(l.charAt(l.length() - 1)) < 0;
            }
            if (plain && head.indexOf('\n') < 0 && !hasSentenceEnd(head)
                    && headlineLine(new Block(head, 0, b.owner, b.explicit, false)) != null
                    && TextExtractor.isProse(next.replace('\n', ' '))) {
                return new String[] {letterhead, head, t.substring(paras.get(h + 1)[0])};
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\n[ \t]*\n\s*");

    /** Whether every word of {@code title} stands in {@code lines} ("Notice to Mariners 31/2026" in its letterhead). */
    private static boolean wordsIn(String title, String lines) {
        String in = " " + LineRules.normalise(lines) + " ";
        boolean any = false;
        for (String w : LineRules.normalise(title).split(" ")) {
            if (!w.isEmpty()) {
                any = true;
                if (!in.contains(w)) {
                    return false;
                }
            }
        }
        return any;
    }

    /**
     * The bold line opening a block of {@code <br>} lines, a blank line under it, as a channel's post opens with its
     * headline ("<b>Ice breaker arrives for the winter</b><br><br>The ice breaker…"): the post's headline when the page
     * names none, or {@code null}.
     */
    private static String boldOpening(Block b) {
        String t = b.text.strip();
        int blank = t.indexOf("\n\n");
        Element first = b.owner.childrenSize() == 0 ? null : b.owner.child(0);
        if (blank < 0 || first == null || !(first.normalName().equals("b") || first.normalName().equals("strong"))) {
            return null;
        }
        String line = t.substring(0, blank).strip();
        org.jsoup.nodes.Node before = first.previousSibling();
        boolean opens = before == null || before instanceof org.jsoup.nodes.TextNode tn && tn.isBlank();
        return opens && first.text().strip().equals(line) && line.indexOf('\n') < 0 && b.linkLength == 0
                && headlineShaped(line) && !DateFinder.hasDate(line) && !hasSentenceEnd(line) ? line : null;
    }

    /**
     * The bold run opening the text's first paragraph, a line of its own over the paragraph's prose after one
     * {@code <br>} ("<p><strong>Harbour ferry timetable changes from Monday</strong><br>The council's …"), when the
     * {@code <title>} says it ("… – Eastport Borough Council"): the page's headline, which {@link #boldOpening} takes only
     * over a blank line, where a bold lead-in over one break may be the text's own first words.
     */
    private static String boldLineTitled(Block b, String key) {
        String t = b.text.strip();
        int nl = t.indexOf('\n');
        if (nl < 0 || key.isEmpty() || b.owner.childrenSize() == 0) {
            return null;
        }
        Element first = b.owner.child(0);
        org.jsoup.nodes.Node before = first.previousSibling();
        String line = t.substring(0, nl).strip();
        boolean opens = (first.normalName().equals("b") || first.normalName().equals("strong"))
                && (before == null || before instanceof org.jsoup.nodes.TextNode tn && tn.isBlank())
                && first.nextElementSibling() != null && first.nextElementSibling().normalName().equals("br");
        return opens && first.text().strip().equals(line) && b.linkLength == 0 && headlineShaped(line)
                && !DateFinder.hasDate(line) && !hasSentenceEnd(line) && key.contains(LineRules.normalise(line)) ? line : null;
    }

    /**
     * The first paragraph of a block of {@code <br>} lines when its first line is set in an inline element of its own, a
     * date line or none under it: an old table layout's "<font size=4><b>冬季の営業時間変更について</b></font><br>2026年12月1日
     * <br><br>いつも…", the headline of a page that names it nowhere else. {@code null} otherwise.
     */
    private static String setOpening(Block b) {
        String t = b.text.strip();
        int blank = t.indexOf("\n\n");
        if (blank < 0) {
            return null;
        }
        String head = t.substring(0, blank).strip();
        int nl = head.indexOf('\n');
        String line = nl < 0 ? head : head.substring(0, nl).strip();
        Element first = setApart(b.owner, line);
        if (first == null) {
            return null;
        }
        return first.selectFirst("a") == null ? headlineLine(new Block(head, 0, b.owner, b.explicit, false)) : null;
    }

    /**
     * The first line of a block of lines, alone over a blank line, when it ends with the page's {@code <title>} and says
     * more: the notice's own headline ("关于冬季码头作业时间调整的通知" under a title "通知"); or {@code null}.
     */
    private static String kindOpening(Block b, String key) {
        String t = b.text.strip();
        int blank = t.indexOf("\n\n");
        if (key.isEmpty() || blank < 0 || t.substring(0, blank).indexOf('\n') >= 0) {
            return null;
        }
        String line = t.substring(0, blank).strip();
        String norm = LineRules.normalise(line);
        return norm.length() > key.length() + 1 && norm.endsWith(key) ? headlineLine(new Block(line, 0, b.owner, b.explicit, false)) : null;
    }

    /** How deep an old layout's headline is looked for in the inline elements opening its block. */
    private static final int SET_DEPTH = 4;

    /**
     * The inline element setting {@code line} apart at the opening of the block of {@code owner}: its first element with
     * text, past boxes of their own that a text's block does not start in (a banner's picture, a rule), and down through
     * the inline elements wrapping the whole block ({@code <font face=…><font size=3><b>…}, round twenty-seven), with no
     * text before it; or {@code null}.
     */
    private static Element setApart(Element owner, String line) {
        Element x = owner;
        for (int depth = 0; depth < SET_DEPTH && x != null; depth++) {
            Element next = null;
            for (org.jsoup.nodes.Node n : x.childNodes()) {
                PageBudget.check();
                if (n instanceof org.jsoup.nodes.TextNode tn) {
                    if (!tn.isBlank()) {
                        return null;
                    }
                } else if (n instanceof Element e) {
                    if (!SET_APART.contains(e.normalName())) {
                        // a box of its own before the block (a centred banner, a rule) opens no text of the block
                        if (e.isBlock() && e.text().isBlank() || e.normalName().equals("hr") || e.normalName().equals("img")) {
                            continue;
                        }
                        return null;
                    }
                    if (e.text().isBlank()) {
                        continue;
                    }
                    next = e;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            if (next.text().strip().equals(line)) {
                return next.selectFirst("a") == null ? next : null;
            }
            x = next;
        }
        return null;
    }

    /** The inline elements an old layout sets its headline in. */
    private static final Set<String> SET_APART = Set.of("font", "b", "strong", "big", "span");

    /** A clock time: a wire story's dateline line names its hour ("ZARUBINO, December 2 (NEW) | 11:20"), a headline none. */
    private static final java.util.regex.Pattern STAMP_CLOCK = java.util.regex.Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}(?![\\d:])");

    /** A byline: "By Maria Lund", "Posted by the secretary", "Written by …". */
    private static final java.util.regex.Pattern BY = java.util.regex.Pattern.compile("(?iu)(?:posted |written |published |updated )?by\\s");

    /**
     * A wire's dateline set as a line of its own, a day without a year: "Pyongyang, December 3 (CNS)", "ПХЕНЬЯН, 3 декабря
     * (ЦТАК)": the place, the month and the day, the agency in brackets (round twenty-six: an agency's English page). A
     * line of its own before the first line of text, as a lone date is; written before the text's first words it stays.
     */
    private static final java.util.regex.Pattern WIRE_DATELINE = java.util.regex.Pattern.compile(
            "\\p{L}[\\p{L} .'-]{1,40},\\s*(?:\\p{L}{3,}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+\\p{L}{3,})\\s*\\([\\p{L} .-]{2,24}\\)");

    /** A date line under a headline is this short: "Posted Wednesday, December 2, 2026 at 4:15 PM by the news desk". */
    private static final int DATE_LINE = 80;

    private static final int ENVELOPE_LINES = 8;

    /**
     * The envelope of a mail quoted in the text's opening blocks, one block of {@code fewest} header lines or more, or
     * {@code null}.
     */
    private static MessageHeaders.Found envelopeAtHead(DomBlocks d, List<int[]> ranges, int fewest) {
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (int[] r : ranges) {
            if (r[0] < start) {
                start = r[0];
                end = r[1];
            }
        }
        for (int i = start; i < end && i < start + HEADLINE_ABOVE; i++) {
            String t = d.blocks.get(i).text.strip();
            if (t.indexOf('\n') < 0) {
                continue;
            }
            // a mail typed into one <pre> with its text: the envelope is its first paragraph ("发件人: …", "日期: …",
            // "主题: …", a blank line, the text)
            int blank = i == start && d.blocks.get(i).owner.normalName().equals("pre") ? t.indexOf("\n\n") : -1;
            t = blank > 0 ? t.substring(0, blank) : t;
            // an envelope is a few lines: a longer block is text
            String[] split = t.split("\n", ENVELOPE_LINES + 1);
            if (split.length > ENVELOPE_LINES) {
                continue;
            }
            List<String> lines = List.of(split);
            MessageHeaders.Found f = MessageHeaders.find(lines);
            if (f != null && f.start() == 0 && f.end() == lines.size() && lines.size() >= fewest) {
                return f;
            }
        }
        return null;
    }

    /** The ranges from block {@code at} on. */
    private static List<int[]> from(List<int[]> ranges, int at) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[1] > at) {
                out.add(new int[] {Math.max(r[0], at), r[1]});
            }
        }
        return out;
    }

    /** The text without the given lines, and without the paragraphs left empty. */
    private static String withoutLines(String text, List<String> drop) {
        Set<String> gone = new HashSet<>();
        for (String l : drop) {
            gone.add(l.strip());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\n\n")) {
            List<String> kept = new ArrayList<>();
            for (String line : p.split("\n")) {
                if (!gone.contains(line.strip())) {
                    kept.add(line);
                }
            }
            if (!kept.isEmpty()) {
                paragraphs.add(String.join("\n", kept));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** A site's or a section's name in a link is this short. */
    private static final int LINK_NAME = 40;

    /** A title's parts, with the bars and dashes CJK titles set without spaces: "新闻详情-延边日报网", "記事詳細｜サイト". */
    private static final java.util.regex.Pattern CJK_BARS = java.util.regex.Pattern.compile(
            PageMetadata.TITLE_PARTS.pattern() + "|(?<=[\\u3040-\\u9fff])[-_](?=[\\u3040-\\u9fff])");

    /** How much of the page's text a title's words are looked for in. */
    private static final int TITLE_WORDS_IN = 100_000;

    /**
     * Whether the page shows none of the title's words of four letters or more (two Hangul syllables): a print version
     * titled "Версия для печати" or "기사 인쇄하기", a page titled by its kind. A story's title shares its names with its text, or is shown over it. Not for
     * scripts written without spaces, whose words are not told apart here.
     */
    private static boolean namesNoWordOf(String title, DomBlocks d) {
        int hangul = 0;
        for (int i = 0; i < title.length(); i++) {
            hangul += title.charAt(i) >= '\uac00' && title.charAt(i) <= '\ud7a3' ? 1 : 0;
        }
        // Han and kana run words together: their pairs of characters stand for the words; Hangul spaces them
        boolean unspaced = DomBlocks.ideographs(title) > hangul;
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < d.blocks.size() && text.length() < TITLE_WORDS_IN; k++) {
            PageBudget.check();
            text.append(d.blocks.get(k).text.toLowerCase(java.util.Locale.ROOT)).append(' ');
        }
        // the parts naming the site or a section, a link's whole text ("보도자료 상세 | Site"), say nothing of the page
        Set<String> links = new HashSet<>();
        org.jsoup.nodes.Document doc = d.blocks.isEmpty() ? null : d.blocks.get(0).owner.ownerDocument();
        // and so do a logo picture's words ("新闻详情-江城融媒" under <img alt="江城融媒">)
        for (Element a : doc == null ? List.<Element>of() : doc.select("a[href], img[alt]")) {
            PageBudget.check();
            String t = a.normalName().equals("img") ? a.attr("alt").strip() : a.text().strip();
            if (!t.isEmpty() && t.length() <= LINK_NAME) {
                links.add(t.toLowerCase(java.util.Locale.ROOT));
            }
        }
        StringBuilder own = new StringBuilder();
        List<String> ownParts = new ArrayList<>();
        for (String part : CJK_BARS.split(title)) {
            if (!links.contains(part.strip().toLowerCase(java.util.Locale.ROOT))) {
                own.append(part).append(' ');
                ownParts.add(part);
            }
        }
        if (unspaced) {
            // "新闻详情-延边日报网": few of each part's pairs of characters ("新闻", "闻详", "详情") are in the page's text; a story
            // about the press holds "新闻", and the kind's other pairs still name no word of it. A story's headline shares
            // most of its pairs with its text
            boolean pairs = false;
            String shown = text.toString();
            for (String kind : ownParts) {
                int[] said = pairsSaid(kind, shown);
                int all = said[0];
                int found = said[1];
                if (all > 0 && found * 2 >= all) {
                    return false;
                }
                pairs |= all > 0;
            }
            return pairs;
        }
        boolean any = false;
        for (String w : NON_LETTERS.split(own.toString().toLowerCase(java.util.Locale.ROOT))) {
            if (w.length() >= 4 || w.length() >= 2 && w.charAt(0) >= '\uac00' && w.charAt(0) <= '\ud7a3') {
                any = true;
                if (text.indexOf(w) >= 0) {
                    return false;
                }
            }
        }
        return any;
    }

    /** Three words or more, or six Han, kana or Hangul characters: a headline's length, not a kicker's or a section's. */
    private static boolean headlineShaped(String t) {
        return LineRules.tokens(t) >= 3 || DomBlocks.ideographs(t) >= 6;
    }

    /** A field of a post's info row: a short label, a colon and a value of a word or two ("처리상태 : 답변완료", "Views: 57"). */
    private static final java.util.regex.Pattern FIELD_LINE = java.util.regex.Pattern.compile(
            "[\\p{L}\\p{M}]{1,10}\\s*[:：]\\s*[^\\s:：]{1,12}");
    /** A field's label and value hold this many Han, kana or Hangul characters at most; "图解：边境贸易…" is a headline. */
    private static final int FIELD_IDEOGRAPHS = 8;
    /** How many field lines are passed above the text at most. */
    private static final int FIELD_LINES = 6;

    /** How many blocks above its text a document's letterhead and headline hold at most. */
    private static final int LETTERHEAD = 6;

    /**
     * The block of a document's headline set apart from its letterhead: among the text's first blocks before any prose, the
     * first that is wholly one inline run set in bold or a larger size ({@code <b><span style="font-size:14pt">} in a Word
     * export, {@code <span style="font-size:14pt;font-weight:bold">} in an HWP one) and reads as a headline, past a
     * letterhead's spaced-out kind ("보 도 자 료") and its plain date and office lines (round thirty-one); or -1.
     */
    private static int emphasisedHeadline(DomBlocks d, int start, int end) {
        StyleClasses sheet = null;
        int capitals = -1;
        for (int i = start; i < end && i < start + LETTERHEAD; i++) {
            Block b = d.blocks.get(i);
            String t = b.text.strip();
            if (isProse(b) && hasSentenceEnd(t)) {
                return -1;
            }
            if (t.indexOf('\n') >= 0 || isHeading(b) || letterSpaced(t) || headlineLine(b) == null) {
                continue;
            }
            Element run = setApart(b.owner, t);
            // Word's Title style sets its size in the style sheet, not on the paragraph; so does a style of the writer's
            // own ("p.Pressetitel", Word's "p.a0" for a Cyrillic style name, HWP's "P.HStyle2")
            if ((run != null && emphasised(run, b.owner) || b.owner.hasClass("MsoTitle")
                    || styledApart(b.owner, d, i, end, sheet == null ? sheet = StyleClasses.of(b.owner) : sheet))
                    && !besideCell(b.owner)) {
                // an office's name in capitals heads its letterhead ("АДМИНИСТРАЦИЯ ПОСЁЛКА СЕВЕРНЫЙ" in bold over
                // "ПОСТАНОВЛЕНИЕ", the date and number, then the decree's headline in bold: round thirty-four); it is the
                // headline only when no line set apart follows it
                if (capitals < 0 && allCapitals(t)) {
                    capitals = i;
                    continue;
                }
                return i;
            }
        }
        return capitals;
    }

    /** A line whose letters are all capitals, two words or more: a letterhead's office, not a headline in sentence case. */
    private static boolean allCapitals(String t) {
        int upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return upper >= 4 && LineRules.tokens(t) >= 2;
    }

    /**
     * Whether the page's style sheet sets a class of {@code owner} apart: in bold, or at 13pt (17px) and more and larger
     * than the class of the next paragraph of prose, whose size a Russian document sets at 14pt.
     */
    private static boolean styledApart(Element owner, DomBlocks d, int i, int end, StyleClasses sheet) {
        StyleClasses.Style own = sheet.style(owner);
        if (own == null) {
            return false;
        }
        if (own.bold()) {
            return true;
        }
        if (own.points() < 13) {
            return false;
        }
        for (int k = i + 1; k < end && k <= i + LETTERHEAD; k++) {
            Block next = d.blocks.get(k);
            if (isProse(next)) {
                StyleClasses.Style text = sheet.style(next.owner);
                return text == null || own.points() > text.points();
            }
        }
        return true;
    }

    /**
     * Whether a letterhead line above the headline spells the page's title letter for letter: a {@code <title>} of
     * "ПРЕСС-РЕЛИЗ" over "П Р Е С С - Р Е Л И З", or of "報道発表資料" over a letterhead's cell saying so, names the
     * document's kind, not its story.
     */
    private static boolean spelledAbove(DomBlocks d, int from, int to, String title) {
        String letters = title.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT);
        for (int i = from; i < to && !letters.isEmpty(); i++) {
            String t = d.blocks.get(i).text.strip();
            if (t.length() <= title.length() * 2 + 8 && t.replaceAll("[^\\p{L}]", "").toLowerCase(java.util.Locale.ROOT).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a table cell beside another cell with text: a letterhead's row ("報道発表資料" beside the date and the office),
     * where no headline stands.
     */
    private static boolean besideCell(Element owner) {
        Element cell = owner.normalName().equals("td") ? owner : owner.parent() != null && owner.parent().normalName().equals("td")
                ? owner.parent() : null;
        if (cell == null) {
            return false;
        }
        for (Element sib : new Element[] {cell.previousElementSibling(), cell.nextElementSibling()}) {
            if (sib != null && sib.hasText()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A {@code <title>} naming the file a document was exported from ("Microsoft Word - Notice 41.docx", "붙임1_보도자료.hwp"):
     * no story's headline, whatever words of the text its file name shares.
     */
    private static final java.util.regex.Pattern FILE_TITLE = java.util.regex.Pattern.compile(
            "(?i)^\\s*microsoft word\\s+-\\s|\\.(?:docx?|hwpx?|rtf|odt)\\s*$");

    /** A line of one letter a word: a letterhead's kind spaced out ("보 도 자 료", "P R E S S"). */
    private static boolean letterSpaced(String t) {
        String[] words = t.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (w.codePointCount(0, w.length()) > 1) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern BOLD_STYLE = java.util.regex.Pattern.compile("(?i)font-weight\\s*:\\s*(?:bold|[6-9]00)");
    private static final java.util.regex.Pattern FONT_SIZE = java.util.regex.Pattern.compile(
            "(?i)font-size\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*(pt|px)");

    /** Whether {@code run} or an element between it and {@code owner} sets its text in bold or above the text's size. */
    private static boolean emphasised(Element run, Element owner) {
        for (Element e = run; e != null && e != owner; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("b") || tag.equals("strong") || tag.equals("big")) {
                return true;
            }
            String style = e.attr("style");
            java.util.regex.Matcher m = FONT_SIZE.matcher(style);
            if (BOLD_STYLE.matcher(style).find() || m.find() && Double.parseDouble(m.group(1)) >= (m.group(2).equalsIgnoreCase("pt") ? 13 : 17)) {
                return true;
            }
        }
        // and inside the run: Word sets the size in a span within the bold
        Element inner = run;
        for (int depth = 0; depth < SET_DEPTH && inner.childrenSize() == 1 && inner.child(0).text().equals(inner.text()); depth++) {
            inner = inner.child(0);
            if (emphasised(inner, inner.parent())) {
                return true;
            }
        }
        return false;
    }

    private static String headlineAbove(DomBlocks d, List<int[]> ranges, String title, boolean section, int[] letterhead) {
        // a converted document's running head opens its first page: the print's furniture, not the headline under it
        Set<Integer> running = runningLines(d, ranges);
        int[] first = ranges.get(0);
        for (int[] r : ranges) {
            first = r[0] < first[0] ? r : first;
        }
        int start = first[0];
        String key = LineRules.normalise(title);
        String found = null;
        // a notice typed in one <pre>: its letterhead's lines, then its headline alone, then its text (round thirty-three)
        String[] typed = preHead(d.blocks.get(start));
        if (typed != null && (section || key.contains(LineRules.normalise(typed[1])) || wordsIn(title, typed[0])
                || namesNoWordOf(title, d) || FILE_TITLE.matcher(title).find())) {
            return typed[1];
        }
        // a document's headline, set in bold or a larger size over its text, under its letterhead's lines
        int set = emphasisedHeadline(d, start, first[1]);
        if (set >= 0) {
            found = headlineLine(d.blocks.get(set));
            if (section || LineRules.normalise(title).contains(LineRules.normalise(found)) || namesNoWordOf(title, d)
                    || spelledAbove(d, start, set, title) || FILE_TITLE.matcher(title).find() || genericTitle(d)) {
                letterhead[0] = set;
                return found;
            }
            found = null;
        }
        boolean menuBox = false;
        // the text's own opening line, when the box holding the text holds its headline too
        for (int i = start; i < first[1] && i < start + HEADLINE_ABOVE; i++) {
            Block b = d.blocks.get(i);
            // a notice's plain first line over a blank one that ends with the kind the <title> names ("关于…的通知" under
            // <title>通知</title>, text loose in <body> between <br>s) is its headline (round thirty-two)
            String kind = i == start ? kindOpening(b, key) : null;
            if (kind != null) {
                return kind;
            }
            found = boldOpening(b);
            found = found != null ? found : setOpening(b);
            found = found != null ? found : boldLineTitled(b, key);
            if (found != null || TextExtractor.isProse(b.text.strip())) {
                break;
            }
            if (running.contains(i)) {
                continue;
            }
            found = headlineLine(b);
            if (found == null) {
                found = underMenu(b);
                menuBox = found != null;
            }
            if (found != null) {
                break;
            }
        }
        for (int i = start - 1, n = 0, fields = 0; found == null && i >= 0 && n < HEADLINE_ABOVE; i--, n++) {
            Block b = d.blocks.get(i);
            if (b.linkDensity() >= 0.5) {
                break;
            }
            // a post's info row of fields ("작성자 : 김**", "처리상태 : 답변완료") between its subject and its text
            if (fields < FIELD_LINES && FIELD_LINE.matcher(b.text.strip()).matches() && DomBlocks.ideographs(b.text) <= FIELD_IDEOGRAPHS) {
                fields++;
                n--;
                continue;
            }
            found = headlineLine(b);
            if (found == null) {
                found = underMenu(b);
                menuBox = found != null;
            }
        }
        if (found == null || section || !headlineShaped(key)) {
            return found;
        }
        // under the site's menu in its own box, under a <title> of a name's length ("みなと漁協"): the site's name
        if (menuBox && LineRules.tokens(title) <= 3 && DomBlocks.ideographs(title) <= 8) {
            return found;
        }
        // a <title> naming a story names it: the line above the text is the headline when the title holds it ("Headline -
        // Site", the site's side unknown), not when the title names another story (a newsletter's issue, a report's series);
        // a title none of whose words the page shows names the page's kind ("Версия для печати"), not its story
        if (LineRules.normalise(title).contains(LineRules.normalise(found)) || namesNoWordOf(title, d) || homeLinkSays(title, d)
                || genericTitle(d) || saysTitleAndMore(found, title)) {
            return found;
        }
        return titlePartSaid(found, title);
    }

    /**
     * The part of a {@code <title>} of several that the line over the text says whole, with no more than a board's tag
     * before it ("[모임후기] 겨울 퇴비 만들기 모임 후기" under "동네 텃밭 모임 | 겨울 퇴비 만들기 모임 후기 - Daum 카페"):
     * that part names the story, the others the cafe and the platform (round thirty-five); or {@code null}.
     */
    private static String titlePartSaid(String found, String title) {
        String line = LineRules.normalise(found);
        String best = null;
        for (String part : PageMetadata.TITLE_PARTS.split(title)) {
            String p = LineRules.normalise(part);
            boolean named = LineRules.tokens(part) >= 3 || DomBlocks.ideographs(part) >= 6;
            if (named && line.contains(p) && line.length() <= p.length() + TAG_CHARS && (best == null || part.strip().length() > best.length())) {
                best = part.strip();
            }
        }
        return best;
    }

    /** How much longer than a title's part the line saying it may be: a board's tag, "[모임후기] ", "【お知らせ】". */
    private static final int TAG_CHARS = 12;

    /**
     * Whether the heading over the text says all of the {@code <title>}'s words and more: a column's name and number in the
     * title ("コラム「港の灯り」第24回"), its heading the name, the number and the story's own headline ("港の灯り 第24回
     * 灯台守の冬"). The heading names the story more fully than the title (round thirty-four). Words of four letters or
     * more count, or pairs of Han and kana characters, the title's kind word ("コラム", "Column") aside.
     */
    private static boolean saysTitleAndMore(String found, String title) {
        String heading = found.toLowerCase(java.util.Locale.ROOT);
        String t = title.toLowerCase(java.util.Locale.ROOT);
        if (heading.length() <= t.length()) {
            return false;
        }
        if (DomBlocks.ideographs(t) * 2 > t.length()) {
            int[] pairs = pairsSaid(t, heading);
            // the title's kind ("コラム") is a few pairs the heading need not say: three in five are enough
            return pairs[0] >= 3 && pairs[1] * 5 >= pairs[0] * 3;
        }
        int all = 0;
        int said = 0;
        for (String w : NON_WORD.split(t)) {
            if (w.length() >= 4 || w.length() >= 2 && DomBlocks.ideographs(w) > 0) {
                all++;
                said += heading.contains(w) ? 1 : 0;
            }
        }
        return all >= 2 && said == all;
    }

    /**
     * Words naming a page's kind, not its story, as the last word of a short {@code <title>} or of one of its parts:
     * "Parish council notice", "Harbour news - Mill Cove Boat Club", "Aktuelles – Segelclub", "Объявления", "공지사항",
     * "お知らせ｜みなと町" (round thirty-four). Not "newsletter": a newsletter's issue names the issue over its first story.
     */
    private static final Set<String> KIND_WORDS = Set.of("notice", "notices", "news", "announcement", "announcements",
            "bulletin", "update", "updates", "information", "notification", "notifications", "circular", "release", "releases",
            "mitteilung", "mitteilungen", "bekanntmachung", "bekanntmachungen", "nachrichten", "aktuelles", "aktuell", "meldung",
            "meldungen", "hinweis", "hinweise", "neuigkeiten", "pressemitteilung", "pressemitteilungen",
            "объявление", "объявления", "новости", "извещение", "уведомление", "сообщение", "сообщения", "информация", "анонсы",
            "оголошення", "новини", "повідомлення", "інформація", "анонси",
            "공지", "공지사항", "알림", "소식", "새소식", "뉴스", "보도자료");
    /** The same kinds as the end of a title written without spaces ("町からのお知らせ", "社区通知"). */
    private static final List<String> KIND_ENDINGS = List.of("お知らせ", "新着情報", "ニュース", "通知", "公告", "通告", "新闻",
            "动态", "资讯", "新聞", "公告栏");
    /** A kind's part of a title has this many words at most ("Parish council notice"), or Han and kana before its ending. */
    private static final int KIND_WORDS_MAX = 3;
    private static final int KIND_PREFIX_CJK = 6;

    /**
     * Whether the page's {@code <title>} names its kind or its section, not a story: a short title, or one of its parts,
     * ending with a kind word ("Parish council notice", "Harbour news - Mill Cove Boat Club"), or a part a menu link says
     * whole beside the site's name ("Новости - Яхт-клуб Парус", the section already taken out of the title read). Then a
     * headline standing over the text, set apart or a heading, names the page's story (round thirty-four: both kept in
     * the text, the page titled by the notice's kind or the site).
     */
    private static boolean genericTitle(DomBlocks d) {
        org.jsoup.nodes.Document doc = d.blocks.isEmpty() ? null : d.blocks.get(0).owner.ownerDocument();
        String title = doc == null ? "" : doc.title().strip();
        if (title.isEmpty()) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        for (String part : CJK_BARS.split(title)) {
            if (!part.isBlank()) {
                parts.add(part.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        int kind = -1;
        for (int i = 0; i < parts.size() && kind < 0; i++) {
            kind = kindPart(parts.get(i)) ? i : -1;
        }
        if (kind < 0 && parts.size() == 2) {
            int n = 0;
            for (Element a : doc.select("a[href]")) {
                PageBudget.check();
                if (++n > HOME_LINKS) {
                    break;
                }
                String t = a.text().strip().toLowerCase(java.util.Locale.ROOT);
                kind = t.equals(parts.get(0)) ? 0 : t.equals(parts.get(1)) ? 1 : kind;
                if (kind >= 0) {
                    break;
                }
            }
        }
        if (kind < 0) {
            return false;
        }
        // the title's other parts name the site, which the page need not show: a part the page shows is its story's
        // ("속초 … 바뀜 - 여행 갤러리", the gallery a menu link)
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < d.blocks.size() && text.length() < TITLE_WORDS_IN; k++) {
            PageBudget.check();
            text.append(d.blocks.get(k).text.toLowerCase(java.util.Locale.ROOT)).append(' ');
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i != kind && text.indexOf(parts.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pairs of adjacent kana or Han characters in {@code s} and how many of them {@code text} holds: {all, said}. CJK
     * titles set words without spaces, so two characters stand for a word.
     */
    private static int[] pairsSaid(String s, String text) {
        int all = 0;
        int said = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (a >= '\u3040' && a <= '\u9fff' && b >= '\u3040' && b <= '\u9fff') {
                all++;
                said += text.indexOf(s.substring(i, i + 2)) >= 0 ? 1 : 0;
            }
        }
        return new int[] {all, said};
    }

    /** What separates a title's or heading's words: compiled once, where String.split compiles its pattern on every call. */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

    private static boolean kindPart(String p) {
        for (String ending : KIND_ENDINGS) {
            if (p.endsWith(ending) && p.length() - ending.length() <= KIND_PREFIX_CJK) {
                return true;
            }
        }
        String[] words = NON_WORD.split(p);
        int n = 0;
        String last = null;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
                last = w;
            }
        }
        return last != null && n <= KIND_WORDS_MAX && KIND_WORDS.contains(last);
    }

    /**
     * The headline set under the site's menu in one box of an old layout ("トップ｜お知らせ｜アクセス", a blank line, then
     * the headline in bold over its date, all in one {@code <center>}): the box's last paragraph, when all before it is
     * its links' text (round thirty-two); or {@code null}.
     */
    private static String underMenu(Block b) {
        String t = b.text.strip();
        int blank = t.lastIndexOf("\n\n");
        if (blank <= 0 || b.linkLength == 0) {
            return null;
        }
        String menu = t.substring(0, blank);
        // the menu's separators ("｜", " | ") are no link's words
        int words = menu.replaceAll("[\\s|｜/·・]+", "").length();
        if (b.linkLength < words) {
            return null;
        }
        return headlineLine(new Block(t.substring(blank + 2).strip(), 0, b.owner, b.explicit, false));
    }

    /** A line opening with the word copyright or "(c)". */
    private static final java.util.regex.Pattern COPYRIGHT_LINE = java.util.regex.Pattern.compile("(?i)(?:copyright\\b|\\(c\\)\\s)");

    /** How many of a page's links are looked at for its home link. */
    private static final int HOME_LINKS = 64;

    /**
     * Whether a link to the site's home page says the {@code <title>} whole: the title is the site's name, no story's
     * (a masthead's "Eastfield Community Radio" linked to "/"; round thirty-two).
     */
    private static boolean homeLinkSays(String title, DomBlocks d) {
        org.jsoup.nodes.Document doc = d.blocks.isEmpty() ? null : d.blocks.get(0).owner.ownerDocument();
        if (doc == null || title.isBlank()) {
            return false;
        }
        int n = 0;
        for (Element a : doc.getElementsByTag("a")) {
            if (++n > HOME_LINKS) {
                break;
            }
            String href = a.attr("href").strip();
            if ((href.equals("/") || href.equals("./") || href.equals("index.html") || href.equals("index.htm"))
                    && a.text().strip().equalsIgnoreCase(title.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Class and id words of an aside that is a sidebar whatever it holds: related stories, teasers, a pull quote. */
    private static final java.util.regex.Pattern SIDEBAR_WORDS = java.util.regex.Pattern.compile(
            "related|teaser|sidebar|promo|quote|comment|recommend|share|widget|newsletter");

    /**
     * An {@code <aside>} holding the page's article: three paragraphs of prose or more, few links, no sidebar word in
     * its class or id, and more prose than the visible pass read. A sidebar of teasers is short lines under links and a
     * pull quote one line, and both sit beside a longer story; only a story itself outweighs the visible text.
     */
    private static boolean asideHoldsStory(Element root, int visibleChars) {
        return storyAside(root, visibleChars) != null;
    }

    /**
     * {@link #asideHoldsStory}, the aside inside the page's {@code <article>} or {@code <main>}: a story whose wrappers
     * are named for a layer, where a closed dialog (keyboard help, a consent box) stands beside the page's landmarks.
     */
    private static boolean storyAsideInArticle(Element root, int visibleChars) {
        Element aside = storyAside(root, visibleChars);
        return aside != null && aside.parent() != null && aside.parent().closest("article, main, [role=main]") != null;
    }

    /**
     * An {@code <aside>} holding the page's first {@code h1} (the visible pass reading none: the caller's test), which
     * opens the page's title (a declared "Headline… — Site" cut short or not), over {@link #NOSCRIPT_PROSE} of prose of
     * its own in paragraphs, no sidebar word in its names: the story's box, whatever a template named it for. A
     * sidebar's box holds no headline of the page's: a site's name in an aside's {@code h1} opens no story's title. On a
     * page with no {@code h1}, a box in an aside saying the title whole heads it ({@link #titleBox}), and the aside's
     * loose text (a story written straight into it in {@code <br>} lines) is prose too.
     */
    private static Element headlineAside(Element root, String title) {
        Element h1 = root.getElementsByTag("h1").first();
        // a page with no h1 heads its story with a box saying the title whole (an old portal's <p class="titulo">)
        Element head = h1 != null ? h1 : titleBox(root, title);
        Element aside = head == null ? null : head.closest("aside");
        if (aside == null || SIDEBAR_WORDS.matcher(DomBlocks.ownNames(aside)).find()) {
            return null;
        }
        String key = LineRules.normalise(head.text());
        return key.length() >= HEADLINE_KEY && LineRules.normalise(title).startsWith(key)
                && prose(aside) + looseProse(aside) >= NOSCRIPT_PROSE ? aside : null;
    }

    /** The first element inside an {@code <aside>} whose whole text is the page's title, no link and in none. */
    private static Element titleBox(Element root, String title) {
        String key = LineRules.normalise(title);
        if (key.length() < HEADLINE_KEY) {
            return null;
        }
        for (Element aside : root.getElementsByTag("aside")) {
            for (Element e : aside.getAllElements()) {
                if (e != aside && e.childrenSize() == 0 && !e.normalName().equals("a") && e.closest("a") == null
                        && LineRules.normalise(e.text()).equals(key)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The prose a box holds as its own text, outside any element (a story written straight into it, in <br> lines). */
    private static int looseProse(Element box) {
        int chars = weight(box.ownText().strip());
        return chars >= 40 ? chars : 0;
    }

    /** Letters a headline says at least to be matched with the page's title (as {@link #headlineBox} asks). */
    private static final int HEADLINE_KEY = 10;

    /** Whether the first paragraph of {@code text} is text of {@code box}: a reading of that box, not of one beside it. */
    private static boolean readIn(String text, Element box) {
        String first = text.strip().split("\n\s*\n", 2)[0].strip();
        return !first.isEmpty() && spacesOne(box.text()).contains(spacesOne(first));
    }

    private static Element storyAside(Element root, int visibleChars) {
        for (Element aside : root.getElementsByTag("aside")) {
            if (SIDEBAR_WORDS.matcher(DomBlocks.ownNames(aside)).find()) {
                continue;
            }
            int paragraphs = 0;
            int prose = 0;
            for (Element p : aside.getElementsByTag("p")) {
                String t = p.text().strip();
                if (t.length() >= 40 && DomBlocks.linkedChars(p) * 3 < t.length()) {
                    paragraphs++;
                    prose += t.length();
                }
            }
            if (paragraphs >= 3 && prose >= 300 && prose > visibleChars) {
                return aside;
            }
        }
        return null;
    }

    /**
     * The article text, falling back when the page's visible markup gives (almost) none: first the same choice over
     * {@code noscript}, {@code aside} and hidden content, then every paragraph; the JSON-LD {@code articleBody} wins
     * where the markup is clearly worse ({@link DeclaredBody}).
     */
    private String body(Element root, PageMetadata meta, String[] headline) {
        DomBlocks visible = DomBlocks.of(root);
        boolean product = meta.product() || cartForm(root);
        visible.qaPage = meta.qaPage();
        visible.productPage = product;
        List<int[]> ranges = container(visible, meta.title());
        if ((meta.titleFrom() == PageMetadata.TitleFrom.DOCUMENT || meta.titleFrom() == PageMetadata.TitleFrom.SECTION)
                && !ranges.isEmpty()) {
            int[] letterhead = {-1};
            headline[0] = headlineAbove(visible, ranges, meta.title(), meta.titleFrom() == PageMetadata.TitleFrom.SECTION, letterhead);
            if (letterhead[0] >= 0) {
                // a document's letterhead over its headline (the date, the office, "보 도 자 료") is no line of its text
                ranges = from(ranges, letterhead[0]);
            }
        }
        // a notice laid out as a record names its story in its subject field ("Betreff", "件名"), whatever heads the view
        String subject = meta.titleFrom() == PageMetadata.TitleFrom.DECLARED || ranges.isEmpty() ? null : recordSubject(visible, ranges);
        if (subject != null) {
            headline[0] = subject;
        }
        // a mail quoted at the head of the text, its envelope lines in one paragraph: its subject names the story
        // under the page's own heading, a mail's envelope has a sender or an addressee too: "Date:" and "Subject:" alone
        // under a club's h1 label the item
        MessageHeaders.Found envelope = meta.titleFrom() == PageMetadata.TitleFrom.DECLARED || ranges.isEmpty() ? null
                : envelopeAtHead(visible, ranges, meta.titleFrom() == PageMetadata.TitleFrom.HEADING ? 3 : 2);
        if (envelope != null) {
            headline[0] = envelope.subject();
        }
        // the headline found is no line of the text
        String text = ranges.isEmpty() ? "" : assemble(visible, ranges, headline[0] != null ? headline[0] : meta.title());
        if (envelope != null) {
            text = withoutLines(text, envelope.lines());
        }
        DomBlocks all = null;
        // next to nothing, or only the page's own chrome (the "about us" line of a footer): no article in sight
        boolean chrome = inChrome(visible, ranges);
        // the story's headline kept hidden until a script shows the page, a visible "turn JavaScript on" notice beside it
        boolean hiddenStory = text.length() >= NOTHING_CHARS && !chrome && !holdsH1(visible) && hiddenH1(root, meta.title());
        // the story laid out as an <aside> beside a shorter visible text (a newsletter box, an author's line) (round
        // thirty-eight)
        boolean asideStory = text.length() >= NOTHING_CHARS && !chrome && !hiddenStory && asideHoldsStory(root, text.length());
        // the story's own box laid out as an <aside>, its headline in it: the story however short, beside a longer
        // visible text (session 48, --mutate aside: one paragraph under the h1 lost to six excerpts of other posts)
        Element headedAside = hiddenStory || chrome || holdsH1(visible) ? null : headlineAside(root, meta.title());
        // headed by a box saying the title (a page with no h1, session 49): read only when its reading opens with the
        // aside's text, as a "You are reading: …" box over a blurb beside the story is not the story
        boolean titledAside = headedAside != null && root.getElementsByTag("h1").isEmpty();
        asideStory |= headedAside != null && !titledAside;
        // the story rendered by a script, its only copy in <noscript>, a visible "turn JavaScript on" line in its place
        // (session 45's noscript mutation): the page read as a browser without scripts shows it, which is the story
        // wherever it stands and however short its paragraphs, unless the visible pass prefers the text beside it
        // (sessions 46-47: a rule counting three paragraphs of 40 characters, more than the visible pass read, lost
        // stories told in short paragraphs and stories beside a longer visible box)
        Element scriptCopy = hiddenStory ? null : noscriptStory(root, text, meta.title());
        DomBlocks[] shownPage = new DomBlocks[1];
        String scriptShown = scriptCopy == null ? ""
                : scriptShown(root, scriptCopy, meta, product, headline[0] != null ? headline[0] : meta.title(), shownPage);
        if (scriptShown.isEmpty() && !hiddenStory && text.length() >= NOTHING_CHARS) {
            // the story's box under the headline hidden by its own inline style until a script shows it (WeChat's
            // js_content under visibility:hidden), beside visible text elsewhere (a profile card, readers' comments): the
            // page as the browser shows it once the script has run (session 51; under 40 characters the lenient pass
            // below reads it already)
            Element veiled = veiledStory(root, text, meta.title());
            scriptShown = veiled == null ? ""
                    : revealed(root, veiled, meta, product, headline[0] != null ? headline[0] : meta.title(), shownPage);
        }
        if (!scriptShown.isEmpty()) {
            // the page is read from here on as a browser shows it, without scripts or once they have run (its declared
            // body, its captions)
            visible = shownPage[0];
            text = scriptShown;
            chrome = false;
            asideStory = false;
        }
        if (text.length() < NOTHING_CHARS || chrome || hiddenStory || asideStory || titledAside) {
            all = DomBlocks.of(root, true);
            all.qaPage = meta.qaPage();
            all.productPage = product;
            // the headline over a text read only here (a column's text in an <aside>) titles the page as it would over
            // visible text (round thirty-four)
            String[] lenientHead = new String[1];
            boolean[] overlaid = new boolean[1];
            String lenient = headedBody(all, meta, lenientHead, overlaid);
            // a closed dialog's text (keyboard help) beside a page showing its own headline is not what the page says
            // (round thirty-seven); a story shown in a viewer layer is read by the visible pass. But a story laid out as
            // an <aside> under a wrapper named for a layer (a theme's "penci-enable-lightbox", Drupal's
            // "dialog-off-canvas-main-canvas", an "article-overlay-handle") inside the page's <article> or <main> is no
            // dialog: a dialog stands beside the page's landmarks, not in its story (session 45)
            if (overlaid[0] && holdsH1(visible) && !storyAsideInArticle(root, text.length())) {
                lenient = "";
            }
            // only then: a sidebar read as an aside must not swell a short brief; but a footer's blurb is no brief, and a
            // body in <noscript> only a little longer than it is still the article
            if (hiddenStory && lenient.length() > text.length()) {
                // what the visible page said instead (the notice) is what the script hides when it shows the story
                text = without(lenient, text);
                chrome = false;
            } else if (lenient.length() > text.length() * 2 + 40 || (chrome || asideStory) && lenient.length() > text.length()
                    || headedAside != null && readIn(lenient, headedAside)) {
                text = lenient;
                chrome = false;
                headline[0] = headline[0] == null ? lenientHead[0] : headline[0];
            }
            if (text.isEmpty()) {
                text = paragraphs(all, false);
            }
        }
        String declared = ldBody(meta.ldBody());
        String read = text;
        text = DeclaredBody.choose(visible, text, declared.isEmpty() ? microdataBody(visible) : declared, meta.paywalled(),
                headline[0] != null ? headline[0] : meta.title());
        chrome &= text.equals(read);
        // a photo story told in its captions alone: with nothing else to read, one caption is the story, and a footer's
        // blurb, the page's own chrome, is none of it
        boolean bare = chrome || text.length() < NOTHING_CHARS;
        if (visible.figcaptions >= 3 || bare) {
            String before = text;
            // a stray line the line rules call furniture (a footer's copyright) is no intro to a gallery
            boolean stray = text.isBlank() || text.length() < NOTHING_CHARS && rules.kind(text.strip()) != LineRules.Kind.TEXT;
            text = withGallery(root, text, bare, chrome || stray);
            chrome &= text.equals(before);
        }
        if (text.length() < NOTHING_CHARS || chrome || visible.srcdocs > 0) {
            String before = text;
            // a page naming no headline of its own (a <title> of the site's name) is titled by the frame's, when the frame is read
            String[] framed = meta.titleFrom() == PageMetadata.TitleFrom.DOCUMENT || meta.titleFrom() == PageMetadata.TitleFrom.SECTION
                    ? headline : new String[1];
            text = embedded(root, meta.title(), text, chrome, framed);
            chrome &= text.equals(before);
        }
        if (text.length() < NOTHING_CHARS || chrome) {
            String alts = altTexts(root);
            if (!alts.isEmpty()) {
                text = alts;
                chrome = false;
            }
        }
        if (chrome) {
            String lines = linesBesideChrome(visible, meta.title());
            text = lines.isEmpty() ? text : lines;
        }
        if (!text.isEmpty()) {
            return text;
        }
        // the lowest rungs: the page's own short lines or summary, then whatever prose its furniture holds
        DomBlocks page = all == null ? DomBlocks.of(root, true) : all;
        // a book's chapter page that is its heading over a list of its sections' links: that list, not the site's name
        // beside it nor the keyboard help the page keeps in a dialog for a key press (round thirty-seven)
        text = landmarkLines(page, meta.title());
        if (text.isEmpty()) {
            text = lastResort(page, meta, false);
        }
        if (text.isEmpty()) {
            text = paragraphs(page, true);
        }
        if (text.isEmpty()) {
            text = lastResort(page, meta, true);
        }
        text = text.isEmpty() ? linkedText(page) : text;
        // an overlay's prose only when the page shows no other text at all
        text = text.isEmpty() ? paragraphs(page, true, true) : text;
        // text only inside controls or graphics, which every reading drops (a page wrapped in a <label> or a <button>, an
        // infographic's <svg> text): a browser still shows it; a menu's links are still no article
        return text.isEmpty() ? shownText(root) : text;
    }

    private static final Set<String> NOT_SHOWN = Set.of("a", "nav", "header", "footer", "script", "style", "template", "head");

    /** The page's text outside links and its header, footer and menus, whatever element holds it. */
    /** The paragraphs of {@code text} that {@code shown} does not hold. */
    private static String without(String text, String shown) {
        Set<String> drop = new HashSet<>(List.of(shown.split("\n\n")));
        List<String> kept = new ArrayList<>();
        for (String p : text.split("\n\n")) {
            if (!drop.contains(p)) {
                kept.add(p);
            }
        }
        return String.join("\n\n", kept);
    }

    /** How many {@code h1}s are looked at for a hidden headline; a page has one or two. */
    private static final int H1_LOOK = 8;

    private static boolean holdsH1(DomBlocks d) {
        for (Block b : d.blocks) {
            if (b.tag().equals("h1")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's headline in an {@code h1} inside an element a browser hides: the story kept out of sight until a script
     * shows it (a {@code <main hidden>} the script opens), while what is visible is a notice for readers without scripts.
     */
    private static boolean hiddenH1(Element root, String title) {
        int n = 0;
        for (Element h1 : root.getElementsByTag("h1")) {
            // the page's own headline, not a hidden newsletter box's "Get our newsletter"
            Element box = h1.text().strip().equals(title) ? DomBlocks.hiddenBox(h1, root) : null;
            // a React segment no script moved in place is one the browser never shows
            if (box != null && !box.id().startsWith("S:")) {
                return true;
            }
            if (++n >= H1_LOOK) {
                break;
            }
        }
        return false;
    }

    /** A script's placeholder holds a line or two: a loading line, a notice. */
    private static final int PLACEHOLDER_CHARS = 200;
    /** A {@code <noscript>} holding this much prose (an ideograph weighing three letters) may hold a story. */
    private static final int NOSCRIPT_PROSE = 200;

    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[\\s\u00a0]+");

    /** Runs of spaces, no-break spaces included, as one space, to compare text read two ways. */
    private static String spacesOne(String text) {
        return SPACE_RUN.matcher(text).replaceAll(" ");
    }

    /**
     * The first {@code <noscript>} holding prose of its own: what a browser without scripts shows in place of a loading
     * placeholder. A tracking pixel, a one-line notice or a tag manager's frame is no prose, and a copy of text the page
     * shows already (a crawler's duplicate of the visible story) is no story of its own. Whether it is the story is
     * {@link #scriptShown}'s question, not a count of paragraphs: a story told in short paragraphs, or beside a longer
     * visible comment box, has the prose of a story all the same.
     */
    private static Element noscriptStory(Element root, String visible, String title) {
        String shown = null;
        for (Element noscript : root.getElementsByTag("noscript")) {
            if (scriptProse(noscript, title) >= NOSCRIPT_PROSE) {
                shown = shown == null ? spacesOne(visible) : shown;
                String first = noscript.getElementsByTag("p").stream().map(p -> p.text().strip()).filter(t -> weight(t) >= 40)
                        .findFirst().orElseGet(() -> firstLooseLine(noscript)).transform(HtmlExtractor::spacesOne);
                if (!first.isEmpty() && !shown.contains(first)) {
                    return noscript;
                }
            }
        }
        return null;
    }

    /**
     * The prose of a {@code <noscript>}: its paragraphs', and when it holds the page's headline (a box whose whole text
     * opens the page's title), the loose text of its boxes too: a story written straight into a column in {@code <br>}
     * lines under its headline, as an old portal sets it (session 50, {@code --mutate noscript}: f6ac15a4 read nothing
     * of its story under the floor of paragraphs). A "turn JavaScript on" notice written so holds no headline.
     */
    private static int scriptProse(Element noscript, String title) {
        int prose = prose(noscript);
        if (prose >= NOSCRIPT_PROSE || !holdsHeadline(noscript, title)) {
            return prose;
        }
        for (Element e : noscript.getAllElements()) {
            if (!inLine(e)) {
                prose += looseProse(e);
            }
        }
        return prose;
    }

    /** Whether {@code box} holds an element whose whole text, no link's, opens the page's title. */
    private static boolean holdsHeadline(Element box, String title) {
        String key = title == null ? "" : LineRules.normalise(title);
        if (key.length() < HEADLINE_KEY) {
            return false;
        }
        for (Element e : box.getAllElements()) {
            if (e != box && !e.normalName().equals("a") && e.closest("a") == null && e.ownText().length() >= HEADLINE_KEY) {
                String t = LineRules.normalise(e.text());
                if (t.length() >= HEADLINE_KEY && key.startsWith(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Text that is a paragraph's, a link's, a list item's or a heading's, not loose in a box. */
    private static boolean inLine(Element e) {
        return e.closest("p, a, li, h1, h2, h3, h4, h5, h6, button, label") != null;
    }

    /** The first run of a box's own text of 40 or more (an ideograph weighing three) outside any paragraph, or "". */
    private static String firstLooseLine(Element box) {
        for (Element e : box.getAllElements()) {
            if (inLine(e)) {
                continue;
            }
            for (org.jsoup.nodes.TextNode t : e.textNodes()) {
                String line = t.text().strip();
                if (weight(line) >= 40) {
                    return line;
                }
            }
        }
        return "";
    }

    /** A text's length, an ideograph weighing three letters (a word of a CJK text). */
    private static int weight(String t) {
        return t.length() + 2 * DomBlocks.ideographs(t);
    }

    /** The weight of the box's paragraphs of 40 or more. */
    private static int prose(Element box) {
        int prose = 0;
        for (Element p : box.getElementsByTag("p")) {
            int chars = weight(p.text().strip());
            prose += chars >= 40 ? chars : 0;
        }
        return prose;
    }

    /**
     * The page as a browser without scripts shows it: the visible pass over a copy where {@code noscript} is shown in
     * its place and the placeholder before it is gone. Empty unless that reading is the {@code <noscript>}'s prose for
     * the most part, or holds most of it (the visible pass judging it the page's text, not a fallback beside a longer
     * story: a cookie panel's explanation, teasers kept for crawlers).
     */
    private String scriptShown(Element root, Element noscript, PageMetadata meta, boolean product, String title, DomBlocks[] page) {
        int at = root.getElementsByTag("noscript").indexOf(noscript);
        Element copy = root.clone();
        Element twin = copy.getElementsByTag("noscript").get(at);
        // what a script shows in its place, a loading line or an "enable JavaScript" notice in a wrapper just before it,
        // is no line of the story
        Element placeholder = twin.previousElementSibling();
        if (placeholder != null && !TEXT_TAGS.contains(placeholder.normalName()) && !placeholder.normalName().equals("noscript")
                && placeholder.text().length() < PLACEHOLDER_CHARS) {
            placeholder.remove();
        }
        twin.unwrap();
        String read = readCopy(copy, meta, product, title, page);
        int within = weight(linesWithin(read, noscript));
        return within >= NOSCRIPT_PROSE && (within * 2 >= weight(read) || within * 2 >= scriptProse(noscript, title)) ? read : "";
    }

    /** The visible pass over a copy of the page, as {@link #body} reads the page itself. */
    private String readCopy(Element copy, PageMetadata meta, boolean product, String title, DomBlocks[] page) {
        DomBlocks shown = DomBlocks.of(copy);
        shown.qaPage = meta.qaPage();
        shown.productPage = product;
        List<int[]> ranges = container(shown, meta.title());
        page[0] = shown;
        return ranges.isEmpty() ? "" : assemble(shown, ranges, title);
    }

    /** Boxes up from the headline whose later siblings may hold its story: the headline's, its header's, a wrapper's. */
    private static final int VEIL_LEVELS = 3;
    /** Inline declarations that hide a box, as {@link DomBlocks} reads them. */
    private static final java.util.regex.Pattern HIDES = java.util.regex.Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Inline declarations a script lifts to show a box it kept out of sight while the page loaded. */
    private static final java.util.regex.Pattern VEIL = java.util.regex.Pattern.compile(
            "(?i)(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden|opacity\\s*:\\s*0(?:\\.0*)?(?![.\\d]))\\s*(?:!important)?\\s*;?");

    /**
     * The story's box hidden by its own inline style until a script shows it (WeChat serves {@code js_content} under
     * {@code visibility:hidden}; a theme keeps the text under {@code display:none} until its fonts load): a box after the
     * page's headline, in the headline's box or one up to {@value #VEIL_LEVELS} levels out, with no visible prose between
     * them, holding prose of its own (paragraphs, or loose lines of 40 characters or more) of at least
     * {@value #NOSCRIPT_PROSE} and more than the visible pass read. Not a layer (a dialog, a box named as a popup, a
     * modal or a consent notice, or pinned over the page), not inside one or a {@code <template>}, holding no form's
     * field (a sign-up box kept hidden until it is opened), and not beside the text the visible pass read: a box
     * holding visible prose as well as the hidden one (the story shown under its headline, a hidden notice above it)
     * shows its story already.
     */
    private static Element veiledStory(Element root, String visible, String title) {
        Element heading = titleHeading(root, title);
        if (heading == null) {
            return null;
        }
        int shown = weight(visible);
        int between = 0;
        Element level = heading;
        for (int up = 0; up < VEIL_LEVELS && level != null && level != root; up++, level = level.parent()) {
            for (Element sib = level.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
                PageBudget.check();
                Element veiled = veiled(sib, level.parent(), root, shown, visible);
                if (veiled != null) {
                    return veiled;
                }
                between += prose(sib);
                if (between >= NOSCRIPT_PROSE) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The page's own headline: the first of its first {@value #H1_LOOK} {@code h1}s, outside any hidden box, whose whole text opens the title. */
    private static Element titleHeading(Element root, String title) {
        String key = title == null ? "" : LineRules.normalise(title);
        if (key.length() < HEADLINE_KEY) {
            return null;
        }
        int n = 0;
        for (Element h1 : root.getElementsByTag("h1")) {
            String t = LineRules.normalise(h1.text());
            if (t.length() >= HEADLINE_KEY && key.startsWith(t)) {
                return DomBlocks.hiddenBox(h1, root) == null ? h1 : null;
            }
            if (++n >= H1_LOOK) {
                break;
            }
        }
        return null;
    }

    /**
     * {@code box} or the first box in it hidden by its own inline style that holds the story, as {@link #veiledStory}
     * asks; {@code common} holds it and the headline.
     */
    private static Element veiled(Element box, Element common, Element root, int shown, String visible) {
        for (Element e : box.select("[style]")) {
            if (!HIDES.matcher(e.attr("style")).find()) {
                continue;
            }
            int prose = veiledProse(e);
            if (prose < NOSCRIPT_PROSE || prose <= shown || e.selectFirst("input:not([type=hidden]), select, textarea, form") != null
                    || DomBlocks.hiddenBox(e.parent(), root) != null) {
                continue;
            }
            boolean layer = false;
            for (Element p = e; p != null && p != root && !layer; p = p.parent()) {
                layer = p.normalName().equals("template") || DomBlocks.layer(p);
            }
            // the text the visible pass read stands beside it, in the box holding it and the headline: a story shown
            // already (a hidden notice between the headline and the text), unless it is a line or two the hidden box
            // outweighs many times over (an author's card under the story)
            int beside = weight(linesWithin(visible, common));
            if (!layer && (beside < NOSCRIPT_PROSE || beside * 4 <= prose)) {
                return e;
            }
        }
        return null;
    }

    /** A hidden box's prose: its paragraphs' and its loose lines' of 40 or more (an ideograph weighing three). */
    private static int veiledProse(Element box) {
        int prose = prose(box);
        for (Element e : box.getAllElements()) {
            if (!inLine(e)) {
                prose += looseProse(e);
            }
        }
        return prose;
    }

    /**
     * The page as the browser shows it once its script has lifted the inline style hiding {@code veiled}: the visible
     * pass over a copy without it. Empty unless that reading is the box's prose for the most part.
     */
    private String revealed(Element root, Element veiled, PageMetadata meta, boolean product, String title, DomBlocks[] page) {
        Element copy = root.clone();
        Element twin = copy.getAllElements().get(root.getAllElements().indexOf(veiled));
        twin.attr("style", VEIL.matcher(twin.attr("style")).replaceAll(""));
        DomBlocks[] shown = new DomBlocks[1];
        String read = readCopy(copy, meta, product, title, shown);
        int within = weight(linesWithin(read, veiled));
        if (within < NOSCRIPT_PROSE || within * 2 < weight(read)) {
            return "";
        }
        page[0] = shown[0];
        return read;
    }

    /** The paragraphs of {@code text} that {@code box} holds, spaces collapsed to compare. */
    private static String linesWithin(String text, Element box) {
        String held = spacesOne(box.text());
        List<String> kept = new ArrayList<>();
        for (String p : text.split("\n\n")) {
            if (held.contains(spacesOne(p).strip())) {
                kept.add(p);
            }
        }
        return String.join("\n\n", kept);
    }

    private static String shownText(Element root) {
        StringBuilder out = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                PageBudget.check();
                if (node instanceof Element e && NOT_SHOWN.contains(e.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    out.append(t.text()).append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(org.jsoup.nodes.Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * A shop's page that declares nothing (no JSON-LD {@code Product}, no {@code og:type} product) still has its cart
     * form: a form with a quantity field (WooCommerce's and Shopify's {@code quantity}, PrestaShop's and Magento's
     * {@code qty}) and a button to send it.
     */
    private static boolean cartForm(Element root) {
        for (Element f : root.getElementsByTag("form")) {
            if (f.selectFirst("input[name~=(?i)(^|[^a-z])(qty|quantity)($|[^a-z])], select[name~=(?i)(^|[^a-z])(qty|quantity)($|[^a-z])]") != null
                    && f.selectFirst("button, input[type=submit]") != null) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern DOT_SEPARATORS = java.util.regex.Pattern.compile("\\s+[·•|]\\s+");

    /** Three or more short items (three words at most, no sentence) between dots or bars, on one line. */
    private static boolean dotMenu(String text) {
        if (text.indexOf('\n') >= 0) {
            return false;
        }
        String[] items = DOT_SEPARATORS.split(text.strip());
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (LineRules.tokens(item) > 3 || item.isEmpty() || hasSentenceEnd(item)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A photo gallery told in its captions: at least three captions that are sentences, together more than twice the
     * reading (an intro line), are the story, and follow the reading; on a page that gives (next to) nothing else, or only
     * its chrome, one such caption is. A caption beside a story is left out as before.
     */
    private static String withGallery(Element root, String text, boolean bare, boolean chrome) {
        List<String> captions = new ArrayList<>();
        int total = 0;
        for (Element c : root.getElementsByTag("figcaption")) {
            String t = c.text().strip();
            if (t.length() < 40 || !hasSentenceEnd(t) || inPageChrome(c) || text.contains(t) || captions.contains(t)) {
                continue;
            }
            captions.add(t);
            total += t.length();
        }
        if (captions.isEmpty() && bare) {
            // the pictures' lines follow the reading (a one-line intro), or stand alone where it gave only chrome, after
            // the gallery's own intro under its headline when the reading had nothing
            if (pictureCaptions(root, text, captions) == 0) {
                return text;
            }
            String intro = text.isEmpty() || chrome ? galleryIntro(root, captions) : text;
            return (intro.isEmpty() ? "" : intro + "\n\n") + String.join("\n\n", captions);
        }
        if (captions.size() < (bare ? 1 : 3) || !chrome && total <= 2 * text.length()) {
            return text;
        }
        return (text.isEmpty() || chrome ? "" : text + "\n\n") + String.join("\n\n", captions);
    }

    /** How far up from a picture its caption's box is looked for: the picture may sit in a link or a {@code <picture>}. */
    private static final int CAPTION_BOX = 3;
    /** A gallery's pictures looked at at most: each box's text is read whole, and boxes may nest. */
    private static final int CAPTION_BOXES = 64;

    /**
     * Captions written without {@code figcaption} on a page that gives nothing else: a photo story's boxes each holding a
     * picture and one line under it ({@code <div class="photo_item"><img><p class="photo_cap">…</p></div>}), dropped as
     * captions beside a story. A line that is a sentence (40 characters in Latin-text terms: a Korean line of 14
     * syllables) outside the page's chrome is one; the box holds no subhead. Returns their length.
     */
    private static int pictureCaptions(Element root, String text, List<String> captions) {
        int total = 0;
        Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element img : root.getElementsByTag("img")) {
            PageBudget.check();
            Element box = img.parent();
            for (int up = 0; box != null && box.childrenSize() < 2 && up < CAPTION_BOX; up++) {
                box = box.parent();
            }
            if (seen.size() >= CAPTION_BOXES) {
                break;
            }
            if (box == null || box == root || !seen.add(box) || box.childrenSize() > 3 || inPageChrome(box)
                    || box.selectFirst("h1, h2, h3, h4, h5, h6") != null) {
                continue;
            }
            String t = withoutCredit(box, box.text().strip());
            if (t.length() + 2 * DomBlocks.ideographs(t) < 40 || !hasSentenceEnd(t) || text.contains(t) || captions.contains(t)) {
                continue;
            }
            captions.add(t);
            total += t.length();
        }
        return total;
    }

    /** A picture's credit is this long at most: "Foto: Jan Lüders", "Photo: AP", "사진=연합뉴스". */
    private static final int CREDIT_CHARS = 40;

    /**
     * A caption without the picture's credit set after it in an element of its own ("… Grünkohl. <span>Foto: Jan
     * Lüders</span>"): a short tail after the caption's last sentence, no sentence itself, that is an element's whole
     * text.
     */
    private static String withoutCredit(Element box, String t) {
        int end = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？') {
                end = i + 1;
            }
        }
        String tail = end < 0 ? "" : t.substring(end).strip();
        if (tail.isEmpty() || tail.length() > CREDIT_CHARS) {
            return t;
        }
        for (Element e : box.getAllElements()) {
            if (e != box && e.text().strip().equals(tail)) {
                return t.substring(0, end).strip();
            }
        }
        return t;
    }

    /**
     * A gallery's intro: the paragraph right under the page's {@code h1}, a sentence or more, outside the page's chrome;
     * read before the pictures' lines when the page gave nothing else.
     */
    private static String galleryIntro(Element root, List<String> captions) {
        Element h1 = root.selectFirst("h1");
        Element next = h1 == null ? null : h1.nextElementSibling();
        if (next == null || !next.normalName().equals("p") || inPageChrome(next) || next.selectFirst("a") != null) {
            return "";
        }
        String t = next.text().strip();
        return t.length() + 2 * DomBlocks.ideographs(t) >= 40 && hasSentenceEnd(t) && !captions.contains(t) ? t : "";
    }

    /**
     * A page told in pictures (an infographic's panels, a scanned notice) whose markup says nothing else: the images'
     * text alternatives that are sentences, outside the page's header, footer, {@code nav} and {@code aside}, in page
     * order. A screen reader reads them as the page's text; an icon's "Share" or a logo's name is no sentence.
     */
    private static String altTexts(Element root) {
        List<String> alts = new ArrayList<>();
        for (Element img : root.getElementsByTag("img")) {
            String t = img.attr("alt").strip().replaceAll("\\s+", " ");
            if (t.length() >= NOTHING_CHARS && hasSentenceEnd(t) && !inPageChrome(img) && !alts.contains(t)) {
                alts.add(t);
            }
        }
        return String.join("\n\n", alts);
    }

    private static boolean inPageChrome(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.normalName();
            if (t.equals("nav") || t.equals("aside") || t.equals("footer") || t.equals("header")) {
                return true;
            }
        }
        return false;
    }

    /** A block inside an overlay (a dialog, a popup by name, a box pinned over the page): no text the page shows as its own. */
    private static boolean overlay(DomBlocks d, Block b) {
        Span s = d.span(b.owner);
        return s != null && s.inPopup;
    }

    /**
     * The links of the page's {@code main} landmark (or its {@code article}) when it holds the headline and nothing
     * else: a chapter page of a book or a section's index whose content is a list of links to its parts. Read only
     * where the markup's reading found no text.
     */
    private static String landmarkLines(DomBlocks d, String title) {
        String titleKey = LineRules.normalise(title);
        List<String> out = new ArrayList<>();
        boolean headed = false;
        for (Block b : d.blocks) {
            if (!overlay(d, b) && inLandmark(b.owner)) {
                if (LineRules.normalise(b.text).equals(titleKey)) {
                    headed = true;
                } else if (b.linkDensity() < 0.5) {
                    // a line of its own words: the usual rungs read the landmark
                    return "";
                } else {
                    out.add(b.text);
                }
            }
        }
        return headed ? String.join("\n\n", out) : "";
    }

    private static boolean inLandmark(Element e) {
        for (Element up = e; up != null; up = up.parent()) {
            String tag = up.normalName();
            if (tag.equals("main") || tag.equals("article") || up.attr("role").equals("main")) {
                return true;
            }
            if (tag.equals("nav") || tag.equals("header") || tag.equals("footer") || tag.equals("aside")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The bottom rung: the longest text of the page even inside a link. A card layout that wraps the whole story in
     * its link, or a page that is nothing but links, has no unlinked line, and some text is better than none.
     */
    private static String linkedText(DomBlocks d) {
        Block best = null;
        for (Block b : d.blocks) {
            if ((best == null || b.size > best.size) && !overlay(d, b)) {
                best = b;
            }
        }
        return best == null ? "" : best.text;
    }

    /**
     * The rungs below the markup's reading, for a page whose markup shows (next to) nothing, or only its own chrome (a
     * footer's "about us" line beside a story kept in an {@code iframe srcdoc}): the markup it keeps as text for other
     * browsers ({@code <noframes>}, {@code iframe srcdoc}), then the state a script-rendered page ships for its scripts
     * ({@link EmbeddedText}); whichever gives more than the reading so far, or, over chrome, any text of its own. A
     * frame's {@code srcdoc} is read on every page that has one: beside a story it is an embed (a post, a chart's note)
     * and gives less, but where the page shows only a line of its own around the frame (a blurb in a div at the foot),
     * the frame holds clearly more: the story.
     */
    private String embedded(Element root, String title, String text, boolean chrome, String[] headline) {
        int floor = chrome ? NOTHING_CHARS - 1 : text.length() < NOTHING_CHARS ? text.length() : 2 * text.length() + 40;
        String found = null;
        for (Element raw : EmbeddedText.rawBodies(root)) {
            // the frame's page titles itself as a page does: its h1, or with none, the heading opening its text (an h2
            // over a notice kept in a frame's srcdoc or a frameset's noframes, round thirty-two)
            Element h1 = raw.selectFirst("h1");
            Element head = h1 != null ? h1 : raw.selectFirst("h2, h3");
            head = head != null && head.hasText() && (head == h1 || raw.text().startsWith(head.text())) ? head : null;
            String t = withoutFramesNotice(reading(raw, head != null && head != h1 ? head.text().strip() : title));
            if (t.length() > floor) {
                found = t;
                floor = t.length();
                headline[0] = head != null ? head.text().strip() : headline[0];
            }
        }
        if (found == null ? chrome || text.length() < NOTHING_CHARS : found.length() < NOTHING_CHARS) {
            EmbeddedText.State state = EmbeddedText.fromScripts(root, fragment -> reading(fragment, title));
            if (state.text().length() > floor) {
                found = state.text();
                // an app shell's <title> names the site: the state's object names the story beside its text (round
                // thirty-six)
                headline[0] = state.headline() != null ? state.headline() : headline[0];
            }
        }
        return found == null ? text : found;
    }

    /**
     * A frameset's word to the browsers it was kept for ("Please view this page with a browser that supports frames",
     * "このページはフレームに対応したブラウザでご覧ください"): a paragraph of its own naming frames and a browser.
     */
    private static final java.util.regex.Pattern FRAMES_NOTICE = java.util.regex.Pattern.compile(
            "(?iu)(?:frames?|フレーム|фрейм|프레임|框架).{0,60}(?:browser|ブラウザ|браузер|브라우저|浏览器)"
            + "|(?:browser|ブラウザ|браузер|브라우저|浏览器).{0,60}(?:frames?|フレーム|фрейм|프레임|框架)");
    /** Such a word is a sentence, two at most. */
    private static final int FRAMES_NOTICE_CHARS = 160;

    private static String withoutFramesNotice(String text) {
        if (!text.contains("\n\n")) {
            return text;
        }
        List<String> kept = new ArrayList<>();
        for (String p : text.split("\n\n")) {
            if (p.length() > FRAMES_NOTICE_CHARS || !FRAMES_NOTICE.matcher(p).find()) {
                kept.add(p);
            }
        }
        return String.join("\n\n", kept);
    }

    /** A body of markup outside the page's own (a frameset's noframes, a script's state), read leniently. */
    private String reading(Element body, String title) {
        DomBlocks d = DomBlocks.of(body, true);
        String t = body(d, title);
        return t.isEmpty() ? paragraphs(d) : t;
    }

    /** The reading lies in the page's header or footer (by tag or landmark role). */
    private static boolean inChrome(DomBlocks d, List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return false;
        }
        for (Element e = topOf(d, ranges); e != null; e = e.parent()) {
            String tag = e.normalName();
            String role = e.attr("role");
            if (tag.equals("footer") || tag.equals("header") || role.equals("contentinfo") || role.equals("banner")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page with text must not come back empty (a video page, a page of short lines): the short lines of the element
     * holding most of them (a poem, a notice, a list with no prose), else the longest line that is not a link or the
     * headline again, or the page's own summary for link previews when that says more.
     */
    private String lastResort(DomBlocks d, PageMetadata meta, boolean withFurniture) {
        String titleKey = LineRules.normalise(meta.title());
        Block best = null;
        // in the order the boxes are read: of two lists of as many lines, the first is taken on every run (an
        // IdentityHashMap's order follows identity hash codes, which differ from run to run)
        java.util.Map<Span, Integer> lines = new java.util.LinkedHashMap<>();
        for (Block b : d.blocks) {
            if (b.linkDensity() < 0.5 && (withFurniture || !b.negative) && !LineRules.normalise(b.text).equals(titleKey)
                    && !overlay(d, b)) {
                if (best == null || b.size > best.size) {
                    best = b;
                }
                Span own = d.span(b.owner);
                Span box = own == null || own.parent == null ? own : own.parent;
                if (box != null && rules.kind(b.text) == LineRules.Kind.TEXT) {
                    lines.merge(box, 1, Integer::sum);
                }
            }
        }
        String text = best == null ? "" : best.text;
        Span box = null;
        for (var e : lines.entrySet()) {
            // a list of lines, not a label beside a date
            if (e.getValue() >= 3 && (box == null || e.getValue() > lines.get(box))) {
                box = e.getKey();
            }
        }
        if (box != null) {
            List<String> out = shortLines(d, box, titleKey, withFurniture);
            // the declared body holding the list is kept whole (a note under the list); the page around it is not
            for (Span up = box.parent; up != null && up.strongPositive; up = up.parent) {
                out = shortLines(d, up, titleKey, withFurniture);
            }
            String all = String.join("\n\n", out);
            if (all.length() > text.length()) {
                text = all;
            }
        }
        String description = meta.description();
        if (description.length() + 2 * DomBlocks.ideographs(description) > text.length() + 2 * DomBlocks.ideographs(text)) {
            return description;
        }
        return text;
    }

    private List<String> shortLines(DomBlocks d, Span box, String titleKey, boolean withFurniture) {
        List<String> out = new ArrayList<>();
        for (int i = box.start; i < box.end; i++) {
            Block b = d.blocks.get(i);
            if (b.linkDensity() < 0.5 && (withFurniture || !b.negative) && !LineRules.normalise(b.text).equals(titleKey)
                    && rules.kind(b.text) == LineRules.Kind.TEXT && !overlay(d, b)) {
                out.add(b.text);
            }
        }
        return out;
    }

    /**
     * A page whose article holds no prose (a docs page's one-line intro over an options table and a code block, a list
     * of opening hours) while its footer does: the reading found the footer's line, the page's chrome and no article.
     * The box holding most short lines outside the page's header, footer, {@code nav} and {@code aside} (three or
     * more), widened to the {@code main} or {@code article} landmark around it, is read instead, the usual way.
     */
    private String linesBesideChrome(DomBlocks d, String title) {
        java.util.Map<Span, Integer> lines = new java.util.IdentityHashMap<>();
        Span box = null;
        for (Block b : d.blocks) {
            Span own = d.span(b.owner);
            Span parent = own == null || own.parent == null ? own : own.parent;
            if (parent == null || b.negative || b.linkDensity() >= 0.5 || rules.kind(b.text) != LineRules.Kind.TEXT
                    || inPageChrome(b.owner) || CHROME_TAGS.contains(b.owner.normalName())) {
                continue;
            }
            int n = lines.merge(parent, 1, Integer::sum);
            if (n >= 3 && (box == null || n > lines.get(box))) {
                box = parent;
            }
        }
        if (box == null) {
            return "";
        }
        for (Span up = box; up != null; up = up.parent) {
            String tag = up.element.normalName();
            if (tag.equals("main") || tag.equals("article") || up.element.attr("role").equals("main")) {
                box = up;
                break;
            }
        }
        return assemble(d, List.of(new int[] {box.start, box.end}), title);
    }

    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header");

    /**
     * The text of the page's schema.org microdata body ({@code itemprop=articleBody}, the longest when there are
     * several), as paragraphs: weighed against the markup's reading like a JSON-LD body, so a reader-letters box
     * without class words that the reading swallowed beside it is left out. A box of links set inside it (a CMS's
     * "관련기사" list, a video playlist whose items are links holding their summaries: session 51, blind-pages-s50's
     * s50p-15) is no text the page declares: the body's element is markup the page shows, the box a template's insert.
     */
    private static String microdataBody(DomBlocks d) {
        Span best = null;
        for (Span s : d.spans) {
            if (s.element.attr("itemprop").equalsIgnoreCase("articleBody") && (best == null || s.end - s.start > best.end - best.start)) {
                best = s;
            }
        }
        if (best == null) {
            return "";
        }
        // running sums of the body's text and link text: a box inside it weighed in one step
        int n = best.end - best.start;
        int[] chars = new int[n + 1];
        int[] linked = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Block b = d.blocks.get(best.start + i);
            chars[i + 1] = chars[i] + b.length;
            linked[i + 1] = linked[i] + b.linkLength;
        }
        List<String> out = new ArrayList<>();
        for (int i = best.start; i < best.end; i++) {
            if (d.blocks.get(i).inLinkStrip || inReply(d, best, i) || inLinkBox(d, best, i, chars, linked)) {
                continue;
            }
            // a <br> inside a block is a line break: one paragraph a line, as the JSON-LD body is read
            for (String line : d.blocks.get(i).text.split("\n")) {
                String t = line.strip().replaceAll("\\s+", " ");
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return String.join("\n\n", out);
    }

    /**
     * Whether block {@code i} of {@code body} lies in a box of two blocks or more inside it whose text is links for the
     * most part; {@code chars} and {@code linked} are the body's running sums from its first block.
     */
    private static boolean inLinkBox(DomBlocks d, Span body, int i, int[] chars, int[] linked) {
        for (Span s = d.span(d.blocks.get(i).owner); s != null && s != body; s = s.parent) {
            int from = s.start - body.start;
            int to = s.end - body.start;
            if (to - from >= 2 && from >= 0 && to < chars.length && (linked[to] - linked[from]) * 2 >= chars[to] - chars[from]) {
                return true;
            }
        }
        return false;
    }

    /** Whether block {@code i} of {@code box} lies in a reply inside it: a thread in a declared body is none of its text. */
    private static boolean inReply(DomBlocks d, Span box, int i) {
        for (Span s = d.span(d.blocks.get(i).owner); s != null && s != box; s = s.parent) {
            if (s.reply) {
                return true;
            }
        }
        return false;
    }

    private String body(DomBlocks d, String title) {
        List<int[]> ranges = container(d, title);
        return ranges.isEmpty() ? "" : assemble(d, ranges, title);
    }

    /** {@link #body(DomBlocks, String)}, the headline over the text found as on the visible page's text when the page names none; {@code overlaid[0]} says whether all of it lies inside overlays. */
    private String headedBody(DomBlocks d, PageMetadata meta, String[] headline, boolean[] overlaid) {
        List<int[]> ranges = container(d, meta.title());
        if (ranges.isEmpty()) {
            return "";
        }
        boolean all = true;
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1] && all; i++) {
                all = overlay(d, d.blocks.get(i));
            }
        }
        overlaid[0] = all;
        if (meta.titleFrom() == PageMetadata.TitleFrom.DOCUMENT || meta.titleFrom() == PageMetadata.TitleFrom.SECTION) {
            int[] letterhead = {-1};
            headline[0] = headlineAbove(d, ranges, meta.title(), meta.titleFrom() == PageMetadata.TitleFrom.SECTION, letterhead);
            if (letterhead[0] >= 0) {
                ranges = from(ranges, letterhead[0]);
            }
        }
        return assemble(d, ranges, headline[0] != null ? headline[0] : meta.title());
    }

    /**
     * The end of a box in markup written into a JSON-LD articleBody ({@code <p>…</p><p>…</p>}, {@code <h2>}): a
     * paragraph break, which the text of the parsed markup would lose, joining "…밝혔다.독서교실은" (round thirty-seven).
     */
    private static final java.util.regex.Pattern LD_BOX_END = java.util.regex.Pattern.compile(
            "(?i)</(?:p|div|li|h[1-6]|blockquote|tr|section|figcaption)\\s*>");

    /** The JSON-LD articleBody as paragraphs; sites sometimes put markup or entities in it. */
    private static String ldBody(String ld) {
        if (ld.isBlank()) {
            return "";
        }
        String text = ld.indexOf('<') >= 0 || ld.indexOf('&') >= 0
                ? Jsoup.parse(LD_BOX_END.matcher(ld.replace("\n", "\n<br>")).replaceAll("$0\n")).wholeText() : ld;
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\s*\\n\\s*")) {
            String t = p.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return String.join("\n\n", out);
    }

    /**
     * Last resort: every prose block that is not a link list, in page order; outside furniture (a cookie notice is
     * prose, a bullet list beside it is not) unless there is nothing else.
     */
    private static String paragraphs(DomBlocks d) {
        String clean = paragraphs(d, false);
        return clean.isEmpty() ? paragraphs(d, true) : clean;
    }

    private static String paragraphs(DomBlocks d, boolean withFurniture) {
        return paragraphs(d, withFurniture, false);
    }

    /**
     * The same; an overlay's prose (a dialog of keyboard help, a newsletter box a script opens) only {@code withOverlays}:
     * however much the page's own lines are furniture, they are what it shows (round thirty-seven).
     */
    private static String paragraphs(DomBlocks d, boolean withFurniture, boolean withOverlays) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Block b : d.blocks) {
            if (isProse(b) && b.linkDensity() < 0.5 && (withFurniture || !b.negative) && (withOverlays || !overlay(d, b))
                    && seen.add(b.text)) {
                out.add(b.text);
            }
        }
        return String.join("\n\n", out);
    }

    /**
     * The article as block ranges in page order: the chosen container, plus the sibling groups of the same article
     * beside it (sections split by ads or recommendation boxes). Empty when no block counts for anything.
     */
    List<int[]> container(DomBlocks d) {
        return container(d, "");
    }

    /** The same, knowing the page's headline: the element holding it is where the article's text is looked for first. */
    List<int[]> container(DomBlocks d, String title) {
        Span best = choose(d, title);
        if (best == null) {
            return List.of();
        }
        return d.question == null ? headlinesTable(d, withoutShopTerms(d, best, tableStories(d, best, withLabelledAnswer(d, best,
                withAskedQuestion(d, best, withSiblings(d, best)))))) : withAnswers(d, withSiblings(d, d.question), d.answers);
    }

    /** A short text chosen beside a headline's table: at most this long (in Latin-text terms). */
    private static final int BESIDE_TABLE = 800;

    /**
     * A page whose content is a table under its headline (a timetable, a price list: short cells, no prose), the text
     * chosen instead a short box of prose in the column beside it ("About Northvale Buses"): the headline's box is
     * the article (round thirty-seven, issue 14's short lines dropped as non-prose: P 0 R 0). The table holds five rows
     * or more, the headline's box no prose, and the text chosen lies in a sibling of that box and opens with a heading
     * of its own (a card); a story told beside a table of results under the headline stays the text.
     */
    private static List<int[]> headlinesTable(DomBlocks d, List<int[]> ranges) {
        if (d.headline < 0 || ranges.isEmpty() || covered(ranges, d.headline)) {
            return ranges;
        }
        Span own = d.span(d.blocks.get(d.headline).owner);
        Span box = own == null ? null : own.parent;
        if (box == null || box.parent == null || hasProseIn(d, box.start, box.end)) {
            return ranges;
        }
        int size = 0;
        for (int[] r : ranges) {
            if (r[0] < box.end && r[1] > box.start || r[0] < box.parent.start || r[1] > box.parent.end) {
                return ranges;
            }
            for (int i = r[0]; i < r[1]; i++) {
                size += d.blocks.get(i).size;
            }
        }
        Element table = box.element.selectFirst("table");
        // a card of its own under its own heading, not a story told beside a table of results
        if (size > BESIDE_TABLE || !isHeading(d.blocks.get(ranges.get(0)[0])) || table == null
                || table.select("tr").size() < SPEC_LINES + 1) {
            return ranges;
        }
        return List.of(new int[] {d.headline + 1, box.end});
    }

    /**
     * A product's page read whole, its description and specifications short lines of no prose, beside a box of the
     * shop's terms (delivery, returns, payment) that is the page's longest prose: the terms are the shop's, not the
     * product's (round thirty-seven: de P 0.57, the terms joined). A box of one or two paragraphs among the chosen
     * box's children, after the headline, beside four short lines or more and less prose than its own.
     */
    /** A specification's rows at least, beside a shop's terms. */
    private static final int SPEC_LINES = 4;

    private static List<int[]> withoutShopTerms(DomBlocks d, Span best, List<int[]> ranges) {
        Span terms = null;
        if (best.end - best.start <= 2) {
            // the terms chosen as the main text, the product's box joined beside them
            terms = best.start > d.headline && shopTerms(d, best) ? best : null;
        } else if (d.headline >= best.start && d.headline < best.end) {
            for (int i = best.start; i < best.end; ) {
                Span child = childAt(d, best, i);
                int end = child == null ? i + 1 : Math.max(child.end, i + 1);
                if (child != null && child.start > d.headline && hasProse(d, child) && shopTerms(d, child)) {
                    if (terms != null) {
                        return ranges;
                    }
                    terms = child;
                }
                i = end;
            }
        }
        if (terms == null) {
            return ranges;
        }
        // the rest is short lines (a spec's rows), its prose a line or so shorter than the terms (a one-line description)
        int prose = 0;
        int lines = 0;
        for (int[] r : ranges) {
            for (int i = r[0]; i < r[1]; i++) {
                Block b = d.blocks.get(i);
                if (i >= terms.start && i < terms.end || i == d.headline || b.linkDensity() >= 0.5) {
                    continue;
                }
                if (isProse(b)) {
                    prose += b.size;
                } else if (!isHeading(b)) {
                    lines++;
                }
            }
        }
        int termsSize = 0;
        for (int i = terms.start; i < terms.end; i++) {
            termsSize += d.blocks.get(i).size;
        }
        if (lines < SPEC_LINES || prose >= termsSize) {
            return ranges;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[0] < terms.start) {
                out.add(new int[] {r[0], Math.min(r[1], terms.start)});
            }
            if (r[1] > terms.end) {
                out.add(new int[] {Math.max(r[0], terms.end), r[1]});
            }
        }
        out.removeIf(r -> r[0] >= r[1]);
        return out.isEmpty() ? ranges : out;
    }

    /** How far above the chosen text its answer's box is looked for, and how many boxes before it for the question's text. */
    private static final int ANSWER_LEVELS = 3;

    /**
     * A board's post view answered once (a public office's "묻고답하기", a city's 質問と回答): the text chosen lies in a box
     * named as the answer ({@code answer-box}), its head row of who answered and when beside it, and the question's text
     * is the box before it with prose in it, outside the answer. Both are the post (round thirty-one: the question was
     * lost, R 0.51). Not when a second answer box stands beside it: a Q&A page's run of answers is read as such.
     */
    private static List<int[]> withAskedQuestion(DomBlocks d, Span best, List<int[]> ranges) {
        Element answer = null;
        Element e = best.element;
        // the outermost box so named: the answer's text box ("answer-cont") sits in the answer's box with its head
        for (int up = 0; e != null && up <= ANSWER_LEVELS; up++, e = e.parent()) {
            answer = answerBox(e) || rowLabel(e, ROW_ANSWER) ? e : answer;
        }
        if (answer == null || answer.parent() == null) {
            return ranges;
        }
        Element question = null;
        // a board's table sets the answer in a cell beside its label ("<th>답변</th><td class=answer>"), the question in
        // the row before: the row's earlier rows are looked at too
        boolean cell = answer.normalName().equals("td") && answer.parent() != null && answer.parent().normalName().equals("tr");
        for (Element box : cell ? List.of(answer, answer.parent()) : List.of(answer)) {
            int n = 0;
            for (Element sib = box.previousElementSibling(); sib != null && n < ANSWER_LEVELS; sib = sib.previousElementSibling(), n++) {
                Span s = d.span(sib);
                if (answerBox(sib)) {
                    return ranges;
                }
                if (question == null && s != null && s.start < s.end && hasProse(d, s) && clean(d, s) && linkDensity(d, s) < 0.25) {
                    question = sib;
                }
            }
            n = 0;
            for (Element sib = box.nextElementSibling(); sib != null && n < ANSWER_LEVELS; sib = sib.nextElementSibling(), n++) {
                if (answerBox(sib)) {
                    return ranges;
                }
            }
        }
        Span q = question == null ? null : d.span(question);
        return q == null || covered(ranges, q.start) ? ranges : merged(ranges, new int[] {q.start, q.end});
    }

    /** The label a Q&A view sets over its answer. */
    private static final java.util.regex.Pattern QA_LABEL = java.util.regex.Pattern.compile(
            "(?iu)(?:回答|答え|답변|answer|ответ|відповідь|antwort|答复|回复|a)\\s*[.:：]?");

    /** The labels a Q&A view sets over its question and its answer, in the languages of the fixtures. */
    private static final java.util.regex.Pattern QA_PAIR_LABEL = java.util.regex.Pattern.compile(
            "(?iu)(?:質問|回答|질문|답변|question|answer|вопрос|ответ|запитання|питання|відповідь|frage|antwort|问题|提问|答复|回复)\\s*[.:：]?");

    /**
     * A question's or an answer's label opening its box, the box beside it opening with the other's ("Запитання" over
     * the question, "Відповідь" over the answer, each in a {@code <strong>} of its box): it names the box (round
     * thirty-one). Looked for two levels above the label, and in the two boxes beside that one.
     */
    private static boolean qaPairLabel(DomBlocks d, Block b, int i) {
        if (!QA_PAIR_LABEL.matcher(b.text.strip()).matches()) {
            return false;
        }
        Element e = b.owner;
        for (int up = 0; e != null && up <= 2; up++, e = e.parent()) {
            Span s = d.span(e);
            if (s == null || s.start != i) {
                return false;
            }
            if (s.end > i + 1) {
                for (Element sib : new Element[] {e.previousElementSibling(), e.nextElementSibling()}) {
                    Span t = sib == null ? null : d.span(sib);
                    if (t != null && t.end > t.start + 1 && d.blocks.get(t.start).length <= 12
                            && !d.blocks.get(t.start).text.strip().equalsIgnoreCase(b.text.strip())
                            && QA_PAIR_LABEL.matcher(d.blocks.get(t.start).text.strip()).matches()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Whether block {@code i} is the last of a box, two levels above it at most, named as an answer or opened by a
     * question's or an answer's label.
     */
    private static boolean closesLabelledBox(DomBlocks d, Block b, int i) {
        Element e = b.owner;
        for (int up = 0; e != null && up <= 2; up++, e = e.parent()) {
            Span s = d.span(e);
            if (s == null || s.end != i + 1) {
                return false;
            }
            if (s.start < i && (answerBox(e) || d.blocks.get(s.start).length <= 12
                    && QA_PAIR_LABEL.matcher(d.blocks.get(s.start).text.strip()).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Whether block {@code i} is the first of a box named as an answer, that box at most two levels above it. */
    private static boolean opensAnswerBox(DomBlocks d, Block b, int i) {
        Element e = b.owner;
        for (int up = 0; e != null && up <= 2; up++, e = e.parent()) {
            if (answerBox(e)) {
                Span s = d.span(e);
                return s != null && s.start == i;
            }
        }
        return false;
    }

    /** A board table's label for the question's row and for the answer's. */
    private static final java.util.regex.Pattern ROW_QUESTION = java.util.regex.Pattern.compile(
            "(?iu)(?:ご意見|ご質問|質問|質問内容|お問い合わせ内容|留言内容|来信内容|问题|질문|질문\\s*내용|문의\\s*내용|вопрос|питання|запитання|question|frage)\\s*[:：]?");
    private static final java.util.regex.Pattern ROW_ANSWER = java.util.regex.Pattern.compile(
            "(?iu)(?:回答|回答内容|答复|答复内容|回复|回复内容|답변|답변\\s*내용|ответ|відповідь|answer|antwort)\\s*[:：]?");

    /**
     * Whether {@code e} is a table cell (or its row) set beside a header cell so labelled: "<th>回答</th><td>…</td>",
     * "<th>留言内容</th><td>…</td>". The label is a few words; the row's first cell holds it.
     */
    private static boolean rowLabel(Element e, java.util.regex.Pattern label) {
        Element row = e.normalName().equals("tr") ? e : e.normalName().equals("td") ? e.parent() : null;
        if (row == null || !row.normalName().equals("tr") || row.childrenSize() < 2) {
            return false;
        }
        Element head = row.child(0);
        if (!head.normalName().equals("th") || head.childrenSize() > 2) {
            return false;
        }
        String t = head.text().strip();
        return t.length() <= 12 && label.matcher(t).matches();
    }

    /**
     * A board's table view whose question's row was chosen (its header cell "留言内容", "ご意見"): the answer's row within
     * three rows after it ("<th>回复内容</th><td class=reply>…") is the post's too, its cell read whatever its class
     * says ({@code reply} names a comment elsewhere) (round thirty-one).
     */
    private static List<int[]> withLabelledAnswer(DomBlocks d, Span best, List<int[]> ranges) {
        Element row = null;
        Element e = best.element;
        for (int up = 0; e != null && up <= ANSWER_LEVELS && row == null; up++, e = e.parent()) {
            row = rowLabel(e, ROW_QUESTION) ? (e.normalName().equals("tr") ? e : e.parent()) : null;
        }
        if (row == null) {
            return ranges;
        }
        int n = 0;
        for (Element next = row.nextElementSibling(); next != null && n < ANSWER_LEVELS; next = next.nextElementSibling(), n++) {
            if (rowLabel(next, ROW_ANSWER)) {
                Span cell = d.span(next.child(next.childrenSize() - 1));
                if (cell == null || cell.start >= cell.end) {
                    return ranges;
                }
                for (int k = cell.start; k < cell.end; k++) {
                    d.blocks.get(k).negative = false;
                }
                return merged(ranges, new int[] {cell.start, cell.end});
            }
        }
        return ranges;
    }

    /** A box whose class names it an answer by a word of its own ({@code answer-box}, {@code qna_answer}). */
    private static boolean answerBox(Element e) {
        String c = e.className();
        if (c.isEmpty() || !c.toLowerCase(java.util.Locale.ROOT).contains("answer")) {
            return false;
        }
        for (String w : DomBlocks.words(c)) {
            if (w.equals("answer") || w.equals("answers")) {
                return true;
            }
        }
        return false;
    }

    /** How far above the text's cell a newsletter's story row is looked for. */
    private static final int STORY_ROW_LEVELS = 12;

    /**
     * A newsletter laid out in tables (an e-mail's web copy) sets each story in a row of its outer table, the text in a
     * cell several tables down. The rows beside the text's row whose cell at the same place (the same child at each
     * step down the same tags) holds prose without links are the next stories, and each such row joins whole, its
     * headline with it, as far as rows without text run between them; a header row of a logo and a footer row of lines
     * are built otherwise, and a teaser's row opens with its headline linked to the story.
     */
    private static List<int[]> tableStories(DomBlocks d, Span best, List<int[]> ranges) {
        Element cell = best.element;
        if (!cell.normalName().equals("td") && !cell.normalName().equals("tr")) {
            return ranges;
        }
        List<Element> path = new ArrayList<>();
        Element x = cell;
        for (int level = 0; level < STORY_ROW_LEVELS && x.parent() != null; level++) {
            PageBudget.check();
            path.add(0, x);
            x = x.parent();
            if (!x.normalName().equals("tr") || x.parent() == null) {
                continue;
            }
            List<Element> rows = x.parent().children();
            int at = rows.indexOf(x);
            int[] index = new int[path.size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = path.get(i).elementSiblingIndex();
            }
            int first = at;
            int last = at;
            boolean found = false;
            for (int k = at - 1; k >= 0 && (textless(d, rows.get(k)) || sameStory(d, rows.get(k), path, index)); k--) {
                found |= !textless(d, rows.get(k));
                first = textless(d, rows.get(k)) ? first : k;
            }
            for (int k = at + 1; k < rows.size() && (textless(d, rows.get(k)) || sameStory(d, rows.get(k), path, index)); k++) {
                found |= !textless(d, rows.get(k));
                last = textless(d, rows.get(k)) ? last : k;
            }
            Span from = d.span(rows.get(first));
            Span to = d.span(rows.get(last));
            if (found && from != null && to != null) {
                return merged(ranges, new int[] {from.start, to.end});
            }
        }
        return ranges;
    }

    /** At most this many note markers are looked up: a page of more is no article with notes. */
    private static final int MAX_NOTES = 512;

    /**
     * A text's notes (a report's or a commentary's endnotes): a list whose items the text's superscript markers link to
     * ({@code <sup><a href="#fn1">1</a></sup>}), half of its items or more. The markers stay in the text, as a reader
     * copies them; the notes are the apparatus under it, as a wiki's references are. Their blocks join {@code skip}.
     */
    private static void noteLists(DomBlocks d, Element top, Set<Integer> skip) {
        if (top == null || top.ownerDocument() == null) {
            return;
        }
        Set<String> marked = new HashSet<>();
        for (Element a : top.select("sup a[href^=#]")) {
            PageBudget.check();
            if (marked.size() >= MAX_NOTES) {
                return;
            }
            marked.add(a.attr("href").substring(1));
        }
        if (marked.isEmpty()) {
            return;
        }
        Map<Element, Integer> targets = new IdentityHashMap<>();
        for (Element e : top.ownerDocument().select("li[id]")) {
            PageBudget.check();
            Element list = e.parent();
            if (marked.contains(e.id()) && list != null) {
                targets.merge(list, 1, Integer::sum);
            }
        }
        for (Map.Entry<Element, Integer> t : targets.entrySet()) {
            Span s = d.span(t.getKey());
            if (s != null && t.getValue() * 2 >= t.getKey().childrenSize()) {
                for (int k = s.start; k < s.end; k++) {
                    PageBudget.check();
                    skip.add(k);
                }
            }
        }
    }

    /**
     * The linked headlines of the stories the text is made of: a newsletter's stories, each headline linking to the
     * story's web copy ("<h2><a href=…>Orchard cooperative opens its new cold store</a></h2>" over its paragraphs), were
     * dropped as links while their text was kept. A heading all link whose next line, in the same box, is prose without
     * links, two of them or more in the text: each heads text that is kept.
     */
    private static Set<Integer> linkedStoryHeads(DomBlocks d, List<int[]> ranges) {
        Set<Integer> heads = new HashSet<>();
        for (int[] r : ranges) {
            for (int k = r[0]; k < r[1]; k++) {
                PageBudget.check();
                Block b = d.blocks.get(k);
                if (!isHeading(b) || b.linkLength < 0.9 * b.length || b.length == 0) {
                    continue;
                }
                int j = k + 1;
                while (j < r[1] && d.blocks.get(j).text.isBlank()) {
                    j++;
                }
                if (j < r[1]) {
                    Block next = d.blocks.get(j);
                    if (isProse(next) && next.linkLength == 0 && !next.negative && next.owner.parent() == b.owner.parent()) {
                        heads.add(k);
                    }
                }
            }
        }
        return heads.size() >= 2 ? heads : Set.of();
    }

    /** A headline this long names one paper or report, not a word any line may hold. */
    private static final int CITED_TITLE = 20;
    /** A citation is a line: authors, the title, where and when. */
    private static final int CITATION_CHARS = 400;

    /**
     * A paper's record after its abstract (a preprint server's or a journal library's page): the line citing the page
     * itself (the authors, its headline, the journal: "Кравцова А. В., Ли Д. С. Ледовый режим … // Вестник морских наук.
     * 2026.") and a table of labelled rows of which one is an identifier's link ("Comments:", "Subjects:", "Cite as:
     * arXiv:…"). Both are the catalogue's, not the text; a subhead left heading nothing goes with them. Their blocks
     * join {@code skip}.
     */
    private static void recordApparatus(DomBlocks d, List<int[]> ranges, String titleKey, Set<Integer> skip) {
        boolean text = false;
        Set<Element> tables = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int[] r : ranges) {
            for (int k = r[0]; k < r[1]; k++) {
                PageBudget.check();
                Block b = d.blocks.get(k);
                if (!text) {
                    text = isProse(b) && b.linkDensity() < 0.5;
                    continue;
                }
                if (titleKey.length() >= CITED_TITLE && b.text.length() <= CITATION_CHARS && b.text.length() > titleKey.length()
                        && !isHeading(b) && DateFinder.hasYear(b.text)) {
                    String norm = LineRules.normalise(b.text);
                    if (norm.length() > titleKey.length() + 10 && norm.contains(titleKey)) {
                        skip.add(k);
                    }
                }
                if (b.tag().equals("tr")) {
                    Element table = b.owner.closest("table");
                    if (table != null && tables.add(table) && labelledRecord(table)) {
                        Span t = d.span(table);
                        for (int j = t == null ? 0 : t.start; t != null && j < t.end; j++) {
                            skip.add(j);
                        }
                    }
                }
            }
        }
    }

    /**
     * A notice laid out as one record, a definition list of fields ("Betreff", "Datum", "Aktenzeichen") over the field
     * that holds its text ("Text", "本文", "Текст объявления:"): the labels and the short fields are the view's, no lines of
     * the text (round thirty-three). Only a list of three pairs or more whose one value is prose and all others a short
     * line each (no sentence, 80 characters at most) under labels of three words at most; a glossary's definitions are
     * prose each, and an event's facts ("Datum", "Ort") hold no prose, so both keep their terms. The blocks join
     * {@code skip}.
     */
    private static void recordFields(DomBlocks d, List<int[]> ranges, Set<Integer> skip) {
        Set<Element> lists = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int[] r : ranges) {
            for (int k = r[0]; k < r[1]; k++) {
                PageBudget.check();
                Element owner = d.blocks.get(k).owner;
                if (!owner.normalName().equals("dd") && !owner.normalName().equals("dt")) {
                    continue;
                }
                Element dl = owner.parent();
                if (dl == null || !dl.normalName().equals("dl") || !lists.add(dl)) {
                    continue;
                }
                Element text = recordText(dl);
                if (text == null) {
                    continue;
                }
                for (Element field : dl.children()) {
                    Span s = field == text ? null : d.span(field);
                    for (int j = s == null ? 0 : s.start; s != null && j < s.end; j++) {
                        skip.add(j);
                    }
                }
            }
        }
    }

    /** The value of the subject field of the record holding the text (see {@link #recordFields}), or null. */
    private static String recordSubject(DomBlocks d, List<int[]> ranges) {
        int looked = 0;
        for (int[] r : ranges) {
            for (int k = r[0]; k < r[1] && looked++ < RECORD_FIELDS * 2; k++) {
                // the text's own field may be all the text holds, its paragraphs inside the <dd>
                Element field = d.blocks.get(k).owner.closest("dd, dt");
                Element dl = field == null ? null : field.parent();
                if (dl == null || !dl.normalName().equals("dl")) {
                    continue;
                }
                if (recordText(dl) == null) {
                    return null;
                }
                List<Element> kids = dl.children();
                for (int i = 0; i + 1 < kids.size(); i += 2) {
                    String value = kids.get(i + 1).text().strip();
                    if (MessageHeaders.subjectLabel(kids.get(i).text()) && !value.isEmpty()) {
                        return value;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The one {@code <dd>} of a record's definition list that holds its text, or null when the list is no such record. */
    private static Element recordText(Element dl) {
        List<Element> kids = dl.children();
        if (kids.size() < 6 || kids.size() > RECORD_FIELDS * 2 || kids.size() % 2 != 0) {
            return null;
        }
        Element text = null;
        for (int i = 0; i < kids.size(); i += 2) {
            Element dt = kids.get(i);
            Element dd = kids.get(i + 1);
            if (!dt.normalName().equals("dt") || !dd.normalName().equals("dd")) {
                return null;
            }
            String label = dt.text().strip();
            if (label.isEmpty() || label.length() > 24 || LineRules.tokens(label) > 3) {
                return null;
            }
            String value = dd.text().strip();
            if (value.length() > 80 || hasSentenceEnd(value)) {
                if (text != null || value.length() < 80 || !hasSentenceEnd(value)) {
                    return null;
                }
                text = dd;
            }
        }
        return text;
    }

    /** A record's fields are a view's few: a longer list is a list of things. */
    private static final int RECORD_FIELDS = 8;

    /** Rows of a record: three or more, each a label cell ending in a colon (or empty) and its value, one value a link. */
    private static boolean labelledRecord(Element table) {
        int rows = 0;
        boolean linked = false;
        for (Element tr : table.select("tr")) {
            PageBudget.check();
            if (tr.childrenSize() != 2) {
                return false;
            }
            String label = tr.child(0).text().strip();
            if (!label.isEmpty() && !label.endsWith(":") && !label.endsWith("：")) {
                return false;
            }
            Element value = tr.child(1);
            Element a = value.selectFirst("a[href]");
            linked |= a != null && a.text().length() * 2 >= value.text().length();
            rows++;
        }
        return rows >= 3 && linked;
    }

    /** A note's marker written as text: "[3]". */
    private static final java.util.regex.Pattern TEXT_MARKER = java.util.regex.Pattern.compile("\\[(\\d{1,3})]");

    /**
     * A text's notes whose markers are written as text, not as links: "… the only link to markets.[1]" in the text and,
     * after it, lines each opening with a marker the text holds ("[1] Regional Freight Survey 2025, table 4.2."), two or
     * more, under a subhead of their own. They are the apparatus under the text, as the notes a superscript link leads
     * to are ({@link #noteLists}); the markers stay in the text. Their blocks join {@code skip}.
     */
    private static void textNotes(DomBlocks d, List<int[]> ranges, Set<Integer> skip) {
        Set<String> markers = new HashSet<>();
        int lastMarked = -1;
        List<int[]> notes = new ArrayList<>();
        for (int[] r : ranges) {
            for (int k = r[0]; k < r[1]; k++) {
                PageBudget.check();
                String text = d.blocks.get(k).text;
                if (text.indexOf('[') < 0) {
                    continue;
                }
                java.util.regex.Matcher m = TEXT_MARKER.matcher(text);
                int lead = text.length() - text.stripLeading().length();
                boolean note = false;
                while (m.find() && markers.size() < MAX_NOTES) {
                    if (m.start() == lead) {
                        note = true;
                        notes.add(new int[] {k, Integer.parseInt(m.group(1))});
                    } else if (!note) {
                        markers.add(m.group(1));
                        lastMarked = k;
                    }
                }
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int[] n : notes) {
            if (n[0] > lastMarked && markers.contains(Integer.toString(n[1]))) {
                found.add(n[0]);
            }
        }
        // under a subhead of their own ("Notes"): a release's sources set as lines between its text and its "About" box
        // are read as its text (the benchmark's truth keeps them)
        int head = found.isEmpty() ? -1 : found.get(0) - 1;
        while (head > lastMarked && d.blocks.get(head).text.isBlank()) {
            head--;
        }
        if (found.size() >= 2 && head > lastMarked && isHeading(d.blocks.get(head))) {
            skip.addAll(found);
        }
    }

    /** The ranges and one more, in page order, those that overlap or touch made one. */
    private static List<int[]> merged(List<int[]> ranges, int[] more) {
        List<int[]> all = new ArrayList<>(ranges);
        all.add(more);
        return union(all);
    }

    /** {@code all}, sorted here by start, as new ranges in page order, those that overlap or touch made one. */
    private static List<int[]> union(List<int[]> all) {
        all.sort(java.util.Comparator.comparingInt((int[] r) -> r[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : all) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    /** A row holding no text: a spacer or a divider between a newsletter's stories. */
    private static boolean textless(DomBlocks d, Element row) {
        Span s = d.span(row);
        for (int k = s == null ? 0 : s.start; s != null && k < s.end; k++) {
            PageBudget.check();
            if (!d.blocks.get(k).text.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A row built like the story's: down the story row's path, child by child, a cell of prose without links. */
    private static boolean sameStory(DomBlocks d, Element row, List<Element> path, int[] index) {
        Element y = row;
        for (int n = 0; n < index.length; n++) {
            PageBudget.check();
            Element step = path.get(n);
            int i = index[n];
            if (!y.normalName().equals(step.parent().normalName()) || i >= y.childrenSize()) {
                return false;
            }
            y = y.child(i);
            if (!y.normalName().equals(step.normalName())) {
                return false;
            }
        }
        // a teaser's row opens with its linked headline; a story's headline is the newsletter's own
        Span whole = d.span(row);
        for (int k = whole == null ? 0 : whole.start; whole != null && k < whole.end; k++) {
            PageBudget.check();
            Block b = d.blocks.get(k);
            if (!b.text.isBlank()) {
                if (b.linkDensity() >= 0.5) {
                    return false;
                }
                break;
            }
        }
        Span s = d.span(y);
        int length = 0;
        int links = 0;
        boolean prose = false;
        for (int k = s == null ? 0 : s.start; s != null && k < s.end; k++) {
            PageBudget.check();
            Block b = d.blocks.get(k);
            length += b.length;
            links += b.linkLength;
            prose |= isProse(b) && !b.negative;
        }
        return prose && links * 5 < length;
    }

    /** The question's ranges and each answer's text after them, in page order, none counted twice. */
    private static List<int[]> withAnswers(DomBlocks d, List<int[]> ranges, List<Span> answers) {
        List<int[]> all = new ArrayList<>(ranges);
        // the first answer's outermost box that does not hold the question: its label is in it ("Лучший ответ")
        Span box = answers.isEmpty() ? null : answers.get(0);
        while (box != null && box.parent != null && d.question != null && !contains(box.parent, d.question) && box.parent != d.question) {
            box = box.parent;
        }
        int first = box == null ? Integer.MAX_VALUE : box.start;
        // and above the answers' box, a count of them ("3 answers") closing the question's joined parts (round twenty-seven)
        int counted = -1;
        for (int[] r : ranges) {
            for (int k = r[0]; k < Math.min(r[1], first); k++) {
                counted = d.blocks.get(k).text.isBlank() ? counted : k;
            }
        }
        if (counted > 0 && first != Integer.MAX_VALUE && answersCounted(d, counted, counted + 1)) {
            first = counted;
        }
        if (!ranges.isEmpty() && ranges.get(0)[0] < first) {
            // the question's parts end where the answers begin: the boxes it joined beside it hold their labels ("Лучший
            // ответ", "Другие ответы (2)"), not more of the question (round twenty-six)
            all.clear();
            for (int[] r : ranges) {
                if (r[0] < first) {
                    all.add(new int[] {r[0], Math.min(r[1], first)});
                }
            }
        }
        for (Span a : answers) {
            // an answer's head that says who and when ("Игорь · 2 декабря") is its signature, not its text
            int from = a.start;
            if (a.end - a.start >= 2 && signLine(d.blocks.get(from)) && namedAndDated(a.element, d.blocks.get(from).text)
                    && isProse(d.blocks.get(from + 1))) {
                from++;
            } else if (a.end - a.start >= 2 && badge(d.blocks.get(from)) && isProse(d.blocks.get(from + 1))
                    && d.blocks.get(from + 1).owner != d.blocks.get(from).owner) {
                // or a badge over its text ("✓ Accepted", "Лучший ответ"): a label, not the answer (round twenty-seven)
                from++;
            }
            all.add(new int[] {from, a.end});
        }
        List<int[]> out = union(all);
        // an empty range adds no text, and merged it changed nothing
        out.removeIf(r -> r[0] >= r[1]);
        return out;
    }

    /** A badge's length at most: "✓ Accepted", "Best answer", "Лучший ответ". */
    private static final int BADGE_CHARS = 24;

    /**
     * A short label opening an answer, set apart from its text (the text in a box of its own): no sentence (no stop at
     * its end), no digit, not a link, not a paragraph or a heading.
     */
    private static boolean badge(Block b) {
        String t = b.text.strip();
        if (t.isEmpty() || t.length() > BADGE_CHARS || b.linkLength > 0 || isProse(b) || DIGIT.matcher(t).find()
                || ".!?。！？:：".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        return b.owner != null && !b.owner.normalName().equals("p") && !isHeadingTag(b.owner.normalName());
    }

    private static boolean isHeadingTag(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** The article container: the element whose blocks weigh most, or null when no block counts for anything. */
    Span choose(DomBlocks d) {
        return choose(d, "");
    }

    private Span choose(DomBlocks d, String title) {
        if (d.blocks.isEmpty()) {
            return null;
        }
        d.titleKey = LineRules.normalise(title);
        markLinkStrips(d);
        markMainText(d, headlineBox(d, title), articleViewer(d, title));
        markStampedThreads(d);
        markOtherStories(d, title);
        markFurniture(d);
        double[] prefix = prefix(d);
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
        return toMainText(d, prefix, best, bestScore);
    }

    /** How many bare links a box between paragraphs holds at least to be a strip of them, not a link the text makes. */
    private static final int STRIP_LINKS = 3;

    /**
     * Marks the lines of each box of bare links (every line wholly a link, {@link #STRIP_LINKS} lines or more) that
     * stands between paragraphs of one parent, prose before it and after it: a strip of recommendations a template
     * drops into the text every few paragraphs. Each such strip weighed as much against its parent as it holds, so the
     * text split by a few of them lost to a box beside it, or was cut at the first (session 44: six links after every
     * second paragraph). Its lines are skipped: they weigh nothing and are no lines of the text.
     */
    private static void markLinkStrips(DomBlocks d) {
        for (Span s : d.spans) {
            if (s.end - s.start < STRIP_LINKS || s.parent == null || d.blocks.get(s.start).inLinkStrip) {
                continue;
            }
            boolean bare = true;
            for (int i = s.start; i < s.end && bare; i++) {
                Block b = d.blocks.get(i);
                bare = b.length > 0 && b.linkDensity() >= 0.9;
            }
            if (bare && hasProseIn(d, s.parent.start, s.start) && hasProseIn(d, s.end, s.parent.end)) {
                for (int i = s.start; i < s.end; i++) {
                    d.blocks.get(i).inLinkStrip = true;
                }
            }
        }
    }

    /** A reply control's own words, as comment templates print them under each comment. */
    private static final Set<String> REPLY_CONTROLS = Set.of("reply", "respond", "ответить", "відповісти", "답글", "답글쓰기",
            "返信", "返信する", "回复", "回覆", "antworten", "répondre", "responder", "rispondi");

    /** How long a post's head line (its signer and its stamp) is at most. */
    private static final int POST_HEAD = 80;

    /**
     * Marks as replies a run of two or more sibling boxes after the main text's start that are each a reader's comment
     * by their build, whatever their classes are called: a short line with a time stamp (or a {@code <time>}), prose,
     * and a reply control ("Reply", "Ответить", "답글", "返信"); and the box holding them when it holds no other prose
     * (a heading over them: "8 thoughts on this story", "Comments (8)"). Such a thread inside a declared body
     * ({@code itemprop=articleBody} on the article's wrapper) was read as the article's text (session 44), and so was
     * one a template set after the text's first paragraph.
     */
    private static void markStampedThreads(DomBlocks d) {
        int mainStart = -1;
        for (int i = 0; i < d.blocks.size() && mainStart < 0; i++) {
            mainStart = d.blocks.get(i).inMain ? i : -1;
        }
        if (mainStart < 0) {
            return;
        }
        java.util.Map<Span, List<Span>> children = new java.util.LinkedHashMap<>();
        for (Span s : d.spans) {
            if (s.parent != null && s.start > mainStart) {
                children.computeIfAbsent(s.parent, k -> new ArrayList<>()).add(s);
            }
        }
        for (var e : children.entrySet()) {
            List<Span> run = new ArrayList<>();
            for (Span s : e.getValue()) {
                if (stampedReply(d, s)) {
                    run.add(s);
                    continue;
                }
                markThread(d, e.getKey(), run);
                run = new ArrayList<>();
            }
            markThread(d, e.getKey(), run);
        }
    }

    private static void markThread(DomBlocks d, Span box, List<Span> run) {
        if (run.size() < 2) {
            return;
        }
        for (Span s : run) {
            s.reply = true;
        }
        boolean prose = false;
        for (int i = box.start; i < box.end && !prose; i++) {
            prose = !inPost(run, i) && isProse(d.blocks.get(i));
        }
        if (!prose && !box.mainText && !box.holdsArticle) {
            box.reply = true;
        }
    }

    /** How many blocks a reader's comment holds at most: bigger boxes are no comment, and are not searched. */
    private static final int COMMENT_BLOCKS = 64;

    /** A reader's comment by its build: a stamped short line, prose, and a reply control. */
    private static boolean stampedReply(DomBlocks d, Span s) {
        if (s.end - s.start < 2 || s.end - s.start > COMMENT_BLOCKS || s.mainText) {
            return false;
        }
        boolean prose = false;
        boolean stamped = false;
        for (int i = s.start; i < s.end; i++) {
            Block b = d.blocks.get(i);
            prose |= isProse(b) && b.linkDensity() < 0.5;
            stamped |= !isProse(b) && b.length <= POST_HEAD && STAMP.matcher(b.text).find();
        }
        if (!prose || !stamped && s.element.selectFirst("time") == null) {
            return false;
        }
        for (Element c : s.element.select("a, button")) {
            if (REPLY_CONTROLS.contains(c.text().strip().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * From the best-scoring element down towards the main text, while the child holding it carries most of the score:
     * a page column with an "about" box beside the article adds a little prose, so the row of columns outscores the
     * article's column; the sibling search then brings back what belongs to the article.
     */
    private static Span toMainText(DomBlocks d, double[] prefix, Span best, double bestScore) {
        if (best == null || !best.mainText) {
            return best;
        }
        List<Span> chain = new ArrayList<>();
        for (Span s : d.spans) {
            // spans come in document order, so the deepest main-text span is the last one inside best on the chain
            if (s.mainText && contains(best, s) && s != best && (chain.isEmpty() || contains(chain.get(chain.size() - 1), s))) {
                chain.add(s);
            }
        }
        Span out = best;
        Span at = best;
        double outScore = bestScore;
        for (Span s : chain) {
            if (s.parent != at) {
                break;
            }
            if (s.start == at.start && s.end == at.end) {
                // a wrapper of the same text: the outer one stays the container, so its siblings are looked at
                at = s;
                continue;
            }
            double score = prefix[s.end] - prefix[s.start];
            if (s.strongPositive) {
                score *= EXPLICIT_BONUS;
            }
            // a box holding the whole page (a site builder's list of records, the header's and the footer's among
            // them) is no article's box: the article is looked for from the record holding the main text, its other
            // parts joined as siblings
            boolean wholePage = at.start == 0 && at.end == d.blocks.size();
            if (!wholePage && score < DESCEND_SHARE * outScore || nestedAlike(d, at, s)) {
                break;
            }
            out = s;
            at = s;
            outScore = score;
        }
        return out;
    }

    /**
     * A box nested in a box built alike (same tag and classes) whose outer one holds prose paragraphs of its own beside
     * it: the shape of tags a page never closes ({@code <div>} or {@code <blockquote>} opened before each paragraph),
     * where each paragraph sits one level deeper than the last. The outer paragraphs are the same article, so the
     * descent towards the main text stops there.
     */
    private static boolean nestedAlike(DomBlocks d, Span outer, Span inner) {
        if (!outer.element.normalName().equals(inner.element.normalName())
                || !outer.element.className().equals(inner.element.className())) {
            return false;
        }
        for (int i = outer.start; i < outer.end; i++) {
            if (i == inner.start) {
                i = inner.end - 1;
                continue;
            }
            Block b = d.blocks.get(i);
            if (isProse(b) && b.linkDensity() < 0.5
                    && (b.owner == outer.element || b.owner.parent() == outer.element && PARAGRAPHS.contains(b.tag()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finds the page's main text by structure, before any class word is read: the element whose own paragraphs hold
     * the most prose (only the parent is credited: a grandparent would add up a list of teaser posts), discounted
     * when it sits in a comment thread or an overlay, so an article beats its comments and a popup never wins; a
     * forum page whose posts all carry comment classes still finds them. Schema.org's
     * {@code itemprop=articleBody} that holds prose is the main text outright; a body declared by a class word
     * ({@code entry-content} and kin) only when it holds as much prose as the densest element. The main text and its
     * ancestors are then never furniture, whatever their class names say ({@code field-label-hidden},
     * {@code node-promoted}, {@code share}, {@code overflow-hidden}).
     */
    /** A post written a line a box has this many lines at least: fewer are a box's labels or a byline and a date. */
    private static final int LINE_BOXES = 8;

    /**
     * Counts block {@code b} towards its parent's run of line boxes when it is one: the only block, one line with no link,
     * of a {@code div} or {@code p} that is a child of that parent. A line that is prose is counted but not credited
     * again: it earns its credit as prose.
     */
    private static void lineBox(DomBlocks d, Block b, java.util.Map<Span, double[]> runs) {
        if (b.linkLength > 0 || !(b.tag().equals("div") || b.tag().equals("p")) || b.text.indexOf('\n') >= 0) {
            return;
        }
        Span own = d.span(b.owner);
        if (own == null || own.parent == null || own.end - own.start != 1 || own.parent.element != b.owner.parent()) {
            return;
        }
        double[] run = runs.computeIfAbsent(own.parent, k -> new double[2]);
        run[0]++;
        run[1] += isProse(b) ? 0 : b.size;
    }

    private static void markMainText(DomBlocks d, Span headlineBox, Span viewer) {
        // in page order (spans keep identity equality): a tie goes to the earlier element, the same on every run
        java.util.Map<Span, Double> credit = new java.util.LinkedHashMap<>();
        java.util.Map<Span, double[]> lineBoxes = new java.util.LinkedHashMap<>();
        java.util.Map<Span, Boolean> lists = new java.util.IdentityHashMap<>();
        // prose set as a heading (a standfirst beside the headline: h2.sub-head), of each box's credit
        java.util.Map<Span, Double> headed = new java.util.IdentityHashMap<>();
        for (Block b : d.blocks) {
            if (!isProse(b) || b.linkDensity() >= 0.5) {
                lineBox(d, b, lineBoxes);
                continue;
            }
            Span own = d.span(b.owner);
            if (own == null) {
                continue;
            }
            double c = b.size * (1 - b.linkDensity());
            // a div holding nothing but this block is written as a paragraph too (one div a paragraph: CNN, RIA)
            // a cell that owns a block is a page column (a table layout; a data table's cells are read as one row's
            // line): the column holds the text, not the row of columns beside it
            String tag = b.tag();
            boolean column = tag.equals("td") || tag.equals("th");
            boolean paragraph = !column && (PARAGRAPHS.contains(tag) || own.end - own.start == 1 && !own.strongPositive);
            Span parent = paragraph && own.parent != null ? own.parent : own;
            // a list or a table of data set among the story's paragraphs, or one of a run of them, weighs for the story's box
            if ((tag.equals("dd") || tag.equals("li")) && parent != own && parent.parent != null && amongParagraphs(parent, lists)) {
                parent = parent.parent;
            } else if (column || tag.equals("tr")) {
                Element table = b.owner.closest("table");
                Span t = table == null ? null : d.span(table);
                if (t != null && t.parent != null && amongParagraphs(t, lists)) {
                    parent = t.parent;
                }
            }
            // a page builder's cell of a story's run weighs for the run: one paragraph a cell lost to an author's box
            Span to = parent.storyRun != null ? parent.storyRun : parent;
            credit.merge(to, c, Double::sum);
            if (isHeadingTag(tag)) {
                headed.merge(to, c, Double::sum);
            }
            lineBox(d, b, lineBoxes);
        }
        // a post written a line a box ("<div>大豆は一キロ、</div>", as Ameba's and Naver's editors write): its lines are its
        // text, though few of them are sentences (round thirty-six: a blog's follow-me box of one paragraph outscored a
        // post of fifteen short lines)
        for (var e : lineBoxes.entrySet()) {
            if (e.getValue()[0] >= LINE_BOXES) {
                credit.merge(e.getKey(), e.getValue()[1], Double::sum);
            }
        }
        Span main = null;
        double best = 0;
        List<Span> trusted = new ArrayList<>();
        List<Span> signups = signupBoxes(d);
        d.prompts = prompts(d, headlineBox);
        for (var e : credit.entrySet()) {
            Span s = e.getKey();
            boolean overlay = s.inPopup && (viewer == null || !contains(viewer, s)) || !signups.isEmpty() && inAny(signups, s)
                    || !d.prompts.isEmpty() && inAny(d.prompts, s);
            double trust = s.inConsent ? 0 : overlay ? POPUP_TRUST : s.inComments ? COMMENTS_TRUST : 1;
            if (headlineBox != null && contains(headlineBox, s)) {
                trust *= HEADLINE_TRUST;
            }
            double score = e.getValue() * trust;
            if (score > best) {
                best = score;
                main = s;
            }
            if (trust >= 1) {
                trusted.add(s);
            }
        }
        main = storyUnderStandfirst(d, main, headlineBox, credit, headed, trusted);
        main = splitStory(d, main, credit);
        // a declared body that holds prose is believed over the densest anonymous element: schema.org's
        // itemprop=articleBody outright, a class word (entry-content, page-content…) only with as much prose
        Span declared = null;
        double declaredCredit = 0;
        boolean declaredSchema = false;
        for (Span s : d.spans) {
            double c = credit.getOrDefault(s, 0.0);
            if (!s.strongPositive || s.inPopup || c <= 0 || (main != null && contains(s, main))) {
                continue;
            }
            boolean schema = s.element.attr("itemprop").equalsIgnoreCase("articleBody");
            if (schema ? !declaredSchema || c > declaredCredit : !declaredSchema && c > declaredCredit) {
                declared = s;
                declaredCredit = c;
                declaredSchema = schema;
            }
        }
        if (declared != null && (declaredSchema || declaredCredit >= DECLARED_SHARE * best)) {
            main = declared;
        }
        // a run of signed posts (a comment thread without comment classes, a forum's posts): when an article comes
        // before it, the run is its comments, however long one of them is
        java.util.Map<Span, List<Span>> runs = postRuns(d, credit);
        List<Span> run = main == null ? null : runHolding(runs, main);
        if (run != null) {
            Span before = null;
            double beforeScore = 0;
            for (var e : credit.entrySet()) {
                Span s = e.getKey();
                double score = e.getValue() * (s.inPopup ? POPUP_TRUST : s.inComments ? COMMENTS_TRUST : 1);
                if (s.end <= run.get(0).start && score > beforeScore) {
                    before = s;
                    beforeScore = score;
                }
            }
            if (before != null && beforeScore >= Math.max(ARTICLE_BEFORE_POSTS, ARTICLE_BEFORE_SHARE * best)) {
                main = before;
            }
        } else if (main != null && headlineBox != null) {
            // readers' comments that name nobody: the template's controls under each ("Reply · Report") say what they are,
            // after the box holding the headline; sections of the article inside it may close alike ("Back to top")
            List<Span> comments = postsWithControls(d, main);
            Span before = comments == null || headlineBox.end > comments.get(0).start ? null
                    : densestBetween(0, comments.get(0).start, credit);
            // an article of two paragraphs or more: a live blog's entries may close alike under a lead of one
            if (before != null && credit.get(before) >= Math.max(ARTICLE_BEFORE_POSTS, ARTICLE_BEFORE_SHARE * best)
                    && paragraphsIn(d, before) >= 2) {
                main = before;
                for (Span post : comments) {
                    post.reply = true;
                }
            }
        }
        for (List<Span> r : new java.util.HashSet<>(runs.values())) {
            // after the main text, or inside the box whose own paragraphs are the main text, after them: a story's box
            // holding its readers' thread under its text (round twenty-six: a one-paragraph brief)
            if (main != null && (r.get(0).start >= main.end || threadUnderOwnText(d, main, r, credit))) {
                for (Span post : r) {
                    post.reply = true;
                }
            }
        }
        Span question = questionAndAnswers(d, main, credit, runs);
        if (question != null) {
            main = question;
        }
        believeDeclaredBodies(d, main, best);
        List<Span> posts = question == null && main != null && (main.inComments || runHolding(runs, main) != null)
                ? thread(d, main, credit, runs) : List.of();
        if (!posts.isEmpty()) {
            main = densest(posts.get(0), credit);
            for (Span post : posts.subList(1, posts.size())) {
                for (Span s = densest(post, credit); s != post; s = s.parent) {
                    s.mainText = true;
                }
                post.mainText = true;
            }
            for (Span post : siblingPosts(d, posts.get(0))) {
                post.reply = !posts.contains(post);
            }
        }
        if (question == null && posts.isEmpty() && main != null && main.element.normalName().equals("dl")) {
            Span opening = boardThread(d, main);
            main = opening == null ? main : opening;
        }
        if (question == null && posts.isEmpty() && main != null) {
            markSignedPosts(d, main);
        }
        for (Span s = main; s != null; s = s.parent) {
            s.mainText = true;
        }
        for (int i = main == null ? 0 : main.start; main != null && i < main.end; i++) {
            d.blocks.get(i).inMain = true;
        }
        markDigestItems(d);
        markLinkedSubheads(d, main);
    }

    /** What a list or a table standing among a story's paragraphs stands beside: a paragraph, another list or table. */
    private static final Set<String> LIST_SIBLINGS = Set.of("p", "dl", "ul", "ol", "table");

    /**
     * Whether a list or a table of data ({@code list}, the span of a {@code <dl>}, {@code <ul>}, {@code <ol>} or
     * {@code <table>}) stands among paragraphs: a sibling beside it is a paragraph or another list or table holding
     * text. A specification, an ingredient list, a Q&amp;A set as {@code dt}/{@code dd}, a story's numbered points or a
     * timeline's rows inside a story, or a story set a list a paragraph, is the story's, and its prose weighs for the
     * box holding it: each list weighed alone, against a footer's line or an author's box, and the story kept its first
     * list alone, or lost the lines around its list (session 46, {@code --mutate lines-dl}: 131 pages worse, 8267acacb9
     * at F1 0; {@code lines-list} and {@code lines-table} 23 each). A list standing alone in its box (a board's thread
     * written as one {@code <dl>}) still weighs for itself, and a layout table (its cells holding boxes) is no table of data.
     */
    private static boolean amongParagraphs(Span list, java.util.Map<Span, Boolean> lists) {
        String tag = list.element.normalName();
        if (!tag.equals("dl") && !tag.equals("ul") && !tag.equals("ol") && !tag.equals("table")) {
            return false;
        }
        return lists.computeIfAbsent(list, l -> {
            Element box = l.element;
            // a table of data, its cells text alone: a layout table's cells hold the page's boxes
            if (tag.equals("table") && box.selectFirst("td p, td div, td table, td ul, th div") != null) {
                return false;
            }
            for (Element sib : new Element[] {box.previousElementSibling(), box.nextElementSibling()}) {
                if (sib != null && LIST_SIBLINGS.contains(sib.normalName()) && sib.hasText()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** How many levels above the main text a story split into parts is looked for. */
    private static final int SPLIT_LEVELS = 3;

    /**
     * The main text when a box beside a story split into parts outweighs each part (a fact box of four paragraphs beside
     * three groups of two, session 45): two boxes or more built alike (the same tag and classes, not none) among the
     * children of the box chosen or of an ancestor's parent ({@link #SPLIT_LEVELS} levels up at most), each credited with
     * prose, outside comments and overlays, no two of them standing side by side (an ad, a box of links or the box
     * chosen between each two: a thread's posts stand side by side), together credited with more than the box chosen.
     * They are the story's parts, the heaviest of them the main text; the search for siblings joins the rest and the
     * box beside them.
     */
    private static Span splitStory(DomBlocks d, Span main, java.util.Map<Span, Double> credit) {
        if (main == null) {
            return null;
        }
        double chosen = credit.getOrDefault(main, 0.0);
        Span a = main;
        for (int level = 0; level < SPLIT_LEVELS && a.parent != null; level++, a = a.parent) {
            Span p = a.parent;
            if (p.element.normalName().equals("body")) {
                break;
            }
            // the parent's children grouped by build (tag and classes); a group with two members side by side is no
            // story's parts. The box chosen being one of the parts already, it stays the main text
            String own = a.element.normalName() + '.' + a.element.className().strip();
            java.util.Map<String, List<Span>> groups = new java.util.LinkedHashMap<>();
            java.util.Map<String, Integer> lastAt = new HashMap<>();
            Set<String> broken = new HashSet<>();
            int at = 0;
            for (Element e : p.element.children()) {
                at++;
                Span s = d.span(e);
                String cls = e.className().strip();
                if (s == null || s == a || cls.isEmpty() || s.start >= s.end) {
                    continue;
                }
                String key = e.normalName() + '.' + cls;
                Integer last = lastAt.put(key, at);
                if (last != null && last == at - 1 || s.inComments || s.inPopup || s.inConsent
                        || credit.getOrDefault(s, 0.0) <= 0) {
                    broken.add(key);
                }
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
            Span best = null;
            double bestSum = chosen;
            for (var g : groups.entrySet()) {
                // the box chosen inside one of the parts (a fact box longer than each part, set in the last): that part,
                // holding paragraphs of its own, is one of them (session 48, --mutate sections-in-place: 8b194530 R 0.40)
                boolean holding = g.getKey().equals(own) && a != main && credit.getOrDefault(a, 0.0) > 0;
                if (g.getValue().size() < (holding ? 1 : 2) || broken.contains(g.getKey()) || g.getKey().equals(own) && !holding) {
                    continue;
                }
                double sum = holding ? credit.getOrDefault(a, 0.0) : 0;
                Span heaviest = holding ? a : null;
                for (Span s : g.getValue()) {
                    double c = credit.get(s);
                    sum += c;
                    // the part holding the box chosen is the main text, not a heavier member (a teaser beside a lead story)
                    heaviest = !holding && (heaviest == null || c > credit.get(heaviest)) ? s : heaviest;
                }
                if (sum > bestSum) {
                    bestSum = sum;
                    best = heaviest;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return main;
    }

    /**
     * A run of signed posts standing in the main text's own box, its parent being that box, after the box's own prose
     * (paragraphs of its own, as much as an article before posts needs): the story's readers' thread, set in the story's
     * box under its text. The main text is that prose, not the posts.
     */
    private static boolean threadUnderOwnText(DomBlocks d, Span main, List<Span> run, java.util.Map<Span, Double> credit) {
        Span first = run.get(0);
        if (first.parent != main || run.get(run.size() - 1).parent != main) {
            return false;
        }
        double own = 0;
        for (int i = main.start; i < first.start; i++) {
            PageBudget.check();
            Block b = d.blocks.get(i);
            Span s = d.span(b.owner);
            if (isProse(b) && b.linkDensity() < 0.5 && s != null && (s == main || s.parent == main && !run.contains(s))) {
                own += b.size * (1 - b.linkDensity());
            }
        }
        return own >= ARTICLE_BEFORE_POSTS;
    }

    /**
     * One post signed by its writer after the main text: a product's only customer review, an article's only reader
     * comment. One post is no run, but it is built like a run's member: a head that says who and when (a name in an
     * element of its own beside a date: "★★★★☆ Martin K. 14 October 2026") over its prose. A story's own parts open
     * with prose or a subhead, not with a signature line. Posts built alike beside it are a run, for the rules above to
     * read (a live blog's entries signed by their reporters are the article).
     */
    private static void markSignedPosts(DomBlocks d, Span main) {
        for (Span s : d.spans) {
            if (s.start < main.end || s.reply || s.end - s.start < 2 || firstClass(s.element).isEmpty()
                    && !s.element.normalName().equals("li") && !s.element.normalName().equals("article")) {
                continue;
            }
            Block head = d.blocks.get(s.start);
            if (!signLine(head) || head.owner == s.element || !hasProseIn(d, s.start + 1, s.end)
                    || signer(s.element, head.text) == null || siblingPosts(d, s).size() > 1) {
                continue;
            }
            s.reply = true;
        }
    }

    private static boolean hasProseIn(DomBlocks d, int from, int to) {
        for (int i = from; i < to; i++) {
            Block b = d.blocks.get(i);
            if (isProse(b) && b.linkDensity() < 0.5) {
                return true;
            }
        }
        return false;
    }

    /**
     * A list article's subheads that link to the thing they name ("<h2><a href=…>1. Pine Bay</a></h2>" over its
     * paragraph): headings written straight into the main text, each followed by a paragraph of it without links, at
     * least two of them, are the article's subheads however linked. A related box's linked headlines sit in a box of
     * their own, not among the main text's paragraphs.
     */
    private static void markLinkedSubheads(DomBlocks d, Span main) {
        if (main == null) {
            return;
        }
        List<Block> heads = new ArrayList<>();
        for (int i = main.start; i + 1 < main.end; i++) {
            Block b = d.blocks.get(i);
            Block next = d.blocks.get(i + 1);
            if (isHeading(b) && b.linkLength >= 0.9 * b.length && b.owner.parent() == main.element
                    && next.owner.parent() == main.element && isProse(next) && next.linkLength == 0) {
                heads.add(b);
            }
        }
        if (heads.size() >= 2) {
            for (Block b : heads) {
                b.digestItem = true;
            }
        }
    }

    /**
     * A list of the main text whose items each open with a link and go on in the writer's own words ("<a>How a flight
     * of locks lifts a boat</a>, with the best drawings I have seen."): a digest's entries, the article itself however
     * linked. A list of bare links (related stories) has no words of its own and stays out.
     */
    private static void markDigestItems(DomBlocks d) {
        // runs of items of one parent, list items or paragraphs, one after another in the main text
        int i = 0;
        while (i < d.blocks.size()) {
            Block first = d.blocks.get(i);
            String tag = first.tag();
            Element parent = first.owner.parent();
            int j = i + 1;
            while (j < d.blocks.size() && d.blocks.get(j).tag().equals(tag) && d.blocks.get(j).owner.parent() == parent) {
                j++;
            }
            if (first.inMain && (tag.equals("li") || tag.equals("p")) && j - i >= 3) {
                int annotated = 0;
                for (int k = i; k < j; k++) {
                    annotated += annotatedLink(d.blocks.get(k)) ? 1 : 0;
                }
                for (int k = i; k < j && annotated * 3 >= (j - i) * 2; k++) {
                    d.blocks.get(k).digestItem = annotatedLink(d.blocks.get(k));
                }
            }
            i = j;
        }
    }

    private static boolean annotatedLink(Block b) {
        int own = b.length - b.linkLength;
        return b.leadingLink && b.linkLength > 0 && own >= 20 && own >= 0.15 * b.length && !b.text.endsWith("…")
                && !b.text.endsWith("...");
    }

    /**
     * A question-and-answer page (schema.org's {@code Question} with {@code Answer} items, as Q&A sites mark them for
     * search engines): the article is the question and its answers, not the opening post alone as on a forum, since
     * the answers are what the page is for; the comments under either stay out. Returns the question's text, which is
     * then the main text, and records each answer's text in {@link DomBlocks#answers}; null (and nothing recorded) on
     * any other page, or when the page's main text lies outside the question.
     */
    private static Span questionAndAnswers(DomBlocks d, Span main, java.util.Map<Span, Double> credit,
                                           java.util.Map<Span, List<Span>> runs) {
        d.question = null;
        d.answers.clear();
        Span question = null;
        List<Span> answers = new ArrayList<>();
        for (Span s : d.spans) {
            String type = s.element.attr("itemtype");
            if (type.isEmpty()) {
                continue;
            }
            if (question == null && itemType(type, "Question")) {
                question = s;
            } else if (itemType(type, "Answer") && (answers.isEmpty() || !contains(answers.get(answers.size() - 1), s))) {
                answers.add(s);
            }
        }
        if (main == null) {
            return null;
        }
        if (question == null || answers.isEmpty()) {
            return d.qaPage || answersBuiltLike(d, main, credit, runs) ? declaredQa(d, main, credit, runs) : null;
        }
        boolean mainInQa = contains(question, main) || question == main;
        for (Span a : answers) {
            mainInQa |= contains(a, main) || a == main;
        }
        Span questionText = mainInQa ? answerText(d, question, answers, credit) : null;
        if (questionText == null) {
            return null;
        }
        for (Span a : answers) {
            Span text = answerText(d, a, List.of(), credit);
            if (text != null && !contains(text, questionText) && !contains(questionText, text)) {
                d.answers.add(text);
            }
            // a run of answers after the question is no thread of replies here
            for (Span p = a; p != null && !p.mainText; p = p.parent) {
                p.reply = false;
            }
            for (Span s : d.spans) {
                if (s.start >= a.start && s.end <= a.end && contains(a, s)) {
                    s.reply = false;
                }
            }
            for (Span p = text; p != null && p != a; p = p.parent) {
                p.mainText = true;
            }
            a.mainText = true;
        }
        d.question = d.answers.isEmpty() ? null : questionText;
        return questionText;
    }

    /**
     * A page that declares itself a {@code QAPage} in JSON-LD only, its markup naming nothing: the answers are the run of
     * signed posts ({@link #postRuns}) that holds the main text or follows it, and the question is the densest text
     * before that run (or the run's first post, when nothing comes before it). A page with a single answer has no run:
     * the answer is the main text and the question the densest text before it.
     */
    private static Span declaredQa(DomBlocks d, Span main, java.util.Map<Span, Double> credit, java.util.Map<Span, List<Span>> runs) {
        List<Span> run = runHolding(runs, main);
        Span question = run == null ? main : null;
        if (run == null) {
            for (List<Span> r : runs.values()) {
                if (r.get(0).start >= main.end && (run == null || r.get(0).start < run.get(0).start)) {
                    run = r;
                }
            }
            // no run at all: a single answer is no run of posts. A question comes before its answer: the main text is the
            // answer and the question the densest text before it, or, nothing coming before (the question's box holds the
            // headline and wins), the main text is the question and the answer the densest text after it
            Span before = run == null ? densestBetween(0, main.start, credit) : null;
            Span after = run == null && before == null ? densestBetween(main.end, d.blocks.size(), credit) : null;
            if (before != null && !chrome(before)) {
                question = before;
                run = List.of(main);
            } else if (after != null && !chrome(after)) {
                run = List.of(after);
            }
        } else {
            question = densestBetween(0, run.get(0).start, credit);
            if (question == null) {
                question = densest(run.get(0), credit);
                run = run.subList(1, run.size());
            }
        }
        if (question == null || run == null || run.isEmpty()) {
            return null;
        }
        Span accepted = acceptedAnswer(d, question, run, credit);
        List<Span> posts = run;
        if (accepted != null) {
            posts = new ArrayList<>(run.size() + 1);
            posts.add(accepted);
            posts.addAll(run);
        }
        for (Span post : posts) {
            Span text = postText(post, credit);
            if (text == null || contains(text, question) || contains(question, text)) {
                continue;
            }
            d.answers.add(text);
            for (Span s = text; s != null && s != post.parent; s = s.parent) {
                s.mainText = true;
                s.reply = false;
            }
            // the answer's own text boxes, whatever their class says ("reply-text" in a template that calls answers
            // replies): the prose the answer holds
            for (int k = text.start; k < text.end; k++) {
                PageBudget.check();
                Block b = d.blocks.get(k);
                Span own = d.span(b.owner);
                if (own != null && own != text && contains(text, own) && isProse(b)) {
                    own.mainText = true;
                    own.reply = false;
                }
            }
            // nor is the list holding the answers furniture when its name says so (answers written as "replies"); a list
            // named for nothing stays out of the text, so the count over the answers does not come in
            if (post.parent != null && post.parent.hint != DomBlocks.NONE && !contains(post.parent, question)) {
                post.parent.mainText = true;
                post.parent.reply = false;
            }
        }
        d.question = d.answers.isEmpty() ? null : question;
        return d.question;
    }

    /**
     * A Q&A page that declares nothing: the first run of signed posts after the question (the main text, or the densest
     * text before the run that holds the main text) holds its text in elements built like the question's own (same tag
     * and first class name: one template for the question's text and each answer's), while an article's own body and
     * its comments' texts come from different templates.
     */
    private static boolean answersBuiltLike(DomBlocks d, Span main, java.util.Map<Span, Double> credit,
                                            java.util.Map<Span, List<Span>> runs) {
        // the main text is the longest answer, the question before its run; or it is the question, the answers after it
        List<Span> run = runHolding(runs, main);
        Span question = run == null ? main : densestBetween(0, run.get(0).start, credit);
        if (run == null) {
            for (List<Span> r : runs.values()) {
                if (r.get(0).start >= main.end && (run == null || r.get(0).start < run.get(0).start)) {
                    run = r;
                }
            }
        }
        if (run == null || question == null || firstClass(question.element).isEmpty() || chrome(question)) {
            return false;
        }
        int alike = 0;
        for (Span post : run) {
            Span text = densest(post, credit);
            alike += text != null && (sameBuild(text, question) || pairedBuild(text.element, question.element)) ? 1 : 0;
        }
        // and the question is signed like an answer (the same user card): an article's byline is built otherwise
        Element card = run.get(0).element.selectFirst(AUTHOR);
        boolean signed = false;
        for (Span box = question.parent; box != null && !signed && box.end <= run.get(0).start; box = box.parent) {
            for (Element e : card == null ? List.<Element>of() : box.element.select(AUTHOR)) {
                signed |= e.normalName().equals(card.normalName()) && e.className().equals(card.className());
            }
        }
        return signed && alike >= 2 && alike * 3 >= run.size() * 2 || asksAndIsAnswered(d, question, run, credit);
    }

    /**
     * A Q&amp;A page whose question comes from a template of its own (its text box and its "asked by" line built
     * otherwise than the answers'): the page's headline asks (it ends with a question mark), the question's text sits
     * with the headline in a box of its own before the run of signed posts, and it is shorter than the longest post.
     * An article under a headline that asks is longer than any of its readers' comments.
     */
    private static boolean asksAndIsAnswered(DomBlocks d, Span question, List<Span> run, java.util.Map<Span, Double> credit) {
        // the page's headline (its h1) in a box holding the question and not the run
        // (or the block showing the declared headline: a portal's question titled in a div, its h1 the site's logo)
        Block headline = null;
        for (Span box = question; box != null && headline == null && box.end <= run.get(0).start; box = box.parent) {
            for (int i = box.start; i < (box == question ? question.end : question.start) && headline == null; i++) {
                Block b = d.blocks.get(i);
                headline = b.tag().equals("h1") || d.titleKey.length() >= 10 && LineRules.normalise(b.text).equals(d.titleKey)
                        ? b : null;
            }
        }
        String text = headline == null ? "" : headline.text.strip();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        // or the run is headed by its count of answers ("3 Answers", "Ответы (2)", "回答 3件"): a title may state the topic
        boolean counted = answersCounted(d, question.end, run.get(0).start);
        if (last != '?' && last != '\uff1f' && last != '\u061f' && !counted) {
            return false;
        }
        // a question is asked in a text of its own: a forum thread's title that asks, over replies that are not counted
        // as answers ("回复：3"), has no question's text but its headline, and the thread's opening post is the article
        // unless the posts are named as answers ("answer-card", "AnswerItem"): a Q&A site's question may be its title alone
        boolean named = namedAnswers(run);
        if (!counted && !named && !proseBesides(d, question, headline)) {
            return false;
        }
        Span accepted = acceptedAnswer(d, question, run, credit);
        double longest = accepted == null ? 0 : proseIn(accepted, credit);
        int scored = 0;
        for (Span post : run) {
            // a post's prose in all its boxes: an answer may be written a box a paragraph (Naver's SmartEditor)
            longest = Math.max(longest, proseIn(post, credit));
            scored += scored(d, post) ? 1 : 0;
        }
        // and it is asked: its text holds a question (at its end, or a sentence ending in a question mark before
        // what the asker adds: "…원래 그런 건가요? 계약서에는 관련 내용이 없습니다."), or the answers are scored (a bare
        // number on each: votes)
        boolean asks = counted || asks(d, question) || scored * 3 >= run.size() * 2;
        // counted answers need no such proof: a question may well be longer than each of its answers
        return counted || asks && credit.getOrDefault(question, 0.0) < longest;
    }

    /**
     * Two thirds of the posts or more are named as answers by a class word of their own box or of a box at most two
     * levels inside it ({@code answer-card}, Zhihu's {@code List-item > ContentItem AnswerItem}): the run is a Q&amp;A
     * site's answers, whatever its question holds (round twenty-nine).
     */
    private static boolean namedAnswers(List<Span> run) {
        int named = 0;
        for (Span post : run) {
            named += namedAnswer(post.element, 0) ? 1 : 0;
        }
        return named >= 2 && named * 3 >= run.size() * 2;
    }

    private static boolean namedAnswer(Element e, int depth) {
        PageBudget.check();
        if (answerBox(e)) {
            return true;
        }
        if (depth < 2) {
            for (Element c : e.children()) {
                if (namedAnswer(c, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A block of prose in {@code s} other than {@code besides} (the headline). */
    private static boolean proseBesides(DomBlocks d, Span s, Block besides) {
        for (int i = s.start; i < s.end; i++) {
            Block b = d.blocks.get(i);
            if (b != besides && !isHeading(b) && isProse(b) && b.linkDensity() < 0.5) {
                return true;
            }
        }
        return false;
    }

    /** How many boxes up from its text an accepted answer's box is looked for. */
    private static final int ACCEPTED_CLIMB = 4;

    /**
     * The accepted answer set apart in a box of its own between the question and the run of the other answers
     * ("Лучший ответ" over it, "Другие ответы (2)" after it): the densest text between them, in a box whose head (its
     * first or second line, after a label) says who and when over that text, as the answers' heads do. Null when no
     * such box stands there (round twenty-six; joining any box before the run broke a forum's opening post).
     */
    private static Span acceptedAnswer(DomBlocks d, Span question, List<Span> run, java.util.Map<Span, Double> credit) {
        int from = question.end;
        int to = run.get(0).start;
        Span text = from < to ? densestBetween(from, to, credit) : null;
        int up = 0;
        for (Span box = text; box != null && box.start >= from && box.end <= to && up < ACCEPTED_CLIMB; box = box.parent, up++) {
            for (int k = box.start; k < Math.min(box.start + 2, box.end - 1); k++) {
                PageBudget.check();
                Block head = d.blocks.get(k);
                if (signLine(head) && namedAndDated(box.element, head.text) && isProse(d.blocks.get(k + 1))) {
                    return box;
                }
            }
        }
        return null;
    }

    /** A block of {@code s} ends with a question mark or holds one ending a sentence (a space after it). */
    private static boolean asks(DomBlocks d, Span s) {
        for (int i = s.start; i < s.end; i++) {
            String t = d.blocks.get(i).text.strip();
            for (int k = 0; k < t.length(); k++) {
                char c = t.charAt(k);
                if ((c == '?' || c == '\uff1f' || c == '\u061f') && (k + 1 == t.length() || Character.isWhitespace(t.charAt(k + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The prose credited inside {@code post}, in all its boxes. */
    private static double proseIn(Span post, java.util.Map<Span, Double> credit) {
        double sum = 0;
        PageBudget.check();
        for (var e : credit.entrySet()) {
            if (contains(post, e.getKey())) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /** A post's text holds this share of its prose: a short prose line in its user card or its footer stays out. */
    private static final double POST_TEXT_SHARE = 0.8;

    /**
     * The text of a post: its densest element, or, when that holds less than {@link #POST_TEXT_SHARE} of the post's
     * prose, the nearest ancestor inside the post that holds that much (an answer written a box a paragraph, as Naver's
     * SmartEditor writes it, is all its boxes, not the longest one). Null when the post holds no prose.
     */
    private static Span postText(Span post, java.util.Map<Span, Double> credit) {
        List<Span> inside = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double total = 0;
        Span text = null;
        double held = 0;
        PageBudget.check();
        for (var e : credit.entrySet()) {
            if (contains(post, e.getKey())) {
                inside.add(e.getKey());
                weights.add(e.getValue());
                total += e.getValue();
                if (e.getValue() > held) {
                    held = e.getValue();
                    text = e.getKey();
                }
            }
        }
        for (int up = 0; text != null && text != post && held < POST_TEXT_SHARE * total && up < MAX_CLIMB; up++) {
            PageBudget.check();
            text = text.parent;
            held = 0;
            for (int i = 0; i < inside.size(); i++) {
                held += contains(text, inside.get(i)) ? weights.get(i) : 0;
            }
        }
        return text;
    }

    /** How far a post's text is looked for above its densest element. */
    private static final int MAX_CLIMB = 16;

    /** What Q&amp;A sites head their answers with, once the count, spaces and signs are taken out. */
    private static final Set<String> ANSWERS = Set.of("answers", "answer", "ответы", "ответов", "ответа", "ответ",
            "відповіді", "відповідей", "відповідь", "antworten", "réponses", "respuestas", "risposte", "antwoorden",
            "odpowiedzi", "回答", "个回答", "個回答", "件の回答", "回答件", "답변", "개의답변", "답변개", "답변수");

    /** The words that count the answers besides an accepted one: "more", "other", "другие", "weitere" (round twenty-six). */
    private static final List<String> OTHER_ANSWERS = List.of("more", "other", "другие", "остальные", "ещё", "еще", "інші",
            "ще", "weitere", "andere", "其他", "他の", "다른");

    /**
     * A short line among blocks {@code from} to {@code to} (between a question and the posts after it) that counts
     * answers: a number beside a word that names them.
     */
    private static boolean answersCounted(DomBlocks d, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = d.blocks.get(i).text;
            if (t.length() > 30 || !DIGIT.matcher(t).find()) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            t.toLowerCase(java.util.Locale.ROOT).codePoints().filter(Character::isLetter).forEach(word::appendCodePoint);
            if (ANSWERS.contains(word.toString())) {
                return true;
            }
            // the other answers counted under an accepted one: "2 more answers", "Другие ответы (2)", "Weitere Antworten (3)"
            String w = word.toString();
            for (String other : OTHER_ANSWERS) {
                if (w.startsWith(other) && ANSWERS.contains(w.substring(other.length()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The post holds a line that is a bare number, signed or not: its score ("9", "+4", "−3"). */
    private static boolean scored(DomBlocks d, Span post) {
        for (int i = post.start; i < post.end; i++) {
            String t = d.blocks.get(i).text.strip();
            int k = !t.isEmpty() && "+-\u2212".indexOf(t.charAt(0)) >= 0 ? 1 : 0;
            boolean digits = k < t.length() && t.length() - k <= 6;
            for (int j = k; j < t.length() && digits; j++) {
                digits = Character.isDigit(t.charAt(j));
            }
            if (digits) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element or one of its ancestors is the page's header, footer or a box named as furniture: an unanswered
     * question's page has an "about us" line below the question, and that is no answer.
     */
    private static boolean chrome(Span s) {
        for (Span p = s; p != null; p = p.parent) {
            String tag = p.element.normalName();
            if (p.hint >= DomBlocks.STRONG_NEGATIVE || tag.equals("footer") || tag.equals("header") || tag.equals("aside")
                    || tag.equals("nav")) {
                return true;
            }
        }
        return false;
    }

    /** The densest text within blocks {@code from} to {@code to}, outside comments and overlays; null when there is none. */
    private static Span densestBetween(int from, int to, java.util.Map<Span, Double> credit) {
        Span question = null;
        double best = 0;
        for (var e : credit.entrySet()) {
            Span s = e.getKey();
            if (s.start >= from && s.end <= to && !s.inComments && !s.inPopup && e.getValue() > best) {
                best = e.getValue();
                question = s;
            }
        }
        return question;
    }

    private static boolean itemType(String itemtype, String name) {
        return itemtype.endsWith("/" + name) || itemtype.equalsIgnoreCase(name);
    }

    /**
     * The text of a question or an answer: its {@code itemprop=text} element, or failing that its densest element
     * outside its comments and outside the items it holds ({@code skip}: the answers inside a question's item).
     */
    private static Span answerText(DomBlocks d, Span item, List<Span> skip, java.util.Map<Span, Double> credit) {
        Span best = null;
        double bestCredit = 0;
        for (Span s : d.spans) {
            if (s.start >= item.end) {
                break;
            }
            if (!contains(item, s) || s.inComments && !item.inComments || inAny(skip, s)) {
                continue;
            }
            if (s.element.attr("itemprop").equalsIgnoreCase("text") && s.end > s.start) {
                return s;
            }
            double c = credit.getOrDefault(s, 0.0);
            if (c > bestCredit) {
                bestCredit = c;
                best = s;
            }
        }
        return best;
    }

    private static boolean inAny(List<Span> items, Span s) {
        for (Span i : items) {
            if (i == s || contains(i, s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks the other stories of a feed the article sits in ({@link Span#otherStory}): an endless news page has loaded
     * the next articles after this one, each in a box built like the article's own (same tag and classes) with its own
     * headline ({@code h1} or {@code h2}) and its own date (an {@code <article>}, a {@code <time>}, or a date line
     * above its text). A live blog's entries are not such boxes: the page's
     * headline is above them, not in one of them.
     */
    private static void markOtherStories(DomBlocks d, String title) {
        d.headline = -1;
        String key = LineRules.normalise(title);
        if (key.length() < 10) {
            return;
        }
        Block headline = null;
        for (int i = 0; i < d.blocks.size() && headline == null; i++) {
            Block b = d.blocks.get(i);
            if ((b.tag().equals("h1") || b.tag().equals("h2")) && LineRules.normalise(b.text).equals(key)) {
                headline = b;
                d.headline = i;
            }
        }
        if (headline == null) {
            return;
        }
        // a story's own headline: sites load the next stories with the same h1, or demote it to h2
        int[] heads = new int[d.blocks.size() + 1];
        for (int i = 0; i < d.blocks.size(); i++) {
            String tag = d.blocks.get(i).tag();
            heads[i + 1] = heads[i] + (tag.equals("h1") || tag.equals("h2") ? 1 : 0);
        }
        for (Span s = d.span(headline.owner); s != null && s.parent != null; s = s.parent) {
            if (s.element.normalName().equals("body")) {
                break;
            }
            for (Element sib : s.element.siblingElements()) {
                Span t = d.span(sib);
                if (t == null || t.mainText || !sameBuild(t, s) || heads[t.end] - heads[t.start] == 0 || !hasProse(d, t)) {
                    continue;
                }
                if (sib.normalName().equals("article") || sib.selectFirst("time") != null || datedBox(d, t)) {
                    t.otherStory = true;
                }
            }
        }
        // the story in an <article> of its own, other <article>s beside it opening with a linked headline: cards for other
        // stories ("Cattle market moves to new site" over its summary, three of them above the story), however full
        // their summaries
        Element story = headline.owner.closest("article");
        if (story == null) {
            return;
        }
        Span own = d.span(story);
        if (own == null) {
            return;
        }
        for (Span t : d.spans) {
            if (!t.element.normalName().equals("article") || t.start >= t.end || t == own || contains(t, own) || contains(own, t)) {
                continue;
            }
            Block first = d.blocks.get(t.start);
            if (isHeading(first) && first.linkDensity() >= LINKED_HEAD) {
                t.otherStory = true;
            }
        }
    }

    /** A linked headline is a link nearly whole. */
    private static final double LINKED_HEAD = 0.9;

    /**
     * A box that states its own date as text before its first paragraph ("4 листопада 2026, 09:40" in a span): a feed
     * built of divs writes no {@code <article>} and no {@code <time>}. A date in the box's prose is no such line.
     */
    private static boolean datedBox(DomBlocks d, Span t) {
        for (int k = t.start; k < t.end; k++) {
            Block b = d.blocks.get(k);
            if (isProse(b)) {
                return false;
            }
            if (b.size <= 80 && DateFinder.hasDate(b.text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An overlay that shows the article itself: the outermost dialog or layer holding the page's {@code h1} headline (a
     * portal's article viewer opened over its board list, {@code role=dialog aria-modal=true}). Its prose is the
     * article's, not a newsletter box's; a popup kept hidden is not read at all. Null on most pages.
     */
    private static Span articleViewer(DomBlocks d, String title) {
        String key = LineRules.normalise(title);
        if (key.length() < 10) {
            return null;
        }
        for (Block b : d.blocks) {
            if (b.tag().equals("h1") && LineRules.normalise(b.text).equals(key)) {
                Span s = d.span(b.owner);
                if (s == null || !s.inPopup || s.inConsent) {
                    return null;
                }
                while (s.parent != null && s.parent.inPopup) {
                    s = s.parent;
                }
                return s;
            }
        }
        return null;
    }

    /**
     * The element holding the page's headline (an {@code h1}, or failing that an {@code h2}, whose text is the declared
     * headline) and more than the headline: a story's box, where its text is. Null when the page shows no such
     * headline: a blog's {@code h1} is often the blog's name.
     */
    private static Span headlineBox(DomBlocks d, String title) {
        String key = LineRules.normalise(title);
        if (key.length() < 10) {
            return null;
        }
        for (String tag : new String[] {"h1", "h2"}) {
            for (Block b : d.blocks) {
                if (b.tag().equals(tag) && !b.negative && LineRules.normalise(b.text).equals(key)) {
                    Span s = d.span(b.owner);
                    while (s != null && s.end - s.start <= 1) {
                        s = s.parent;
                    }
                    // the whole page is no box
                    return s == null || s.parent == null || s.element.normalName().equals("body") ? null : s;
                }
            }
        }
        return null;
    }

    /**
     * An element holding a declared body is no furniture whatever its own name says ({@link Span#holdsArticle}), but only
     * when that body is believed: schema.org's {@code itemprop=articleBody}, a body that holds or sits in the main text,
     * or one holding at least {@link #DECLARED_SHARE} of the main text's prose. A {@code page-content} "about us" box in
     * the footer does not make the footer part of the article.
     */
    private static void believeDeclaredBodies(DomBlocks d, Span main, double mainCredit) {
        double[] prose = new double[d.blocks.size() + 1];
        for (int i = 0; i < d.blocks.size(); i++) {
            Block b = d.blocks.get(i);
            prose[i + 1] = prose[i] + (isProse(b) && b.linkDensity() < 0.5 ? b.size * (1 - b.linkDensity()) : 0);
        }
        for (Span s : d.spans) {
            s.holdsArticle = false;
        }
        for (Span s : d.spans) {
            boolean believed = s.strongPositive && (main == null || contains(s, main) || contains(main, s)
                    || s.element.attr("itemprop").equalsIgnoreCase("articleBody")
                    || prose[s.end] - prose[s.start] >= DECLARED_SHARE * mainCredit);
            for (Span p = believed ? s.parent : null; p != null; p = p.parent) {
                p.holdsArticle = true;
            }
        }
    }

    /**
     * On a forum page (the main text sits in a run of posts that all carry comment or reply classes) the article is
     * the opening post, not the longest reply, as the rubric leaves comments out of the article; the posts its author
     * adds right after it, before anyone answers, are its continuation. Returns those posts, the opening one first,
     * or nothing when the main text is not in such a run.
     */
    private static List<Span> thread(DomBlocks d, Span main, java.util.Map<Span, Double> credit, java.util.Map<Span, List<Span>> runs) {
        Span post = null;
        for (Span p = main; p != null && p.parent != null; p = p.parent) {
            // a post's own cells built alike (XenForo's user cell beside its message cell) are not posts: a run of
            // signed posts holding the main text names the posts, and without one, posts are boxes of which two hold prose
            if (runs.containsKey(p) || p.inComments && runHolding(runs, p) == null && postsWithProse(d, p, credit) >= 2) {
                post = p;
                break;
            }
            if (!p.inComments && runHolding(runs, p) == null) {
                break;
            }
        }
        if (post == null) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        for (Span p : siblingPosts(d, post)) {
            if (out.isEmpty()) {
                if (densest(p, credit) != null) {
                    out.add(p);
                }
            } else if (densest(p, credit) != null && !author(p).isEmpty() && author(p).equals(author(out.get(0)))) {
                out.add(p);
            } else {
                break;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern BOARD_ID = java.util.regex.Pattern.compile("\\bID[:：]\\s?([A-Za-z0-9+/.]{6,})");

    /**
     * A bulletin board's thread written as one definition list (2channel's and its kin's {@code <dl class="thread">}):
     * each post a {@code <dd>} under a {@code <dt>} head line that says who and when ("1 ：<b>名無しさん</b>：2026/11/28(土)
     * 07:12:45 ID:…"). The heads sit beside the posts, not in them, so no run of posts is found; the article is the
     * opening post, and the other posts and all head lines are replies. Names there are no identity (most posters are
     * "anonymous"), so no follow-up by the same name joins; the opening poster's own later posts join by the board's ID
     * on their head lines (a day's ID stands for one poster). Returns the opening post's span, or null.
     */
    private static Span boardThread(DomBlocks d, Span list) {
        List<Element> kids = list.element.children();
        int pairs = 0;
        int signed = 0;
        for (int i = 0; i < kids.size(); i += 2) {
            if (i + 1 >= kids.size() || !kids.get(i).normalName().equals("dt") || !kids.get(i + 1).normalName().equals("dd")) {
                return null;
            }
            pairs++;
            signed += signer(kids.get(i), kids.get(i).text()) != null ? 1 : 0;
        }
        if (pairs < 2 || signed < 2 || signed * 3 < pairs * 2) {
            return null;
        }
        java.util.Map<Element, Span> spans = new java.util.IdentityHashMap<>();
        for (Span s : d.spans) {
            if (s.parent == list) {
                spans.put(s.element, s);
            }
        }
        Span opening = spans.get(kids.get(1));
        if (opening == null) {
            return null;
        }
        // the opening poster's own follow-ups ("補足…"), told by the board's per-poster ID on their head lines, not by name
        String id = boardId(kids.get(0).text());
        for (int i = 0; i < kids.size(); i++) {
            Span s = spans.get(kids.get(i));
            if (s != null) {
                boolean own = s == opening || id != null && i % 2 == 1 && id.equals(boardId(kids.get(i - 1).text()));
                s.reply = !own;
                s.mainText |= own && s != opening;
            }
        }
        return opening;
    }

    /** A board's per-poster ID on a head line ("ID:aB3xYz9k0"), or null: too short or masked ones ("ID:???") name nobody. */
    private static String boardId(String head) {
        java.util.regex.Matcher m = BOARD_ID.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Runs of posts, by member: children of one parent built alike (same tag, same first class name), at least two of
     * them holding prose, and most of those signed with an author's name: a comment thread or a forum's posts, whatever
     * their classes are called. Paragraphs built alike are not posts.
     */
    private static java.util.Map<Span, List<Span>> postRuns(DomBlocks d, java.util.Map<Span, Double> credit) {
        java.util.Map<Span, java.util.Map<String, List<Span>>> groups = new java.util.IdentityHashMap<>();
        java.util.Set<Span> holding = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Span s : credit.keySet()) {
            for (Span p = s; p != null && holding.add(p); p = p.parent) {
                // every ancestor of a credited element holds prose
            }
        }
        for (Span s : d.spans) {
            String tag = s.element.normalName();
            String kind = firstClass(s.element);
            // a post is built from a template with a name (or is a list item, an <article>, a web component: the
            // custom element is the template, or a table's row: an old board sets each post in a row of its posts'
            // table, the user's cell beside the message's, and names the cells, not the row); bare divs are layout
            boolean named = !kind.isEmpty() || tag.equals("li") || tag.equals("article") || tag.equals("tr")
                    || tag.indexOf('-') > 0;
            if (s.parent == null || !named || !holding.contains(s) || PARAGRAPHS.contains(tag) && !tag.equals("li") && !tag.equals("tr")) {
                continue;
            }
            groups.computeIfAbsent(s.parent, k -> new java.util.HashMap<>())
                    .computeIfAbsent(tag + '.' + kind, k -> new ArrayList<>()).add(s);
        }
        java.util.Map<Span, List<Span>> runs = new java.util.IdentityHashMap<>();
        for (var byKind : groups.values()) {
            for (List<Span> g : byKind.values()) {
                if (g.size() < 2) {
                    continue;
                }
                int signed = 0;
                java.util.Set<String> authors = new HashSet<>();
                // a table's rows are posts only when signed by a user cell named so (an old board's), each row a post's
                // few blocks: a layout table's rows, holding the page's columns, are not read for names
                boolean rows = g.get(0).element.normalName().equals("tr");
                if (rows && !postRows(g)) {
                    continue;
                }
                for (Span s : g) {
                    String author = author(s);
                    // a name, not a box that happens to carry "user" in its class
                    if (!author.isEmpty() && author.length() <= 60) {
                        signed++;
                        authors.add(author);
                    }
                }
                // several people writing: a live blog's entries by one reporter are one article
                // nor are the parts of a piece its writers sign in turn under their joint byline (letters exchanged,
                // a conversation): the byline names every signer, two or more
                if ((signed >= 2 && signed * 3 >= g.size() * 2 && authors.size() >= 2 || !rows && unsignedComments(d, g)) && !liveEntries(d, g)
                        && byline(d, g) != Byline.ALL) {
                    for (Span s : g) {
                        runs.put(s, g);
                    }
                }
            }
        }
        return runs;
    }

    /** A board's post set in a table's row is a few blocks: a user cell, a date, the message, a signature. */
    private static final int POST_ROW_BLOCKS = 32;

    private static boolean postRows(List<Span> rows) {
        for (Span r : rows) {
            if (r.end - r.start > POST_ROW_BLOCKS) {
                return false;
            }
        }
        return true;
    }

    /**
     * A live blog's entries, signed by the reporters who wrote them: posts stamped with a {@code <time datetime>}, newest
     * first (a thread runs oldest first), or oldest first when each shows a clock time alone on one day (a thread's posts
     * name their day) or all fall on one day under a headline naming the page live, under at most a standfirst (one paragraph of prose before the first entry; an article with its
     * readers' comments sorted newest first has more). They are the article, not a thread of replies.
     */
    private static boolean liveEntries(DomBlocks d, List<Span> posts) {
        String last = null;
        int stamped = 0;
        boolean machine = false;
        boolean written = false;
        boolean newestFirst = true;
        boolean oldestFirst = true;
        boolean oneDay = true;
        boolean sameDay = true;
        for (Span p : posts) {
            Element time = p.element.selectFirst("time[datetime]");
            // or the time written as the entry's head ("15:40 Anna Korneeva"): a day's live page names no date
            String at = time != null ? time.attr("datetime").strip() : clockHead(d, p);
            if (at == null) {
                continue;
            }
            machine |= time != null;
            written |= time == null;
            if (machine && written) {
                return false;
            }
            newestFirst &= last == null || at.compareTo(last) < 0;
            oldestFirst &= last == null || at.compareTo(last) > 0;
            // a day's entries shown by their clock time alone ("7:30am"); a thread's posts name their day
            oneDay &= time == null || clockOnly(time.text()) && (last == null || at.regionMatches(0, last, 0, DAY));
            sameDay &= time != null && (last == null || at.regionMatches(0, last, 0, DAY));
            last = at;
            stamped++;
        }
        if (stamped < 2 || stamped * 3 < posts.size() * 2) {
            return false;
        }
        int before = 0;
        for (int i = 0; i < posts.get(0).start && before < 2; i++) {
            Block b = d.blocks.get(i);
            before += isProse(b) && b.linkDensity() < 0.5 && b.owner.closest("header, footer, aside, nav") == null ? 1 : 0;
        }
        // a live page runs newest first; one that runs oldest first is a live blog only when it names no day, or when
        // its stamps all fall on one day under a headline that says it is live ("Live: …"), or when, over several days,
        // its reporters take shifts under a standfirst: a thread's posts name days, and its people answer each other
        boolean shifts = oldestFirst && machine && before == 1 && stamped >= SHIFT_ENTRIES && inShifts(d, posts)
                && !bylineOfOthers(d, posts);
        if (!newestFirst && !(oldestFirst && (oneDay || sameDay && LineRules.liveHeadline(d.titleKey) || shifts))) {
            return false;
        }
        return before < 2;
    }

    /** A byline in other words: "Von …", "Автор: …", "Текст: …", "글 …", "… 기자", "記者 …", "记者 …". */
    private static final java.util.regex.Pattern BYLINE_WORD = java.util.regex.Pattern.compile(
            "(?iu)^(?:von\\s|автор|текст:|글\\s)|기자(?![\\p{L}])|記者|记者");

    /** How many blocks before the first entry a byline is looked for in. */
    private static final int BYLINE_REACH = 12;

    /**
     * The page's byline ("By Staff reporter", a line before the first entry that opens with "By") does not name all of
     * the entries' signers: the story is its writer's, and the entries are its readers' comments, however they take
     * turns (round twenty-six: a one-paragraph brief whose two readers each wrote twice in a row), the writer answering
     * among them (round twenty-seven: "By Mira Holt" over a reader's two comments and two of hers). A live page's byline
     * names all its reporters, or there is none.
     */
    private static boolean bylineOfOthers(DomBlocks d, List<Span> posts) {
        return byline(d, posts) == Byline.OTHERS;
    }

    /** What the page's byline before a run of posts says of their signers. */
    private enum Byline { NONE, OTHERS, ALL }

    private static Byline byline(DomBlocks d, List<Span> posts) {
        int first = posts.get(0).start;
        for (int i = Math.max(0, first - BYLINE_REACH); i < first; i++) {
            String line = d.blocks.get(i).text.strip();
            if (line.length() > DATE_LINE * 2 || !BY.matcher(line).lookingAt() && !BYLINE_WORD.matcher(line).find()) {
                continue;
            }
            // all of them: a byline naming one signer is the writer's, who answers the readers (round twenty-seven)
            for (Span p : posts) {
                String a = author(p);
                String head = p.start < p.end ? d.blocks.get(p.start).text : "";
                a = a.isEmpty() ? java.util.Objects.requireNonNullElse(signer(p.element, head), "") : a;
                if (a.isEmpty() || !line.contains(a)) {
                    return Byline.OTHERS;
                }
            }
            return Byline.ALL;
        }
        return Byline.NONE;
    }

    /** A live blog in reporters' shifts has this many entries at least: two and two. */
    private static final int SHIFT_ENTRIES = 4;

    /**
     * Entries signed in shifts: each signer's entries one after another, each signer with two or more ("Tom", "Tom",
     * "Priya", "Priya"), as reporters hand a live page over; people in a thread answer each other ("Tom", "Priya", "Tom").
     */
    private static boolean inShifts(DomBlocks d, List<Span> posts) {
        List<String> names = new ArrayList<>();
        for (Span p : posts) {
            // signed by class, or by a name beside the stamp in the entry's head ("Tom Ashby 1 Dec 2026, 06:30")
            String a = author(p);
            String head = p.start < p.end ? d.blocks.get(p.start).text : "";
            a = a.isEmpty() ? java.util.Objects.requireNonNullElse(signer(p.element, head), "") : a;
            if (a.isEmpty()) {
                return false;
            }
            names.add(a);
        }
        Set<String> done = new HashSet<>();
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        String current = null;
        for (String a : names) {
            if (!a.equals(current)) {
                if (!done.add(a)) {
                    return false;
                }
                current = a;
            }
            count.merge(a, 1, Integer::sum);
        }
        return done.size() >= 2 && count.values().stream().allMatch(c -> c >= 2);
    }

    /** The day of an ISO date-time: "2026-11-29". */
    private static final int DAY = 10;

    /** A time shown as a clock time alone: "7:30am", "15:40", "4:14 p.m.". */
    private static boolean clockOnly(String shown) {
        String t = shown.strip();
        java.util.regex.Matcher m = CLOCK_HEAD.matcher(t);
        return t.length() <= 12 && m.matches();
    }

    private static final java.util.regex.Pattern CLOCK_HEAD = java.util.regex.Pattern.compile(
            "(\\d{1,2})[:.](\\d{2})(?!\\d)\\s*(?i:([ap])\\.?m\\.?)?");

    /**
     * A post's head line opening with a clock time and naming no date ("15:40", "15:40 Anna Korneeva", "4:14 p.m."), as
     * minutes of the day written to compare as text ("0940"), or null.
     */
    private static String clockHead(DomBlocks d, Span p) {
        if (p.start >= p.end) {
            return null;
        }
        String head = d.blocks.get(p.start).text.strip();
        java.util.regex.Matcher m = CLOCK_HEAD.matcher(head);
        if (head.length() > 80 || !m.lookingAt() || DateFinder.hasDate(head)) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        if (m.group(3) != null && h <= 12) {
            h = h % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
        }
        return h > 23 || min > 59 ? null : String.format(java.util.Locale.ROOT, "%04d", h * 60 + min);
    }

    /**
     * Posts built alike that name no author by class ("Guest", a nickname in a bare {@code <b>}): most of them open with
     * a short line (not a heading) above their prose, and either that line says who and when (a name in an element of
     * its own beside a date or time), or the box they sit in holds a reply form (a {@code textarea}) and no other prose;
     * or they open with their prose and close with such a line saying who and when (signed under the text).
     * A live blog's entries also open with a short line, but a time alone, and no form to answer them sits among them.
     */
    private static boolean unsignedComments(DomBlocks d, List<Span> posts) {
        int headed = 0;
        int signed = 0;
        Set<String> signers = new HashSet<>();
        int signedBelow = 0;
        // heads that are a name alone in an element of their own ("<b>hollis</b>" over the message), no date beside it
        int named = 0;
        Set<String> names = new HashSet<>();
        boolean repeated = false;
        for (Span p : posts) {
            if (p.end - p.start < 2) {
                continue;
            }
            // a bare number above the post is its score (an answer's votes), not its head
            int first = p.end - p.start >= 3 && COUNTS.matcher(d.blocks.get(p.start).text.strip()).matches() ? p.start + 1 : p.start;
            Block head = d.blocks.get(first);
            boolean prose = false;
            for (int i = first + 1; i < p.end && !prose; i++) {
                prose = isProse(d.blocks.get(i));
            }
            // or signed under the text: "Ольга · 12.03.2026, 10:14" as the post's last line
            Block tail = d.blocks.get(p.end - 1);
            if (prose && signLine(head)) {
                headed++;
                signed += namedAndDated(p.element, head.text) ? 1 : 0;
                String name = bareName(p.element, head.text);
                if (name != null) {
                    named++;
                    repeated |= !names.add(name);
                }
            } else if (isProse(head) && signLine(tail) && signer(p.element, tail.text) != null) {
                headed++;
                signed++;
                signedBelow++;
                signers.add(signer(p.element, tail.text));
            }
        }
        // a list of summaries each closing with its section and date is not signed by people: comments have several
        if (headed < 2 || headed * 3 < posts.size() * 2 || signedBelow > 0 && signers.size() < 2) {
            return false;
        }
        if (signed >= 2 && signed * 3 >= posts.size() * 2) {
            return true;
        }
        // or every head is a name alone, two people or more, one of them writing twice: a conversation (the asker
        // answering back), not a glossary's terms over their definitions, none of which comes twice (round twenty-nine)
        if (named * 3 >= posts.size() * 2 && named >= 3 && names.size() >= 2 && repeated) {
            return true;
        }
        Span box = posts.get(0).parent;
        for (int level = 0; level < 2 && box != null; level++, box = box.parent) {
            if (box.element.selectFirst("textarea") != null) {
                return true;
            }
            // the box holds prose beside the posts (the article itself): a form further up is not the thread's
            for (int i = box.start; i < box.end; i++) {
                if (isProse(d.blocks.get(i)) && !inPost(posts, i)) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Readers' comments that name nobody and sit under no header: boxes built alike (same tag and first class name)
     * among the main text's children, or the main text among its siblings built alike, each opening with its prose and
     * closing with a short line of the template's own: the same controls under each ("Reply · Report", "Ответить +12",
     * counts aside) or a date or time. A live ticker's entries open with their time; sections of an article open with a
     * subhead. Null when the main text is not in such a run.
     */
    private static List<Span> postsWithControls(DomBlocks d, Span main) {
        java.util.Map<String, List<Span>> children = new java.util.HashMap<>();
        for (Span s : d.spans) {
            if (s.parent == main) {
                children.computeIfAbsent(s.element.normalName() + '.' + firstClass(s.element), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Span> g : children.values()) {
            if (closedByControls(d, g)) {
                return g;
            }
        }
        Span p = main;
        for (int level = 0; level < 2 && p.parent != null; level++, p = p.parent) {
            List<Span> g = siblingPosts(d, p);
            if (closedByControls(d, g)) {
                return g;
            }
        }
        return null;
    }

    /** Paragraphs of prose a box under a standfirst holds at least to be the story ({@link #storyUnderStandfirst}). */
    private static final int STORY_PARAGRAPHS = 2;

    /**
     * The story's box under the headline when the box chosen is the headline's own and all its prose is set as
     * headings: a standfirst ({@code h2.sub-head}, {@code h3.lead}) is the story's lead-in, not its text, and a short
     * story of two paragraphs or more under it is the main text however long the standfirst is. Chosen so, a class word
     * on the story's wrappers no longer drops it: the main text's ancestors are never furniture (session 48, issue 14's
     * "a furniture word never penalises an ancestor of the main text": --mutate hidden-classes' {@code js-hide-on-print}
     * on a three-paragraph paywall snippet under a long standfirst left the page at F1 0). The box after the
     * headline's weighing most, none of it an overlay's, a consent notice's or a thread's, with paragraphs of its own,
     * and not itself named as furniture alone: an author's bio or a newsletter box under a video's standfirst is none.
     */
    private static Span storyUnderStandfirst(DomBlocks d, Span main, Span headlineBox, java.util.Map<Span, Double> credit,
            java.util.Map<Span, Double> headed, List<Span> trusted) {
        if (main == null || headlineBox == null || !contains(headlineBox, main) || headed.getOrDefault(main, 0.0) < credit.get(main)) {
            return main;
        }
        Span story = null;
        double most = 0;
        for (Span s : trusted) {
            double c = credit.get(s) - headed.getOrDefault(s, 0.0);
            if (s.start >= headlineBox.end && c > most && (s.hint < DomBlocks.STRONG_NEGATIVE || DomBlocks.namesText(s.element))) {
                most = c;
                story = s;
            }
        }
        return story != null && paragraphsIn(d, story) >= STORY_PARAGRAPHS ? story : main;
    }

    private static int paragraphsIn(DomBlocks d, Span s) {
        int n = 0;
        for (int i = s.start; i < s.end; i++) {
            n += isProse(d.blocks.get(i)) ? 1 : 0;
        }
        return n;
    }

    private static final java.util.regex.Pattern COUNTS = java.util.regex.Pattern.compile("[\\d+\u2212\\s]+");

    private static boolean closedByControls(DomBlocks d, List<Span> posts) {
        if (posts.size() < 2) {
            return false;
        }
        java.util.Map<String, Integer> tails = new java.util.HashMap<>();
        int dated = 0;
        for (Span p : posts) {
            if (p.end - p.start < 2) {
                continue;
            }
            Block head = d.blocks.get(p.start);
            Block tail = d.blocks.get(p.end - 1);
            if (!isProse(head) || head.linkDensity() >= 0.5 || isProse(tail) || tail.length > 60) {
                continue;
            }
            boolean subhead = false;
            for (int i = p.start; i < p.end && !subhead; i++) {
                subhead = isHeading(d.blocks.get(i));
            }
            if (subhead) {
                return false;
            }
            if (STAMP.matcher(tail.text).find() && tail.linkDensity() < 0.5) {
                dated++;
            } else {
                tails.merge(COUNTS.matcher(tail.text).replaceAll(" ").strip(), 1, Integer::sum);
            }
        }
        int repeated = 0;
        for (var e : tails.entrySet()) {
            repeated = !e.getKey().isEmpty() && e.getValue() >= 2 ? Math.max(repeated, e.getValue()) : repeated;
        }
        int closed = Math.max(repeated, dated);
        return closed >= 2 && closed * 3 >= posts.size() * 2;
    }

    private static boolean signLine(Block b) {
        return !isProse(b) && !isHeading(b) && b.length <= 80 && b.linkDensity() < 0.5;
    }

    /** A month's name by its first letters, in en, de, ru and uk (case aside). */
    private static final String MONTH_STEM = "(?iu:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|jän|mär|mai|okt|dez|янв|фев|мар"
            + "|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру)";

    /**
     * A time or a date in a post's head or closing line: a clock time, a numeric date, a year, or a day and a month's
     * name without a year ("1 декабря", "Dec 1", "3. Dez."), as Q&amp;A and comment templates print this year's dates
     * (round twenty-six).
     */
    private static final java.util.regex.Pattern STAMP = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b(?:19|20)\\d{2}\\b"
            + "|(?<![\\p{L}\\d])\\d{1,2}\\.?\\s+" + MONTH_STEM + "\\p{L}*\\.?(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d])" + MONTH_STEM + "\\p{L}*\\.?\\s+\\d{1,2}(?![\\p{L}\\d])");
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

    /**
     * A post's head line that says who and when: a name in an inline element of its own (letters, no digits: "Гость",
     * a nickname in {@code <b>}) beside a date or a time. A live ticker's head is its time alone.
     */
    private static boolean namedAndDated(Element post, String head) {
        return signer(post, head) != null;
    }

    /**
     * A user name with digits at its end ("olaf77", "kim_2020"): one word of three letters or more before them. A date
     * or a time has no such word before its digits ("12 Nov", "Nov 12" are two words).
     */
    private static final java.util.regex.Pattern HANDLE = java.util.regex.Pattern.compile("\\p{L}[\\p{L}_.-]{2,}\\d{1,4}");

    /**
     * A user name with digits in front ("77olaf", "2kostya"): three letters or more after them. A count of time or an
     * ordinal written as one word ("5min", "3rd", "2days") is not a name: an ordinal has two letters, and the words of
     * time are named below.
     */
    private static final java.util.regex.Pattern LEADING_HANDLE = java.util.regex.Pattern.compile("\\d{1,4}(\\p{L}[\\p{L}_.-]{2,})");
    private static final Set<String> TIME_WORDS = Set.of("min", "mins", "sec", "secs", "hrs", "hour", "hours", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "ago", "std", "tag", "tage", "woche", "wochen", "monat",
            "monate", "jahr", "jahre", "мин", "сек", "час", "часа", "часов", "дня", "дней", "нед", "мес", "лет", "год",
            "года", "днів", "тиж", "січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов",
            "лис", "гру", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "янв",
            "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек");

    private static boolean handle(String name) {
        if (HANDLE.matcher(name).matches()) {
            return true;
        }
        java.util.regex.Matcher m = LEADING_HANDLE.matcher(name);
        return m.matches() && !TIME_WORDS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", ""));
    }

    /**
     * The head line as a name alone: the whole text of an inline element of the post ({@code <b>hollis</b>}), a word
     * to three, no sentence end, no colon (a speaker's label in an interview), letters first or a handle; else null.
     */
    private static String bareName(Element post, String head) {
        String h = head.strip();
        if (h.length() < 2 || h.length() > 40 || LineRules.tokens(h) > 3 || hasSentenceEnd(h)
                || h.indexOf(':') >= 0 || h.indexOf('：') >= 0) {
            return null;
        }
        for (Element e : post.select("b, strong, cite")) {
            if (e.text().strip().equals(h)) {
                return !DIGIT.matcher(h).find() ? (Character.isLetter(h.codePointAt(0)) ? h : null) : handle(h) ? h : null;
            }
        }
        return null;
    }

    /** The name in a line that says who and when, or null. */
    private static String signer(Element post, String head) {
        if (!STAMP.matcher(head).find()) {
            return null;
        }
        for (Element e : post.select("b, strong, a, span, cite, em")) {
            String name = e.text().strip();
            if (name.length() >= 2 && name.length() <= 40 && name.length() < head.length() && head.contains(name)
                    && (!DIGIT.matcher(name).find() ? Character.isLetter(name.codePointAt(0)) : handle(name))) {
                return name;
            }
        }
        return null;
    }

    private static boolean inPost(List<Span> posts, int block) {
        for (Span p : posts) {
            if (block >= p.start && block < p.end) {
                return true;
            }
        }
        return false;
    }

    /** The run of posts with a member holding {@code s} (the nearest), or null. */
    private static List<Span> runHolding(java.util.Map<Span, List<Span>> runs, Span s) {
        for (Span p = s; p != null; p = p.parent) {
            List<Span> run = runs.get(p);
            if (run != null) {
                return run;
            }
        }
        return null;
    }

    private static int postsWithProse(DomBlocks d, Span post, java.util.Map<Span, Double> credit) {
        int n = 0;
        for (Span p : siblingPosts(d, post)) {
            n += densest(p, credit) != null ? 1 : 0;
        }
        return n;
    }

    /** The children of {@code post}'s parent built like it (same tag, same first class name), in page order. */
    private static List<Span> siblingPosts(DomBlocks d, Span post) {
        String tag = post.element.normalName();
        String kind = firstClass(post.element);
        List<Span> out = new ArrayList<>();
        for (Span s : d.spans) {
            if (s.parent == post.parent && s.element.normalName().equals(tag) && firstClass(s.element).equals(kind)) {
                out.add(s);
            }
        }
        return out;
    }

    private static String firstClass(Element e) {
        PageBudget.check();
        String c = e.className().strip();
        int space = c.indexOf(' ');
        return space < 0 ? c : c.substring(0, space);
    }

    private static final String AUTHOR = "[itemprop=author], [rel=author], [class*=author], [class*=user], [class*=poster]";

    private static String author(Span post) {
        // a web component's post says who wrote it as its own attribute (<shreddit-comment author="…">)
        String own = post.element.attr("author");
        if (!own.isBlank() && post.element.normalName().indexOf('-') > 0) {
            return own.strip();
        }
        Element a = post.element.selectFirst(AUTHOR);
        return a != null ? a.text().strip() : handle(post.element);
    }

    /** A poster's handle: one word of letters, digits and joiners, no sentence ("kurt68", "lkw_lena"). */
    private static final java.util.regex.Pattern POSTER_HANDLE = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{2,29}");

    /**
     * A post signed by a link to its poster's page that opens it, the link's text a handle, when the board names its
     * user cell in its own language ({@code <div class="autor"><a href="/u/kurt68">kurt68</a>}): the name is the link a
     * post opens with. A teaser card opens with a linked headline of several words, and is signed by nobody.
     */
    private static String handle(Element post) {
        org.jsoup.nodes.TextNode first = firstText(post);
        if (first == null) {
            return "";
        }
        String name = first.text().strip();
        for (Element up = first.parentNode() instanceof Element p ? p : null; up != null && up != post; up = up.parent()) {
            if (up.normalName().equals("a") && up.hasAttr("href")) {
                return POSTER_HANDLE.matcher(name).matches() && up.text().strip().equals(name)
                        && (ownCard(post, up) || colonSigned(post, up)) ? name : "";
            }
        }
        return "";
    }

    /** A post's stamp line is this short: "12月5日 07:02", "5 Dec 2026, 07:02". */
    private static final int STAMP_LINE = 40;

    /**
     * A reply signed inline: its text opens with the poster's linked name and a colon ("<a>渔港老周</a>：昨天下午…", as
     * Weibo, VK and Zhihu print replies) and it carries a stamp of its own, a short line with a clock time or a date
     * outside its text (round thirty-four: such replies, longer than the short post above them, were read as the page's
     * text). A list of linked terms with their definitions ("<a>Term</a>: …") carries no stamps.
     */
    private static boolean colonSigned(Element post, Element link) {
        org.jsoup.nodes.Node next = link.nextSibling();
        if (!(next instanceof org.jsoup.nodes.TextNode t) || !(t.text().stripLeading().startsWith(":")
                || t.text().stripLeading().startsWith("："))) {
            return false;
        }
        Element text = link.parent();
        int n = 0;
        for (Element e : post.getAllElements()) {
            PageBudget.check();
            if (++n > CARD_CHARS) {
                break;
            }
            if (e == post || e == text || e.text().isEmpty() || e.text().length() > STAMP_LINE || e.selectFirst("a") == link) {
                continue;
            }
            if (!contains(text, e) && !contains(e, text) && STAMP.matcher(e.text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(Element outer, Element inner) {
        for (Element p = inner; p != null; p = p.parent()) {
            if (p == outer) {
                return true;
            }
        }
        return false;
    }

    /** A user card is a few words: the handle, a post count, a place. */
    private static final int CARD_CHARS = 80;

    /**
     * The link stands in a box of its own inside the post (the user's cell), not in the post's sentence: a digest's
     * item opening with its linked subject ("<li><a>Ferrite</a> ships a new storage engine …</li>") is signed by nobody.
     */
    private static boolean ownCard(Element post, Element link) {
        Element box = link;
        while (box.parent() != null && box.parent() != post) {
            box = box.parent();
        }
        return box != link && box.parent() == post && box.text().length() <= CARD_CHARS;
    }

    /** The first words an element shows: its first text node that is not blank, found without reading the rest. */
    private static org.jsoup.nodes.TextNode firstText(Element e) {
        org.jsoup.nodes.TextNode[] first = new org.jsoup.nodes.TextNode[1];
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                    first[0] = t;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return first[0];
    }

    /** The most credited element inside {@code s} (or {@code s} itself), or null when it holds no prose. */
    private static Span densest(Span s, java.util.Map<Span, Double> credit) {
        Span best = null;
        double most = 0;
        for (var e : credit.entrySet()) {
            if (e.getValue() > most && contains(s, e.getKey())) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean contains(Span outer, Span inner) {
        for (Span s = inner; s != null; s = s.parent) {
            if (s == outer) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chosen container and the sibling groups of the same article beside it: several {@code section}s of one body,
     * or paragraphs interleaved with recommendation and playlist boxes in one parent, where the parent's sum loses to
     * one group because the boxes weigh so much. A sibling joins when it weighs a good share of the container, is a
     * paragraph of clean prose, or is a list, table or subhead between joined parts; siblings named as furniture,
     * link lists and negative groups never join, though the clean part of a group that also holds a box of teasers
     * does. The search climbs past wrappers — a parent that holds nothing but the article so far and furniture —
     * so an article split over cousins (sections in separate wrappers, a body continued in another column) is kept
     * whole.
     */
    private List<int[]> withSiblings(DomBlocks d, Span best) {
        double[] prefix = prefix(d);
        double bestScore = prefix[best.end] - prefix[best.start];
        List<int[]> ranges = new ArrayList<>();
        ranges.add(new int[] {best.start, best.end});
        Span anchor = best;
        for (int level = 0; level < SIBLING_LEVELS; level++) {
            Span parent = anchor.parent;
            boolean body = parent != null && parent.element.normalName().equals("body");
            // an article open in a viewer over the page (a dialog over the feed it was opened from): the page behind
            // the overlay is none of it
            if (parent == null || body && anchor.start == parent.start && anchor.end == parent.end
                    || anchor.inPopup && !parent.inPopup) {
                break;
            }
            // a lone paragraph was chosen: its sibling paragraphs are the rest of the article, cut apart by heavy boxes
            boolean lone = level == 0 && best.end - best.start <= 2;
            ranges = joinSiblings(d, prefix, parent, anchor, ranges, bestScore, lone, level == 0 ? null : best);
            if (level > 0) {
                ranges = withOwnSubhead(d, parent, anchor, ranges);
            }
            if (body || !onlyArticle(d, parent, ranges)) {
                break;
            }
            anchor = parent;
        }
        return withLeadUnderHeadline(d, ranges);
    }

    /** A lead is a paragraph or two. */
    private static final int LEAD_PARAGRAPHS = 2;

    /**
     * The lead standing right under the headline, in the box that holds the headline and the text: a paragraph or two
     * of prose without links between them, nothing else (a byline's line between keeps it out), where the search for the text's
     * parts stopped below that box (an accordion's sections under a standfirst). A standfirst in the story's
     * {@code <header>} stands in a box without the text and stays out, as the benchmark's truth leaves it.
     */
    private static List<int[]> withLeadUnderHeadline(DomBlocks d, List<int[]> ranges) {
        int h = d.headline;
        if (h < 0) {
            return ranges;
        }
        Span box = d.span(d.blocks.get(h).owner);
        box = box == null ? null : box.parent;
        if (box == null) {
            return ranges;
        }
        List<Block> lead = new ArrayList<>();
        int k = h + 1;
        for (; k < box.end; k++) {
            PageBudget.check();
            Block b = d.blocks.get(k);
            if (b.text.isBlank()) {
                continue;
            }
            // a standfirst named "teaser" is no teaser: it links nowhere, and stands in the headline's own box
            boolean named = b.negative && (b.linkLength > 0 || b.owner.parent() != box.element);
            if (named || isHeading(b) || !isProse(b) || b.linkDensity() >= 0.25 || covered(ranges, k) && !b.negative) {
                break;
            }
            lead.add(b);
        }
        // the text goes on right after it, in the same box
        if (lead.isEmpty() || lead.size() > LEAD_PARAGRAPHS || k >= box.end || !covered(ranges, k)) {
            return ranges;
        }
        for (Block b : lead) {
            b.negative = false;
        }
        return merged(ranges, new int[] {h + 1, k});
    }

    /**
     * The subhead opening the box the text was found in, when the boxes joined beside it each open with theirs: a story
     * told in sections (an accordion's, a feature's), each a subhead over a box of text, whose first section's subhead
     * stood before the paragraph chosen and was left out while the next sections joined whole.
     */
    private static List<int[]> withOwnSubhead(DomBlocks d, Span parent, Span anchor, List<int[]> ranges) {
        int first = Integer.MAX_VALUE;
        for (int[] r : ranges) {
            if (r[0] >= anchor.start && r[0] < anchor.end) {
                first = Math.min(first, r[0]);
            }
        }
        if (first == Integer.MAX_VALUE || first == anchor.start) {
            return ranges;
        }
        boolean headed = false;
        for (int k = anchor.start; k < first; k++) {
            Block b = d.blocks.get(k);
            if (!b.text.isBlank() && !isHeading(b)) {
                return ranges;
            }
            headed |= isHeading(b);
        }
        if (!headed) {
            return ranges;
        }
        for (int i = parent.start; i < parent.end; ) {
            PageBudget.check();
            Span child = childAt(d, parent, i);
            int end = child == null ? i + 1 : Math.max(child.end, i + 1);
            if (child != null && child != anchor && isHeading(d.blocks.get(child.start)) && covered(ranges, child.start)) {
                return merged(ranges, new int[] {anchor.start, first});
            }
            i = end;
        }
        return ranges;
    }

    private static boolean covered(List<int[]> ranges, int k) {
        for (int[] r : ranges) {
            if (k >= r[0] && k < r[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * One level of {@link #withSiblings}: the parent's children that join the anchor, whose own ranges are given.
     * Above the first level, and for the clean part of a mixed group, a sibling must hold an element built like the
     * container ({@code like}): the parts of one article come from one template, while the next column's reader
     * letters or another story are built otherwise.
     */
    private List<int[]> joinSiblings(DomBlocks d, double[] prefix, Span parent, Span anchor, List<int[]> anchorRanges,
                                     double bestScore, boolean lone, Span like) {
        // the class names of the container's own paragraphs: a sibling built like them is a paragraph of the article
        Set<String> paragraphKinds = new HashSet<>();
        if (like == null) {
            for (int[] r : anchorRanges) {
                for (int k = r[0]; k < r[1]; k++) {
                    String kind = firstClass(d.blocks.get(k).owner);
                    if (!kind.isEmpty()) {
                        paragraphKinds.add(kind);
                    }
                }
            }
        }
        // the container's prose paragraphs by tag and class name: the article's text boxes
        Set<String> textKinds = new HashSet<>();
        // and whether it writes them as lines broken by <br>, or as a list's items, a definition list's values or a
        // table's cells (session 50, --mutate lines-list, -dl, -table: 2f42ef1d3e): the same editor writes the story's
        // opening in bare <p>s (a drop cap's block, or the lead typed before the rest was pasted) in a record built
        // alike before it
        boolean brokenLines = false;
        for (int[] r : like == null ? anchorRanges : List.<int[]>of()) {
            for (int k = r[0]; k < r[1]; k++) {
                Block b = d.blocks.get(k);
                if (isProse(b)) {
                    textKinds.addAll(textKinds(b));
                    brokenLines |= b.text.indexOf('\n') >= 0 || LINE_ITEMS.contains(b.tag());
                }
            }
        }
        Set<String> openingKinds = brokenLines ? BARE_PARAGRAPH : Set.of();
        // a list chosen as the body (a recipe's or a how-to's steps) is a part of the story: its intro, in the headline's
        // box, and the subhead over it are the rest
        String bodyTag = (like == null ? anchor : like).element.normalName();
        boolean listBody = bodyTag.equals("ol") || bodyTag.equals("ul");
        // the parent's children in order: child spans, and runs of blocks the parent holds directly
        List<int[]> parts = new ArrayList<>();
        List<List<int[]>> own = new ArrayList<>();
        List<Boolean> joins = new ArrayList<>();
        List<Boolean> maybe = new ArrayList<>();
        List<Boolean> leads = new ArrayList<>();
        int i = parent.start;
        while (i < parent.end) {
            Span child = childAt(d, parent, i);
            int end = child == null ? i + 1 : Math.max(child.end, i + 1);
            boolean join;
            boolean between = false;
            boolean leadOnly = false;
            List<int[]> inside = null;
            if (child == anchor) {
                join = true;
                inside = anchorRanges;
            } else if (child == null) {
                Block b = d.blocks.get(i);
                // text loose in a wrapper far above the container is a caption or a credit line, not a part
                join = like == null && !b.negative && isProse(b) && b.linkDensity() < 0.25 && (lone || b.size >= SIBLING_SHARE * bestScore);
                between = !b.negative && isHeading(b);
            } else if (listBody && like == null && introducesList(d, child, parent, anchor)) {
                // the paragraph that announces the list chosen as the body, right before it ("… заявляют следующее:")
                join = true;
            } else {
                boolean furniture = !joinable(child) || level0Card(d, anchor, child);
                // between the page's headline and the body, in the headline's box: the story's lead (standfirst)
                boolean lead = d.headline >= parent.start && d.headline < child.start && child.end <= anchor.start;
                // a site builder's records come from one template outside (same tag and first class name): the
                // article's records hold its text boxes (built like the container's paragraphs), a footer record of
                // the studio's name, blurb and contacts holds boxes of another kind; between two of the article's
                // records any clean one still joins (a subhead's, a quote's)
                boolean otherRecord = like == null && !child.mainText && recordAlike(anchor, child)
                        && !holdsKind(d, child, textKinds) && !(child.end <= anchor.start && holdsKind(d, child, openingKinds));
                join = !otherRecord && !furniture && clean(d, child) && sibling(prefix, child, bestScore, lone || child.mainText, d)
                        && (like == null || child.mainText || holdsLike(d, child, like))
                        || !furniture && clean(d, child) && linkDensity(d, child) < 0.25
                        && paragraphKinds.contains(firstClass(child.element))
                        || !furniture && like == null && linkDensity(d, child) < 0.25 && entryLike(d, anchor, child)
                        || !otherRecord && twinPart(d, child, like == null ? anchor : like, child.end <= anchor.start);
                // an event's facts between its name and its text ("When", "Where", "Price") lead it as a standfirst would
                if (!join && lead && !furniture && clean(d, child) && (sibling(prefix, child, bestScore, true, d)
                        && (like == null || holdsLike(d, child, like) || listBody && headlineChild(d, parent))
                        || like == null && d.facts(child.element))) {
                    join = true;
                    leadOnly = true;
                }
                // a summary list between the headline and the body, right before it ("Key points" over its items, pinned
                // over a live page's entries): the text's, as a standfirst is
                if (!join && lead && like == null && !furniture && child.end == anchor.start && clean(d, child)
                        && linkDensity(d, child) < 0.1 && headedList(d, child)) {
                    join = true;
                    leadOnly = true;
                }
                if (join && !child.mainText && d.headline >= child.start && d.headline < child.end) {
                    // the headline's own box beside the body (a blog header of category, headline, byline line, reading
                    // time and summary): what joins is its text from the first prose after the headline on, as a lead;
                    // the lines between the headline and it are the byline's
                    Span after = proseAfterHeadline(d, child);
                    join = after != null;
                    leadOnly = true;
                    inside = after == null ? null : List.of(new int[] {after.start, child.end});
                }
                // a shop's summary box holds the headline, the price and the cart form, then the product's short
                // description; a story's header keeps its standfirst out, as the benchmark's truth does
                Span summary = join || furniture || child.end > anchor.start || !d.productPage && !priced(d, child) ? null
                        : proseAfterHeadline(d, child);
                if (summary != null) {
                    join = true;
                    leadOnly = true;
                    inside = List.of(new int[] {summary.start, summary.end});
                }
                // a shop's terms of delivery and returns in a box beside a product's description and specifications,
                // short lines of no prose: the shop's, not the product's (round thirty-seven)
                between = !furniture && !join && (clean(d, child) && linkDensity(d, child) < 0.3 || tabSwitch(d, child));
                if (!furniture && !join) {
                    // a group that also holds a box of teasers or an ad: its clean part is the article's
                    Span part = cleanPart(d, prefix, child);
                    if (part != null && sibling(prefix, part, bestScore, part.mainText, d)
                            && (part.mainText || holdsLike(d, part, like == null ? anchor : like))) {
                        join = true;
                        inside = List.of(new int[] {part.start, part.end});
                    }
                }
            }
            parts.add(new int[] {i, end});
            own.add(inside);
            joins.add(join);
            maybe.add(between);
            leads.add(leadOnly);
            i = end;
        }
        // lists, tables and subheads join when they sit between joined parts, or follow the last one (a subhead
        // only with the list it heads): ingredients, specifications, a verdict
        // a lead does not pull in what lies between it and the body (a byline line, a date)
        int first = -1;
        for (int k = 0; k < joins.size() && first < 0; k++) {
            first = joins.get(k) && !leads.get(k) ? k : -1;
        }
        int last = joins.lastIndexOf(true);
        for (int k = first + 1; k < last; k++) {
            joins.set(k, joins.get(k) || maybe.get(k));
        }
        // a subhead opening the parent right before a list chosen as the body heads it: a recipe's "Zubereitung" over
        // its steps, in a box of its own beside the ingredients' box
        if (listBody && like == null && first == 1 && maybe.get(0) && subheadPart(d, parts.get(0))) {
            joins.set(0, true);
        }
        // between a lead and the body a line is a byline's or a date's and stays out, but a list or a table is the
        // text's, with the subhead over it: a recipe's facts and ingredients between its intro and its steps
        int lead = leads.indexOf(true);
        for (int k = lead + 1; lead >= 0 && k < first; k++) {
            if (maybe.get(k) && listLike(d, parts.get(k))) {
                joins.set(k, true);
                if (k - 1 > lead && maybe.get(k - 1) && subheadPart(d, parts.get(k - 1))) {
                    joins.set(k - 1, true);
                }
            }
        }
        // a story of one-sentence paragraphs cut apart by ad slots closes with a paragraph too short to be prose
        // ("Fahrpläne liegen im Rathaus aus." under the last slot): a bare paragraph of the container's own after the
        // last joined paragraph, with only boxes of links between, is the text's last line
        if (like == null && last >= 0 && ownParagraph(d, parent, parts.get(last))) {
            for (int k = last + 1; k < parts.size(); k++) {
                PageBudget.check();
                if (ownParagraph(d, parent, parts.get(k))) {
                    joins.set(k, true);
                    last = k;
                } else if (!linkBox(d, parent, parts.get(k))) {
                    break;
                }
            }
        }
        // a salutation and a sign-off written in the text's own paragraph template beside the box of its paragraphs (a
        // WeChat post whose body sits in an editor's template box): short lines, but the text's
        // (the shapes are taken only when a one-line part stands right beside the joined ones: most pages have none)
        if (first >= 0 && last >= 0 && (first > 0 && oneLine(d, parent, parts.get(first - 1))
                || last + 1 < parts.size() && oneLine(d, parent, parts.get(last + 1)))) {
            Set<String> shapes = paragraphShapes(d, anchorRanges);
            // or, right beside them, a bare <p> the author typed outside the template (round twenty-seven)
            for (int k = first - 1; k >= 0 && !shapes.isEmpty() && (shapedLine(d, parent, parts.get(k), shapes)
                    || k == first - 1 && bareLine(d, parent, parts.get(k))); k--) {
                joins.set(k, true);
            }
            int end = last;
            for (int k = last + 1; k < parts.size() && !shapes.isEmpty() && (shapedLine(d, parent, parts.get(k), shapes)
                    || k == end + 1 && bareLine(d, parent, parts.get(k))); k++) {
                joins.set(k, true);
                last = k;
            }
        }
        // the text's box is a pane of a set built alike (an obituary's tabs: the text, "Services", "Memories"): the next
        // clean panes are the page's too, however short their lines (a visitation's day, hour and place); a pane of
        // signed posts is no clean one, and ends them
        Span textBox = last < 0 ? null : childAt(d, parent, parts.get(last)[0]);
        for (int k = last + 1; textBox != null && k < parts.size() && maybe.get(k); k++) {
            Span pane = childAt(d, parent, parts.get(k)[0]);
            if (pane == null || !builtAlike(textBox.element, pane.element) || !clean(d, pane)) {
                break;
            }
            joins.set(k, true);
            last = k;
        }
        for (int k = last + 1, pending = k; k < parts.size() && maybe.get(k); k++) {
            if (listLike(d, parts.get(k))) {
                for (int j = pending; j <= k; j++) {
                    joins.set(j, true);
                }
                pending = k + 1;
            }
        }
        List<int[]> ranges = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            if (joins.get(k)) {
                for (int[] p : own.get(k) == null ? List.of(parts.get(k)) : own.get(k)) {
                    if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] == p[0]) {
                        ranges.get(ranges.size() - 1)[1] = p[1];
                    } else {
                        ranges.add(new int[] {p[0], p[1]});
                    }
                }
            }
        }
        return ranges;
    }

    /**
     * A box built like the text's own ({@link #sameBuild}: the same tag and classes) beside it, holding prose (before
     * the text, a paragraph of any length: the story's opening lines), few links, no reply, comment thread, overlay or
     * other story, and no heading that is a link or names a box of the page ("More from this author", "Comments"):
     * another part of the same story, which its template split into groups with an ad, a newsletter box, a video or a
     * box of links between (issue 14, "only one group survives"). It joins whole, however short its lines and whatever
     * line in it a class word names (a related link, a byline), as the text's own box would: assembling leaves those
     * lines out of both alike (session 45). After the text, a part of short lines alone is the pictures' credits, and
     * one whose prose opens with a note's marker ("[2] …") the text's notes.
     */
    private boolean twinPart(DomBlocks d, Span child, Span model, boolean before) {
        // a part is a box of paragraphs: a paragraph, a list or a table built like another is a line of its own, and a
        // box holding its text itself (a <noscript> notice beside the story's) holds no paragraph
        if (child.mainText || TEXT_TAGS.contains(child.element.normalName()) || !builtAs(d, child, model)
                || linkDensity(d, child) >= 0.25) {
            return false;
        }
        boolean paragraph = false;
        for (int k = child.start; k < child.end; k++) {
            Block b = d.blocks.get(k);
            if (b.owner == child.element) {
                return false;
            }
            if (isHeading(b) && (b.linkDensity() >= LINKED_HEAD || rules.kind(b.text) == LineRules.Kind.HEADER)) {
                return false;
            }
            paragraph |= !b.negative && (before ? b.linkDensity() < 0.5 && (b.tag().equals("p") || isProse(b))
                    : b.linkDensity() < 0.25 && isProse(b) && !TEXT_MARKER.matcher(b.text.strip()).lookingAt());
        }
        if (!paragraph) {
            return false;
        }
        for (Span s : d.spans) {
            if (s.start >= child.end) {
                break;
            }
            if ((s == child || s.start >= child.start && contains(child, s))
                    && (s.reply || s.inComments || s.otherStory || s.inPopup && !linkedPictures(d, s) || s.inConsent)
                    && s.end > s.start) {
                return false;
            }
        }
        return true;
    }

    /**
     * A box named for an overlay whose lines are all links (a lightbox gallery: thumbnails linked to the pictures it
     * opens, each titled by its file name) holds no overlay's text: the pictures are the part's, as a figure is.
     */
    private static boolean linkedPictures(DomBlocks d, Span s) {
        for (int k = s.start; k < s.end; k++) {
            Block b = d.blocks.get(k);
            if (!b.text.isBlank() && b.linkDensity() < 0.5) {
                return false;
            }
        }
        return s.element.selectFirst("img") != null;
    }

    /**
     * {@code a} and {@code b} are built alike, or the boxes their wrappers come down to (the innermost element holding
     * all of the text) are: a template's parts at different depths (the first part in a wrapper of its own). Layout
     * wrappers between ({@code t-container}, {@code row}) are not compared: every record of a site builder has them.
     */
    private static boolean builtAs(DomBlocks d, Span a, Span b) {
        return sameBuild(a, b) || sameBuild(innermost(d, a), innermost(d, b));
    }

    private static Span innermost(DomBlocks d, Span s) {
        Span in = s;
        for (Span c = onlyChild(d, s); c != null; c = onlyChild(d, c)) {
            in = c;
        }
        return in;
    }

    /** The one element {@code s} wraps, holding all of its text, or null. */
    private static Span onlyChild(DomBlocks d, Span s) {
        if (s.element.childrenSize() != 1) {
            return null;
        }
        Span c = d.span(s.element.child(0));
        return c != null && c.start == s.start && c.end == s.end ? c : null;
    }

    /** How many wrappers holding nothing but one paragraph make its box, and how many shapes of box are kept. */
    private static final int SHAPE_DEPTH = 6;
    private static final int SHAPES = 16;

    /**
     * The shapes of the boxes the text's prose paragraphs are written in, when a template writes them so: the outermost
     * wrapper holding nothing but the paragraph, as its chain of tags and attributes down to the paragraph's own
     * element ({@code <section style="…"><section data-role="paragraph"><p style="…">}). A bare {@code <p>} is no
     * template's, and says nothing.
     */
    private static Set<String> paragraphShapes(DomBlocks d, List<int[]> ranges) {
        Set<String> out = new HashSet<>();
        for (int[] r : ranges) {
            for (int k = r[0]; k < r[1] && out.size() < SHAPES; k++) {
                PageBudget.check();
                Block b = d.blocks.get(k);
                if (isProse(b) && b.linkLength == 0) {
                    String shape = shape(paragraphBox(d, b.owner, k), b.owner);
                    if (shape != null) {
                        out.add(shape);
                    }
                }
            }
        }
        return out;
    }

    /** The outermost wrapper of block {@code k}'s element that holds nothing else. */
    private static Element paragraphBox(DomBlocks d, Element owner, int k) {
        Element box = owner;
        for (int up = 0; up < SHAPE_DEPTH; up++) {
            Element p = box.parent();
            Span s = p == null ? null : d.span(p);
            if (s == null || s.start != k || s.end != k + 1 || p.childrenSize() != 1) {
                break;
            }
            box = p;
        }
        return box;
    }

    /** The chain of tags and attributes from {@code box} down to {@code owner}, or {@code null} for a bare element. */
    private static String shape(Element box, Element owner) {
        StringBuilder sb = new StringBuilder();
        boolean marked = false;
        for (Element e = box; ; e = e.child(0)) {
            sb.append('<').append(e.normalName());
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                if (!a.getKey().equals("id")) {
                    sb.append(' ').append(a.getKey()).append('=').append(a.getValue());
                    marked = true;
                }
            }
            sb.append('>');
            if (e == owner || e.childrenSize() != 1 || sb.length() > 1000) {
                break;
            }
        }
        return marked && box != owner ? sb.toString() : null;
    }

    /** A part of the parent that is a box of one line of text without links, no heading. */
    private static boolean oneLine(DomBlocks d, Span parent, int[] part) {
        Span child = childAt(d, parent, part[0]);
        if (child == null || child.end - child.start != 1) {
            return false;
        }
        Block b = d.blocks.get(child.start);
        return !b.negative && b.linkLength == 0 && !b.text.isBlank() && !isHeading(b);
    }

    /**
     * A part of the parent that is one short line written in one of the text's paragraph shapes, without links: the
     * text's own line however short ("各位朋友：", "我们下期见！").
     */
    private static boolean shapedLine(DomBlocks d, Span parent, int[] part, Set<String> shapes) {
        if (!oneLine(d, parent, part)) {
            return false;
        }
        Span child = childAt(d, parent, part[0]);
        Block b = d.blocks.get(child.start);
        Element box = paragraphBox(d, b.owner, child.start);
        return box == child.element && shapes.contains(shape(box, b.owner));
    }

    /**
     * A part of the parent that is one line in a bare {@code <p>} (no attribute, no box around it) that ends as a
     * sentence or a salutation does ("亲爱的读者们：", "祝大家周末愉快！", "Dear readers,"): a line typed beside a
     * template's paragraphs, not a picture's credit or a label.
     */
    private static boolean bareLine(DomBlocks d, Span parent, int[] part) {
        if (!oneLine(d, parent, part)) {
            return false;
        }
        Span child = childAt(d, parent, part[0]);
        Element p = child.element;
        Block b = d.blocks.get(child.start);
        if (!p.normalName().equals("p") || p.attributesSize() != 0 || b.owner != p || p.childrenSize() != 0) {
            return false;
        }
        String t = b.text.strip();
        char c = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return "：:,，!！。.？?".indexOf(c) >= 0;
    }

    /**
     * Entries of one page built alike under its headline, each opening with a subhead of its own: a release page's
     * versions (notes in a {@code <pre>} of short lines, which weigh little), a diary's days. The page's headline heads
     * them all, as a live blog's; a feed's next stories each hold a headline of their own and are marked apart. The
     * entry need not be clean: its template's own furniture (a "meta" line under each subhead) is in every entry alike
     * and goes in assembly.
     */
    private static boolean entryLike(DomBlocks d, Span anchor, Span child) {
        if (!sameBuild(anchor, child) || anchor.element.className().isBlank() || child.end - child.start < 2
                || !isHeading(d.blocks.get(anchor.start)) || !isHeading(d.blocks.get(child.start))) {
            return false;
        }
        // the page's headline stands above both, outside them; a feed's next story holds its own
        int first = Math.min(anchor.start, child.start);
        if (d.headline >= 0) {
            return d.headline < first;
        }
        for (int i = first - 1; i >= 0; i--) {
            if (d.blocks.get(i).tag().equals("h1")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tab's or an accordion's title between the panels (Magento's {@code data item title}): a short line whose links all
     * lead to a place on the page itself. It is no way off the page, and the panel it opens may be the specifications.
     */
    private static boolean tabSwitch(DomBlocks d, Span s) {
        if (s.end - s.start != 1 || d.blocks.get(s.start).length > 40) {
            return false;
        }
        org.jsoup.select.Elements links = s.element.getElementsByTag("a");
        for (Element a : links) {
            if (!a.attr("href").startsWith("#") || a.attr("href").length() < 2) {
                return false;
            }
        }
        return !links.isEmpty();
    }

    /**
     * A card beside the article that holds the page's headline: a box after it opening with a heading of its own and
     * closing with a way on (a link line: "Report now"), as a council page's side column is built.
     */
    private static boolean level0Card(DomBlocks d, Span anchor, Span child) {
        if (d.headline < anchor.start || d.headline >= anchor.end || child.start < anchor.end || child.end - child.start < 3) {
            return false;
        }
        Block first = d.blocks.get(child.start);
        Block last = d.blocks.get(child.end - 1);
        return isHeading(first) && !first.tag().equals("h1") && last.linkDensity() > 0.5 && last.length <= 40;
    }

    /** The clean prose box after the page's headline inside {@code box}, which holds the headline; null when none. */
    /** What a price is written with: a currency's sign or code beside an amount. */
    private static final java.util.regex.Pattern PRICE = java.util.regex.Pattern.compile(
            "(?:[$€£¥₽₴₩₹₺]|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|PLN|UAH|RUB|CZK|SEK|NOK|DKK|JPY|CNY|KRW)(?![A-Za-z]))\\s?\\d"
            + "|\\d(?:[\\d\\s.,'\u00a0\u202f]*\\d)?\\s?(?:[$€£¥₽₴₩₹₺円元원]|(?<![A-Za-z])(?:EUR|USD|GBP|CHF|PLN|UAH|RUB|CZK"
            + "|SEK|NOK|DKK|zł|Kč|kr)(?![A-Za-z])|руб|грн)");

    /**
     * A shop's summary box that declares nothing and holds no cart form (a script's "Buy" button, a catalogue's "Request
     * a quote"): a short line beside the headline that is a price. A story's header holds no price.
     */
    private static boolean priced(DomBlocks d, Span box) {
        if (d.headline < box.start || d.headline >= box.end) {
            return false;
        }
        for (int i = box.start; i < box.end; i++) {
            Block b = d.blocks.get(i);
            if (i != d.headline && !isProse(b) && b.length <= 40 && b.linkDensity() < 0.5 && PRICE.matcher(b.text).find()) {
                return true;
            }
        }
        return false;
    }

    private static Span proseAfterHeadline(DomBlocks d, Span box) {
        if (d.headline < box.start || d.headline >= box.end) {
            return null;
        }
        for (int i = d.headline + 1; i < box.end; i++) {
            Block b = d.blocks.get(i);
            if (b.negative || !isProse(b) || b.linkDensity() >= 0.25) {
                continue;
            }
            Span s = d.span(b.owner);
            while (s != null && s.parent != null && s.parent != box && s.parent.start > d.headline && clean(d, s.parent)) {
                s = s.parent;
            }
            return s != null && s.start > d.headline && contains(box, s) ? s : null;
        }
        return null;
    }

    /** Not named as furniture (unless it holds the main text), and not a sibling {@code <article>}: another story. */
    private static boolean joinable(Span s) {
        return s.mainText || s.hint == DomBlocks.NONE && !s.element.normalName().equals("article");
    }

    /**
     * A paragraph of prose without links ending with a colon, right before the list chosen as the body in the same box:
     * it announces the list ("Стороны заявляют следующее:", "The company listed the following:", "决定如下："), and is
     * the text's opening however short.
     */
    private boolean introducesList(DomBlocks d, Span child, Span parent, Span list) {
        if (child.end != list.start || child.end - child.start != 1 || !PARAGRAPHS.contains(child.element.normalName())
                || list.parent != parent) {
            return false;
        }
        Block b = d.blocks.get(child.start);
        String t = b.text.strip();
        if (b.negative || b.linkLength != 0 || isHeading(b)) {
            return false;
        }
        if ((t.endsWith(":") || t.endsWith("\uff1a")) && b.size >= 40) {
            return true;
        }
        // or a digest's one-sentence intro, the only paragraph between the headline and its list ("Five releases caught
        // our eye."): a sentence of three words or more, nothing but date lines before it under the headline (round
        // twenty-nine)
        return d.headline >= 0 && d.headline < child.start && hasSentenceEnd(t) && t.indexOf('\n') < 0
                && (LineRules.tokens(t) >= 3 || DomBlocks.ideographs(t) >= 6) && onlyDatesBetween(d, d.headline + 1, child.start);
    }

    /** The blocks from {@code from} to {@code to} are date or byline lines, or none at all: what sits under a headline. */
    private boolean onlyDatesBetween(DomBlocks d, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String t = d.blocks.get(k).text.strip();
            if (!t.isEmpty() && rules.kind(t) == LineRules.Kind.TEXT) {
                return false;
            }
        }
        return true;
    }

    private static boolean sibling(double[] prefix, Span s, double bestScore, boolean anyProse, DomBlocks d) {
        double score = prefix[s.end] - prefix[s.start];
        return linkDensity(d, s) < 0.25 && score > 0 && (score >= SIBLING_SHARE * bestScore || anyProse && hasProse(d, s));
    }

    private static boolean clean(DomBlocks d, Span s) {
        for (int k = s.start; k < s.end; k++) {
            if (d.blocks.get(k).negative) {
                return false;
            }
        }
        return true;
    }

    /** The words of a shop's terms: shipping, delivery, returns, payment, customer service, in the languages we read. */
    private static final java.util.regex.Pattern SHOP_TERMS = java.util.regex.Pattern.compile(
            "(?iu)shipping|deliver|returns?\\b|refund|dispatch|customer service|versand|liefer|rücksend|rückgabe|kundendienst"
            + "|kundenservice|доставк|возврат|оплат|повернен|повернут|배송|반품|교환|환불|送料|配送|発送|返品|发货|退货|退换|包邮|运费");

    /** A box of one or two paragraphs naming two of a shop's terms or more (delivery and returns, 送料 and 返品). */
    private static boolean shopTerms(DomBlocks d, Span s) {
        if (s.end - s.start > 2) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (int k = s.start; k < s.end; k++) {
            java.util.regex.Matcher m = SHOP_TERMS.matcher(d.blocks.get(k).text);
            while (m.find()) {
                seen.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return seen.size() >= 2;
    }

    private static boolean hasProse(DomBlocks d, Span s) {
        for (int k = s.start; k < s.end; k++) {
            Block b = d.blocks.get(k);
            if (isProse(b) && b.linkDensity() < 0.25) {
                return true;
            }
        }
        return false;
    }

    private static double linkDensity(DomBlocks d, Span s) {
        double links = 0;
        double chars = 0;
        for (int k = s.start; k < s.end; k++) {
            links += d.blocks.get(k).linkLength;
            chars += d.blocks.get(k).length;
        }
        return chars == 0 ? 1 : links / chars;
    }

    /**
     * {@code group} is or holds an element with the tag and classes of {@code model}; for an element without classes,
     * its parent's must match too, or every bare {@code div} would.
     */
    private static boolean holdsLike(DomBlocks d, Span group, Span model) {
        for (Span s : d.spans) {
            if (s.start >= group.start && s.end <= group.end && s.start < s.end && sameBuild(s, model)
                    && (s == group || contains(group, s))) {
                return true;
            }
        }
        return false;
    }

    /** The first words that tell a question's template from its answers' on Q&amp;A sites ({@code q-item-body}, {@code a-item-body}). */
    private static final Set<String> QA_PAIR = Set.of("q|a", "question|answer", "questions|answers");

    /**
     * An answer's text box built like the question's but for the first word of its class names, which names the one and
     * the other ({@code a-item-body} beside {@code q-item-body}, {@code answer-post-text} beside
     * {@code question-post-text}): one template, two prefixes. The rest must be two words or more, so an article's
     * {@code entry-content} and its comments' {@code comment-content} are not paired (and neither names a question).
     */
    private static boolean pairedBuild(Element answer, Element question) {
        String[] a = answer.className().strip().split("\\s+");
        String[] q = question.className().strip().split("\\s+");
        if (!answer.normalName().equals(question.normalName()) || a.length != q.length || a[0].isEmpty()) {
            return false;
        }
        boolean paired = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(q[i])) {
                continue;
            }
            String[] aw = a[i].toLowerCase(java.util.Locale.ROOT).split("[-_]+", 2);
            String[] qw = q[i].toLowerCase(java.util.Locale.ROOT).split("[-_]+", 2);
            if (aw.length < 2 || qw.length < 2 || !aw[1].equals(qw[1]) || aw[1].split("[-_]+").length < 2
                    || !QA_PAIR.contains(qw[0] + '|' + aw[0])) {
                return false;
            }
            paired = true;
        }
        return paired;
    }

    private static boolean sameBuild(Span a, Span b) {
        if (a == b || !a.element.normalName().equals(b.element.normalName()) || !sameClasses(a.element.className(), b.element.className())) {
            return false;
        }
        return !a.element.className().isBlank() || (a.parent == null) == (b.parent == null)
                && (a.parent == null || a.parent.element.normalName().equals(b.parent.element.normalName())
                        && a.parent.element.className().equals(b.parent.element.className()));
    }

    /** Two boxes from one template outside: the same tag and the same first class name, not empty. */
    private static boolean recordAlike(Span a, Span b) {
        String kind = firstClass(a.element);
        return !kind.isEmpty() && a.element.normalName().equals(b.element.normalName()) && kind.equals(firstClass(b.element));
    }

    /**
     * A prose block of {@code s} is a text box of one of {@code kinds}: its owner's tag and one of its class names
     * ({@link #textKinds}); a quote record's {@code t028__text t-text} is a text box as the article's {@code t-text}.
     */
    private static boolean holdsKind(DomBlocks d, Span s, Set<String> kinds) {
        for (int i = s.start; i < s.end; i++) {
            Block b = d.blocks.get(i);
            if (isProse(b)) {
                for (String k : textKinds(b)) {
                    if (kinds.contains(k)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The text kind of a {@code <p>} with no class name ({@link #textKinds}). */
    private static final Set<String> BARE_PARAGRAPH = Set.of("p.");
    /** Boxes a text written in short lines sets each line in: list items, definition lists' terms and values, table rows. */
    private static final Set<String> LINE_ITEMS = Set.of("li", "dt", "dd", "tr", "td", "th");

    /** A block's owner as text boxes go: its tag, a dot and each class name; its tag and a dot when it has none. */
    private static List<String> textKinds(Block b) {
        PageBudget.check();
        String[] names = b.owner.className().strip().split("\\s+");
        List<String> out = new ArrayList<>(names.length);
        for (String n : names) {
            out.add(b.tag() + '.' + n);
        }
        return out;
    }

    /** The heaviest clean, joinable element inside {@code group}, or null. */
    private static Span cleanPart(DomBlocks d, double[] prefix, Span group) {
        Span best = null;
        double bestScore = 0;
        for (Span s : d.spans) {
            if (s == group || s.start < group.start || s.end > group.end || s.start == s.end) {
                continue;
            }
            double score = prefix[s.end] - prefix[s.start];
            if (score > bestScore && joinable(s) && clean(d, s) && within(s, group)) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    private static boolean within(Span s, Span group) {
        for (Span p = s.parent; p != null; p = p.parent) {
            if (p == group) {
                return true;
            }
            if (!joinable(p)) {
                return false;
            }
        }
        return false;
    }

    /** The parent holds no other reader text than the ranges: the rest is furniture, links and short lines. */
    private static boolean onlyArticle(DomBlocks d, Span parent, List<int[]> ranges) {
        int r = 0;
        for (int k = parent.start; k < parent.end; k++) {
            while (r < ranges.size() && ranges.get(r)[1] <= k) {
                r++;
            }
            if (r < ranges.size() && ranges.get(r)[0] <= k) {
                continue;
            }
            Block b = d.blocks.get(k);
            if (!b.negative && isProse(b) && b.linkDensity() < 0.5) {
                return false;
            }
        }
        return true;
    }

    /** A part that is one subhead (not the page's headline): it heads what follows it. */
    private static boolean subheadPart(DomBlocks d, int[] part) {
        Block b = d.blocks.get(part[0]);
        return part[1] - part[0] == 1 && isHeading(b) && !b.tag().equals("h1") && b.linkDensity() < 0.5;
    }

    /** The page's headline is a child of {@code parent}: the parent is the headline's own box, the story's. */
    private static boolean headlineChild(DomBlocks d, Span parent) {
        if (d.headline < parent.start || d.headline >= parent.end) {
            return false;
        }
        Element h = d.blocks.get(d.headline).owner;
        for (int n = 0; h != null && n < 2; h = h.parent(), n++) {
            if (h == parent.element) {
                return true;
            }
        }
        return false;
    }

    /** A subhead over list items and nothing else ("Key points" over three lines); an article's info box is no list. */
    private static boolean headedList(DomBlocks d, Span s) {
        if (s.end - s.start < 3 || !isHeading(d.blocks.get(s.start))) {
            return false;
        }
        for (int k = s.start + 1; k < s.end; k++) {
            if (!d.blocks.get(k).tag().equals("li")) {
                return false;
            }
        }
        return true;
    }

    private static boolean listLike(DomBlocks d, int[] part) {
        if (listTag(d.blocks.get(part[0]).tag())) {
            return true;
        }
        // a box may open with the subhead of its list written as a short paragraph (PrestaShop's <p class="h6"> over a
        // data sheet): then it holds nothing but short lines, without links (a column of link lists is no data sheet)
        if (part[1] - part[0] < 2 || !listTag(d.blocks.get(part[0] + 1).tag())) {
            return false;
        }
        int length = 0;
        int links = 0;
        for (int k = part[0]; k < part[1]; k++) {
            Block b = d.blocks.get(k);
            // a data sheet's row of a name and a value is a line however long its value ("外形寸法 | 幅26.0×奥行32.5×高さ21.5cm"),
            // and a note closing the sheet under its rows ("※仕様は予告なく変更することがあります。") is the sheet's (session
            // 51, blind-pages-s50's s50p-21: the specifications under their subhead after the features were dropped)
            boolean footnote = k == part[1] - 1 && k - part[0] >= 3 && listTag(d.blocks.get(k - 1).tag()) && !listTag(b.tag())
                    && b.length < length;
            if (isProse(b) && !nameValueRow(b) && !footnote) {
                return false;
            }
            length += b.length;
            links += b.linkLength;
        }
        return links < 0.1 * length;
    }

    /** A table row of two cells, the first a label of a few words ({@code <th>品番</th><td>KX-H510</td>}). */
    private static boolean nameValueRow(Block b) {
        Element row = b.owner;
        if (!row.normalName().equals("tr") || row.childrenSize() != 2) {
            return false;
        }
        Element label = row.child(0);
        return (label.normalName().equals("th") || label.normalName().equals("td")) && row.child(1).normalName().equals("td")
                && LineRules.tokens(label.text()) <= 4 && label.text().strip().length() <= 24;
    }

    private static boolean listTag(String tag) {
        return tag.equals("li") || tag.equals("td") || tag.equals("tr") || tag.equals("dd") || tag.equals("dt") || tag.equals("table");
    }

    /** A {@code <p>} child of the parent without links or furniture, holding one block of the main text's box. */
    private static boolean ownParagraph(DomBlocks d, Span parent, int[] part) {
        Span child = childAt(d, parent, part[0]);
        if (child == null || !child.element.normalName().equals("p") || part[1] - part[0] != 1) {
            return false;
        }
        Block b = d.blocks.get(part[0]);
        return !b.negative && b.inMain && b.linkLength == 0;
    }

    /** A box of the parent whose text is mostly links and holds no prose of its own: an ad slot, a card. */
    private static boolean linkBox(DomBlocks d, Span parent, int[] part) {
        Span child = childAt(d, parent, part[0]);
        return child != null && !TEXT_TAGS.contains(child.element.normalName()) && linkDensity(d, child) > 0.5 && !hasProse(d, child);
    }

    /** The direct child span of the parent that starts at block i, or null when the parent holds block i itself. */
    private static Span childAt(DomBlocks d, Span parent, int i) {
        Block b = d.blocks.get(i);
        Span s = d.span(b.owner);
        Span child = null;
        for (; s != null && s != parent; s = s.parent) {
            child = s;
        }
        return s == parent ? child : null;
    }

    private static double[] prefix(DomBlocks d) {
        double[] prefix = new double[d.blocks.size() + 1];
        for (int i = 0; i < d.blocks.size(); i++) {
            prefix[i + 1] = prefix[i] + weight(d.blocks.get(i));
        }
        return prefix;
    }

    /** The main text's boxes: the deepest boxes marked as main text (the text, or a thread's posts, a Q&A's answers). */
    private static List<Span> mainLeaves(DomBlocks d) {
        Set<Span> parents = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Span s : d.spans) {
            if (s.mainText && s.parent != null) {
                parents.add(s.parent);
            }
        }
        List<Span> leaves = new ArrayList<>();
        for (Span s : d.spans) {
            if (s.mainText && !parents.contains(s)) {
                leaves.add(s);
            }
        }
        return leaves;
    }

    /** The main text is known and lies outside {@code s}. */
    private static boolean mainOutside(List<Span> leaves, Span s) {
        for (Span leaf : leaves) {
            if (contains(s, leaf) || contains(leaf, s)) {
                return false;
            }
        }
        return !leaves.isEmpty();
    }

    /** Marks the blocks inside furniture elements, unless the element is really a wrapper around the article. */
    private void markFurniture(DomBlocks d) {
        int[] prose = new int[d.blocks.size() + 1];
        int[] headlines = new int[d.blocks.size() + 1];
        for (int i = 0; i < d.blocks.size(); i++) {
            Block b = d.blocks.get(i);
            prose[i + 1] = prose[i] + (isProse(b) && b.linkDensity() < 0.5 ? b.size : 0);
            headlines[i + 1] = headlines[i] + (b.tag().equals("h1") ? 1 : 0);
        }
        int total = prose[d.blocks.size()];
        java.util.Set<Span> twins = twins(d);
        List<Span> leaves = mainLeaves(d);
        for (Span s : d.spans) {
            // a reply's own body is named like an article's (post_content), and is still a reply
            if ((s.reply || s.otherStory) && !s.mainText) {
                mark(d, s);
                continue;
            }
            if (s.hint == DomBlocks.NONE || s.holdsArticle || s.mainText || s.start == s.end) {
                continue;
            }
            // the twin of a box holding the main text shares its name, and that name does not make the main text's
            // box furniture
            if (s.hint != DomBlocks.COMMENTS && !s.inPopup && twins.contains(s)) {
                continue;
            }
            // most of the page's prose in a box named as furniture makes it a wrapper with a misleading name, unless the
            // main text lies outside it: a sidebar's "about the author" longer than a short post stays a sidebar
            if (s.hint != DomBlocks.COMMENTS && !s.inPopup && prose[s.end] - prose[s.start] > WRAPPER_SHARE * total
                    && !mainOutside(leaves, s)) {
                continue;
            }
            if (opensMainText(d, s) || subheadOfMainText(d, s) || s.hint == DomBlocks.WEAK_NEGATIVE && sectionOfMainText(d, s)) {
                continue;
            }
            mark(d, s);
        }
        int mainEnd = -1;
        for (int i = d.blocks.size() - 1; i >= 0 && mainEnd < 0; i--) {
            mainEnd = d.blocks.get(i).inMain ? i + 1 : -1;
        }
        for (Span s : d.spans) {
            if (linkCard(d, s) || controls(d, s, prose) || cardBox(d, s) || mainEnd > 0 && callToAction(d, s, mainEnd)
                    || slideBox(d, s) || contents(d, s)) {
                mark(d, s);
            }
        }
        for (Span s : signupBoxes(d)) {
            if (!s.mainText && !s.holdsArticle) {
                mark(d, s);
            }
        }
        for (Span s : d.prompts) {
            if (!s.mainText && !s.holdsArticle) {
                mark(d, s);
            }
        }
        // an overlay (a subscription box kept hidden until a script opens it, a consent bar pinned over the page) is not
        // the article, whatever its name, unless it holds the main text
        for (Span s : d.spans) {
            if (s.inPopup && (s.parent == null || !s.parent.inPopup) && !s.mainText && !s.holdsArticle) {
                mark(d, s);
            }
        }
        // a box headed by furniture ("Related posts", "You may also like") is furniture, whatever its items' classes say.
        // A run of teaser cards is walked once: each card's own heading would walk the rest of the run again (a page of
        // 5,000 cards took 50 s), and what a walk marks depends only on the cards it passes.
        java.util.Set<Element> walked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Span s : d.spans) {
            if (s.end - s.start != 1 || !isHeading(d.blocks.get(s.start))) {
                continue;
            }
            Block heading = d.blocks.get(s.start);
            boolean ownHint = s.hint >= DomBlocks.STRONG_NEGATIVE;
            if (s.mainText || subheadOfMainText(d, s)
                    || !ownHint && (heading.length > 60 || rules.kind(heading.text) != LineRules.Kind.HEADER)) {
                continue;
            }
            Span box = s;
            for (Element e = s.element.parent(); e != null; e = e.parent()) {
                Span up = d.span(e);
                // an element holding the headline is the page or the article, not a box of teasers
                if (up == null || up.start != s.start || up.holdsArticle || up.mainText || e.normalName().equals("body")
                        || headlines[up.end] - headlines[up.start] > 0) {
                    break;
                }
                box = up;
            }
            mark(d, box);
            if (box == s) {
                // the heading written straight into a column, its teaser cards after it: it heads them
                for (Element sib = s.element.nextElementSibling(); sib != null && teaserBox(sib); sib = sib.nextElementSibling()) {
                    Span t = d.span(sib);
                    if (t == null || t.mainText || t.holdsArticle || !walked.add(sib)) {
                        break;
                    }
                    mark(d, t);
                }
            }
        }
    }

    /**
     * The twins of the main text's boxes: a box built just like one of them (same tag, same class names) beside it
     * (same parent), and inside such a twin each box built like one of the main text's, as a channel's posts are each
     * a {@code tgme_widget_message} holding a {@code tgme_widget_message_text}. They carry the main text's own names.
     */
    private static java.util.Set<Span> twins(DomBlocks d) {
        java.util.Map<Span, List<Span>> mainBoxes = new java.util.IdentityHashMap<>();
        Set<String> mainKinds = new HashSet<>();
        for (Span s : d.spans) {
            if (s.mainText && s.parent != null && !s.element.className().isBlank()) {
                mainBoxes.computeIfAbsent(s.parent, k -> new ArrayList<>()).add(s);
                mainKinds.add(s.element.normalName() + ' ' + s.element.className());
            }
        }
        java.util.Set<Span> twins = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // spans come in document order, a parent before its children
        for (Span s : d.spans) {
            if (s.mainText || s.parent == null || !mainKinds.contains(s.element.normalName() + ' ' + s.element.className())) {
                continue;
            }
            boolean twin = twins.contains(s.parent);
            for (Span m : twin ? List.<Span>of() : mainBoxes.getOrDefault(s.parent, List.of())) {
                twin |= m.element.normalName().equals(s.element.normalName()) && m.element.className().equals(s.element.className());
            }
            if (twin) {
                twins.add(s);
            }
        }
        return twins;
    }

    /**
     * A subhead written straight into the main text, its class naming its anchor's sticky-navbar offset (Docusaurus'
     * {@code anchorWithStickyNavbar}) or a theme's part: the main text's own heading, not a box; a furniture heading
     * ("Related posts") is still one.
     */
    private boolean subheadOfMainText(DomBlocks d, Span s) {
        if (s.end - s.start != 1 || s.parent == null || !s.parent.mainText || !d.blocks.get(s.start).inMain) {
            return false;
        }
        Block b = d.blocks.get(s.start);
        String tag = b.tag();
        return b.owner == s.element && isHeading(b) && !tag.equals("h1") && b.linkDensity() < 0.5
                && rules.kind(b.text) != LineRules.Kind.HEADER;
    }

    /**
     * A box of controls: a line or two beside buttons or fields and no prose, no subhead ("Was this page helpful?" over
     * Yes and No, "Rate this recipe") but a survey's question over its choices in a form; the article's own text is never
     * such a box.
     */
    private static boolean controls(DomBlocks d, Span s, int[] prose) {
        int n = s.end - s.start;
        if (n < 1 || n > 2 || s.mainText || s.holdsArticle || prose[s.end] > prose[s.start]) {
            return false;
        }
        // a survey's question may be a subhead over its choices, in a form of its own
        boolean survey = s.element.selectFirst("form input[type=radio], form input[type=checkbox], form select") != null;
        for (int i = s.start; i < s.end; i++) {
            Block b = d.blocks.get(i);
            // a code block's copy button sits beside its code
            if (isHeading(b) && !survey || b.tag().equals("pre") || b.owner.closest("pre") != null) {
                return false;
            }
        }
        for (Element c : s.element.select("button, input, select")) {
            // a checklist's box ticks off an item of the text, a recipe's "500 g Mehl"; it asks the reader nothing
            if (!DomBlocks.checklistBox(c)) {
                return true;
            }
        }
        return false;
    }

    /** A table of contents is a few dozen lines; a longer box of links is no page's contents. */
    private static final int CONTENTS_LINES = 200;

    /**
     * A table of contents: a box opening with its title (a heading without links: "Inhaltsverzeichnis", "Contents")
     * over nothing but links to places on the page itself, as wikis (DokuWiki's {@code dw__toc}) and documentation set
     * it above the text. The links go in assembly as a link list; the title, a short heading, would stay over nothing.
     */
    private static boolean contents(DomBlocks d, Span s) {
        int n = s.end - s.start;
        if (n < 3 || n > CONTENTS_LINES || s.mainText || s.holdsArticle) {
            return false;
        }
        Block title = d.blocks.get(s.start);
        if (!isHeading(title) || title.linkLength > 0) {
            return false;
        }
        for (int i = s.start + 1; i < s.end; i++) {
            Block b = d.blocks.get(i);
            if (b.linkLength < 0.8 * b.length) {
                return false;
            }
        }
        PageBudget.check();
        for (Element a : s.element.select("a[href]")) {
            if (!a.attr("href").startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A call to action after the article: a box of its own holding a button, one paragraph and at most two short lines
     * (a name, the button's label), none of them a subhead: "Enjoyed this? Support the writer" over a button, the
     * writer's card with a one-paragraph profile and "Follow". A reader's signed reply with its "Reply" button is a post
     * of a run (or the one signed post) and is read as such; a box built like one beside it is an entry of a list, and a
     * Q&A page's answer keeps its vote buttons.
     */
    /** A button, or a link set as one ("<a class="skin-readerButton">読者になる</a>", role=button) (round thirty-six). */
    private static final String BUTTONS = "button, input[type=submit], input[type=button], a[role=button], a[class*=button], a[class*=btn]";

    private static boolean callToAction(DomBlocks d, Span s, int mainEnd) {
        int n = s.end - s.start;
        if (n < 1 || n > 3 || s.start < mainEnd || s.mainText || s.holdsArticle || d.question != null || s.reply
                || s.element.selectFirst(BUTTONS) == null) {
            return false;
        }
        int prose = 0;
        for (int i = s.start; i < s.end; i++) {
            Block b = d.blocks.get(i);
            if (isHeading(b) || b.owner.closest("pre") != null) {
                return false;
            }
            prose += isProse(b) ? 1 : 0;
        }
        if (prose != 1) {
            return false;
        }
        for (Element sib : new Element[] {s.element.previousElementSibling(), s.element.nextElementSibling()}) {
            if (sib != null && builtAlike(sib, s.element)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sign-up boxes: a form asking for an e-mail address (an {@code email} field, or one named for mail) with a way to
     * send it and no {@code textarea}, and around it the largest box of at most four blocks that holds no {@code h1}: a
     * newsletter's pitch, a heading and a paragraph or two over the field. The pitch may be longer than any paragraph of
     * the article and named any way ({@code signup-box}, {@code nl-cta}), so its prose is trusted like an overlay's when
     * the main text is sought, and the box is furniture when it does not hold the main text. A page laid out inside its
     * form (ASP.NET) has the form around its boxes, not inside one; a comment form has its {@code textarea}.
     */
    private static List<Span> signupBoxes(DomBlocks d) {
        if (d.spans.isEmpty()) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        Element root = d.spans.get(0).element.ownerDocument();
        for (Element form : root == null ? List.<Element>of() : root.getElementsByTag("form")) {
            if (form.selectFirst("textarea") != null || form.selectFirst("button, input[type=submit], input[type=image]") == null) {
                continue;
            }
            boolean mail = false;
            for (Element in : form.getElementsByTag("input")) {
                String type = in.attr("type").toLowerCase(java.util.Locale.ROOT);
                mail |= type.equals("email") || (type.isEmpty() || type.equals("text"))
                        && (in.attr("name") + ' ' + in.id()).toLowerCase(java.util.Locale.ROOT).contains("mail");
            }
            Span box = null;
            for (Element e = form; mail && e != null; e = e.parent()) {
                Span sp = d.span(e);
                if (sp == null) {
                    continue;
                }
                if (sp.end - sp.start > 4 || holdsH1(d, sp)) {
                    break;
                }
                box = sp;
            }
            if (box != null && box.end > box.start) {
                out.add(box);
            }
        }
        return out;
    }

    /**
     * Boxes that ask the reader for a click rather than tell a story: beside the headline's box (a sibling of it or of
     * one of its ancestors, holding no {@code h1}), with two buttons labelled in words side by side (one parent) outside
     * any form, and the page's chrome (a line of links: its menu, its footer) between them and the headline. A consent
     * wall or a "continue reading" prompt written without a dialog's markup or a name the rules know
     * ({@code cmp-container}) can hold more prose than a short story; its prose is trusted like an overlay's. Only
     * when the headline's box holds two paragraphs of prose of its own, and never inside the {@code article} or
     * {@code main} holding the headline: the rest of a story split from its opening, share and print buttons under it,
     * stands next to it, with no menu between. The boxes looked at are disjoint, so the look is linear.
     */
    private static List<Span> prompts(DomBlocks d, Span headlineBox) {
        if (headlineBox == null || paragraphsIn(d, headlineBox) < 2) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        int[] links = null;
        // forms at or above the level looked at: a page inside one form (ASP.NET) puts no choice to the reader by it
        int formsAbove = 0;
        for (Element e = headlineBox.element.parent(); e != null; e = e.parent()) {
            formsAbove += e.normalName().equals("form") ? 1 : 0;
        }
        for (Element inner = headlineBox.element; inner.parent() != null; inner = inner.parent()) {
            Element common = inner.parent();
            String tag = common.normalName();
            boolean inForm = formsAbove > 0;
            formsAbove -= tag.equals("form") ? 1 : 0;
            if (tag.equals("article") || tag.equals("main") || common.attr("role").equals("main")) {
                out.clear();
                continue;
            }
            for (Element branch : common.children()) {
                Span box = branch == inner ? null : d.span(branch);
                if (inForm || box == null || box.end - box.start < 2 || holdsH1(d, box) || paragraphsIn(d, box) == 0
                        || !choices(branch)) {
                    continue;
                }
                if (links == null) {
                    links = new int[d.blocks.size() + 1];
                    for (int i = 0; i < d.blocks.size(); i++) {
                        Block b = d.blocks.get(i);
                        links[i + 1] = links[i] + (b.linkLength > 0 && b.linkDensity() >= 0.5 ? 1 : 0);
                    }
                }
                int from = Math.min(box.end, headlineBox.end);
                int to = Math.max(box.start, headlineBox.start);
                if (from < to && links[to] - links[from] > 0) {
                    out.add(box);
                }
            }
            if (tag.equals("body")) {
                break;
            }
        }
        return out;
    }

    /**
     * Two buttons labelled in words side by side outside any form: a choice put to the reader ("Accept all",
     * "Settings"). The form is looked for inside the box only (the caller knows the box's ancestors), so each climb
     * stays inside a box the caller looks at once.
     */
    private static boolean choices(Element box) {
        Element row = null;
        int seen = 0;
        for (Element b : box.getElementsByTag("button")) {
            // a prompt's choices are few; past a few dozen buttons the box is a toolbar or a grid (and the climbs stay bounded)
            if (++seen > 32) {
                return false;
            }
            if (inFormWithin(b, box) || !LETTERS.matcher(b.text()).find()) {
                continue;
            }
            // a vote button under each answer is one a post
            if (row != null && row == b.parent()) {
                return true;
            }
            row = b.parent();
        }
        return false;
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}{2}");

    private static boolean inFormWithin(Element e, Element box) {
        for (Element a = e.parent(); a != null && a != box; a = a.parent()) {
            if (a.normalName().equals("form")) {
                return true;
            }
        }
        return box.normalName().equals("form");
    }

    private static boolean holdsH1(DomBlocks d, Span s) {
        for (int i = s.start; i < s.end; i++) {
            if (d.blocks.get(i).tag().equals("h1")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A card for another story set among the article's paragraphs ("read also" as a box): a box of its own in the element
     * holding the main text, opening with a linked headline, then a summary without links, with the article's
     * paragraphs before and after it. A digest's items are cards too, but built alike one after another; a card
     * alone among paragraphs is an insert.
     */
    private static boolean linkCard(DomBlocks d, Span s) {
        if (s.mainText || s.holdsArticle || s.parent == null || !s.parent.mainText
                || PARAGRAPHS.contains(s.element.normalName()) || !storyCard(d, s)) {
            return false;
        }
        if (proseAround(d, s) != 3) {
            return false;
        }
        String tag = s.element.normalName();
        String kind = firstClass(s.element);
        Element prev = s.element.previousElementSibling();
        Element next = s.element.nextElementSibling();
        boolean alike = false;
        for (Element sib : s.element.parent().children()) {
            if (sib != s.element && sib.normalName().equals(tag) && firstClass(sib).equals(kind)) {
                if (sib == prev || sib == next) {
                    return false;
                }
                alike = true;
            }
        }
        // cards built alike but set apart by the article's paragraphs: a reading list's items between the writer's
        // notes on them, or the site's own teasers, a picture and a link to one of its pages (round thirty-seven: two
        // unnamed cards with long summaries between a story's paragraphs, P 0.36)
        return !alike || siteTeaser(s.element);
    }

    /** A card picturing and linking to a page of the same site (a path, no host), as a site's own recommendations do. */
    private static boolean siteTeaser(Element card) {
        Element a = card.selectFirst("a[href]");
        String href = a == null ? "" : a.attr("href").strip();
        return href.startsWith("/") && !href.startsWith("//") && card.selectFirst("img, picture") != null;
    }

    /**
     * A box of cards for other stories set among the article's paragraphs (a recommendation widget: image, linked
     * headline, summary, two or more built alike): furniture whatever its classes, when the article's prose comes before
     * it and goes on after it, or after another box built like it. A digest's cards are the main text itself, not a box
     * within it.
     */
    private static boolean cardBox(DomBlocks d, Span s) {
        if (s.mainText || s.holdsArticle || s.parent == null || !s.parent.mainText || s.end - s.start < 4
                || PARAGRAPHS.contains(s.element.normalName())) {
            return false;
        }
        int cards = 0;
        int covered = 0;
        for (Element c : s.element.children()) {
            Span card = d.span(c);
            if (card == null || card.end <= card.start) {
                continue;
            }
            if (!storyCard(d, card)) {
                return false;
            }
            cards++;
            covered += card.end - card.start;
        }
        if (cards < 2 || covered < s.end - s.start) {
            return false;
        }
        int around = proseAround(d, s);
        if ((around & 1) == 0) {
            return false;
        }
        // or the cards come after the article's end, outside the box holding its headline and its text: a grid of other
        // stories under a short story, unnamed; a digest's cards stand in the headline's box with their intro
        boolean after = around == 3 || cards >= 3 && afterHeadlineBox(d, s);
        String tag = s.element.normalName();
        String kind = firstClass(s.element);
        for (Element sib : s.element.parent().children()) {
            after |= sib != s.element && sib.normalName().equals(tag) && firstClass(sib).equals(kind);
        }
        return after;
    }

    /**
     * {@code s} stands after the box that holds the page's headline and the main text's first prose, outside it.
     */
    private static boolean afterHeadlineBox(DomBlocks d, Span s) {
        int first = d.proseBounds.get(s.parent) == null ? -1 : d.proseBounds.get(s.parent)[0];
        if (d.headline < 0 || first < 0 || d.headline >= s.start) {
            return false;
        }
        for (Span box = d.span(d.blocks.get(d.headline).owner); box != null; box = box.parent) {
            if (box.start <= first && first < box.end) {
                return box.end <= s.start;
            }
        }
        return false;
    }

    /**
     * A carousel set among the article's paragraphs: a box with its own controls (a {@code <button>}: previous, next)
     * whose text is all in slides built alike (same tag and first class name), two or more, each holding a picture or a
     * video, a subhead and its summary, unlinked as a player's slides are. Furniture when the article's prose comes before
     * it and goes on after it in the same parent. A list article's items are the main text itself, not a box within it,
     * and have no controls of their own.
     */
    private static boolean slideBox(DomBlocks d, Span s) {
        if (s.mainText || s.holdsArticle || s.parent == null || !s.parent.mainText || s.end - s.start < 4
                || PARAGRAPHS.contains(s.element.normalName()) || s.element.selectFirst("button") == null
                || proseAround(d, s) != 3) {
            return false;
        }
        // the slides: children of one element inside the box, built alike, holding the box's prose between them
        for (Element track : s.element.select("*")) {
            List<Span> slides = new ArrayList<>();
            String kind = null;
            for (Element c : track.children()) {
                Span slide = d.span(c);
                if (slide == null || slide.end <= slide.start) {
                    continue;
                }
                String k = c.normalName() + '.' + firstClass(c);
                if (firstClass(c).isEmpty() || kind != null && !kind.equals(k)) {
                    slides.clear();
                    break;
                }
                kind = k;
                slides.add(slide);
            }
            if (slides.size() < 2) {
                continue;
            }
            int covered = 0;
            for (Span slide : slides) {
                if (slide.element.selectFirst("img, picture, video, iframe, amp-img, amp-video") == null
                        || !isHeading(d.blocks.get(slide.start))) {
                    return false;
                }
                covered += slide.end - slide.start;
            }
            // nothing of the article's own besides them: at most the box's label and its controls' line
            return covered >= s.end - s.start - 1;
        }
        return false;
    }

    /**
     * A box built like the one holding the main text (same tag and first class name), beside it, or, in the main text,
     * like a box there that no name marks: another section of the article, whatever weak word its name carries (a
     * guide's parts anchored {@code id="time"}, {@code id="more"}).
     */
    private static boolean sectionOfMainText(DomBlocks d, Span s) {
        String kind = firstClass(s.element);
        if (kind.isEmpty() || s.parent == null) {
            return false;
        }
        for (Element sib : s.element.parent().children()) {
            Span alike = sib == s.element || !sib.normalName().equals(s.element.normalName()) || !firstClass(sib).equals(kind)
                    ? null : d.span(sib);
            if (alike != null && (alike.mainText || s.parent.mainText && alike.hint == DomBlocks.NONE)) {
                return true;
            }
        }
        return false;
    }

    /** The main text's prose beside {@code s} in its parent: 1 before it, 2 after it, 3 both. */
    private static int proseAround(DomBlocks d, Span s) {
        // the parent's first and last block of the main text's prose, found once for all its children: a main text of
        // ten thousand boxes is not read again for each of them
        int[] bounds = d.proseBounds.computeIfAbsent(s.parent, p -> {
            int first = -1;
            int last = -1;
            for (int i = p.start; i < p.end; i++) {
                Block b = d.blocks.get(i);
                if (b.inMain && isProse(b) && b.linkDensity() < 0.25) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            return new int[] {first, last};
        });
        return (bounds[0] >= 0 && bounds[0] < s.start ? 1 : 0) | (bounds[1] >= s.end ? 2 : 0);
    }

    /** Two to four blocks: a linked headline, then a summary without links. */
    private static boolean storyCard(DomBlocks d, Span s) {
        int n = s.end - s.start;
        if (n < 2 || n > 4) {
            return false;
        }
        Block head = d.blocks.get(s.start);
        if (head.linkLength < 0.9 * head.length || head.length > 200) {
            return false;
        }
        for (int i = s.start + 1; i < s.end; i++) {
            if (d.blocks.get(i).linkLength > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The paragraph that opens the main text, prose without a link, among the article's own paragraphs: the story's
     * lead, whatever its class says (a wire's dateline paragraph styled {@code txt-copyright}). A caption or promo is no
     * such paragraph: it is no {@code p} of the main text's own, or holds a link, or is not prose.
     */
    private static boolean opensMainText(DomBlocks d, Span s) {
        if (s.end - s.start != 1 || s.hint == DomBlocks.COMMENTS || s.parent == null || !s.parent.mainText) {
            return false;
        }
        Block b = d.blocks.get(s.start);
        return b.inMain && (s.start == 0 || !d.blocks.get(s.start - 1).inMain) && b.tag().equals("p") && b.linkLength == 0
                && isProse(b) && s.start + 1 < d.blocks.size() && d.blocks.get(s.start + 1).inMain;
    }

    private static void mark(DomBlocks d, Span s) {
        for (int i = s.start; i < s.end; i++) {
            d.blocks.get(i).negative = true;
        }
    }

    static double weight(Block b) {
        if (b.inLinkStrip) {
            return 0;
        }
        if (b.negative) {
            return -b.size;
        }
        if (b.digestItem) {
            return 0;
        }
        double ld = b.linkDensity();
        if (ld > 0.5 || isTeaser(b)) {
            return -b.size;
        }
        // a paragraph set as a heading (a page built of <h4>s) is prose; a subhead counts nothing
        if (isHeading(b) && !(isProse(b) && statedAsHeading(b))) {
            return 0;
        }
        if (isProse(b)) {
            return b.size * (1 - ld);
        }
        // tables, lists and subheads of a marked article body, or of the element holding the main text, are its own,
        // however short: ingredients, specifications, a packing list; and so are the main text's own short paragraphs
        // without links (a results table's "Turnout: 31.4%" under it)
        return b.explicit || b.inMain && (LIST_TAGS.contains(b.tag()) || b.tag().equals("p") && b.linkLength == 0)
                ? 0 : -SHORT_PENALTY * b.size;
    }

    /**
     * A linked headline followed by a summary cut off with an ellipsis: an item of a list of other stories. Without
     * the cut it may be an item of a digest article ("10 things in tech"), which opens each item with a link too.
     */
    /** Elements whose text is one paragraph of their parent's: the parent is what holds the article. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "li", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6", "dd", "td", "tr");

    private static final Set<String> LIST_TAGS = Set.of("li", "dt", "dd", "tr", "td", "th");

    private static boolean isTeaser(Block b) {
        return b.leadingLink && b.linkDensity() > TEASER_LINKS && (b.text.endsWith("...") || b.text.endsWith("…"));
    }

    static boolean isProse(Block b) {
        return b.size >= 100 || (b.size >= 40 && hasSentenceEnd(b.text));
    }

    static boolean hasSentenceEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // a sentence of a few ideographs is a sentence
            if ((c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '।' || c == '۔' || c == '։' || c == '።'
                    || c == '။' || c == '།') && i > 10
                    || (c == '。' || c == '！' || c == '？' || c == '｡') && i > 3
                    // Thai, Lao and Khmer write no sentence end (a space parts sentences): a line this long is one
                    || i >= 30 && isUnpunctuatedScript(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnpunctuatedScript(char c) {
        return (c >= '\u0E00' && c <= '\u0EFF') || (c >= '\u1780' && c <= '\u17FF');
    }

    /**
     * A definition list's term right over its value ({@code <dt>} then a {@code <dd>} holding text): it labels that value
     * each time it comes back, as a specification's "Weight" does under two models, or a Q&amp;A's "Q" over each question
     * (session 46, {@code --mutate lines-dl}: a story set as terms over their values lost each term said before).
     */
    private static boolean termOfNext(Block b) {
        Element next = b.owner.normalName().equals("dt") ? b.owner.nextElementSibling() : null;
        return next != null && next.normalName().equals("dd") && next.hasText();
    }

    /** A definition list's value ({@code <dd>}) right after its term ({@code <dt>}), the term kept. */
    private static boolean definedBy(DomBlocks d, Block b, int i, int lastKept) {
        return b.tag().equals("dd") && lastKept == i - 1 && d.blocks.get(i - 1).tag().equals("dt");
    }

    private static boolean isHeading(Block b) {
        String t = b.tag();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    private static boolean entryStamp(Block b) {
        // a cue's time links to its point in the recording ("?t=62"), a live entry's to the entry: still its stamp
        return (b.owner.children().isEmpty() || b.owner.childrenSize() == 1 && b.owner.child(0).normalName().equals("a")
                && b.owner.ownText().isBlank())
                && DomBlocks.CLOCK_ALONE.matcher(b.text.strip()).matches() && DomBlocks.entryHead(b.owner);
    }

    /**
     * A short label of an entry built like its neighbours, beside the entry's own unlinked text: a transcript's speaker
     * ("Mr Dalton" over each thing he said), which says something each time it comes back; a copy of a paragraph, or
     * an ad slot's label over its links, is no such label.
     */
    private static boolean entryLabel(DomBlocks d, Block b) {
        Element entry = b.owner.parent();
        if (LineRules.tokens(b.text) > 4 || entry == null || !b.owner.children().isEmpty() || !builtAlike(entry, entry.nextElementSibling())
                && !builtAlike(entry, entry.previousElementSibling())) {
            return false;
        }
        for (Element other : entry.children()) {
            PageBudget.check();
            Span s = other == b.owner ? null : d.span(other);
            for (int k = s == null ? 0 : s.start; s != null && k < s.end; k++) {
                Block o = d.blocks.get(k);
                if (!o.negative && o.linkLength == 0 && o.length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A speaker's name over what they said, an interview set as a flat run of paragraphs ("<p><strong>OLGA
     * RYBAKOVA</strong></p>" over each answer): a paragraph all in bold of four words at most, ending no sentence,
     * over a paragraph of unbolded text. It says something each time it comes back, as a transcript's speaker does.
     */
    private static boolean speakerLine(Block b) {
        Element p = b.owner;
        if (LineRules.tokens(b.text) > 4 || b.linkLength > 0 || p.childrenSize() != 1 || !p.ownText().isBlank()
                || !(p.child(0).normalName().equals("strong") || p.child(0).normalName().equals("b"))) {
            return false;
        }
        String t = b.text.strip();
        Element next = p.nextElementSibling();
        return !t.isEmpty() && ".!?。".indexOf(t.charAt(t.length() - 1)) < 0 && next != null
                && next.normalName().equals(p.normalName()) && next.selectFirst("strong, b") == null && next.hasText();
    }

    /** A page of a document converted page by page holds more lines than an entry's label and its text. */
    private static final int PAGE_LINES = 4;
    /** How far up a line's page is looked for: a converter's page box is a few wrappers above its lines. */
    private static final int PAGE_DEPTH = 12;

    /**
     * A document converted page by page (pdf2htmlEX: a box a page, the pages built alike) repeats its running head on
     * every page and closes each page with its number. A short line that opens, or closes, two pages with the same words,
     * and bare numbers counting up that close the pages, are the print's furniture, not the text (a transcript's
     * speaker opening entries of two lines is no page).
     */
    private static Set<Integer> runningLines(DomBlocks d, List<int[]> ranges) {
        Set<Integer> drop = new HashSet<>();
        Map<String, Integer> lastSeen = new HashMap<>();
        Map<Element, int[]> pages = new IdentityHashMap<>();
        int lastNumber = -1;
        for (int[] range : ranges) {
            for (int i = range[0]; i < range[1]; i++) {
                PageBudget.check();
                Block b = d.blocks.get(i);
                String t = b.text.strip();
                if (t.isEmpty() || t.length() > 120 || t.indexOf('\n') >= 0) {
                    continue;
                }
                if (t.length() <= 4 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    if (lastNumber >= 0 && Integer.parseInt(d.blocks.get(lastNumber).text.strip()) + 1 == Integer.parseInt(t)
                            && (samePlaceOnPages(d, pages, lastNumber, i, false) || positionedLines(d, lastNumber, i))) {
                        drop.add(lastNumber);
                        drop.add(i);
                    }
                    lastNumber = i;
                    continue;
                }
                if (hasSentenceEnd(t)) {
                    continue;
                }
                Integer prev = lastSeen.put(LineRules.normalise(t), i);
                if (prev != null && (samePlaceOnPages(d, pages, prev, i, true) || samePlaceOnPages(d, pages, prev, i, false)
                        || positionedLines(d, prev, i) && afterPageNumber(d, i))) {
                    drop.add(prev);
                    drop.add(i);
                }
            }
        }
        return drop;
    }

    /**
     * Whether blocks i and j are lines a converter placed one by one on one flat run (pdftohtml without page boxes:
     * sibling boxes each set by an inline {@code position:absolute}): the pages are no boxes there, so a page's number
     * is a bare number among the lines and the running head the line right after it.
     */
    private static boolean positionedLines(DomBlocks d, int i, int j) {
        Element a = d.blocks.get(i).owner;
        Element b = d.blocks.get(j).owner;
        return a != b && a.parent() == b.parent() && positioned(a) && positioned(b);
    }

    private static boolean positioned(Element e) {
        String style = e.attr("style");
        return style.contains("absolute") && style.toLowerCase(java.util.Locale.ROOT).replace(" ", "").contains("position:absolute");
    }

    /** The line right after a bare number: a page's first line on a flat run of placed lines. */
    private static boolean afterPageNumber(DomBlocks d, int i) {
        for (int k = i - 1; k >= 0 && k >= i - PAGE_LINES; k--) {
            String t = d.blocks.get(k).text.strip();
            if (!t.isEmpty()) {
                return t.length() <= 4 && t.chars().allMatch(c -> c >= '0' && c <= '9');
            }
        }
        return false;
    }

    /** Whether blocks i and j open (or close) two pages built alike, siblings, each holding a page's lines. */
    private static boolean samePlaceOnPages(DomBlocks d, Map<Element, int[]> pages, int i, int j, boolean opening) {
        Element a = d.blocks.get(i).owner;
        Element b = d.blocks.get(j).owner;
        Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Element e = b; e != null && depth < PAGE_DEPTH; e = e.parent(), depth++) {
            PageBudget.check();
            above.add(e);
        }
        depth = 0;
        for (Element pa = a; pa != null && pa.parent() != null && depth < PAGE_DEPTH; pa = pa.parent(), depth++) {
            PageBudget.check();
            if (above.contains(pa)) {
                return false;
            }
            if (!above.contains(pa.parent())) {
                continue;
            }
            // the later line's box holds the earlier one (a line in a box, again loose after it): one place, not two pages
            if (pa.parent() == b) {
                return false;
            }
            Element pb = b;
            while (pb.parent() != pa.parent()) {
                PageBudget.check();
                pb = pb.parent();
            }
            return builtAlike(pa, pb) && endLine(d, pages, pa, opening) == i && endLine(d, pages, pb, opening) == j;
        }
        return false;
    }

    /** The first (or last) block with text of a page, or -1 when the page holds too few lines to be one; each page read once. */
    private static int endLine(DomBlocks d, Map<Element, int[]> pages, Element page, boolean first) {
        int[] ends = pages.computeIfAbsent(page, p -> {
            Span s = d.span(p);
            int lines = 0;
            int[] found = {-1, -1};
            for (int k = s == null ? 0 : s.start; s != null && k < s.end; k++) {
                PageBudget.check();
                if (!d.blocks.get(k).text.isBlank()) {
                    lines++;
                    found[0] = found[0] < 0 ? k : found[0];
                    found[1] = k;
                }
            }
            return lines >= PAGE_LINES ? found : new int[] {-1, -1};
        });
        return first ? ends[0] : ends[1];
    }

    /** A table of contents' box holds this many blocks at most, around its label, for the label to be found in it. */
    private static final int TOC_BLOCKS = 12;

    /**
     * The label of a table of contents ("Inhaltsverzeichnis", "Contents", "目次" over a list of links to the page's own
     * sections): a short line without links in a small box, up to three levels above it, whose links all lead to anchors
     * on the page, two or more, and whose other text is the label and a toggle at most (round twenty-nine).
     */
    private static boolean tocLabel(DomBlocks d, Block b) {
        Span s = d.span(b.owner);
        for (int level = 0; s != null && level <= 3 && s.end - s.start <= TOC_BLOCKS; level++, s = s.parent) {
            int other = 0;
            for (int k = s.start; k < s.end; k++) {
                Block x = d.blocks.get(k);
                other += x.length - x.linkLength;
            }
            // the list itself may be dropped as a navigation box (ez-toc sets it in a <nav>): its links are still there
            if (other <= b.length + 12 && s.element.selectFirst("a[href^=#]") != null) {
                int anchors = 0;
                for (Element a : s.element.select("a[href]")) {
                    String href = a.attr("href").strip();
                    if (!href.startsWith("#")) {
                        return false;
                    }
                    anchors += href.length() > 1 ? 1 : 0;
                }
                if (anchors >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many of a box's children are looked at for the inline element making one of its lines. */
    private static final int INLINE_LOOK = 8;

    /** The block is the whole text of one of its box's first inline children, named as strong furniture (author, byline). */
    private static boolean inlineFurniture(Block b) {
        String t = b.text.strip();
        int n = Math.min(b.owner.childrenSize(), INLINE_LOOK);
        for (int k = 0; k < n; k++) {
            Element c = b.owner.child(k);
            if (!c.className().isEmpty() && !c.isBlock() && DomBlocks.hintOf(c.className()) == DomBlocks.STRONG_NEGATIVE
                    && c.text().strip().equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** A press release's status label, as the first line of its text (round twenty-nine). */
    private static final java.util.regex.Pattern RELEASE_LABEL = java.util.regex.Pattern.compile("(?iu)(?:for immediate release"
            + "|immediate release|(?:for release|embargoed?(?: until| till)?|sperrfrist|보도\\s*시점|보도\\s*일시)\\b\\s*:?\\s*\\S.{0,50}"
            + "|zur sofortigen veröffentlichung|즉시\\s*보도|для немедленной публикации|для негайного оприлюднення)[.!]?");

    /**
     * The marks framing a notice's or a release's text, alone on a line: Japanese "記" over the items and "以上" closing
     * them, Korean "끝" ("- 끝 -", "끝."), a release's "-ends-", "ENDS", "-30-", "– Ende –", "Конец" (round thirty-one; "###" has no letters
     * and goes as any such line does).
     */
    private static final java.util.regex.Pattern NOTICE_MARK = java.util.regex.Pattern.compile(
            "(?iu)[\\s\\-—–_=·•*~#(\\[（【]*(?:ends?|ende|конец|кінець|끝|以上|記|-\\s*30\\s*-)[\\s\\-—–_=·•*~#.。)\\]）】]*");
    /** Such a mark is this short, its dashes and brackets with it. */
    private static final int NOTICE_MARK_CHARS = 16;

    /** Sentences of a paragraph: a stop and a space before the next one. */
    private static final java.util.regex.Pattern SENTENCES = java.util.regex.Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"“«])");

    /**
     * A paragraph of prose that one of its sentences alone would make furniture by a phrase of the line rules ("loading"
     * in "… came from loading doors left open"): two sentences or more, twenty words or more, no link, in a {@code <p>},
     * and the sentences the rules read as text hold six words or more. A promotion ("Sign up for our newsletter. It's
     * free.") leaves too few words of text (round twenty-nine).
     */
    private boolean proseDespitePhrase(Block b) {
        if (!b.tag().equals("p") || b.linkLength > 0 || b.negative || LineRules.tokens(b.text) < 20 || b.text.indexOf('\n') >= 0) {
            return false;
        }
        String[] sentences = SENTENCES.split(b.text.strip());
        if (sentences.length < 2) {
            return false;
        }
        int textWords = 0;
        for (String sentence : sentences) {
            if (rules.kind(sentence) == LineRules.Kind.TEXT) {
                textWords += LineRules.tokens(sentence);
            }
        }
        return textWords >= 6;
    }

    /** A block of lines this long (in Latin-text terms) is a text's, its lines judged one by one. */
    private static final int LINES_ALONE = 200;

    private String assemble(DomBlocks d, List<int[]> ranges, String title) {
        String titleKey = LineRules.normalise(title);
        boolean sited = title != null && (SITE_SEPARATOR.matcher(title).find() || SERIES_COLON.matcher(title).find()
                && d.blocks.stream().noneMatch(b -> isHeading(b)));
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int lastKept = -1;
        boolean lastHeading = false;
        boolean proseKept = false;
        Element top = topOf(d, ranges);
        // a converted document's running heads and page numbers, a text's notes
        Set<Integer> skip = runningLines(d, ranges);
        noteLists(d, top, skip);
        textNotes(d, ranges, skip);
        recordApparatus(d, ranges, titleKey, skip);
        recordFields(d, ranges, skip);
        Set<Integer> storyHeads = linkedStoryHeads(d, ranges);
        int r = 0;
        for (int i = ranges.get(0)[0]; r < ranges.size(); i++) {
            if (i >= ranges.get(r)[1]) {
                r++;
                if (r == ranges.size()) {
                    break;
                }
                i = Math.max(i, ranges.get(r)[0]);
            }
            Block b = d.blocks.get(i);
            if (skip.contains(i)) {
                continue;
            }
            if (b.negative || b.tag().equals("h1")) {
                // a section header marked by its own words ("6 comments") still heads what follows it in the column
                if (b.negative && isHeading(b) && LineRules.tokens(b.text) <= 25 && rules.kind(b.text) == LineRules.Kind.HEADER) {
                    i = boxEnd(d, top, b, lastKept) - 1;
                }
                continue;
            }
            double ld = b.linkDensity();
            if (!b.digestItem && !storyHeads.contains(i) && (ld > 0.5 || (b.length < 80 && ld > 0.3 && !attribution(b)) || isTeaser(b))
                    && !entryStamp(b)) {
                continue;
            }
            if (linkBoxLabel(d, b, i) || kicker(d, b, i) || leadPictureLine(d, b, i)) {
                continue;
            }
            // a line that is wholly one inline element named as furniture ("<span class="author">@coastwatcher</span>" over
            // each post of an unrolled thread), set loose in a text box, is that furniture (round twenty-nine)
            if (b.length <= 40 && (inlineFurniture(b) || b.linkLength == 0 && tocLabel(d, b))) {
                continue;
            }
            // a release's status over its text ("FOR IMMEDIATE RELEASE", "Sperrfrist: …", "보도시점 …") is no line of it, nor
            // under a contact line set above it (round thirty-one); and a notice's frame ("記" over its items, "以上",
            // "- 끝 -", "-ends-" closing them) is none either
            if (b.length <= 80 && (!proseKept && out.size() <= 2 && RELEASE_LABEL.matcher(b.text.strip()).matches()
                    || b.length <= NOTICE_MARK_CHARS && NOTICE_MARK.matcher(b.text.strip()).matches())) {
                continue;
            }
            // a copyright line after the text, written out without its sign ("Copyright 바다읍사무소" in a table layout's
            // last row) is the page's footer (round thirty-two); so is a platform's statement on what it carries, however
            // long (a portal's English one under its Chinese one: session 51, blind-pages-s50's s50p-17)
            if (proseKept && (b.length <= 80 && COPYRIGHT_LINE.matcher(b.text.strip()).lookingAt()
                    || b.text.indexOf('\n') < 0 && LineRules.platformStatement(b.text.strip()))) {
                continue;
            }
            // a Q&A view's label opening the answer's box ("回答", "답변", "Answer") names the box, no line of its text
            if (b.length <= 12 && (QA_LABEL.matcher(b.text.strip()).matches() && opensAnswerBox(d, b, i) || qaPairLabel(d, b, i))) {
                continue;
            }
            // and the dated line closing a box so labelled ("Beantwortet am 24.11.2026 von der Hafenverwaltung") signs it
            if (b.length <= 80 && DateFinder.hasDate(b.text) && !sentenceEnded(b) && closesLabelledBox(d, b, i)) {
                continue;
            }
            // a document's contact label after its text ("【問合せ先】", a "담당 부서" cell) over its office's short lines ends it
            // (or heading its row in a header cell: "<th>担当課</th><td>観光課</td>" under a board's answer)
            if (proseKept && (b.length <= CONTACT_CHARS && CONTACT_LABEL.matcher(b.text.strip()).matches()
                    || b.length <= CONTACT_CHARS * 2 && rowLabel(b.owner, CONTACT_LABEL)) && contactTail(d, ranges, i)) {
                break;
            }
            String norm = LineRules.normalise(b.text);
            if (norm.isEmpty() || isHeadline(norm, titleKey, sited)
                    || !seen.add(norm) && !entryLabel(d, b) && !speakerLine(b) && !termOfNext(b)) {
                continue;
            }
            // a board's name heading the post it shows ("자유게시판" over the view's table), the one the <title> names
            // first while the page's headline is the post's subject: the section's name, no line of the text (round
            // thirty-two)
            if (out.isEmpty() && isHeading(b) && sectionNamed(norm, top, titleKey)) {
                continue;
            }
            // a block of <br> lines as long as a paragraph is judged line by line, never whole: a Japanese or Chinese
            // post of three sentences is "few words" by its spaces, and its last line's "続きを読む" is no verdict on all
            boolean lines = b.text.indexOf('\n') >= 0 && b.size >= LINES_ALONE;
            if (LineRules.tokens(b.text) <= 25 && !lines) {
                if (caption(d, b) && !entryStamp(b)) {
                    continue;
                }
                // a sibling joined beside the main text that is a row of short names between dots ("Department of Roads ·
                // Privacy · Accessibility" in a table layout's last row) is the page's footer menu written without links
                if (!b.inMain && dotMenu(b.text)) {
                    continue;
                }
                LineRules.Kind kind = rules.kind(b.text);
                if (kind == LineRules.Kind.HEADER) {
                    // "Related news", "Comments": the box it heads is not the article, and it may sit mid-article
                    i = boxEnd(d, top, b, lastKept) - 1;
                    continue;
                }
                // a subhead that dates its section ("2.4.0 (12 November 2026)" over a release's changes) is no
                // dateline once the text has begun: release notes, a diary, a programme's days; nor is a date given as
                // the value of a term kept just before it (an event's "Datum" over "Samstag, 5. Dezember 2026")
                // nor is a list's item once the text has begun: a programme's dates, a measure's term ("Laufzeit bis
                // 31.12.2028" among the changes it lists)
                // nor is a live entry's stamp, the clock time opening each entry of a run built alike, the first one too
                // nor is the date right under a subhead once the text has begun: its section's day (an obituary's
                // "Friday, December 5, 2026" and hours under "Visitation")
                if (kind != LineRules.Kind.TEXT && !(kind == LineRules.Kind.FURNITURE && proseDespitePhrase(b)) && !(kind == LineRules.Kind.TIMESTAMP
                        && (!out.isEmpty() && (isHeading(b) || b.tag().equals("li")) || entryStamp(b) || definedBy(d, b, i, lastKept)
                        || d.facts(b.owner.parent()) || lastHeading && out.size() > 1 && lastKept == i - 1
                        || signedDate(d, ranges, i, lastKept, out.size()) || proseKept && dateOverSigner(d, ranges, i)))) {
                    continue;
                }
            }
            // and so are a section's lines, dated first ("Friday, December 5, 2026", then "5:00 PM - 7:00 PM")
            boolean section = lastHeading && out.size() > 1 && lastKept == i - 1;
            // a section header on a line of its own heads the rest of its box: "この記事へのコメント" in bold under the story's
            // lines in an old table layout's cell, the readers' comments after it in the same cell (round thirty-six)
            boolean headed = false;
            String text = b.text;
            if (b.text.indexOf('\n') >= 0) {
                Lines own = ownLines(b, titleKey, sited, section, out.isEmpty());
                text = own.text();
                headed = own.headed();
            }
            if (headed && text.isEmpty()) {
                i = boxEnd(d, top, b, lastKept) - 1;
                continue;
            }
            // a board table's question row: its header cell ("ご意見", "留言内容") names the row, no words of the question
            if (rowLabel(b.owner, ROW_QUESTION) && text.startsWith(b.owner.child(0).text().strip() + " ")) {
                text = text.substring(b.owner.child(0).text().strip().length() + 1);
            }
            if (text.isEmpty()) {
                continue;
            }
            // an organisation's name closing the page in a box of its own, set smaller than the text ("みなと漁業協同組合"
            // at 11px, "Рыбколхоз «Восток», 2026" in <font size=1> under text in size 2): the page's footer, not a notice's
            // signer, who signs in the text's own type (round thirty-three)
            if (proseKept && b.length <= CLOSING_LINE && b.linkLength == 0 && !sentenceEnded(b) && text.indexOf('\n') < 0
                    && b.owner != d.blocks.get(lastKept).owner) {
                // the style sheet is read for the text's last line alone, once a page
                List<Block> tail = textAfter(d, ranges, i);
                if (tail != null && tail.isEmpty() && smallerThan(b, d.blocks.get(lastKept))) {
                    continue;
                }
            }
            out.add(text);
            lastKept = i;
            if (headed) {
                i = boxEnd(d, top, b, lastKept) - 1;
                lastHeading = false;
                continue;
            }
            // a paragraph set as a heading, a sentence ending it ("Завершить ремонт планируется к апрелю." in an <h4>, as a
            // page built of <h4>s has every paragraph), heads nothing: it is a line of the text (round thirty-three)
            lastHeading = isHeading(b) && !statedAsHeading(b);
            // a contact line holds a stop in its address, and ends none
            proseKept |= sentenceEnded(b);
        }
        // a subhead at the end whose section gave nothing ("Documents" over a list of attached files): it heads nothing
        if (lastHeading && out.size() > 1) {
            out.remove(out.size() - 1);
        }
        // "Source URL: https://…" under a print version: the page naming its own address, after the article
        String host = top == null ? "" : hostOf(top.ownerDocument() == null ? "" : top.ownerDocument().location());
        while (!out.isEmpty() && !host.isEmpty() && selfAddress(out.get(out.size() - 1), host)) {
            out.remove(out.size() - 1);
        }
        return String.join("\n\n", out);
    }

    /**
     * A notice's date under its signer, closing the text: the date line right after a short line of the text (the office's
     * name, no sentence, no subhead) that follows two kept lines or more, with nothing of the text after it ("某省商务厅"
     * over "2026年12月1日" at the end of a ministry's notice). A dateline over the text is no such line.
     */
    private static boolean signedDate(DomBlocks d, List<int[]> ranges, int i, int lastKept, int kept) {
        if (kept < 3 || lastKept != i - 1) {
            return false;
        }
        Block signer = d.blocks.get(lastKept);
        if (isHeading(signer) || isProse(signer) || hasSentenceEnd(signer.text.strip()) || LineRules.tokens(signer.text) > 8
                || DateFinder.hasDate(signer.text)) {
            return false;
        }
        // what follows is looked at 16 blocks far at most (a page of name and date lines is no notice's end)
        List<Block> tail = textAfter(d, ranges, i);
        return tail != null && tail.isEmpty();
    }

    /**
     * The blocks of the text after block {@code i} (no furniture, no blank ones), or null when more than
     * {@link #SIGNED_TAIL} blocks follow it: a notice's end is looked for that far at most.
     */
    private static List<Block> textAfter(DomBlocks d, List<int[]> ranges, int i) {
        List<Block> tail = new ArrayList<>();
        int looked = 0;
        for (int[] r : ranges) {
            for (int k = Math.max(i + 1, r[0]); k < r[1]; k++) {
                Block b = d.blocks.get(k);
                if (++looked > SIGNED_TAIL) {
                    return null;
                }
                if (!b.negative && !b.text.isBlank()) {
                    tail.add(b);
                }
            }
        }
        return tail;
    }

    /**
     * A notice's place and date over its signer, closing the text ("Lindenau, den 4. Dezember 2026" over "Gemeinde
     * Lindenau" under a council's notice): a date line of 60 characters at most, then one short line of a name (no
     * sentence, no date, eight words at most), then nothing of the text (round thirty-three). The date set under the
     * signer is {@link #signedDate}'s.
     */
    private static boolean dateOverSigner(DomBlocks d, List<int[]> ranges, int i) {
        if (d.blocks.get(i).length > 60 || d.blocks.get(i).text.indexOf('\n') >= 0) {
            return false;
        }
        List<Block> tail = textAfter(d, ranges, i);
        if (tail == null || tail.size() != 1) {
            return false;
        }
        Block b = tail.get(0);
        return !isHeading(b) && !isProse(b) && !hasSentenceEnd(b.text.strip()) && LineRules.tokens(b.text) <= 8
                && b.text.indexOf('\n') < 0 && !DateFinder.hasDate(b.text) && b.linkLength == 0;
    }

    /** A heading that is a sentence of four words or more (eight Han or kana), closed by a full stop: a paragraph. */
    private static boolean statedAsHeading(Block b) {
        String t = b.text.strip();
        return !t.isEmpty() && (t.endsWith(".") && !t.endsWith("..") || t.endsWith("。"))
                && (LineRules.tokens(t) >= 4 || DomBlocks.ideographs(t) >= 8);
    }

    /** A closing line of an organisation's name is this long at most. */
    private static final int CLOSING_LINE = 60;

    /**
     * Whether the page sets {@code b} in a smaller type than {@code text}, by what each declares nearest to its words in
     * the markup (the style sheet is not read for it: a pass over a page's sheet costs more than the page's other work).
     */
    private static boolean smallerThan(Block b, Block text) {
        double own = typeSize(b);
        return own > 0 && own + 0.5 < typeSize(text);
    }

    /**
     * The type size, in pixels, that the page declares for a block's words: the nearest {@code <font size>}, inline
     * {@code font-size} in px or pt or {@code <small>}, from the element wrapping all the block's words up to the body; a
     * browser's 16px when nothing says.
     */
    private static double typeSize(Block b) {
        Element e = b.owner;
        for (int depth = 0; depth < SET_DEPTH && e.childrenSize() == 1 && e.child(0).text().strip().equals(e.text().strip()); depth++) {
            e = e.child(0);
        }
        for (int up = 0; e != null && up < TYPE_LEVELS; e = e.parent(), up++) {
            String tag = e.normalName();
            if (tag.equals("body")) {
                break;
            }
            if (tag.equals("font") && e.hasAttr("size")) {
                java.util.regex.Matcher m = FONT_SIZE_ATTR.matcher(e.attr("size").strip());
                if (m.matches()) {
                    int n = Math.max(1, Math.min(7, Integer.parseInt(m.group(1))));
                    return FONT_PX[n];
                }
            }
            java.util.regex.Matcher m = FONT_SIZE.matcher(e.attr("style"));
            if (m.find()) {
                double v = Double.parseDouble(m.group(1));
                return m.group(2).equalsIgnoreCase("pt") ? v * 4 / 3 : v;
            }
            if (tag.equals("small")) {
                return 13;
            }
        }
        return 16;
    }

    /** {@code <font size=1>} to {@code 7} in pixels, as browsers set them. */
    private static final double[] FONT_PX = {0, 10, 13, 16, 18, 24, 32, 48};
    private static final java.util.regex.Pattern FONT_SIZE_ATTR = java.util.regex.Pattern.compile("([1-7])");
    /** How many levels up a block's type size is looked for. */
    private static final int TYPE_LEVELS = 12;

    /**
     * A contact label alone on its line: "【問合せ先】", "お問い合わせ先", "담당 부서", "문의처", "Media contacts:", "Pressekontakt",
     * "Контакты для СМИ:", "联系人：" (round thirty-one).
     */
    private static final java.util.regex.Pattern CONTACT_LABEL = java.util.regex.Pattern.compile("(?iu)[【\\[(（<〈■□◆○●]?\\s*(?:"
            + "お?問(?:い)?合(?:わ)?せ(?:先|窓口)?|連絡先|担当課?|담당\\s*부서|담당자|문의\\s*처?|연락처|"
            + "(?:media |press )?contacts?(?: information)?|for (?:more|further) information(?:,? (?:please )?contact)?|"
            + "(?:presse)?kontakte?|ansprechpartner(?:in)?|контакты(?: для сми)?|контакти(?: для змі)?|контактна особа|"
            + "联系人|联系方式|联系电话|咨询电话)\\s*[】\\])）>〉]?\\s*[:：]?");
    private static final int CONTACT_CHARS = 32;

    /**
     * Whether only an office's short lines follow block {@code i} to the text's end, if any: no sentence of prose but one
     * or two asking the reader to get in touch, 16 blocks at most (a contact table's cells, a name, a telephone line).
     */
    private static boolean contactTail(DomBlocks d, List<int[]> ranges, int i) {
        List<Block> tail = textAfter(d, ranges, i);
        if (tail == null) {
            return false;
        }
        int asked = 0;
        int lines = 0;
        for (Block b : tail) {
            if (!sentenceEnded(b)) {
                lines++;
            } else if (b.size > CONTACT_SENTENCE_CHARS || !CONTACT_SENTENCE.matcher(b.text).find() || ++asked > 2) {
                return false;
            }
        }
        // a sentence asking the reader to call or write ("Please call the press office for interviews.") belongs to the
        // contact's lines, beside a name or a number at least (round thirty-two)
        return asked == 0 || lines > 0;
    }

    /**
     * A sentence of a contact block: it asks the reader to call, write or get in touch ("For interviews, please call the
     * press office", "Für Rückfragen wenden Sie sich bitte an …", "просим обращаться в пресс-службу", "お問い合わせください"),
     * or gives a number or an address to do so.
     */
    private static final java.util.regex.Pattern CONTACT_SENTENCE = java.util.regex.Pattern.compile("(?iu)\\b(?:call|phone|telephone|"
            + "e-?mail|contact|get in touch|enquir|inquir|write to|anruf|rufen sie|telefon|wenden sie sich|rückfragen|kontakt|"
            + "звон|телефон|обращ|пишите|свяж|связат|звертай|телефону|пишіть|зв'яж|зв’яж)"
            + "|問い?合わ?せ|ご連絡|お電話|電話で|문의|연락|전화|联系|致电|咨询|来电"
            + "|@[\\w-]+\\.\\w|\\+?\\d[\\d ()-]{6,}\\d");
    /** A contact block's sentence is a line or two long. */
    private static final int CONTACT_SENTENCE_CHARS = 200;

    /** Prose that ends a sentence, or is long: no contact line ("тел. +7 000…", "press@example.org"). */
    private static boolean sentenceEnded(Block b) {
        String t = b.text.strip();
        return b.size >= 100 || isProse(b) && !t.isEmpty() && ".!?。！？…\"”»“".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** How many blocks after a signed date are looked at for more of the text. */
    private static final int SIGNED_TAIL = 16;

    /** A kicker is a few words: "Member-only story", "Exclusive", "Анализ". */
    private static final int KICKER_TOKENS = 4;

    /**
     * A short label right above the page's headline in the box holding the text: the story's kicker or its access mark
     * ("Member-only story" over a Medium post's {@code h1}), a line of the page's header, not of the text.
     */
    private static boolean kicker(DomBlocks d, Block b, int i) {
        if (d.headline < 0 || i >= d.headline || d.headline - i > 2 || isProse(b) || isHeading(b)
                || LineRules.tokens(b.text) > KICKER_TOKENS || DomBlocks.ideographs(b.text) > KICKER_TOKENS * 2
                || hasSentenceEnd(b.text.strip())) {
            return false;
        }
        for (int k = i + 1; k < d.headline; k++) {
            if (isProse(d.blocks.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A lead picture's caption is a sentence or two: this many words at most (Han, kana and Hangul by three). */
    private static final int LEAD_CAPTION_TOKENS = 40;

    /**
     * The lead picture's caption written as a paragraph of its own right under the paragraph holding the picture, both
     * above the page's headline in the box holding the text ("12月2日，一列中欧班列从绥芬河站出发。（记者 张强 摄）" between
     * {@code <p><img></p>} and the {@code h1}): the story opens under its headline, and what stands over it with the
     * picture is the picture's (round twenty-six). Only above the headline, with no prose between: below it a plain
     * paragraph under a picture is the text's as before.
     */
    private static boolean leadPictureLine(DomBlocks d, Block b, int i) {
        if (d.headline < 0 || i >= d.headline || d.headline - i > 2 || isHeading(b)
                || LineRules.tokens(b.text) + DomBlocks.ideographs(b.text) / 3 > LEAD_CAPTION_TOKENS) {
            return false;
        }
        for (int k = i + 1; k < d.headline; k++) {
            if (isProse(d.blocks.get(k))) {
                return false;
            }
        }
        Element picture = b.owner.previousElementSibling();
        return picture != null && picture.selectFirst("img, picture, amp-img") != null && picture.text().isBlank()
                && (i == 0 || d.blocks.get(i - 1).owner != b.owner);
    }

    /** A box of links under a label holds this many blocks at most: a "more news" box, not a section of the text. */
    private static final int LINK_BOX = 16;

    /**
     * A short line opening a box whose every other block is a list of links: their label, which goes with them ("Вас
     * також можуть зацікавити новини:" over two links in one div, in whatever words a site heads them). A subhead is a
     * box of its own and heads the text's sections.
     */
    private static boolean linkBoxLabel(DomBlocks d, Block b, int i) {
        if (b.linkLength > 0 || isProse(b) || isHeading(b)) {
            return false;
        }
        Span s = d.span(b.owner);
        if (s == null || s.start != i || s.end - s.start < 2 || s.end - s.start > LINK_BOX) {
            return false;
        }
        for (int k = s.start + 1; k < s.end; k++) {
            if (d.blocks.get(k).linkDensity() <= 0.5) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern LABELLED_URL = java.util.regex.Pattern.compile("[^:/]{1,40}:\\s*https?://([^/\\s:]+)\\S*");

    /** A label and a bare address on the page's own site, and nothing else: "Source URL: https://…", "Источник: https://…". */
    private static boolean selfAddress(String line, String host) {
        java.util.regex.Matcher m = LABELLED_URL.matcher(line);
        if (line.length() > 300 || !m.matches()) {
            return false;
        }
        String h = hostOf("//" + m.group(1));
        return !h.isEmpty() && (h.equals(host) || h.endsWith("." + host) || host.endsWith("." + h));
    }

    /**
     * The host of an address, lower case and without {@code www.}, or "" when it has none that {@code java.net.URI}
     * reads as a server (a malformed address, a relative one): {@code URI} skips the user part
     * ({@code https://user@host/}) and the port, which a scan up to the first separator read as part of the host.
     */
    static String hostOf(String url) {
        String h;
        try {
            h = new java.net.URI(url).getHost();
        } catch (java.net.URISyntaxException e) {
            return "";
        }
        if (h == null) {
            return "";
        }
        h = h.toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /**
     * A short line in a small box that holds an image and nothing else: a caption or a photo credit written without
     * {@code figcaption} ({@code <div class="photo"><img><div class="desc">…</div></div>}). Headings, list items and
     * table rows are the article's own however short.
     */
    /**
     * A block of {@code <br>} lines (a Korean portal's story, a forum post) without the lines the line rules call
     * furniture: the reporter's address, the copyright line, a "Read more:" promo at its end; dates and headers stay. A {@code <pre>} keeps
     * every line: it is a text of its own (a mail archive).
     */
    /**
     * The line that signs a quotation: a dash after the quoted text inside its {@code blockquote}, naming who said it,
     * often with a link to where and when ("— Name (@handle) <a>October 14, 2026</a>": an embedded post of a social
     * network). It is the quotation's own line, however much of it is a link.
     */
    private static boolean attribution(Block b) {
        if (!b.tag().equals("blockquote") || b.text.length() < 3) {
            return false;
        }
        char c = b.text.charAt(0);
        return (c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '-') && Character.isWhitespace(b.text.charAt(1));
    }

    /**
     * The headline again: the declared title, or the whole of its part before or after the site's name when the title
     * has a site-name separator ("Parish News - Spring Fair Raises Record Sum": the page's {@code <title>}).
     */
    /** Whether the page's {@code <title>} names {@code norm} before its site while the page's headline is another. */
    private static boolean sectionNamed(String norm, Element top, String titleKey) {
        if (top == null || top.ownerDocument() == null || titleKey.isEmpty() || norm.equals(titleKey)) {
            return false;
        }
        String page = top.ownerDocument().title();
        java.util.regex.Matcher m = SITE_SEPARATOR.matcher(page);
        return m.find() && LineRules.normalise(page.substring(0, m.start())).equals(norm);
    }

    private static boolean isHeadline(String norm, String titleKey, boolean sited) {
        if (norm.equals(titleKey)) {
            return true;
        }
        int n = norm.length();
        int t = titleKey.length();
        // the title adds a note in brackets after the headline: "… (print version)", "… [photos]"
        if (n >= 15 && t > n + 2 && titleKey.startsWith(norm) && titleKey.charAt(n) == ' '
                && "([（【".indexOf(titleKey.charAt(n + 1)) >= 0) {
            return true;
        }
        return sited && n >= 15 && t > n + 2 && (titleKey.startsWith(norm) && titleKey.charAt(n) == ' '
                || titleKey.endsWith(norm) && titleKey.charAt(t - n - 1) == ' ');
    }

    /** A span of dates or times: "5 April ~ 30 June", "10:00–18:00", "2025.4.5 - 6.30", "3月1日〜5日". */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("[~～〜–—]|\\s-\\s");

    private static final java.util.regex.Pattern SITE_SEPARATOR = java.util.regex.Pattern.compile("\\s[-|–—·»:]{1,2}\\s");
    /**
     * A series' name before a colon ("Policy Brief 14: Community Energy"): a title's parts on a page that sets its
     * headline in no heading (a document converted line by line); beside an {@code h1} such a tail is the text's own.
     */
    private static final java.util.regex.Pattern SERIES_COLON = java.util.regex.Pattern.compile("\\S:\\s");

    /** A block's own lines, and whether a section header on a line of its own ended them (what follows is its box's). */
    private record Lines(String text, boolean headed) {
    }

    private Lines ownLines(Block b, String titleKey, boolean sited, boolean section, boolean first) {
        for (Element e = b.owner; e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) {
                // a typed notice's letterhead and headline over its text, the headline the page's: no lines of the text
                String[] typed = first ? preHead(b) : null;
                return new Lines(typed != null && LineRules.normalise(typed[1]).equals(titleKey) ? typed[2] : b.text, false);
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean paragraphBreak = false;
        String[] lines = b.text.split("\n");
        for (int li = 0; li < lines.length; li++) {
            String line = lines[li];
            String t = line.strip();
            if (t.isEmpty()) {
                // <br><br>: the page's paragraph break, kept as one
                paragraphBreak = sb.length() > 0;
                continue;
            }
            if (signatureRule(t)) {
                // a forum's signature rule ("__________", a mail's "--"): what follows is the poster's signature
                break;
            }
            if (LineRules.tokens(t) <= 25) {
                LineRules.Kind kind = rules.kind(t);
                // "【関連記事】" after the story's lines: the rest of the block is the links it heads; a header of comments
                // heads the rest of its box too, and so it does opening a block once the text has begun
                if (kind == LineRules.Kind.HEADER) {
                    boolean comments = LineRules.namesComments(t);
                    if (sb.length() > 0 || !first && comments) {
                        return new Lines(sb.toString(), comments);
                    }
                }
                // "Responses", "2 Antworten", "回复 (2)" over lines signed by a name and a date: readers' comments too
                if (kind != LineRules.Kind.HEADER && (sb.length() > 0 || !first) && LineRules.answersHeader(t)
                        && signedAfter(lines, li + 1)) {
                    return new Lines(sb.toString(), true);
                }
                // dates and subheads among the lines are the text's own (an exhibition's run, a programme); a lone date
                // before the first line of text is the story's dateline ("24/02/2025", "2025年3月12日 10:30"), but a
                // run ("2018.04.05 ~ OPEN RUN") opening an exhibition's lines is its text
                if (kind == LineRules.Kind.FURNITURE && !continues(sb, t) || isHeadline(LineRules.normalise(t), titleKey, sited)
                        || kind == LineRules.Kind.TIMESTAMP && sb.length() == 0 && !section && !RANGE.matcher(t).find()
                        || sb.length() == 0 && WIRE_DATELINE.matcher(t).matches()) {
                    continue;
                }
            }
            if (sb.length() > 0) {
                sb.append(paragraphBreak ? "\n\n" : "\n");
            }
            paragraphBreak = false;
            sb.append(line);
        }
        return new Lines(sb.toString(), false);
    }

    /** How many lines after a header are looked at for a post's signature. */
    private static final int SIGNED_LOOK = 12;

    /**
     * A short line after {@code from} signs a post: a name beside a date ("Maureen, 3 December", "网友 阿梅
     * 2026-12-04 20:15"), eight words at most and no sentence; a dated line of prose is the text's own, and so is a
     * line the rules read as furniture ("Updated 1 December 2026", "Posted …": a subhead's text may hold one).
     */
    private boolean signedAfter(String[] lines, int from) {
        for (int i = from; i < lines.length && i < from + SIGNED_LOOK; i++) {
            String t = lines[i].strip();
            if (!t.isEmpty() && t.length() <= 60 && LineRules.tokens(t) <= 8 && !hasSentenceEnd(t) && STAMP.matcher(t).find()
                    && DIGIT.matcher(t).replaceAll("").chars().anyMatch(Character::isLetter)
                    && rules.kind(t) != LineRules.Kind.FURNITURE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line goes on with a sentence the text before it left open and opens in lower case: the last line ended with a
     * comma or a semicolon, or ended with no stop at all while this one ends with a comma or a semicolon, open on both
     * sides (a verse "by the sound the water made," under "we followed you for seven nights"). It is that sentence's
     * words, whatever a line rule reads in them alone (a byline, "by …"); a byline under a line of text ("by admin")
     * closes nothing.
     */
    private static boolean continues(CharSequence before, String line) {
        int n = before.length();
        while (n > 0 && Character.isWhitespace(before.charAt(n - 1))) {
            n--;
        }
        if (n == 0 || line.isEmpty()) {
            return false;
        }
        char last = before.charAt(n - 1);
        char end = line.charAt(line.length() - 1);
        return Character.isLowerCase(line.codePointAt(0))
                && (last == ',' || last == ';' || Character.isLetter(last) && (end == ',' || end == ';'));
    }

    private static boolean signatureRule(String t) {
        if (t.equals("--")) {
            return true;
        }
        if (t.length() < 5) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean caption(DomBlocks d, Block b) {
        if (isProse(b) || isHeading(b) || PARAGRAPHS.contains(b.tag()) && !b.tag().equals("p")) {
            return false;
        }
        Span s = d.span(b.owner);
        for (int k = 0; s != null && k < 3 && s.end - s.start <= 2; k++, s = s.parent) {
            // a box with a subhead of its own is a section: a list article's item (its name, a photo, one line on it)
            if (isHeading(d.blocks.get(s.start)) || isHeading(d.blocks.get(s.end - 1))) {
                return false;
            }
            if (s.image) {
                return true;
            }
        }
        return false;
    }

    /** The element holding all the ranges: the container, or the parent of the joined siblings. */
    private static Element topOf(DomBlocks d, List<int[]> ranges) {
        int start = ranges.get(0)[0];
        int end = ranges.get(ranges.size() - 1)[1];
        for (Span s = d.span(d.blocks.get(start).owner); s != null; s = s.parent) {
            if (s.start <= start && s.end >= end) {
                return s.element;
            }
        }
        return null;
    }

    /**
     * End of the box a section header heads: its largest enclosing element inside the container that holds none of
     * the text kept so far. When the header sits directly in the container, only the header itself.
     */
    private static int boxEnd(DomBlocks d, Element container, Block header, int lastKept) {
        Span box = d.span(header.owner);
        for (Element e = header.owner.parent(); e != null && e != container; e = e.parent()) {
            Span s = d.span(e);
            if (s == null || s.start <= lastKept) {
                break;
            }
            box = s;
        }
        int end = box == null ? d.blocks.indexOf(header) + 1 : Math.max(box.end, d.blocks.indexOf(header) + 1);
        if (box != null && box.element == header.owner) {
            // a header written straight into the article's column ("Te puede interesar", then teaser boxes): the boxes
            // after it that lead somewhere else are what it heads, up to the next paragraph, heading or list; so is a run
            // of boxes built alike, linked or not ("6 comments" over Bootstrap's media boxes, each a name and a comment)
            Element first = header.owner.nextElementSibling();
            boolean run = first != null && builtAlike(first, first.nextElementSibling());
            for (Element sib = first; sib != null && (teaserBox(sib) || run && builtAlike(first, sib)); sib = sib.nextElementSibling()) {
                Span s = d.span(sib);
                if (s == null || s.mainText || s.holdsArticle) {
                    break;
                }
                end = Math.max(end, s.end);
            }
        }
        return end;
    }

    private static final Set<String> TEXT_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote",
            "pre", "figure", "br", "hr");

    /** A box (not a paragraph, heading or list) holding a link: a teaser card. */
    /** Two boxes of one template: same tag and the same class names, named, and no paragraph or list. */
    private static boolean builtAlike(Element a, Element b) {
        PageBudget.check();
        return b != null && !TEXT_TAGS.contains(a.normalName()) && !a.className().isBlank()
                && a.normalName().equals(b.normalName()) && sameClasses(a.className(), b.className());
    }

    /**
     * Two class lists naming one template: the same, or the same but for BEM modifiers, which mark one box of a run
     * rather than another kind of box ({@code live-post live-post--important} among a live blog's {@code live-post}
     * entries: session 51, blind-pages-s50's s50p-28, whose entries without a heading were dropped).
     */
    private static boolean sameClasses(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.indexOf("--") < 0 && b.indexOf("--") < 0) {
            return false;
        }
        String base = withoutModifiers(a);
        return !base.isEmpty() && base.equals(withoutModifiers(b));
    }

    /** A class list without its BEM modifiers ({@code block--modifier}, {@code block__element--modifier}). */
    private static String withoutModifiers(String cls) {
        StringBuilder out = new StringBuilder();
        for (String name : cls.strip().split("\\s+")) {
            if (!name.contains("--")) {
                out.append(out.isEmpty() ? "" : " ").append(name);
            }
        }
        return out.toString();
    }

    private static boolean teaserBox(Element e) {
        PageBudget.check();
        return !TEXT_TAGS.contains(e.normalName()) && e.selectFirst("a[href]") != null;
    }
}
