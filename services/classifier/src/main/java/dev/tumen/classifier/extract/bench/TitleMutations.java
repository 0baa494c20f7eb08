package dev.tumen.classifier.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tumen.model.Json;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title-aimed {@link PageMutations}: what issue 14 saw take a headline's place (a calendar widget's date, a site's
 * name in the only {@code h1}, a generic {@code <title>}, a consent bar's heading, a ticker, an email's layout). Each
 * also removes the headline the page declares for link previews ({@code og:title}, {@code twitter:title}, JSON-LD's
 * {@code headline}): 174 of the benchmark's 181 pages declare one, and a page declaring one is read from it whatever
 * stands around its heading, so only an undeclared page shows whether the heading is found by its place.
 * "title-undeclared" removes the declarations and nothing else: the others' baseline. The story's heading and words are
 * never changed, only moved or re-tagged.
 */
final class TitleMutations {
    private static final String[] DATES = {"Today: Monday 7 December", "Monday, 7 December 2026", "Mon 07.12.2026"};
    private static final String[] NOTICES = {"We value your privacy", "Subscribe to our newsletter", "Never miss a story"};
    private static final String FALLBACK_SITE = "The Harbour Courier";

    private TitleMutations() {
    }

    /** The page's declared headlines removed: {@code og:title}, {@code twitter:title} and JSON-LD's {@code headline}. */
    static void undeclared(Document doc) {
        if (doc == null) {
            return;
        }
        doc.select("meta[property=og:title], meta[name=og:title], meta[name=twitter:title], meta[property=twitter:title]").remove();
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode json = Json.mapper().readTree(ld.data());
                if (json != null && withoutHeadline(json, 0)) {
                    ld.empty().appendChild(new DataNode(Json.mapper().writeValueAsString(json)));
                }
            } catch (Exception e) {
                // a script the page's own parser would not read either: left as it is
            }
        }
    }

    private static boolean withoutHeadline(JsonNode node, int depth) {
        if (node == null || depth > 6 || !node.isContainerNode()) {
            return false;
        }
        boolean changed = false;
        if (node instanceof ObjectNode o) {
            changed = o.remove("headline") != null;
            changed |= o.remove("alternativeHeadline") != null;
        }
        for (JsonNode child : node) {
            changed |= withoutHeadline(child, depth + 1);
        }
        return changed;
    }

    /** A date line in an {@code h1} or an {@code h2}, or a month's calendar under its heading, before the story's heading. */
    static void dateLine(Element box, Random r) {
        Element at = beforeHeadline(box);
        undeclared(box.ownerDocument());
        Element strip = new Element("div").addClass("top-strip");
        int variant = r.nextInt(3);
        if (variant == 2) {
            strip.appendElement("h2").text("December 2026");
            Element table = strip.appendElement("table").appendElement("tbody");
            Element head = table.appendElement("tr");
            for (String d : new String[] {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"}) {
                head.appendElement("th").text(d);
            }
            for (int week = 0; week < 5; week++) {
                Element row = table.appendElement("tr");
                for (int d = 1; d <= 7; d++) {
                    int day = week * 7 + d;
                    row.appendElement("td").text(day <= 31 ? Integer.toString(day) : "");
                }
            }
        } else {
            strip.appendElement(variant == 0 ? "h1" : "h2").text(DATES[r.nextInt(DATES.length)]);
        }
        at.before(strip);
    }

    /**
     * The site's name in an {@code h1} opening the page (linked home or not), the story's heading demoted to a
     * {@code <div class="headline">} or a {@code <p class="title">}.
     */
    static void siteMasthead(Element box, Random r) {
        Document doc = box.ownerDocument();
        Element heading = headline(box);
        String site = siteName(doc);
        undeclared(doc);
        if (heading != null) {
            heading.tagName(r.nextBoolean() ? "div" : "p").addClass(r.nextBoolean() ? "headline" : "title");
        }
        Element h1 = new Element("h1").addClass("site-name");
        if (r.nextBoolean()) {
            h1.appendElement("a").attr("href", "/").text(site);
        } else {
            h1.text(site);
        }
        Element body = doc == null ? null : doc.body();
        (body == null ? box : body).prependChild(h1);
    }

    /** No declared headline, and a {@code <title>} naming the site only: "Home | Site" or the site's name alone. */
    static void genericTitle(Element box, Random r) {
        Document doc = box.ownerDocument();
        if (doc == null) {
            return;
        }
        String site = siteName(doc);
        undeclared(doc);
        doc.title(r.nextBoolean() ? "Home | " + site : site);
    }

    /** A consent or newsletter bar with its own {@code h2}, a line and a button, just before the story's heading. */
    static void noticeBar(Element box, Random r) {
        Element at = beforeHeadline(box);
        undeclared(box.ownerDocument());
        Element bar = new Element("div").addClass("site-notice");
        bar.appendElement("h2").text(NOTICES[r.nextInt(NOTICES.length)]);
        bar.appendElement("p").text(PageMutations.sentence(r, 12));
        bar.appendElement("button").text("Accept");
        at.before(bar);
    }

    /** A breaking-news line with its own heading ("Breaking", an {@code h1} or an {@code h2}), linked to another story. */
    static void ticker(Element box, Random r) {
        Element at = beforeHeadline(box);
        undeclared(box.ownerDocument());
        Element strip = new Element("div").addClass("strip");
        strip.appendElement(r.nextBoolean() ? "h1" : "h2").text("Breaking news");
        strip.appendElement("a").attr("href", "/live/" + r.nextInt(1000)).text(PageMutations.sentence(r, 10));
        at.before(strip);
    }

    /**
     * The story as an email newsletter's web copy: a table of rows, the sender's line, the headline as a bold
     * "Subject:" line (or a bold cell set large), the article's box in the next row, and no {@code h1} anywhere.
     */
    static void emailLayout(Element box, Random r) {
        Document doc = box.ownerDocument();
        Element heading = headline(box);
        String headline = heading != null ? heading.text() : declared(doc);
        undeclared(doc);
        if (heading != null) {
            heading.remove();
        }
        if (doc != null) {
            doc.select("h1").forEach(h -> h.tagName("div"));
        }
        Element table = new Element("table").attr("width", "600").attr("cellpadding", "0");
        Element tbody = table.appendElement("tbody");
        tbody.appendElement("tr").appendElement("td").attr("style", "font-size:12px;color:#666")
                .text("From: Newsroom <news@example.org>");
        Element cell = tbody.appendElement("tr").appendElement("td");
        if (r.nextBoolean()) {
            cell.appendElement("b").text("Subject: " + headline);
        } else {
            cell.attr("style", "font-size:22px;font-weight:bold").text(headline);
        }
        box.before(table);
        tbody.appendElement("tr").appendElement("td").appendChild(box);
    }

    /** The element to put a widget before: the story's heading, or the article's box when no heading is found. */
    private static Element beforeHeadline(Element box) {
        Element h = headline(box);
        return h != null ? h : box;
    }

    /**
     * The story's heading: the {@code h1} or {@code h2} the page's declared title (or {@code <title>}) says, or that
     * says it, the longest; failing that the last {@code h1} before the article's box, or the first {@code h1}.
     */
    static Element headline(Element box) {
        Document doc = box.ownerDocument();
        if (doc == null) {
            return null;
        }
        String title = norm(declared(doc));
        Element best = null;
        int longest = 0;
        if (!title.isEmpty()) {
            for (Element h : doc.select("h1, h2")) {
                String t = norm(h.text());
                if (t.length() >= 4 && t.length() > longest && (title.contains(t) || t.contains(title))) {
                    best = h;
                    longest = t.length();
                }
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Integer> order = new IdentityHashMap<>();
        List<Element> all = doc.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i), i);
        }
        int at = order.getOrDefault(box, Integer.MAX_VALUE);
        Element first = null;
        for (Element h : doc.select("h1")) {
            if (!h.hasText()) {
                continue;
            }
            first = first == null ? h : first;
            if (order.getOrDefault(h, 0) < at) {
                best = h;
            }
        }
        return best != null ? best : first;
    }

    /** The headline the page declares ({@code og:title}, {@code twitter:title}), else its {@code <title>}. */
    private static String declared(Document doc) {
        if (doc == null) {
            return "";
        }
        for (String q : new String[] {"meta[property=og:title]", "meta[name=twitter:title]", "meta[property=twitter:title]"}) {
            Element m = doc.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        return doc.title().strip();
    }

    /** The site's name: {@code og:site_name}, else the shorter end of a {@code <title>} of two parts, else its host. */
    static String siteName(Document doc) {
        if (doc == null) {
            return FALLBACK_SITE;
        }
        Element m = doc.selectFirst("meta[property=og:site_name]");
        if (m != null && !m.attr("content").isBlank()) {
            return m.attr("content").strip();
        }
        String[] parts = doc.title().strip().split("\\s[-|–—]\\s");
        if (parts.length >= 2) {
            String first = parts[0].strip();
            String last = parts[parts.length - 1].strip();
            return last.length() <= first.length() ? last : first;
        }
        Element canonical = doc.selectFirst("link[rel=canonical]");
        String href = canonical == null ? "" : canonical.attr("href");
        java.util.regex.Matcher host = java.util.regex.Pattern.compile("//(?:www\\.)?([^/:?#]+)").matcher(href);
        return host.find() ? host.group(1) : FALLBACK_SITE;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
