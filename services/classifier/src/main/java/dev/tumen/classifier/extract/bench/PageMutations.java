package dev.tumen.classifier.extract.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Page shapes the public benchmark lacks, made from its own pages: each mutation changes what surrounds a page's
 * article, never the article's words, so the benchmark's truth still holds and the score says how well extraction
 * stands the change. Issue 14's hidden set failed in these classes (furniture words on the article's wrappers,
 * recommendation blocks interleaved with paragraphs, reader threads, bodies in unusual elements, one section group of
 * several kept), which the benchmark itself hardly has. The filler text is generated from a fixed seed (no one's
 * writing), so every run writes the same pages.
 *
 * <p>The "article box" is the element holding the most paragraph text in its own {@code <p>} children: the
 * benchmark's pages mostly set their body that way; a page without one is left as it is.
 */
public final class PageMutations {
    /** Nouns and the function words that make a line read as prose to the extractor, as real filler does. */
    private static final String[] WORDS = ("harbour council market weekend school festival railway bridge station museum league "
            + "season river orchard ferry library garden bakery stadium theatre the the the of of and and in to a on for with was "
            + "said will has").split(" ");
    private static final String[] NAMES = {"Anna K.", "bob_77", "Mira", "J. Park", "Oleg", "kim.s", "Tom", "Lena"};

    /** The mutations by name, in the order {@code --mutate all} runs them; "none" only parses and writes the page again. */
    public static final List<String> KINDS = List.of("none", "furniture", "interleave", "popup", "comments", "comments-hashed",
            "comments-bare", "aside", "sections", "sections-in-place", "noscript", "hidden-classes", "lines-list", "lines-br", "lines-br-inline", "lines-dl", "lines-table",
            "deep", "builder", "title-undeclared", "title-date", "title-masthead", "title-generic", "title-consent", "title-ticker",
            "title-email");

    private PageMutations() {
    }

    /** The page with the named mutation applied; the same page and kind give the same output on every run. */
    public static String apply(String kind, String html, String pageId) {
        Document doc = Jsoup.parse(html);
        Element box = articleBox(doc);
        if (box != null) {
            Random random = new Random(pageId.hashCode());
            mutation(kind).accept(box, random);
        }
        return doc.outerHtml();
    }

    private static BiConsumer<Element, Random> mutation(String kind) {
        return switch (kind) {
            case "none" -> (box, r) -> { };
            case "furniture" -> PageMutations::furnitureWrappers;
            case "interleave" -> PageMutations::interleavedStrips;
            case "popup" -> PageMutations::hiddenOverlay;
            case "comments" -> (box, r) -> thread(box, r, "comments-area", "comment", "fn", "8 thoughts on this story", true);
            case "comments-hashed" -> (box, r) -> thread(box, r, "x9f2k", "q1a7z", "n8u2", "Comments (8)", true);
            case "comments-bare" -> (box, r) -> thread(box, r, "c-list", "c-item", "c-name", null, false);
            case "aside" -> (box, r) -> box.tagName("aside");
            case "sections" -> PageMutations::sectionGroups;
            case "sections-in-place" -> PageMutations::sectionsInPlace;
            case "noscript" -> PageMutations::noscriptBody;
            case "hidden-classes" -> PageMutations::responsiveClasses;
            case "lines-list" -> (box, r) -> shortLines(box, PageMutations::listLines);
            case "lines-br" -> (box, r) -> shortLines(box, PageMutations::brokenLines);
            case "lines-br-inline" -> (box, r) -> inlineLines(box);
            case "lines-dl" -> (box, r) -> shortLines(box, PageMutations::termLines);
            case "lines-table" -> (box, r) -> shortLines(box, PageMutations::rowLines);
            case "deep" -> PageMutations::deepNesting;
            case "builder" -> PageMutations::builderRows;
            case "title-undeclared" -> (box, r) -> TitleMutations.undeclared(box.ownerDocument());
            case "title-date" -> TitleMutations::dateLine;
            case "title-masthead" -> TitleMutations::siteMasthead;
            case "title-generic" -> TitleMutations::genericTitle;
            case "title-consent" -> TitleMutations::noticeBar;
            case "title-ticker" -> TitleMutations::ticker;
            case "title-email" -> TitleMutations::emailLayout;
            default -> throw new IllegalArgumentException("unknown mutation " + kind + "; one of " + String.join(", ", KINDS));
        };
    }

