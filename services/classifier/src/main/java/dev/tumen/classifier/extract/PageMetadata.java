package dev.tumen.classifier.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.classifier.budget.PageBudget;
import dev.tumen.model.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What a page says about itself, read before any text is judged: JSON-LD ({@code NewsArticle} and kin, also inside
 * {@code @graph}), OpenGraph and {@code article:} meta tags, {@code <time datetime>}, {@code rel=canonical}. Sites fill
 * these for search engines and link previews, so they are more reliable than anything guessed from the layout.
 *
 * @param title     the headline, or an empty string
 * @param published publication time, or {@code null}
 * @param canonical the canonical URL, or {@code null}
 * @param lang      the {@code <html lang>} value, lower case, or {@code null}
 * @param ldBody    JSON-LD {@code articleBody}, or an empty string; often a teaser, so only a hint
 * @param paywalled the JSON-LD says the article is not free to read ({@code isAccessibleForFree: false}, also on a
 *                  {@code hasPart}): the markup then often shows only its opening
 * @param description the page's own summary for link previews ({@code og:description}, {@code description}, the JSON-LD
 *                  {@code description}), or an empty string: the last resort for a page whose markup holds no text
 * @param qaPage    the JSON-LD declares a {@code QAPage}: a question and its answers, not a forum thread
 * @param product   the page declares a product (JSON-LD {@code Product}, {@code og:type} product): a shop's page
 * @param titleFrom where the title was read: declared for link previews, a heading the page shows, or only the
 *                  {@code <title>} (or nowhere), which names the site as often as the story
 */