    /** Class words CMSs and page builders put on an article's own wrappers (Drupal, Elementor, utility CSS, share bars). */
    private static void furnitureWrappers(Element box, Random r) {
        classWrappers(box, "field-label-hidden node-promoted", "text-widget elementor-widget", "share-enabled overflow-hidden");
    }

    /** The class words given, the first on the box, the next on its parent and so on, stopping at the body. */
    private static void classWrappers(Element box, String... classes) {
        Element e = box;
        for (String words : classes) {
            if (e == null || e.normalName().equals("body") || e.normalName().equals("html")) {
                return;
            }
            for (String w : words.split(" ")) {
                e.addClass(w);
            }
            e = e.parent();
        }
    }

    /** A strip of six linked headlines after every second paragraph, as recommendation widgets are placed. */
    private static void interleavedStrips(Element box, Random r) {
        List<Element> paragraphs = paragraphs(box);
        for (int i = 1; i < paragraphs.size(); i += 2) {
            Element strip = new Element("div").addClass("rec-strip");
            for (int j = 0; j < 6; j++) {
                strip.appendElement("div").addClass("rec-item").appendElement("a").attr("href", "/story/" + i + "-" + j)
                        .text(sentence(r, 8));
            }
            paragraphs.get(i).after(strip);
        }
    }

    /** A newsletter overlay hidden by its classes only (a style sheet shows it later), with more prose than many articles. */
    private static void hiddenOverlay(Element box, Random r) {
        Element body = box.ownerDocument() == null ? null : box.ownerDocument().body();
        Element overlay = new Element("div").addClass("newsletter-overlay").addClass("is-hidden");
        for (int i = 0; i < 5; i++) {
            overlay.appendElement("p").text(sentences(r, 4, 18));
        }
        (body == null ? box : body).prependChild(overlay);
    }

    /** Eight signed readers' comments after the article box, with or without a heading, stamps and Reply links. */
    private static void thread(Element box, Random r, String list, String item, String name, String heading, boolean controls) {
        Element thread = new Element("div").addClass(list);
        if (heading != null) {
            thread.appendElement("h2").text(heading);
        }
        for (int i = 0; i < 8; i++) {
            Element c = thread.appendElement("div").addClass(item);
            Element meta = c.appendElement("div");
            meta.appendElement("b").addClass(name).text(NAMES[r.nextInt(NAMES.length)]);
            if (controls) {
                meta.appendText(" ");
                meta.appendElement("time").attr("datetime", String.format(Locale.ROOT, "2024-03-%02dT10:00:00Z", i + 1))
                        .text((i + 1) + " days ago");
            }
            c.appendElement("p").text(sentences(r, 3, 16));
            if (controls) {
                c.appendElement("a").attr("href", "#reply").text("Reply");
            }
        }
        box.after(thread);
    }

    /** The body's paragraphs in up to three sibling sections with an advertisement slot between them. */
    private static void sectionGroups(Element box, Random r) {
        List<Element> paragraphs = paragraphs(box);
        if (paragraphs.size() < 3) {
            return;
        }
        int per = (paragraphs.size() + 2) / 3;
        Element at = paragraphs.get(0);
        Element first = new Element("section").addClass("body-part");
        at.before(first);
        Element section = first;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0 && i % per == 0) {
                section = nextGroup(section);
            }
            section.appendChild(paragraphs.get(i));
        }
    }

    /** A new group after {@code section}, an advertisement slot between them. */
    private static Element nextGroup(Element section) {
        Element ad = new Element("div").addClass("ad-slot").text("Advertisement");
        section.after(ad);
        Element next = new Element("section").addClass("body-part");
        ad.after(next);
        return next;
    }

    /**
     * The same groups holding the box's other children where they stand (subheads, figures, lists, ad slots between
     * the paragraphs), as a template that splits a story keeps them: {@link #sectionGroups} moves only the paragraphs,
     * so a subhead ends up after every group and the shingles at each seam are lost, a loss of the mutation's order,
     * not of a group (session 48: 24 pages worse under it, 7 under this one).
     */
    private static void sectionsInPlace(Element box, Random r) {
        List<Element> paragraphs = paragraphs(box);
        if (paragraphs.size() < 3) {
            return;
        }
        int per = (paragraphs.size() + 2) / 3;
        List<Element> children = new ArrayList<>(box.children());
        int last = children.indexOf(paragraphs.get(paragraphs.size() - 1));
        Element section = null;
        int seen = 0;
        for (int i = children.indexOf(paragraphs.get(0)); i <= last; i++) {
            Element child = children.get(i);
            boolean paragraph = child.normalName().equals("p");
            if (paragraph && seen > 0 && seen % per == 0) {
                section = nextGroup(section);
            }
            if (section == null) {
                section = new Element("section").addClass("body-part");
                child.before(section);
            }
            section.appendChild(child);
            seen += paragraph ? 1 : 0;
        }
    }

    /**
     * The article's box inside a {@code <noscript>}, a visible loading placeholder in its place: a script-rendered
     * page's fallback, which is the only copy of the text a crawler gets.
     */
    private static void noscriptBody(Element box, Random r) {
        Element placeholder = new Element("div").addClass("js-story-loader");
        placeholder.appendElement("p").text("Loading the story\u2026");
        placeholder.appendElement("p").text("Please enable JavaScript in your browser to read this page.");
        box.before(placeholder);
        Element noscript = new Element("noscript");
        placeholder.after(noscript);
        noscript.appendChild(box);
    }

    /**
     * Responsive and print utility classes on the article's own wrappers (hidden on phones or in print only, shown
     * otherwise: Bootstrap, Bulma, a theme's script hooks), and elsewhere a prose popup hidden by its inline style,
     * which is hidden for real.
     */
    private static void responsiveClasses(Element box, Random r) {
        classWrappers(box, "collapse show", "hidden-xs is-hidden-mobile", "d-none d-md-block", "visually-hidden-focusable js-hide-on-print");
        Element body = box.ownerDocument() == null ? null : box.ownerDocument().body();
        Element popup = new Element("div").addClass("subscribe-modal").attr("style", "display:none");
        for (int i = 0; i < 5; i++) {
            popup.appendElement("p").text(sentences(r, 4, 18));
        }
        (body == null ? box : body).appendChild(popup);
    }

    /** Each of the box's paragraphs replaced by the element {@code lines} builds from its sentences, the words unchanged. */
    private static void shortLines(Element box, Function<List<String>, Element> lines) {
        for (Element p : paragraphs(box)) {
            List<String> sentences = sentencesOf(p.text());
            if (!sentences.isEmpty()) {
                p.replaceWith(lines.apply(sentences));
            }
        }
    }

    /** Each sentence its own list item. */
    private static Element listLines(List<String> sentences) {
        Element ul = new Element("ul");
        sentences.forEach(s -> ul.appendElement("li").text(s));
        return ul;
    }

    /** The sentences as lines of one block, broken by {@code <br>}. */
    private static Element brokenLines(List<String> sentences) {
        Element div = new Element("div").addClass("lines");
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                div.appendElement("br");
            }
            div.appendText(sentences.get(i));
        }
        return div;
    }

    /**
     * The sentences as lines of one block broken by {@code <br>}, as "lines-br", but with the paragraph's own inline
     * markup kept: a real page written in lines keeps its links ("Read more by clicking here" stays a link) and its
     * hidden hover cards, which "lines-br" flattens into plain text ({@code p.text()}). A stop inside a link or another
     * inline element breaks no line.
     */
    private static void inlineLines(Element box) {
        for (Element p : paragraphs(box)) {
            Element div = new Element("div").addClass("lines");
            p.before(div);
            for (Node n : new ArrayList<>(p.childNodes())) {
                div.appendChild(n);
            }
            p.remove();
            for (Node n : new ArrayList<>(div.childNodes())) {
                if (n instanceof TextNode t) {
                    breakAtStops(t);
                }
            }
        }
    }

    private static final Pattern STOP = Pattern.compile("(?<=[.!?])\\s+(?=\\S)|(?<=[\u3002\uff01\uff1f])\\s*(?=\\S)|(?<=[.!?\u3002\uff01\uff1f])\\s+$");

    /** A {@code <br>} after each sentence's stop in {@code text}, the space after it dropped. */
    private static void breakAtStops(TextNode text) {
        String s = text.getWholeText();
        Matcher m = STOP.matcher(s);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            if (m.end() == s.length() && text.nextSibling() == null) {
                break;
            }
            pieces.add(s.substring(from, m.start()));
            from = m.end();
        }
        if (pieces.isEmpty()) {
            return;
        }
        Node at = text;
        for (String piece : pieces) {
            TextNode t = new TextNode(piece);
            at.after(t);
            t.after(new Element("br"));
            at = t.nextSibling();
        }
        TextNode rest = new TextNode(s.substring(from));
        at.after(rest);
        text.remove();
    }

    /** Each sentence a term and its description, as a specification or ingredient list: the first word, then the rest. */
    private static Element termLines(List<String> sentences) {
        Element dl = new Element("dl").addClass("specs");
        for (String s : sentences) {
            String[] parts = split(s);
            dl.appendElement("dt").text(parts[0]);
            if (!parts[1].isEmpty()) {
                dl.appendElement("dd").text(parts[1]);
            }
        }
        return dl;
    }

    /** Each sentence a table row: the first word in one cell, the rest in the next. */
    private static Element rowLines(List<String> sentences) {
        Element table = new Element("table").addClass("specs");
        Element tbody = table.appendElement("tbody");
        for (String s : sentences) {
            String[] parts = split(s);
            Element tr = tbody.appendElement("tr");
            tr.appendElement("th").text(parts[0]);
            tr.appendElement("td").text(parts[1]);
        }
        return table;
    }

    private static String[] split(String sentence) {
        int space = sentence.indexOf(' ');
        return space < 0 ? new String[] {sentence, ""} : new String[] {sentence.substring(0, space), sentence.substring(space + 1)};
    }

    /** A paragraph's sentences: split after ., !, ? and a space, or after a CJK full stop, never inside a word. */
    static List<String> sentencesOf(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+(?=\\S)|(?<=[\u3002\uff01\uff1f])\\s*")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The article's box wrapped in 20 to 40 anonymous divs, as nested templates and page builders leave it. */
    private static void deepNesting(Element box, Random r) {
        int depth = 20 + r.nextInt(21);
        Element inner = box;
        for (int i = 0; i < depth; i++) {
            Element div = new Element("div");
            inner.before(div);
            div.appendChild(inner);
            inner = div;
        }
    }

    /** Each paragraph in its own row, column, widget and text box, as a page builder lays out a post. */
    private static void builderRows(Element box, Random r) {
        for (Element p : paragraphs(box)) {
            Element row = new Element("div").addClass("row");
            p.before(row);
            row.appendElement("div").addClass("col").appendElement("div").addClass("widget").appendElement("div").addClass("text")
                    .appendChild(p);
        }
    }

    static List<Element> paragraphs(Element box) {
        List<Element> paragraphs = new ArrayList<>();
        for (Element e : box.children()) {
            if (e.normalName().equals("p")) {
                paragraphs.add(e);
            }
        }
        return paragraphs;
    }

    /** The element holding the most text in its own paragraphs. */
    static Element articleBox(Document doc) {
        Element best = null;
        int most = 0;
        for (Element e : doc.select("div, article, section, main, td")) {
            int n = 0;
            for (Element p : e.children()) {
                if (p.normalName().equals("p")) {
                    n += p.text().length();
                }
            }
            if (n > most) {
                most = n;
                best = e;
            }
        }
        return best;
    }

    private static String sentences(Random r, int n, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(sentence(r, words));
        }
        return b.toString();
    }

    static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[r.nextInt(WORDS.length)];
            b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return b.append('.').toString();
    }
}