record PageMetadata(String title, Instant published, String canonical, String lang, String ldBody, boolean paywalled,
                    String description, boolean qaPage, boolean product, TitleFrom titleFrom) {

    /** Where a page's title was read. */
    enum TitleFrom {
        /** JSON-LD or OpenGraph. */
        DECLARED,
        /** An {@code h1} or {@code h2} of the page. */
        HEADING,
        /** The {@code <title>}, or nothing. */
        DOCUMENT,
        /** A section's or the site's name: a heading of one word that a menu item says too, or a title naming the site. */
        SECTION
    }

    /** The same page with another headline, read from where {@code from} says. */
    PageMetadata withTitle(String headline, TitleFrom from) {
        return new PageMetadata(headline, published, canonical, lang, ldBody, paywalled, description, qaPage, product, from);
    }

    /** A title's separator: a dash, bar, dot or guillemet, or the double colon Korean blogs set ("동해포커스 :: …"). */
    private static final java.util.regex.Pattern SITE_SEPARATOR = java.util.regex.Pattern.compile("\\s(?:[-|–—·»]{1,2}|::)\\s");
    /** The parts of a title: the separators above, and the bars CJK titles set without spaces ("お知らせ｜研究会"). */
    static final java.util.regex.Pattern TITLE_PARTS = java.util.regex.Pattern.compile("\\s(?:[-|–—·»]{1,2}|::)\\s|\\s*[|｜]\\s*");

    /** Runs of what is neither letter nor digit, and of white space: compiled once, not at every heading compared. */
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Whether {@code e} is a heading, h1 to h6. */
    private static boolean heading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }
    /** What a footer's line puts around the site's name: "© 2026 Town News.", "(c) Town News". */
    private static final java.util.regex.Pattern SITE_LINE_MARKS = java.util.regex.Pattern.compile(
            "(?i)^(?:©|\\(c\\)|copyright)?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*|[\\s.,]*(?:\\d{4})?[\\s.]*$");

    /**
     * A page's {@code <title>} without the site's name, for a page that names its headline nowhere else (no
     * {@code h1}, no declared title: an app shell, a page of divs): the part on the far side of a separator ("Headline –
     * Town News") that the page shows elsewhere as an element's whole own text (the home link, "© Town News" in the
     * footer) or declares as {@code og:site_name}, and that is the shorter side. A colon is a headline's own.
     */
    static String withoutSiteName(Document doc, String title) {
        int[] seps = separators(SITE_SEPARATOR, title);
        int first = seps[0];
        int firstEnd = seps[1];
        int last = seps[2];
        int lastEnd = seps[3];
        boolean underscored = UNDERSCORE_PARTS.matcher(title).matches();
        if (first < 0 && !underscored || doc.body() == null) {
            return title;
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        String declared = meta(doc, "og:site_name");
        if (!declared.isEmpty()) {
            names.add(declared.toLowerCase(Locale.ROOT));
        }
        for (Element e : doc.body().getAllElements()) {
            String own = e.ownText().strip();
            if (!own.isEmpty() && own.length() <= 80) {
                names.add(SITE_LINE_MARKS.matcher(own).replaceAll("").strip().toLowerCase(Locale.ROOT));
            }
        }
        // a Chinese CMS titles a page "Headline_Section_Site" without spaces: the headline is the first part when the page
        // shows it (a <div class="title"> over the text, no h1) and names the site or the section in the last part too
        if (underscored) {
            String[] parts = title.split("_");
            String headline = parts[0].strip();
            if (names.contains(headline.toLowerCase(Locale.ROOT)) && names.contains(parts[parts.length - 1].strip().toLowerCase(Locale.ROOT))) {
                return headline;
            }
            if (first < 0) {
                return title;
            }
        }
        // the site's name is the shorter side; when both sides are shown (the headline above the text, the section's
        // name in the menu) which one names the site is not known, and the title stays whole
        String tail = title.substring(lastEnd).strip();
        String beforeTail = title.substring(0, last).strip();
        String head = title.substring(0, first).strip();
        String afterHead = title.substring(firstEnd).strip();
        boolean tailSite = !tail.isEmpty() && tail.length() < beforeTail.length() && names.contains(tail.toLowerCase(Locale.ROOT));
        boolean headSite = !head.isEmpty() && head.length() < afterHead.length() && names.contains(head.toLowerCase(Locale.ROOT));
        // the side og:site_name declares is the site's, whatever else the page shows
        boolean declaredTail = tailSite && tail.equalsIgnoreCase(declared);
        if (tailSite && (declaredTail || !names.contains(beforeTail.toLowerCase(Locale.ROOT)))) {
            return withoutDate(beforeTail);
        }
        if (headSite && !names.contains(afterHead.toLowerCase(Locale.ROOT))) {
            return afterHead;
        }
        // both shown, the one side a link's whole text (the board's or the section's menu item, "여행 갤러리") and the other
        // plain text over the story: the link names the place, the text the story
        if (tailSite && linkText(doc, tail) && !linkText(doc, beforeTail)) {
            return withoutDate(beforeTail);
        }
        return shownPart(title, names);
    }

    /** Where a title's first and last separators start and end: {first, firstEnd, last, lastEnd}, -1 each for none. */
    private static int[] separators(java.util.regex.Pattern separator, String title) {
        java.util.regex.Matcher m = separator.matcher(title);
        int[] at = {-1, -1, -1, -1};
        while (m.find()) {
            if (at[0] < 0) {
                at[0] = m.start();
                at[1] = m.end();
            }
            at[2] = m.start();
            at[3] = m.end();
        }
        return at;
    }

    /** A post's number: "пост #2291", "post #88", "#4812", "запись №17". */
    private static final java.util.regex.Pattern POST_NUMBER = java.util.regex.Pattern.compile(
            "(?iu)(?:(?:пост|post|запись|допис|сообщение|message|게시물|投稿|帖子)\\s*)?[#№]\\s*\\d+");

    /**
     * A title with a post's number as one of its parts, as a channel mirror titles a post ("Хасан онлайн — пост #2291"):
     * the other parts, the channel's name, or {@code null} when no part is a number. Such a title names no story; the
     * post's own first line does.
     */
    static String withoutPostNumber(String title) {
        String[] parts = TITLE_PARTS.split(title);
        if (parts.length < 2) {
            return null;
        }
        List<String> rest = new ArrayList<>();
        boolean numbered = false;
        for (String part : parts) {
            if (POST_NUMBER.matcher(part.strip()).matches()) {
                numbered = true;
            } else {
                rest.add(part.strip());
            }
        }
        return numbered ? String.join(" ", rest) : null;
    }

    /** Whether a link of the page says the text whole (a menu's item, the logo's link), case aside. */
    private static boolean linkText(Document doc, String text) {
        int n = 0;
        for (Element a : doc.getElementsByTag("a")) {
            PageBudget.check();
            if (a.hasAttr("href") && a.text().strip().equalsIgnoreCase(text)) {
                return true;
            }
            if (++n >= LINKS_LOOKED_AT) {
                break;
            }
        }
        return false;
    }

    /** How many of a page's links are looked at for a title's part. */
    private static final int LINKS_LOOKED_AT = 400;

    /** A headline part is this long at least: "Site | Section | Headline" has short names beside it. */
    private static final int SHOWN_PART = 10;

    /**
     * The one part of a title of three parts or more ("조선중앙통신 | 기사 | Headline", a state agency's "Site | Section |
     * Headline") that the page shows as an element's whole own text (the headline in a {@code <div>} over the text)
     * when it is the longest part; none shown, or two, and the title stays whole.
     */
    private static String shownPart(String title, java.util.Set<String> names) {
        String[] parts = SITE_SEPARATOR.split(title);
        if (parts.length < 3) {
            return title;
        }
        String shown = null;
        int longest = 0;
        for (String part : parts) {
            String p = part.strip();
            longest = Math.max(longest, p.length());
            if (names.contains(p.toLowerCase(Locale.ROOT))) {
                if (shown != null) {
                    return title;
                }
                shown = p;
            }
        }
        return shown != null && shown.length() == longest && shown.length() >= SHOWN_PART ? shown : title;
    }

    /** A title of parts joined by underscores: "标题_栏目_网站", the first part six characters or more. */
    private static final java.util.regex.Pattern UNDERSCORE_PARTS = java.util.regex.Pattern.compile("[^_]{6,}(?:_[^_\\s][^_]*){1,3}");

    /** A date is this short: "14 Ноября 2026", "2026-11-14"; a longer last part says more than when. */
    private static final int DATE_PART = 30;

    /**
     * The title without a date set as its last part, as site builders title an entry ("Headline - 14 Ноября 2026 -
     * Site", uCoz): the date is the entry's, not its headline.
     */
    private static String withoutDate(String title) {
        java.util.regex.Matcher m = SITE_SEPARATOR.matcher(title);
        int last = -1;
        int lastEnd = -1;
        while (m.find()) {
            last = m.start();
            lastEnd = m.end();
        }
        if (last <= 0) {
            return title;
        }
        String part = title.substring(lastEnd).strip();
        return part.length() <= DATE_PART && DateFinder.hasDate(part) ? title.substring(0, last).strip() : title;
    }

    static PageMetadata read(Document doc) {
        bodyTitle(doc);
        String title = "";
        Instant published = null;
        String ldBody = "";
        boolean paywalled = false;
        String description = "";
        String otherDescription = "";
        boolean qaPage = false;
        boolean product = false;
        String howTo = "";
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            JsonNode json = readJson(ld.data());
            if (howTo.isEmpty()) {
                howTo = stepsText(json, 0);
            }
            qaPage |= typed(json, "QAPage", 0);
            product |= typed(json, "Product", 0);
            JsonNode article = findArticle(json, 0);
            if (article == null && otherDescription.isEmpty()) {
                // a video or a web page describing itself: still the page's own summary
                otherDescription = described(json, 0);
            }
            if (article != null) {
                title = text(article.get("headline"));
                published = instant(text(article.get("datePublished")));
                ldBody = text(article.get("articleBody"));
                paywalled = notFree(article) || notFree(article.get("hasPart"));
                showPaidParts(doc, article.get("hasPart"));
                description = text(article.get("description"));
                break;
            }
        }
        Masthead masthead = new Masthead(doc);
        Headings headings = new Headings(doc);
        String account = "";
        String preview = meta(doc, "og:title");
        if (!title.isEmpty() && !preview.isEmpty() && !preview.equals(title)) {
            // a JSON-LD headline the link preview does not say either: a story's first version, rewritten since in
            // its printed h1 (which the <title> names) but not in its schema (round twenty-six)
            title = printed(doc, headings, masthead, title);
        }
        if (title.isEmpty()) {
            title = meta(doc, "og:title");
            // a page declaring its headline for one preview only: Twitter's card says it where OpenGraph says nothing
            title = title.isEmpty() ? meta(doc, "twitter:title") : title;
            // a channel mirror's "Channel — пост #2291" names the channel and the post's number, no story
            title = withoutPostNumber(title) != null ? "" : title;
            account = masthead.account(title) ? title : "";
            // a theme that fills og:title with the site's name on every page declares no headline
            if (title.equalsIgnoreCase(meta(doc, "og:site_name")) || masthead.site(title) || !account.isEmpty()) {
                title = "";
            } else if (!title.isEmpty()) {
                title = printed(doc, headings, masthead, title);
            }
        }
        TitleFrom from = TitleFrom.DECLARED;
        if (!title.isEmpty()) {
            title = withoutSite(headings, untruncated(headings, title));
            title = withoutDeclaredSite(title, masthead);
        }
        if (title.isEmpty()) {
            Element h1 = headlineH1(doc, headings, masthead);
            String trail = h1 == null ? null : trailLast(h1);
            title = trail != null && !trail.isEmpty() ? trail : h1 != null ? withoutLabel(doc, h1, headings.text(h1)) : "";
            // a list archive's heading states the message's subject with its label ("Тема: Закрытие навигации")
            String stated = MessageHeaders.subjectOf(title);
            title = stated != null ? stated : title;
            // the heading saying the <title>'s part beside the site's h1 is the page's own, even of one word a menu says
            from = masthead.section(title) && !masthead.isOwnHeading(h1) ? TitleFrom.SECTION : TitleFrom.HEADING;
            // an h1 of a logo picture says nothing: the <title> does, for the site or for the story
            if (title.isEmpty()) {
                // the site's name as the page shows it, or as its logo, its copyright line or its last line name it
                title = withoutDeclaredSite(withoutSiteName(doc, doc.title().strip()), masthead);
                // the account's name, not "Account – Telegram", when the page names nothing better
                title = !account.isEmpty() && title.contains(account) ? account : title;
                String channel = withoutPostNumber(title);
                from = channel != null || masthead.site(title) || masthead.linksOnly(title) ? TitleFrom.SECTION : TitleFrom.DOCUMENT;
                title = channel != null ? channel : title;
            }
        }
        if (published == null) {
            published = instant(meta(doc, "article:published_time"));
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            published = time == null ? null : instant(time.attr("datetime"));
        }
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        if (canonical.isBlank()) {
            canonical = meta(doc, "og:url");
        }
        String summary = meta(doc, "og:description");
        if (summary.isEmpty()) {
            summary = meta(doc, "description");
        }
        if (!summary.isEmpty()) {
            description = summary;
        }
        if (description.isEmpty()) {
            description = otherDescription;
        }
        // a script-rendered recipe, how-to or FAQ declares its text as data: the whole of it says more than its summary
        if (howTo.length() > description.length()) {
            description = howTo;
        }
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        return new PageMetadata(title, published, canonical.isBlank() ? null : canonical,
                lang.isEmpty() ? null : lang.toLowerCase(Locale.ROOT), ldBody, paywalled, description, qaPage,
                product || meta(doc, "og:type").toLowerCase(Locale.ROOT).contains("product"), from);
    }

    /**
     * The page's {@code <title>} read where a browser reads it when the head holds none: the first {@code <title>} of the
     * document outside an SVG picture. A stray element in the head (an ad slot's {@code <div>}, a tracking pixel's
     * {@code <img>}) ends the head for the parser, and the title written after it lands in the body; jsoup's
     * {@link Document#title()} reads the head only and found none on 6 of the benchmark's 181 pages, which their
     * declared headline hid until a page declared none (session 47's --mutate title-masthead and title-date). Set
     * into the head, so every later reading of the title sees it.
     */
    private static void bodyTitle(Document doc) {
        if (!doc.title().isEmpty() || doc.body() == null) {
            return;
        }
        for (Element t : doc.body().getElementsByTag("title")) {
            if (t.closest("svg") == null) {
                String text = t.text().strip();
                if (!text.isEmpty() && doc.head() != null) {
                    doc.title(text);
                }
                return;
            }
        }
    }

    /** A JSON-LD node of the type (also in a list or {@code @graph}, or among a node's types). */
    private static boolean typed(JsonNode node, String type, int depth) {
        if (node == null || depth > 4) {
            return false;
        }
        if (node.isArray() || node.has("@graph")) {
            for (JsonNode n : node.isArray() ? node : node.get("@graph")) {
                if (typed(n, type, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        JsonNode t = node.get("@type");
        if (t != null && t.isArray()) {
            for (JsonNode n : t) {
                if (n.asText("").equals(type)) {
                    return true;
                }
            }
        }
        return t != null && t.asText("").equals(type);
    }

    /** How many parts a page may declare paid, and how long a part's selector is at most. */
    private static final int PAID_PARTS = 8;
    private static final int PAID_SELECTOR = 120;
    private static final java.util.regex.Pattern HIDING_STYLE = java.util.regex.Pattern.compile(
            "(?i)(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(?:!important)?\\s*;?");

    /**
     * The parts of the article a paywalled page declares not free ({@code hasPart} with {@code isAccessibleForFree:
     * false} and a {@code cssSelector}, as search engines ask of paywalls) are the article's own text, kept in the markup
     * and hidden until a subscriber's script shows them ({@code <div class="article-paid" style="display:none">} under a
     * teaser): they are shown here as that script would, so the story is read whole.
     */
    private static void showPaidParts(Document doc, JsonNode parts) {
        if (parts == null) {
            return;
        }
        List<JsonNode> list = new ArrayList<>();
        if (parts.isArray()) {
            parts.forEach(list::add);
        } else {
            list.add(parts);
        }
        int shown = 0;
        for (JsonNode part : list) {
            String selector = text(part.get("cssSelector")).strip();
            if (!notFree(part) || selector.isEmpty() || selector.length() > PAID_SELECTOR) {
                continue;
            }
            List<Element> found;
            try {
                found = doc.select(selector);
            } catch (org.jsoup.select.Selector.SelectorParseException e) {
                continue;
            }
            for (Element e : found) {
                PageBudget.check();
                if (++shown > PAID_PARTS) {
                    return;
                }
                e.removeAttr("hidden");
                e.removeAttr("aria-hidden");
                if (e.hasAttr("style")) {
                    e.attr("style", HIDING_STYLE.matcher(e.attr("style")).replaceAll(""));
                }
            }
        }
    }

    private static boolean notFree(JsonNode n) {
        if (n == null) {
            return false;
        }
        if (n.isArray()) {
            for (JsonNode part : n) {
                if (notFree(part)) {
                    return true;
                }
            }
            return false;
        }
        // sites write the boolean as a string too ("False")
        return text(n.get("isAccessibleForFree")).equalsIgnoreCase("false");
    }

    private static String meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "]");
        if (m == null) {
            m = doc.selectFirst("meta[name=" + property + "]");
        }
        return m == null ? "" : m.attr("content").strip();
    }

    /**
     * The printed headline where a link preview's differs: a social headline written to be shared ("You won't believe
     * what the harbour board just decided") beside the {@code h1} the page prints, which its {@code <title>} names too.
     * Two of the page's three titles agree, and the shared one is the odd one out; a preview title the {@code <title>}
     * holds, or one the heading holds or opens, is the same headline and stays.
     */
    private static String printed(Document doc, Headings headings, Masthead masthead, String declared) {
        if (doc.title().contains(declared)) {
            return declared;
        }
        Element named = namedInTitle(doc, headings, masthead);
        if (named == null || wholeLink(named, headings)) {
            return declared;
        }
        // the same words in capitals ("FERRY LINK TO THE ISLAND REOPENS" in the h1 and the <title>) are the same headline,
        // which the preview writes in its own case
        String heading = headings.text(named).toLowerCase(Locale.ROOT);
        String said = declared.toLowerCase(Locale.ROOT);
        return heading.contains(said) || said.contains(heading) ? declared : headings.text(named);
    }

    /**
     * The declared headline without the site's name a CMS appended to it as it does to the {@code <title>} ("Border
     * crossing adds a truck lane | Northeast Wire" in JSON-LD or {@code og:title}): the page's heading that is the
     * declared title's part before the separator (or after it), the other part the shorter.
     */
    private static String withoutSite(Headings headings, String title) {
        for (List<Element> tag : headings.byTag()) {
            int n = 0;
            for (Element h : tag) {
                String text = headings.text(h);
                int rest = title.length() - text.length();
                boolean cjk = !text.isEmpty() && text.codePointAt(0) >= 0x2E80;
                if (text.length() >= (cjk ? NAMED_MIN_CJK : NAMED_MIN) && rest > (cjk ? 1 : 3) && rest < text.length()) {
                    if (title.startsWith(text) && (SITE_SEPARATOR.matcher(title.substring(text.length())).lookingAt()
                            || CJK_BAR.matcher(title.substring(text.length())).lookingAt())) {
                        return text;
                    }
                    if (title.endsWith(text) && (endsWithSeparator(title.substring(0, rest))
                            || CJK_BAR_END.matcher(title.substring(0, rest)).find())) {
                        return text;
                    }
                }
                if (++n >= H1_REACH) {
                    break;
                }
            }
        }
        return title;
    }

    /**
     * The declared headline without the site's name a CMS appended to it (or put before it), when no heading says the
     * rest ({@link #withoutSite}): "어촌계, 겨울철 공동 작업장 개장 | 바다마을신문" in {@code og:title} over a section's
     * {@code h1}, the end part the name {@code og:site_name} declares or the page's copyright line says. The other part is
     * the longer.
     */
    private static String withoutDeclaredSite(String title, Masthead masthead) {
        int[] seps = separators(TITLE_PARTS, title);
        if (seps[0] <= 0) {
            return title;
        }
        // a declared name set with separators itself ("Autoracing | F1 | Indy | MotoGP | StockCar | NASCAR") and the
        // title's parts after the first all parts of it: the first names the story
        List<String> siteParts = java.util.Arrays.stream(TITLE_PARTS.split(masthead.siteName)).map(String::strip).toList();
        if (siteParts.size() >= 2) {
            boolean all = true;
            for (String part : TITLE_PARTS.split(title.substring(seps[1]))) {
                all &= siteParts.contains(part.strip().toLowerCase(Locale.ROOT));
            }
            String head = title.substring(0, seps[0]).strip();
            if (all && !head.isEmpty()) {
                return head;
            }
        }
        String tail = title.substring(seps[3]).strip();
        String beforeTail = title.substring(0, seps[2]).strip();
        if (!tail.isEmpty() && beforeTail.length() > tail.length() && masthead.site(tail)) {
            return beforeTail;
        }
        String head = title.substring(0, seps[0]).strip();
        String afterHead = title.substring(seps[1]).strip();
        return !head.isEmpty() && afterHead.length() > head.length() && masthead.site(head) ? afterHead : title;
    }

    /** The bars Chinese and Japanese titles set without spaces: "标题_网站", "見出し｜新聞". */
    private static final java.util.regex.Pattern CJK_BAR = java.util.regex.Pattern.compile("\\s*[_｜|](?=\\S)");
    private static final java.util.regex.Pattern CJK_BAR_END = java.util.regex.Pattern.compile("\\S[_｜|]\\s*$");

    private static boolean endsWithSeparator(String head) {
        java.util.regex.Matcher m = SITE_SEPARATOR.matcher(head);
        boolean at = false;
        while (m.find()) {
            at = m.end() == head.length();
        }
        return at;
    }

    /** A declared headline cut short for search engines' length limits: "… move the fish auction to the old rail...". */
    private static final java.util.regex.Pattern CUT = java.util.regex.Pattern.compile("\\s*(?:\\.\\.\\.|…)$");

    /**
     * The declared headline, or the page's heading that it is the opening of when it was cut short with an ellipsis
     * (JSON-LD and link previews have length limits, the page's {@code h1} has none).
     */
    private static String untruncated(Headings headings, String title) {
        java.util.regex.Matcher m = CUT.matcher(title);
        if (!m.find() || m.start() < NAMED_MIN) {
            return title;
        }
        String opening = title.substring(0, m.start());
        for (List<Element> tag : headings.byTag()) {
            int n = 0;
            for (Element h : tag) {
                String text = headings.text(h);
                if (text.length() > opening.length() && text.startsWith(opening)) {
                    return text;
                }
                if (++n >= H1_REACH) {
                    break;
                }
            }
        }
        return title;
    }

    /** How many {@code h1}s are looked at for the headline: a page has one or two, a broken one hundreds. */
    private static final int H1_REACH = 8;

    /**
     * The first {@code h1} that is not the site's logo: old themes and wikis (DokuWiki) set the site's name in an
     * {@code h1} that is a link home, before the page's own {@code h1}. An {@code h1} that is one link and nothing else
     * gives way to a later one that is text; when every one is a link (a theme linking the headline to its own
     * address), the first is the headline.
     */
    private static Element headlineH1(Document doc, Headings headings, Masthead masthead) {
        Element named = namedInTitle(doc, headings, masthead);
        Element line = titledLine(doc, headings, masthead);
        // the heading the title names may be the site's name, its other part ("Saltmarsh Gazette" of "Tide gauge … |
        // Saltmarsh Gazette"): the longer part a box over the text says, sharing no word with it, is the story's
        if (line != null && (named == null || headings.text(named).length() < line.text().strip().length()
                && !sharesWord(headlineWords(line.text()), headings.text(named)))) {
            return line;
        }
        Element box = storyBox(doc, headings, masthead);
        // the h1 the title names is its shorter part, the site's ("CBS News" of "Key moments … - CBS News"), set over a
        // box named for the headline that words the title's longer part otherwise: the box names the story (session 49)
        if (named != null && siteOverBox(doc, named, box, headings)) {
            return box;
        }
        if (named != null && !wholeLink(named, headings)) {
            // a section's heading the <title> names over the post's own h1 below it ("Громадська приймальня" over a
            // question asked there): the h1 is the page's headline (round thirty-one)
            Element below = named.normalName().equals("h1") ? null : h1Below(named, headings, masthead);
            return below != null ? below : named;
        }
        Element first = null;
        Element linkedOn = null;
        int n = 0;
        // a widget's h1 (a weather box, a ticker, a "most read" list in an aside) before the story's own h1 names no story
        boolean ownH1 = false;
        for (Element h1 : headings.h1()) {
            if (++n > H1_REACH || (ownH1 = h1.hasText() && !inWidget(h1) && !overDateGrid(h1) && !inDialog(h1)
                    && !masthead.names(h1, headings))) {
                break;
            }
        }
        n = 0;
        for (Element h1 : headings.h1()) {
            if (masthead.names(h1, headings) || inDialog(h1) || ownH1 && (inWidget(h1) || overDateGrid(h1))
                    || labelsLinks(doc, h1, headings) || logo(h1, headings) || siteOverBox(doc, h1, box, headings)) {
                continue;
            }
            // a breadcrumb trail set as the h1 ("Home › Politics") names the section; one ending with the story's
            // headline ("Home › Politics › Ferry fares rise") is read as that last item (read)
            String trail = trailLast(h1);
            if (trail != null && LineRules.tokens(trail) < 3 && DomBlocks.ideographs(trail) < NAMED_MIN_CJK) {
                continue;
            }
            // an h1 after the box named for the headline, the story's text between them: a sidebar's, a notice's at the
            // foot, a quote's inside the text; the box heads the story
            if (box != null && h1.hasText() && precedes(box, h1)) {
                return box;
            }
            if (first == null) {
                first = h1;
            }
            if (!wholeLink(h1, headings) && h1.hasText()) {
                return h1;
            }
            if (linkedOn == null && h1.hasText() && !siteHome(doc, h1, headings)) {
                linkedOn = h1;
            }
            if (++n >= H1_REACH) {
                break;
            }
        }
        Element found = named != null ? named : first;
        // the blog's name in an h1 linked home, which the <title> says: the site's, not the post's (round thirty-three);
        // a later h1 linked elsewhere, the post's headline linked to its own address (a Rhymix board), is the headline
        Element chosen = found != null && wholeLink(found, headings) && siteHome(doc, found, headings) ? linkedOn : found;
        // the site's name in an h1 as the <title>'s end part, the page's own heading an h2 too short for the title's
        // match: that h2 (round thirty-six)
        Element own = chosen != null ? chosen : masthead.ownHeading();
        // no h1 of words but the site's: the box named for the headline over the text, not the <title> (session 49)
        return (own == null || !own.hasText()) && box != null ? box : own;
    }

    /** A headline is this long at most, in Latin-text terms; a longer box is a standfirst or a teaser's text. */
    private static final int BOX_HEADLINE_MAX = 300;

    /**
     * The story's headline in a box named for it ({@code <p class="title">}, {@code <div class="headline">},
     * {@code itemprop=headline}) that the {@code <title>} words otherwise: a theme setting the site's name in the page's
     * only {@code h1} (or none) and the headline in a box, the {@code <title>} written for search engines ("Impeachment
     * hearings: Key moments …" over "Key moments … testimony"). The first such box in the page, of a headline's length and
     * three words or more (six Han, kana or Hangul characters), no link's but to the page itself, outside the page's
     * navigation, asides, footer and dialogs, not saying the site's name (a slogan), wrapping no other headline's box or
     * heading with more, standing over text before any {@code h1}, and sharing a word with the {@code <title>}'s story part
     * unless the title names the site alone ("Home | Site", "Digg" of digg.com). {@code null} when none (session 49, the
     * lead's --mutate title-masthead: 9 of 181 titles lost to the {@code <title>}, a sidebar's or a notice's {@code h1}).
     */
    private static Element storyBox(Document doc, Headings headings, Masthead masthead) {
        if (doc.body() == null) {
            return null;
        }
        String title = doc.title().strip();
        boolean siteOnly = titleNamesSite(doc, title, masthead);
        // the title's story part is its longest; the others and og:site_name name the site
        String story = title;
        List<String> sites = new ArrayList<>();
        String[] parts = TITLE_PARTS.split(title);
        if (parts.length >= 2) {
            story = "";
            for (String part : parts) {
                story = part.strip().length() > story.length() ? part.strip() : story;
            }
            for (String part : parts) {
                if (!part.strip().equals(story)) {
                    sites.add(part.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        if (!masthead.siteName.isEmpty()) {
            sites.add(masthead.siteName);
        }
        Set<String> titleWords = headlineWords(story);
        int n = 0;
        for (Element e : doc.body().getAllElements()) {
            PageBudget.check();
            // a heading named for the headline counts inside a story's own <article> ("h2.headline" of a story page
            // whose front-page teasers stand under it in h1s); elsewhere a heading is read as a heading
            if (e.normalName().equals("h1") || heading(e) && e.closest("article") == null
                    || !(HEADLINE_BOX.matcher(e.className()).find() || e.attr("itemprop").equals("headline"))) {
                continue;
            }
            if (++n > TITLED_REACH) {
                break;
            }
            // a box holding a heading with more (a byline, section links) or another box named for a headline wraps the
            // headline, and is no headline of its own; the one holding a heading alone stands for it
            org.jsoup.select.Elements inner = e.select("h1, h2, h3, h4, h5, h6");
            if (!heading(e) && !inner.isEmpty() && (inner.size() > 1 || !inner.first().text().strip().equals(e.text().strip()))
                    || namedInside(e)) {
                continue;
            }
            String text = heading(e) ? headings.text(e) : e.text().strip();
            int size = text.length() + 2 * DomBlocks.ideographs(text);
            boolean cjk = !text.isEmpty() && text.codePointAt(0) >= 0x2E80;
            if (text.length() < (cjk ? NAMED_MIN_CJK : NAMED_MIN) || size > BOX_HEADLINE_MAX
                    || LineRules.tokens(text) < 3 && DomBlocks.ideographs(text) < NAMED_MIN_CJK) {
                continue;
            }
            int linked = 0;
            for (Element a : e.select("a[href]")) {
                // a headline linked to the story's own address (Kinja) is the story's, a teaser's leads elsewhere
                linked += selfLink(doc, a) ? 0 : a.text().strip().length();
            }
            Element around = e.parent() == null ? null : e.parent().closest("a[href]");
            // a slogan saying the site's name ("Harbour News – the town's daily paper") names the site, not a story
            if (2 * linked > text.length() || around != null && !selfLink(doc, around) || aroundPage(e) || saysSite(text, sites) || inDialog(e) || masthead.site(text)
                    || !siteOnly && !sharesWord(titleWords, text) || !proseNext(doc, e)) {
                continue;
            }
            return e;
        }
        return null;
    }

    /** A host's name: "//www.digg.com/…" gives "digg.com". */
    private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile("(?i)^(?:https?:)?//(?:www\\.)?([^/:?#]+)");

    /**
     * Whether the text spells the host of the page's own address, marks and case aside: "Spokesman.com", "Digg" of
     * digg.com, "WSJ" of wsj.com. A {@code <title>} saying so names the site, not a story.
     */
    private static boolean spellsHost(Document doc, String text) {
        String key = NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        if (key.isEmpty()) {
            return false;
        }
        for (String own : List.of(doc.select("link[rel=canonical]").attr("href").strip(), meta(doc, "og:url"))) {
            java.util.regex.Matcher m = HOST.matcher(own);
            if (m.find()) {
                String host = m.group(1).toLowerCase(Locale.ROOT);
                int dot = host.lastIndexOf('.');
                String name = dot > 0 ? host.substring(0, dot) : host;
                if (key.equals(NON_WORD.matcher(host).replaceAll("")) || key.equals(NON_WORD.matcher(name).replaceAll(""))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the link leads to the page's own address (empty, its canonical URL or {@code og:url}), its fragment aside. */
    private static boolean selfLink(Document doc, Element a) {
        String href = a.attr("href").strip();
        // an empty reference is the page itself, as a browser resolves it (Digg's headline: <a href="">); an anchor in
        // the page ("#top") is a control's
        if (href.isEmpty()) {
            return true;
        }
        int hash = href.indexOf('#');
        href = hash >= 0 ? href.substring(0, hash) : href;
        if (href.isEmpty()) {
            return false;
        }
        for (String own : List.of(doc.select("link[rel=canonical]").attr("href").strip(), meta(doc, "og:url"))) {
            if (!own.isEmpty() && (own.equals(href) || own.endsWith(href) && href.startsWith("/") && href.length() > 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element holds a box named for a headline: the headline's wrapper, the box inside it is the headline. */
    private static boolean namedInside(Element e) {
        int n = 0;
        for (Element c : e.getAllElements()) {
            if (c != e && (HEADLINE_BOX.matcher(c.className()).find() || c.attr("itemprop").equals("headline"))) {
                return true;
            }
            if (++n > TITLED_REACH) {
                break;
            }
        }
        return false;
    }

    /** A site's name is said in a box when it has this many characters at least: "CNN" may be any word's part. */
    private static final int SITE_SAID = 4;

    /** Whether the text says one of the site's names (lower case) whole. */
    private static boolean saysSite(String text, List<String> sites) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String site : sites) {
            if (site.length() >= SITE_SAID && t.contains(site)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the {@code <title>} names the site and nothing else: empty, the site's name, or parts each the site's name
     * or a link's whole text ("Home | Bayside Courier").
     */
    private static boolean titleNamesSite(Document doc, String title, Masthead masthead) {
        if (title.isEmpty() || masthead.site(title) || spellsHost(doc, title)) {
            return true;
        }
        String[] parts = TITLE_PARTS.split(title);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!masthead.site(part.strip()) && !masthead.account(part.strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the {@code h1} says the {@code <title>}'s site part (a whole part, not the longest, of a few words: "CBS
     * News" of "Key moments … - CBS News") over the box named for the headline, sharing no word with it: a masthead.
     */
    private static boolean siteOverBox(Document doc, Element h1, Element box, Headings headings) {
        return box != null && h1.normalName().equals("h1") && sitePart(doc.title().strip(), headings.text(h1))
                && precedes(h1, box) && !sharesWord(headlineWords(box.text()), headings.text(h1));
    }

    /** Whether {@code text} is a whole part of a {@code <title>} of several and not its longest: the site's part. */
    private static boolean sitePart(String title, String text) {
        String[] parts = TITLE_PARTS.split(title);
        if (parts.length < 2 || LineRules.tokens(text) > SITE_WORDS) {
            return false;
        }
        boolean found = false;
        int longest = 0;
        for (String part : parts) {
            found |= part.strip().equalsIgnoreCase(text);
            longest = Math.max(longest, part.strip().length());
        }
        return found && text.length() < longest;
    }

    /** Whether {@code a} comes before {@code b} in the page (neither holding the other). */
    private static boolean precedes(Element a, Element b) {
        List<Element> up = new ArrayList<>();
        for (Element e = a; e != null; e = e.parent()) {
            up.add(e);
        }
        java.util.Map<Element, Integer> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < up.size(); i++) {
            at.put(up.get(i), i);
        }
        Element child = null;
        for (Element e = b; e != null; child = e, e = e.parent()) {
            Integer i = at.get(e);
            if (i != null) {
                return i > 0 && child != null && up.get(i - 1).siblingIndex() < child.siblingIndex();
            }
        }
        return false;
    }

    /** A ticker's line is linked text of this many characters at least (in Latin-text terms): a story's headline, not an icon. */
    private static final int TICKER_LINK = 20;

    /**
     * Whether the {@code h1} labels a line of links and no text, the page's next {@code h1} standing over text: a news
     * ticker's or a breaking-news strip's label ("Breaking news", "Срочно", "속보" over a linked headline of another
     * story, or a marquee of them) set as an {@code h1} before the story's own. The story's headline stands over its
     * story's text, the label over links; a label is a few words ({@link #LABEL_WORDS}) that the {@code <title>} does not
     * say as a part of its own (session 48, the lead's --mutate title-ticker: 20 of 181 titles lost so).
     */
    private static boolean labelsLinks(Document doc, Element h1, Headings headings) {
        String text = headings.text(h1);
        if (text.isEmpty() || LineRules.tokens(text) > LABEL_WORDS || text.length() > LABEL_CHARS
                || wholePart(doc.title().strip().toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<Element> ones = headings.h1();
        int at = ones.indexOf(h1);
        Element next = at >= 0 && at + 1 < ones.size() && at + 1 < H1_REACH ? ones.get(at + 1) : null;
        // the story's h1 may be one link to the story's own address (Kinja, WordPress themes): what stands under it decides
        if (next == null || !next.hasText()) {
            return false;
        }
        int[] read = new int[1];
        int[] links = new int[1];
        return proseAfter(doc.body(), h1, e -> e == next, read, links) == Prose.STOPPED && links[0] >= TICKER_LINK
                && links[0] > read[0] && proseAfter(doc.body(), next, e -> e.normalName().equals("h1")) == Prose.PAST_MENU;
    }

    /** A box named for a headline: "headline", "entry-title", "post_title", "ttl" as a word of its class. */
    private static final java.util.regex.Pattern HEADLINE_BOX = java.util.regex.Pattern.compile(
            "(?i)(?:^|[-_\\s])(?:headline|title|ttl)(?:$|[-_\\s])");
    /** How many named boxes are read for one: a page has a few, a broken one thousands. */
    private static final int TITLED_REACH = 256;

    /**
     * The story's headline set in a box named for it ({@code <div class="headline">}, {@code <p class="entry-title">},
     * {@code itemprop=headline}), three words or more that the {@code <title>} says as a whole part of it (or is), when no
     * {@code h1} of the page shares a word with it: a theme setting the site's name in the page's only {@code h1} (a masthead the page does not name
     * elsewhere, "The Harbour Courier" over "2018 Boys State Swim Results") or leaving the page's h1s to a sign-up
     * dialog or a footer's hidden "Other pages". The h1 names something else; the box, standing where the headline
     * does and saying the title, is the headline (session 47's --mutate title-masthead: 27 of 181 titles lost so). The
     * longest such box, outside the page's footer, navigation, asides and dialogs (a story's own {@code <header>} holds
     * it, often outside its {@code <article>}), with the text after it before any {@code h1}; {@code null} when none.
     */
    private static Element titledLine(Document doc, Headings headings, Masthead masthead) {
        String title = doc.title().strip().toLowerCase(Locale.ROOT);
        if (title.isEmpty() || doc.body() == null) {
            return null;
        }
        Element best = null;
        int longest = 0;
        int n = 0;
        for (Element e : doc.body().getAllElements()) {
            PageBudget.check();
            if (heading(e) || !(HEADLINE_BOX.matcher(e.className()).find() || e.attr("itemprop").equals("headline"))) {
                continue;
            }
            if (++n > TITLED_REACH) {
                break;
            }
            String text = e.text().strip();
            boolean cjk = !text.isEmpty() && text.codePointAt(0) >= 0x2E80;
            if (text.length() > longest && text.length() >= (cjk ? NAMED_MIN_CJK : NAMED_MIN)
                    && (LineRules.tokens(text) >= 3 || DomBlocks.ideographs(text) >= NAMED_MIN_CJK)
                    && wholePart(title, text.toLowerCase(Locale.ROOT)) && !aroundPage(e) && !inDialog(e) && !masthead.site(text)) {
                best = e;
                longest = text.length();
            }
        }
        if (best == null || !proseNext(doc, best)) {
            return null;
        }
        Set<String> words = headlineWords(best.text());
        int h = 0;
        for (Element h1 : headings.h1()) {
            if (++h > H1_REACH) {
                break;
            }
            if (h1.hasText() && !masthead.names(h1, headings) && !inDialog(h1) && sharesWord(words, headings.text(h1))) {
                return null;
            }
        }
        return best;
    }

    /** Whether the line shares a word ({@link #headlineWords}) with the words given. */
    private static boolean sharesWord(Set<String> words, String line) {
        for (String w : headlineWords(line)) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether text that is no link's follows the line, more than a menu's labels, before any {@code h1}: a headline
     * stands over its story's text; a site's slogan in the page's header ("Harbour News – the town's daily paper" in a
     * {@code <p class="site-title">}) stands over the menu and the story's own {@code h1}.
     */
    private static boolean proseNext(Document doc, Element line) {
        return proseAfter(doc.body(), line, e -> e.normalName().equals("h1")) == Prose.PAST_MENU;
    }

    /** How a walk from an element on through the page's text ended ({@link #proseAfter}). */
    private enum Prose { PAST_MENU, STOPPED, PAGE_END }

    /**
     * Text that is no link's, script's or button's, counted in document order after {@code from} (its own text left
     * out) until an element {@code stop} takes is met or more than a menu's labels ({@link #MENU_PROSE}) are read.
     */
    private static Prose proseAfter(Element root, Element from, java.util.function.Predicate<Element> stop) {
        return proseAfter(root, from, stop, new int[1], null);
    }

    /**
     * As {@link #proseAfter(Element, Element, java.util.function.Predicate)}, leaving in {@code chars} the text read and
     * adding to {@code links}, when given, what the links passed say (in Latin-text terms: an ideograph three).
     */
    private static Prose proseAfter(Element root, Element from, java.util.function.Predicate<Element> stop, int[] chars,
            int[] links) {
        boolean[] started = new boolean[1];
        Prose[] end = {Prose.PAGE_END};
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                PageBudget.check();
                if (node == from) {
                    started[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e) {
                    if (started[0] && stop.test(e)) {
                        end[0] = Prose.STOPPED;
                        return FilterResult.STOP;
                    }
                    String tag = e.normalName();
                    if (links != null && started[0] && tag.equals("a")) {
                        String said = e.text().strip();
                        links[0] += said.length() + 2 * DomBlocks.ideographs(said);
                    }
                    return tag.equals("a") || tag.equals("script") || tag.equals("style") || tag.equals("button")
                            ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (started[0] && node instanceof org.jsoup.nodes.TextNode t) {
                    chars[0] += t.text().strip().length();
                    if (chars[0] > MENU_PROSE) {
                        end[0] = Prose.PAST_MENU;
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return end[0];
    }

    /**
     * Whether {@code text} is the whole {@code <title>} or a whole part of it, a separator or the title's end on either
     * side: a product's name inside a review's title ("Star Wars Jedi: Fallen Order" of "… Fallen Order review") is not.
     */
    private static boolean wholePart(String title, String text) {
        int at = title.indexOf(text);
        if (at < 0) {
            return false;
        }
        String before = title.substring(0, at);
        String after = title.substring(at + text.length());
        boolean opens = before.isBlank();
        if (!opens) {
            java.util.regex.Matcher m = TITLE_PARTS.matcher(before);
            while (m.find()) {
                opens = m.end() == before.length();
            }
        }
        return opens && (after.isBlank() || TITLE_PARTS.matcher(after).lookingAt());
    }

    /** In the page's navigation, an aside, the footer, or a box in the role of the banner or the page's information. */
    private static boolean aroundPage(Element e) {
        int n = 0;
        for (Element p = e.parent(); p != null && n < CHROME_REACH; p = p.parent(), n++) {
            String tag = p.normalName();
            String role = p.attr("role");
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || role.equals("banner")
                    || role.equals("navigation") || role.equals("contentinfo") || role.equals("complementary")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line's words as compared for a headline: words of four letters or more, a Hangul word of two syllables or more,
     * or each pair of Han and kana characters (they set no spaces); no number.
     */
    static Set<String> headlineWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty() || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            boolean hangul = Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.HANGUL;
            if (!hangul && DomBlocks.ideographs(w) > 0) {
                for (int i = 0; i + 1 < w.length(); i++) {
                    words.add(w.substring(i, i + 2));
                }
            } else if (w.length() >= (hangul ? 2 : 4)) {
                words.add(w);
            }
        }
        return words;
    }

    /** A label set beside a headline in its heading is this short: "Analysis", "Updated", "@11.19.1", "rev. 2026-3". */
    private static final int LABEL_WORDS = 3;
    private static final int LABEL_CHARS = 24;

    /**
     * The heading's text without a label set in an element of its own at its start or end, when what is left is a part
     * of the {@code <title>} whole and the heading's text is none: a kicker ({@code <h1><div class="kicker">Analysis</div>
     * Why the bridge took four years</h1>}), a badge ("Updated", "Live"), a version ("npm-get @11.19.1" over
     * {@code <title>npm-get}), a source file's path ("core/array/" over "mod.rs"). The title names the headline without
     * it; a heading the title says whole ("Analysis: why …") keeps its label.
     */
    static String withoutLabel(Document doc, Element h, String text) {
        String docTitle = doc.title().strip();
        if (docTitle.isEmpty() || text.isEmpty() || h.childrenSize() == 0) {
            return text;
        }
        Set<String> parts = new HashSet<>();
        for (String part : TITLE_PARTS.split(docTitle)) {
            String p = SPACES.matcher(part.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.contains(SPACES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT))) {
            return text;
        }
        // a heading wrapping its words in one link or span: the label and the words are that element's children
        Element box = h;
        while (box.childrenSize() == 1 && !hasOwnWords(box)) {
            box = box.child(0);
        }
        List<Node> nodes = new ArrayList<>();
        for (Node n : box.childNodes()) {
            if (!(n instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
                nodes.add(n);
            }
        }
        if (nodes.size() < 2) {
            return text;
        }
        for (Node end : List.of(nodes.get(0), nodes.get(nodes.size() - 1))) {
            if (!(end instanceof Element e)) {
                continue;
            }
            String label = e.text().strip();
            if (label.isEmpty() || label.length() > LABEL_CHARS || LineRules.tokens(label) > LABEL_WORDS) {
                continue;
            }
            String rest = end == nodes.get(0) && text.startsWith(label) ? text.substring(label.length())
                    : text.endsWith(label) ? text.substring(0, text.length() - label.length()) : null;
            if (rest != null && parts.contains(SPACES.matcher(rest.strip()).replaceAll(" ").toLowerCase(Locale.ROOT))) {
                return rest.strip();
            }
        }
        return text;
    }

    private static boolean hasOwnWords(Element e) {
        for (org.jsoup.nodes.TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** How many of a page's {@code h1}s and {@code h2}s are read for a heading saying a part of the title. */
    private static final int HEADINGS_READ = 64;

    /**
     * Whether a heading says a part of the {@code <title>}: holds it whole, case and marks aside, or holds half its
     * words or more by their first four letters ("Adding a new lint" for "Adding Lints").
     */
    private static boolean says(String heading, String part) {
        String h = LineRules.normalise(heading).toLowerCase(Locale.ROOT);
        String p = LineRules.normalise(part).toLowerCase(Locale.ROOT);
        if (h.isEmpty() || p.isEmpty()) {
            return false;
        }
        if (h.contains(p)) {
            return true;
        }
        String[] words = NON_WORD.split(p);
        Set<String> stems = new HashSet<>();
        for (String w : NON_WORD.split(h)) {
            stems.add(w.length() > 4 ? w.substring(0, 4) : w);
        }
        int counted = 0;
        int shared = 0;
        for (String w : words) {
            if (w.length() >= 3) {
                counted++;
                shared += stems.contains(w.length() > 4 ? w.substring(0, 4) : w) ? 1 : 0;
            }
        }
        return counted > 0 && 2 * shared >= counted;
    }

    /**
     * Whether an {@code h1} that is one link names the site: its link leads to the site's home page, or it is a part of
     * a {@code <title>} of several over the site's menu (a Daum cafe's name linked to the cafe's own page, "/garden",
     * then the cafe's menu: round thirty-five). A post's headline linked to itself is followed by its byline or text.
     */
    private static boolean siteHome(Document doc, Element h1, Headings headings) {
        return linkedHome(h1) || titlePart(doc, headings.text(h1)) && menuAfter(h1);
    }

    /** How many levels above an {@code h1} a link around it is looked for. */
    private static final int LOGO_LINK_LEVELS = 3;

    /**
     * Whether the {@code h1} is the site's logo in more than one link: set inside a link to the site's home page (a
     * picture's name, "The Spokesman-Review Newspaper" of an SVG's {@code <title>}), or all its words links' and the first
     * of them leads home ("The Wall Street Journal" then a section's "Opinion"). A story's headline is text, or one link
     * to the story itself (session 49, the lead's --mutate title-generic).
     */
    private static boolean logo(Element h1, Headings headings) {
        int level = 0;
        for (Element e = h1.parent(); e != null && level < LOGO_LINK_LEVELS; e = e.parent(), level++) {
            if (e.normalName().equals("a") && e.hasAttr("href")) {
                return homeHref(e.attr("href"));
            }
        }
        org.jsoup.select.Elements links = h1.select("a[href]");
        if (links.size() < 2 || !homeHref(links.first().attr("href"))) {
            return false;
        }
        int linked = 0;
        for (Element a : links) {
            linked += NON_WORD.matcher(a.text()).replaceAll("").length();
        }
        return linked >= NON_WORD.matcher(headings.text(h1)).replaceAll("").length();
    }

    /** A breadcrumb's mark between two items: "›", "»", ">", "/", "|", "→", "•". */
    private static final java.util.regex.Pattern TRAIL = java.util.regex.Pattern.compile(
            "\\s*\u0001(?:\\s*[›»>/|→•]\\s*\u0001)*(?:\\s*[›»>/|→•]\\s*([^\u0001]*))?\\s*");

    /**
     * The last item of a breadcrumb trail set as a heading: links, the first to the site's home page, each two apart by
     * a mark ("Home › Politics › Ferry fares rise"); the text after the last link and its mark, "" when every item is a
     * link; {@code null} when the heading is no trail (session 49: a trail's h1 titled the page by its section).
     */
    static String trailLast(Element h) {
        if (h.selectFirst("a[href]") == null || !homeHref(h.selectFirst("a[href]").attr("href"))) {
            return null;
        }
        StringBuilder flat = new StringBuilder();
        flatten(h, flat, 0);
        java.util.regex.Matcher m = TRAIL.matcher(flat);
        if (!m.matches() || flat.indexOf("\u0001") == flat.lastIndexOf("\u0001") && m.group(1) == null) {
            return null;
        }
        return m.group(1) == null ? "" : SPACES.matcher(m.group(1)).replaceAll(" ").strip();
    }

    /** How deep a heading's boxes are read for its trail. */
    private static final int TRAIL_DEPTH = 6;

    /** The heading's text with each link's words one mark (U+0001): the trail's shape. */
    private static void flatten(Element e, StringBuilder out, int depth) {
        for (Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t) {
                out.append(t.text());
            } else if (n instanceof Element c) {
                if (c.normalName().equals("a") && c.hasAttr("href")) {
                    out.append('\u0001');
                } else if (depth < TRAIL_DEPTH && c.selectFirst("a[href]") != null) {
                    flatten(c, out, depth + 1);
                } else {
                    out.append(' ').append(c.text()).append(' ');
                }
            }
        }
    }

    /** Whether the address is the site's home page: "/", "./", "index.html", "https://host/". */
    private static boolean homeHref(String href) {
        String h = href.strip();
        return h.equals("/") || h.equals("./") || h.startsWith("index.") || h.startsWith("/index.") || SITE_ROOT.matcher(h).matches();
    }

    /** Whether the heading's link leads to the site's home page ("/", "./", "index.html", "https://host/"). */
    private static boolean linkedHome(Element h) {
        Element a = h.selectFirst("a[href]");
        String href = a == null ? "" : a.attr("href").strip();
        return href.equals("/") || href.equals("./") || href.startsWith("index.") || href.startsWith("/index.")
                || SITE_ROOT.matcher(href).matches();
    }

    /** An absolute address of a site's root: "https://example.kr/", "//example.kr". */
    private static final java.util.regex.Pattern SITE_ROOT = java.util.regex.Pattern.compile("(?i)(?:https?:)?//[^/?#]+/?");

    /** Whether {@code text} is one part of a {@code <title>} made of several ("Cafe | Post - Daum 카페"). */
    private static boolean titlePart(Document doc, String text) {
        String[] parts = TITLE_PARTS.split(doc.title().strip());
        if (parts.length < 2 || text.isEmpty()) {
            return false;
        }
        for (String part : parts) {
            if (part.strip().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element right after {@code h} is a menu: three links or more and little text besides. */
    private static boolean menuAfter(Element h) {
        Element s = h.nextElementSibling();
        if (s == null) {
            return false;
        }
        int links = 0;
        int linkText = 0;
        for (Element a : s.select("a[href]")) {
            PageBudget.check();
            links++;
            linkText += a.text().length();
        }
        return links >= 3 && linkText >= 0.8 * s.text().replaceAll("[\\s|·•/]+", "").length();
    }

    /** How many elements after a section's heading its post's {@code h1} is looked for in. */
    private static final int H1_BELOW = 8;

    /**
     * The first {@code h1} after {@code named} among its next siblings and theirs (a post's box beside the section's
     * heading), holding text of its own and naming no masthead; or {@code null}.
     */
    private static Element h1Below(Element named, Headings headings, Masthead masthead) {
        int n = 0;
        for (Element sib = named.nextElementSibling(); sib != null && n < H1_BELOW; sib = sib.nextElementSibling(), n++) {
            Element h1 = sib.normalName().equals("h1") ? sib : sib.selectFirst("h1");
            if (h1 != null) {
                return !wholeLink(h1, headings) && h1.hasText() && !masthead.names(h1, headings) ? h1 : null;
            }
        }
        return null;
    }

    /**
     * Headings that name no story: the site's name set as an {@code h1} (a logo in text, "Bayside Courier", which the
     * footer's copyright line or {@code og:site_name} names again) and a calendar's or a date widget's heading, a date
     * alone ("December 2026", "Сегодня: 3 декабря 2026"). Themes set either before the story's own {@code h1}, and a
     * page whose only {@code h1} is one of them names its story elsewhere.
     */
    private static final class Masthead {
        private final Document doc;
        private final String siteName;
        private List<String> copyright;
        private String closing;
        private Set<String> menu;
        private final Set<String> mastheads = new HashSet<>();

        Masthead(Document doc) {
            this.doc = doc;
            this.siteName = meta(doc, "og:site_name").toLowerCase(Locale.ROOT);
        }

        boolean names(Element h, Headings headings) {
            String text = headings.text(h);
            if (!text.isEmpty() && h.normalName().equals("h1") && text.equalsIgnoreCase(doc.title().strip()) && overMenu(h)) {
                mastheads.add(text.toLowerCase(Locale.ROOT));
                return true;
            }
            if (!text.isEmpty() && h.normalName().equals("h1") && ownHeading(h, headings) != null) {
                return true;
            }
            return !text.isEmpty() && (DateFinder.dateAlone(text) || site(text));
        }

        /**
         * The page's own heading found beside an {@code h1} naming the site, by that {@code h1}, in the order the h1s were
         * read: {@link #ownHeading()} takes the first, which an IdentityHashMap's order (identity hash codes, another each
         * run) made a different one from run to run on a page with two such h1s. jsoup's elements are equal only to
         * themselves, so the keys still stand for the elements.
         */
        private final java.util.Map<Element, Element> ownHeadings = new java.util.LinkedHashMap<>();

        /**
         * Whether the heading says the rest of the {@code <title>} beside an {@code h1} naming the site and heads text of
         * its own: a section's label over an item with a headline of its own ("News" over the story's {@code h3}) is
         * still a label.
         */
        boolean isOwnHeading(Element h) {
            return h != null && ownHeadings.containsValue(h) && !overHeading(h);
        }

        /** Whether the first box after the heading (its next sibling's, or its parents') opens with another heading. */
        private static boolean overHeading(Element h) {
            int level = 0;
            for (Element e = h; e != null && level <= MENU_LEVELS; e = e.parent(), level++) {
                Element s = e.nextElementSibling();
                if (s != null) {
                    Element opening = heading(s) ? s : s.selectFirst("h1, h2, h3, h4, h5, h6, p, li");
                    return opening != null && heading(opening);
                }
            }
            return false;
        }

        /** The heading saying the rest of the {@code <title>} beside the first {@code h1} found naming the site, or null. */
        Element ownHeading() {
            for (Element own : ownHeadings.values()) {
                if (own != null) {
                    return own;
                }
            }
            return null;
        }

        /**
         * The heading of the page's main text that says the rest of the {@code <title>} when {@code h1} says the title's
         * first or last part and no other heading says that part, with no prose between them; or null. Such an
         * {@code h1} names the site: a docs book's name in its menu bar ("Defining an Enum - The Book" over the page's own
         * {@code h2}), an old theme's {@code <h1 class="site-title">} over the story's {@code h2}, whether or not the
         * site's name is the longer part (round thirty-six).
         */
        private Element ownHeading(Element h1, Headings headings) {
            if (ownHeadings.containsKey(h1)) {
                return ownHeadings.get(h1);
            }
            Element found = restSaidBy(h1, headings);
            ownHeadings.put(h1, found);
            return found;
        }

        private Element restSaidBy(Element h1, Headings headings) {
            String text = headings.text(h1);
            String title = doc.title().strip();
            int[] seps = separators(TITLE_PARTS, title);
            int first = seps[0];
            int firstEnd = seps[1];
            int last = seps[2];
            int lastEnd = seps[3];
            if (first <= 0 || text.isEmpty()) {
                return null;
            }
            String rest;
            if (title.substring(lastEnd).strip().equalsIgnoreCase(text)) {
                rest = title.substring(0, last).strip();
            } else if (title.substring(0, first).strip().equalsIgnoreCase(text)) {
                rest = title.substring(firstEnd).strip();
            } else {
                return null;
            }
            String key = text.toLowerCase(Locale.ROOT);
            Element saying = null;
            boolean after = false;
            int n = 0;
            for (Element h : headings.inOrder()) {
                if (h == h1) {
                    after = true;
                    continue;
                }
                String other = headings.text(h);
                // another heading saying the h1's part: the page is headed by that name (a book's first page)
                if (other.toLowerCase(Locale.ROOT).contains(key)) {
                    return null;
                }
                if (after && saying == null && !inChrome(h) && says(other, rest)) {
                    saying = h;
                }
                if (++n >= HEADINGS_READ) {
                    break;
                }
            }
            return saying != null && !proseBetween(h1, saying) ? saying : null;
        }

        /**
         * Whether text that is no link's stands between two elements, more than a menu's labels: a story's {@code h1}
         * is followed by its text before a "More from Courier" {@code h2}, a site's name by its menu.
         */
        private boolean proseBetween(Element from, Element to) {
            return proseAfter(doc.body() != null ? doc.body() : doc, from, e -> e == to) != Prose.STOPPED;
        }

        /**
         * An {@code h1} above the site's menu, the page's text opening with an {@code h2} after it: an old site's masthead
         * ("Riverside Parish Newsletter" over its tagline, then "Home | News | Events", then the story's {@code h2}),
         * whatever its box is named. No prose stands between them; a story's {@code h1} is followed by its text.
         */
        private boolean overMenu(Element h1) {
            boolean menu = false;
            int n = 0;
            int level = 0;
            for (Element e = h1; e != null && e != doc.body() && level <= MENU_LEVELS; e = e.parent(), level++) {
                for (Element s = e.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                    PageBudget.check();
                    if (++n > MENU_REACH) {
                        return false;
                    }
                    Element opening = s.normalName().equals("h2") ? s : s.selectFirst("h1, h2, h3, h4, p");
                    if (opening != null && opening.normalName().equals("h2")) {
                        return menu;
                    }
                    String text = s.text();
                    int links = 0;
                    int linkText = 0;
                    for (Element a : s.select("a[href]")) {
                        // a table of contents links within the page: no site's menu
                        if (a.attr("href").indexOf('#') < 0) {
                            links++;
                        }
                        linkText += a.text().length();
                    }
                    if (links >= 3 && linkText >= 0.8 * text.replaceAll("[\\s|·•/]+", "").length()) {
                        menu = true;
                    } else if (text.length() >= MENU_PROSE || opening != null && opening.normalName().equals("h1")) {
                        return false;
                    }
                }
            }
            return false;
        }

        /** The site's name: what og:site_name says, or what the page's copyright line names. */
        boolean site(String text) {
            String key = text.toLowerCase(Locale.ROOT);
            // the name the page declares is the site's, however long ("Autoracing | F1 | Indy | MotoGP | StockCar | NASCAR")
            if (!key.isEmpty() && key.equals(siteName)) {
                return true;
            }
            // a site's name is a few words: a headline is not looked for in the copyright lines
            if (key.isEmpty() || LineRules.tokens(text) > SITE_WORDS || DomBlocks.ideographs(text) > SITE_IDEOGRAPHS) {
                return false;
            }
            if (key.equals(siteName) || mastheads.contains(key) || logo(key) || closes(key)) {
                return true;
            }
            for (String line : copyrightLines()) {
                if (line.contains(key)) {
                    return true;
                }
                // the name the line holds, and a word beside it in the title ("The Prairie Bugle Online")
                String name = LineRules.normalise(COPYRIGHT_MARKS.matcher(line).replaceAll(" ").replaceAll("\\s+", " "));
                if (name.length() >= 4 && key.contains(name) && LineRules.tokens(key) <= LineRules.tokens(name) + 1) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The name a logo picture spells: the {@code alt} of a picture opening the page, no text before it, or of a picture
         * linked home ("山の駅ニュース" as the banner of an old table layout whose {@code <title>} is that name alone).
         */
        private boolean logo(String key) {
            if (doc.body() == null) {
                return false;
            }
            int n = 0;
            for (Element img : doc.body().getElementsByTag("img")) {
                PageBudget.check();
                if (++n > LOGO_REACH) {
                    break;
                }
                if (!img.attr("alt").strip().equalsIgnoreCase(key)) {
                    continue;
                }
                Element a = img.closest("a[href]");
                String href = a == null ? "" : a.attr("href").strip();
                if (href.equals("/") || href.equals("./") || href.startsWith("index.") || href.startsWith("/index.")
                        || opensPage(img)) {
                    return true;
                }
            }
            return false;
        }

        /** No text before the element in the body: a banner, not a picture in the story. */
        private boolean opensPage(Element img) {
            boolean[] text = new boolean[1];
            boolean[] reached = new boolean[1];
            org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
                @Override
                public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                    PageBudget.check();
                    if (node == img) {
                        reached[0] = true;
                        return FilterResult.STOP;
                    }
                    if (node instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                        text[0] = true;
                        return FilterResult.STOP;
                    }
                    return node instanceof Element e && (e.normalName().equals("script") || e.normalName().equals("style"))
                            ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
            }, doc.body());
            return reached[0] && !text[0];
        }

        /**
         * A title made of names the page's links say, two or more ("お知らせ｜環日本海経済研究会": the section's menu item
         * and the logo's link): it names the section and the site, no story.
         */
        boolean linksOnly(String title) {
            String[] parts = TITLE_PARTS.split(title);
            if (parts.length < 2) {
                return false;
            }
            for (String part : parts) {
                if (!menuItems().contains(part.strip().toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * An account's name as the link preview's title: a channel's or a profile's post page declares the channel
         * ("Harbour Watch"), a name of a word or two that a link of the page says whole (the post's owner), while the
         * post's own first line is its headline. A headline is longer.
         */
        boolean account(String text) {
            return LineRules.tokens(text) < 3 && DomBlocks.ideographs(text) < 6 && menuItems().contains(text.toLowerCase(Locale.ROOT));
        }

        /**
         * A section's name, one word that a menu item of the page says too ("Новости", "News", "뉴스"), or a word or two
         * that the {@code <title>} does not say: it heads a section's page, and a story shown there may have a headline
         * of its own. A story's headline may be a link elsewhere too (a "most read" box), a docs page's heading its menu's
         * item of two words: one word only.
         */
        boolean section(String text) {
            if (text.isEmpty()) {
                return false;
            }
            // a word or two the <title> does not say ("엔터 미디어" over a story the title names): the site's own label
            boolean shortLabel = LineRules.tokens(text) < 3 && DomBlocks.ideographs(text) < 6;
            if (shortLabel && !doc.title().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))
                    && !opensTitle(text)) {
                return true;
            }
            return LineRules.tokens(text) == 1 && DomBlocks.ideographs(text) <= 4
                    && menuItems().contains(text.toLowerCase(Locale.ROOT));
        }

        /**
         * Whether the {@code <title>} opens with the label's last word, four letters or more: the label names the page's
         * subject by its kind ("Struct TideTable" over "TideTable in harbour::tides - Rust"), not the site's section.
         */
        private boolean opensTitle(String label) {
            String[] words = SPACES.split(label.strip());
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            String title = doc.title().strip().toLowerCase(Locale.ROOT);
            return words.length == 2 && last.length() >= 4 && title.startsWith(last)
                    && (title.length() == last.length() || !Character.isLetterOrDigit(title.charAt(last.length())));
        }

        /**
         * The whole texts of the page's short links, lower case, read once: an {@code h1} saying what a menu item says
         * ("Новости") heads a section's page, and a story on it has a headline of its own.
         */
        private Set<String> menuItems() {
            if (menu == null) {
                menu = new HashSet<>();
                int n = 0;
                for (Element a : doc.getElementsByTag("a")) {
                    PageBudget.check();
                    String t = a.text().strip();
                    if (!t.isEmpty() && t.length() <= MENU_ITEM && a.hasAttr("href")) {
                        menu.add(t.toLowerCase(Locale.ROOT));
                    }
                    if (++n >= MENU_LINKS) {
                        break;
                    }
                }
            }
            return menu;
        }

        /**
         * Whether the page's last line says the name, alone or with a year ("Рыбинспекция Приморского района, 2026" under
         * the text of a page titled so): an organisation's closing line, its copyright line without the sign, names the
         * site, not a story (round thirty-three).
         */
        private boolean closes(String key) {
            if (closing == null) {
                closing = lastLine();
            }
            if (!closing.startsWith(key)) {
                return false;
            }
            String rest = closing.substring(key.length()).strip();
            return rest.isEmpty() || CLOSING_YEAR.matcher(rest).matches();
        }

        /** The text of the body's last text node that is not blank, lower case; a few nodes back at most. */
        private String lastLine() {
            Node n = doc.body();
            int steps = 0;
            while (n != null && n.childNodeSize() > 0 && steps++ < LAST_LINE_REACH) {
                n = n.childNode(n.childNodeSize() - 1);
            }
            while (n != null && n != doc.body() && steps++ < LAST_LINE_REACH) {
                if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank() && t.parent() != null
                        && !t.parent().nodeName().equals("script") && !t.parent().nodeName().equals("style")) {
                    return t.text().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                }
                Node prev = n.previousSibling();
                if (prev == null) {
                    n = n.parent();
                    continue;
                }
                n = prev;
                while (n.childNodeSize() > 0 && steps++ < LAST_LINE_REACH) {
                    n = n.childNode(n.childNodeSize() - 1);
                }
            }
            return "";
        }

        /** The page's copyright lines ("© 2026 Bayside Courier", "版权所有 图们江在线"), lower case, read once. */
        private List<String> copyrightLines() {
            if (copyright == null) {
                copyright = new ArrayList<>();
                if (doc.body() != null) {
                    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                        PageBudget.check();
                        if (node instanceof org.jsoup.nodes.TextNode t && copyright.size() < COPYRIGHT_LINES) {
                            String raw = t.getWholeText();
                            if (raw.length() <= COPYRIGHT_LINE && mayBeCopyright(raw) && COPYRIGHT.matcher(raw).find()) {
                                copyright.add(raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
                            }
                        }
                    }, doc.body());
                }
            }
            return copyright;
        }
    }

    /** A closing line's year after the name: ", 2026", " 2025–2026". */
    private static final java.util.regex.Pattern CLOSING_YEAR = java.util.regex.Pattern.compile("[,.·|]?\\s*(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?\\.?");
    /** How many nodes are walked back from the end of the body for its last line. */
    private static final int LAST_LINE_REACH = 64;

    /** What a copyright line says besides the name: the sign, the years, the rights, the full stops. */
    private static final java.util.regex.Pattern COPYRIGHT_MARKS = java.util.regex.Pattern.compile(
            "(?iu)©|\\(c\\)|copyright|all rights reserved|\\b(?:19|20)\\d\\d\\b");

    /** A menu item is this short, and this many links are read for them: a page's menus come first. */
    /** A masthead's {@code h1} is looked for over the menu this many boxes and levels on; prose ends the look. */
    private static final int MENU_REACH = 12;
    private static final int MENU_LEVELS = 3;
    private static final int MENU_PROSE = 100;
    /** How many of the page's pictures are looked at for a logo naming the site. */
    private static final int LOGO_REACH = 8;
    private static final int MENU_ITEM = 40;
    private static final int MENU_LINKS = 400;
    private static final int SITE_WORDS = 4;
    private static final int SITE_IDEOGRAPHS = 12;

    /** A look for the copyright pattern's words before it is run: most of a page's text holds none of them. */
    private static boolean mayBeCopyright(String s) {
        return s.indexOf('©') >= 0 || s.indexOf("opyright") >= 0 || s.indexOf("OPYRIGHT") >= 0 || s.indexOf("(c)") >= 0
                || s.indexOf("(C)") >= 0 || s.indexOf("eserved") >= 0 || s.indexOf("ESERVED") >= 0 || s.indexOf("版权") >= 0
                || s.indexOf("版權") >= 0 || s.indexOf("저작권") >= 0 || s.indexOf("著作権") >= 0 || s.indexOf("защищены") >= 0;
    }

    /** A copyright line is this short; a longer one is a paragraph about copyright. */
    private static final int COPYRIGHT_LINE = 160;
    private static final int COPYRIGHT_LINES = 8;
    private static final java.util.regex.Pattern COPYRIGHT = java.util.regex.Pattern.compile(
            "(?iu)©|\\(c\\)|copyright|all rights reserved|版权所有|版權所有|저작권|著作権|все права защищены");

    /** A headline this short may be a word of any title ("News"); the page's own is longer (Han and kana: fewer). */
    private static final int NAMED_MIN = 12;
    private static final int NAMED_MIN_CJK = 6;

    /**
     * The longest heading the page's {@code <title>} names: a page declaring no headline still titles itself, and the
     * {@code h1} or {@code h2} whose whole text the title holds is the story's, wherever a sidebar's or a calendar
     * widget's {@code h1} stands before it ("November 2026", "Calendar"). Titles name the site too ("bootsverleih
     * [Ruderclub Lindenau Wiki]"), so a heading that is one link gives way to an {@code h1} of text ({@link #headlineH1});
     * a blog links its post's title to the post ("秋の七尾線で能登の海を見に行く - ローカル線てくてく日記"), and the longer
     * name is the post's.
     */
    private static Element namedInTitle(Document doc, Headings headings, Masthead masthead) {
        String title = doc.title().strip();
        Element best = null;
        for (List<Element> tag : headings.byTag()) {
            int n = 0;
            for (Element h : tag) {
                String text = headings.text(h);
                boolean cjk = !text.isEmpty() && text.codePointAt(0) >= 0x2E80;
                if (text.length() >= (cjk ? NAMED_MIN_CJK : NAMED_MIN) && title.contains(text)
                        && (best == null || text.length() > headings.text(best).length()) && !inChrome(h)
                        && !masthead.names(h, headings)) {
                    best = h;
                }
                if (++n >= H1_REACH) {
                    break;
                }
            }
        }
        return best;
    }

    /** How far up a heading's page header or footer is looked for. */
    private static final int CHROME_REACH = 32;

    /**
     * In the page's header, footer, navigation or an aside: a site whose every page has the same title shows its slogan
     * there ("Harbour News – Official site of the harbour town" over an {@code h2} of the slogan), and that heading
     * names no story.
     */
    private static boolean inChrome(Element h) {
        boolean header = false;
        int n = 0;
        for (Element e = h.parent(); e != null && n < CHROME_REACH; e = e.parent(), n++) {
            String tag = e.normalName();
            String role = e.attr("role");
            if (tag.equals("nav") || tag.equals("aside") || role.equals("banner") || role.equals("contentinfo")
                    || role.equals("navigation")) {
                return true;
            }
            // a story's own <header> inside its <article> or <main> holds its headline
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            header |= tag.equals("header") || tag.equals("footer");
        }
        return header;
    }

    /** A consent box's or a layer's name: "cookie-consent", "cmp-banner", "gdpr-overlay". */
    private static final java.util.regex.Pattern CONSENT_NAME = java.util.regex.Pattern.compile("(?i)cookie|consent|gdpr|\\bcmp\\b");

    /**
     * In a dialog over the page: {@code <dialog>}, {@code role=dialog} or {@code alertdialog}, {@code aria-modal}, or a box
     * named for cookies or consent. A consent layer opening the page with its own {@code h1} ("We value your privacy")
     * stands before the story's, and names no story.
     */
    private static boolean inDialog(Element h) {
        int n = 0;
        for (Element e = h.parent(); e != null && n < CHROME_REACH; e = e.parent(), n++) {
            String role = e.attr("role");
            if (e.normalName().equals("dialog") || role.equals("dialog") || role.equals("alertdialog")
                    || e.attr("aria-modal").equals("true")
                    || CONSENT_NAME.matcher(e.id()).find() || CONSENT_NAME.matcher(e.className()).find()) {
                return true;
            }
            if (e.normalName().equals("article") || e.normalName().equals("main")) {
                return false;
            }
        }
        return false;
    }

    /** A widget's box by its name: a weather informer, a news ticker, a calendar, a ranking of the most read. */
    private static final java.util.regex.Pattern WIDGET_NAME = java.util.regex.Pattern.compile(
            "(?i)weather|informer|forecast|ticker|calendar|ranking|most-?read|popular");

    /**
     * In a widget beside the story: a navigation bar or an aside ({@code <nav>}, {@code <aside>}, their roles), or a box
     * named for a weather informer, a ticker, a calendar or a ranking, below no {@code <article>} or {@code <main>}.
     */
    private static boolean inWidget(Element h) {
        int n = 0;
        for (Element e = h.parent(); e != null && n < CHROME_REACH; e = e.parent(), n++) {
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
            String role = e.attr("role");
            if (tag.equals("nav") || tag.equals("aside") || role.equals("navigation") || role.equals("complementary")
                    || WIDGET_NAME.matcher(e.id()).find() || WIDGET_NAME.matcher(e.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A month's grid shows this many days in a row at least: a week. */
    private static final int GRID_DAYS = 7;
    /** How many cells of a table are read for a month's days. */
    private static final int GRID_CELLS = 64;

    /**
     * Whether the heading stands right over a month's grid: the first box after it (its next sibling, or its parent's)
     * is or opens with a table whose rows of seven cells count the days of a month, a week of them running ("1", … "7"), the
     * heading an events calendar's ("Календарь событий", "イベントカレンダー", "What's on") in a box named for no calendar.
     * A table of results or prices holds numbers, not a run of days.
     */
    private static boolean overDateGrid(Element h) {
        Element next = h.nextElementSibling();
        if (next == null && h.parent() != null) {
            next = h.parent().nextElementSibling();
        }
        Element table = next == null ? null : next.normalName().equals("table") ? next : next.selectFirst("table");
        if (table == null) {
            return false;
        }
        // the grid opens the box: a story's table further down is no widget's
        Element child = table;
        while (child != next && child.parent() != next) {
            child = child.parent();
        }
        if (child != next && child.elementSiblingIndex() > 1) {
            return false;
        }
        int run = 0;
        int last = 0;
        int read = 0;
        for (Element cell : table.select("td, th")) {
            if (++read > GRID_CELLS) {
                break;
            }
            String t = cell.text().strip();
            // a week a row of seven cells; a timetable's or a table of results' rows hold numbers and more
            if (t.isEmpty() || t.length() > 2 || !Character.isDigit(t.charAt(0)) || !Character.isDigit(t.charAt(t.length() - 1))
                    || cell.parent() == null || cell.parent().childrenSize() != GRID_DAYS) {
                continue;
            }
            int day = Integer.parseInt(t);
            run = day == last + 1 ? run + 1 : day == 1 ? 1 : 0;
            last = day;
            if (run >= GRID_DAYS) {
                return true;
            }
        }
        return false;
    }

    /** A link's text in square brackets, a mark beside a heading rather than a word of it: "[src]", "[edit]". */
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\s*\\[[^\\]]{1,12}\\]\\s*");

    /**
     * The controls a heading may hold beside its words: buttons and menus ({@code <button>}, {@code role=button},
     * {@code <select>}), icons hidden from screen readers ({@code aria-hidden}: a ligature icon's "bookmark_border"), and
     * links that lead nowhere ("#", a script) around a visually hidden label ("Share", "Copy link", "기사 듣기").
     */
    private static final String CONTROLS = "button, select, input, textarea, [role=button], [aria-hidden=true], "
            + "a";

    /**
     * A heading's text without its controls' text: a docs page's "Copy item path" button in its {@code h1}, a news
     * page's "Share" and "Listen" beside the headline, a permalink's "#" or "¶", are no words of the headline. A heading
     * that is a control and nothing else (an accordion's question is a button) keeps its text.
     */
    static String headingText(Element h) {
        String whole = h.text().strip();
        if (h.selectFirst(CONTROLS) == null) {
            return whole;
        }
        Element copy = h.clone();
        boolean cut = false;
        for (Element c : copy.select(CONTROLS)) {
            // a link is a control when it leads nowhere else, or says no word or a bracketed one: a permalink's mark,
            // an icon, "[src]"
            if (c.parent() != null && (!c.normalName().equals("a") || c.attr("href").startsWith("javascript:")
                    || c.attr("href").strip().equals("#") || !hasWord(c.text()) || BRACKETED.matcher(c.text()).matches())) {
                c.replaceWith(new org.jsoup.nodes.TextNode(" "));
                cut = true;
            }
        }
        String shown = cut ? copy.text().strip() : whole;
        return shown.isEmpty() ? whole : shown;
    }

    private static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wholeLink(Element h1, Headings headings) {
        Element a = h1.selectFirst("a[href]");
        return a != null && a.text().strip().equals(headings.text(h1));
    }

    /**
     * The page's {@code h1}s and {@code h2}s in page order, found in one walk, each one's text read once: the title is
     * matched against them up to five times (the title's heading, the cut headline, the first {@code h1}), and each
     * {@code getElementsByTag} walked the whole page again.
     */
    private static final class Headings {
        private final Document doc;
        private List<Element> h1;
        private List<Element> h2;
        private List<Element> inOrder;
        private final java.util.Map<Element, String> texts = new java.util.IdentityHashMap<>();

        Headings(Document doc) {
            this.doc = doc;
        }

        /** The walk, when a heading is first asked for: a page whose declared headline is whole needs none. */
        private void find() {
            if (h1 != null) {
                return;
            }
            List<Element> ones = new ArrayList<>();
            List<Element> twos = new ArrayList<>();
            List<Element> both = new ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                PageBudget.check();
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("h1")) {
                        ones.add(e);
                        both.add(e);
                    } else if (tag.equals("h2")) {
                        twos.add(e);
                        both.add(e);
                    }
                }
            }, doc);
            h1 = ones;
            h2 = twos;
            inOrder = both;
        }

        /** The {@code h1}s and {@code h2}s together, in page order. */
        List<Element> inOrder() {
            find();
            return inOrder;
        }

        List<Element> h1() {
            find();
            return h1;
        }

        List<List<Element>> byTag() {
            find();
            return List.of(h1, h2);
        }

        String text(Element h) {
            return texts.computeIfAbsent(h, PageMetadata::headingText);
        }
    }

    private static JsonNode readJson(String data) {
        try {
            return Json.mapper().readTree(data);
        } catch (Exception e) {
            return null;
        }
    }

    /** The first {@code description} of a JSON-LD node of any type (also in a list or {@code @graph}), or "". */
    private static String described(JsonNode node, int depth) {
        return firstFound(node, depth, n -> text(n.get("description")));
    }

    /** {@code leaf}'s first non-empty answer for a JSON-LD node, or for the nodes of a list or {@code @graph} in order. */
    private static String firstFound(JsonNode node, int depth, java.util.function.Function<JsonNode, String> leaf) {
        if (node == null || depth > 4) {
            return "";
        }
        if (node.isArray() || node.has("@graph")) {
            for (JsonNode n : node.isArray() ? node : node.get("@graph")) {
                String found = firstFound(n, depth + 1, leaf);
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        return leaf.apply(node);
    }

    /**
     * The text a recipe, a how-to or an FAQ page declares as data (also in a list or {@code @graph}): its description, a
     * recipe's ingredients and the steps ({@code HowToStep} texts, also inside {@code HowToSection}s), or each question
     * with its accepted answer; one paragraph each. "" for any other type.
     */
    private static String stepsText(JsonNode node, int depth) {
        return firstFound(node, depth, PageMetadata::declaredSteps);
    }

    private static String declaredSteps(JsonNode node) {
        String type = text(node.get("@type"));
        List<String> out = new ArrayList<>();
        if (type.equals("Recipe") || type.equals("HowTo")) {
            addText(out, node.get("description"));
            for (JsonNode item : node.path("recipeIngredient").isArray() ? node.path("recipeIngredient") : node.path("supply")) {
                addText(out, item.isObject() ? item.get("name") : item);
            }
            addSteps(out, node.has("recipeInstructions") ? node.get("recipeInstructions") : node.get("step"), 0);
        } else if (type.equals("FAQPage")) {
            for (JsonNode q : node.path("mainEntity")) {
                addText(out, q.get("name"));
                addText(out, q.path("acceptedAnswer").get("text"));
            }
        }
        // a list of steps is the text; a lone description is the summary the page already gives
        return out.size() < 2 ? "" : String.join("\n\n", out);
    }

    private static void addSteps(List<String> out, JsonNode steps, int depth) {
        if (steps == null || depth > 3) {
            return;
        }
        if (steps.isTextual()) {
            addText(out, steps);
            return;
        }
        for (JsonNode step : steps.isArray() ? steps : List.of(steps)) {
            if (step.has("itemListElement")) {
                addText(out, step.get("name"));
                addSteps(out, step.get("itemListElement"), depth + 1);
            } else {
                addText(out, step.isObject() ? step.get("text") : step);
            }
        }
    }

    private static void addText(List<String> out, JsonNode n) {
        String t = n == null || !n.isValueNode() ? "" : org.jsoup.parser.Parser.unescapeEntities(n.asText(""), false).strip();
        if (!t.isEmpty()) {
            out.add(t.replaceAll("\\s+", " "));
        }
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"), depth + 1);
        }
        String type = text(node.get("@type"));
        if (type.contains("Article") || type.contains("Posting") || type.equals("Report")) {
            return node;
        }
        // a web page declaring the story it shows as its main entity ({"@type": "WebPage", "name": "Новости",
        // "mainEntity": {"@type": "NewsArticle", "headline": …}}): the page's name is its section's
        JsonNode main = node.get("mainEntity");
        return main != null && main.isContainerNode() ? findArticle(main, depth + 1) : null;
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return "";
        }
        if (n.isArray()) {
            return n.size() == 0 ? "" : text(n.get(0));
        }
        return n.asText("").strip();
    }

    static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // sites drop the zone or the time: take UTC midnight rather than nothing
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return DateFinder.find(v);
        }
    }
}
