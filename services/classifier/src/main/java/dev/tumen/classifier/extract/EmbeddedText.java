package dev.tumen.classifier.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Article text a page carries outside its rendered markup, for the rungs of the fallback ladder below the markup's
 * own reading: the state a script-rendered page ships for its scripts to draw ({@code __NEXT_DATA__}, Nuxt's and
 * others' {@code window.__STATE__ = {…}} or {@code = JSON.parse("…")}, any {@code application/json} island, Angular's
 * transfer state in its {@code &q;} escapes, JSON written as a string inside JSON, an app root's props in an attribute
 * such as Inertia's {@code data-page}), and the markup kept as text for
 * browsers of another kind ({@code <noframes>} of a frameset, an {@code iframe srcdoc}).
 * <p>
 * A state object holds the article beside its teasers, menus and labels. The strings that read as prose are grouped
 * by their path with array positions left out ({@code props.pageProps.article.content[].text}): the paragraphs of one
 * body share a path, a list of related stories' summaries another, and the group holding the most prose is the
 * article. A string that is itself markup ({@code "body": "<p>…</p><p>…</p>"}) is read as paragraphs.
 * Used only when the markup gave (next to) nothing, so it costs nothing on ordinary pages.
 */
final class EmbeddedText {
    /** A state blob this large is an app's whole data store, not one page's article: not read past it. */
    private static final int MAX_SCRIPT_CHARS = 4_000_000;
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /**
     * Paths of the state's furniture: the related stories' summaries, a comment thread, the menus. A list of ten teasers
     * can hold more prose than a short article.
     */
    private static final Pattern FURNITURE = Pattern.compile("(?i)related|recommend|teaser|popular|trending|mostread|"
            + "comment|reply|replies|navigation|menu|footer|sidebar|newsletter|promo|(?:^|\\.)(?:more|nav|ads?)(?:\\.|$|(?-i:[A-Z_]))");

    private EmbeddedText() {
    }

    /**
     * The article read from a page's script state: its text, paragraphs separated by a blank line (or an empty string),
     * and the headline the object holding that text gives under {@code title} or {@code headline} beside it, or null.
     */
    record State(String text, String headline) {
    }

    /** The article from the page's script state; see {@link State}. */
    static State fromScripts(Element root, Function<Element, String> reader) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Element script : root.ownerDocument() == null ? root.select("script") : root.ownerDocument().select("script")) {
            String type = script.attr("type").toLowerCase(java.util.Locale.ROOT);
            if (type.contains("ld+json")) {
                // JSON-LD is read as declared metadata (PageMetadata, DeclaredBody)
                continue;
            }
            String data = script.data();
            if (data.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            if (type.contains("json")) {
                // Angular's transfer state writes its quotes and brackets as &q; &l; &g; (and & as &a;)
                String json = data.contains("&q;") ? transferState(data) : data;
                int from = jsonStart(json);
                if (from >= 0) {
                    read(json.toCharArray(), from, groups, 0);
                }
                continue;
            }
            // each value a script assigns: window.__INITIAL_STATE__ = {…}, var $render_data = [{…}][0] || {}
            int at = 0;
            char[] chars = null;
            for (int n = 0; n < MAX_ASSIGNMENTS && (at = assigned(data, at)) >= 0; n++) {
                chars = chars == null ? data.toCharArray() : chars;
                at = read(chars, at, groups, 0);
            }
            // state shipped as a string for the script to parse: window.__PRELOADED_STATE__ = JSON.parse("{\"…")
            at = 0;
            for (int n = 0; n < MAX_ASSIGNMENTS && (at = data.indexOf("JSON.parse(", at)) >= 0; n++) {
                at += "JSON.parse(".length();
                String json = jsString(data, at);
                int from = json == null ? -1 : jsonStart(json);
                if (from >= 0) {
                    read(json.toCharArray(), from, groups, 0);
                }
            }
        }
        // the page's props in an attribute of its app root (Inertia's data-page="{&quot;component&quot;…}", an island's props)
        int attributes = 0;
        for (Element e : root.ownerDocument() == null ? root.getAllElements() : root.ownerDocument().getAllElements()) {
            if (attributes >= MAX_ASSIGNMENTS) {
                break;
            }
            dev.tumen.classifier.budget.PageBudget.check();
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                String v = a.getValue();
                if (v.length() >= MIN_ATTRIBUTE_STATE && v.length() <= MAX_SCRIPT_CHARS && jsonStart(v) == 0) {
                    attributes++;
                    read(v.toCharArray(), 0, groups, 0);
                }
            }
        }
        List<String> best = List.of();
        String bestKey = null;
        int bestSize = 0;
        for (var e : groups.entrySet()) {
            if (FURNITURE.matcher(e.getKey()).find() || e.getKey().startsWith(TITLE)) {
                continue;
            }
            List<String> g = e.getValue();
            int size = 0;
            for (String s : g) {
                // a subhead of the body says which part follows; it is no prose to choose the body by
                size += s.startsWith(SUBHEAD) ? 0 : s.length() + 2 * DomBlocks.ideographs(s);
            }
            if (size > bestSize) {
                best = g;
                bestKey = e.getKey();
                bestSize = size;
            }
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < best.size(); i++) {
            String s = best.get(i);
            if (s.startsWith(SUBHEAD)) {
                // a subhead heads the prose after it: one closing the body, or over another subhead, heads nothing
                if (i + 1 < best.size() && !best.get(i + 1).startsWith(SUBHEAD) && seen.add(s)) {
                    out.add(s.substring(SUBHEAD.length()).strip().replaceAll("\\s+", " "));
                }
                continue;
            }
            for (String p : paragraphs(s, reader)) {
                if (seen.add(p)) {
                    out.add(p);
                }
            }
        }
        // the headline beside the text in its object ({"title": "…", "content": "<p>…"}), the path's last name dropped; not
        // in a list's items, where a title names an item (a block of the body, a photo)
        // (the state's root, unnamed, reads "[]" too)
        String holder = bestKey == null ? ".[]" : bestKey.substring(0, Math.max(0, bestKey.lastIndexOf('.')));
        List<String> titles = holder.endsWith(".[]") ? null : groups.get(TITLE + holder);
        return new State(String.join("\n\n", out), titles == null ? null : titles.get(0));
    }

    /** Marks a group of headlines, keyed by the path of the object giving them. */
    private static final String TITLE = "\u0001";
    /** The names an object gives its headline under; a headline is this short at most. */
    private static final Pattern TITLE_KEY = Pattern.compile("(?i)title|headline");
    private static final int TITLE_CHARS = 200;

    /** Marks a subhead kept in a body's group among its prose strings. */
    private static final String SUBHEAD = "\u0000";

    /**
     * The type an element of a body's list names when it is a subhead: Arc's {@code {"type":"header","level":2,
     * "content":"…"}}, a block editor's {@code "heading"} or {@code "subheadline"}, Portable Text's {@code "h2"}.
     */
    private static final Pattern SUBHEAD_TYPE = Pattern.compile("(?i)header|heading|sub_?head(?:ing|line)?|h[2-6]");
    /** The names a body's element gives its text under. */
    private static final Pattern SUBHEAD_KEY = Pattern.compile("content|text|value");
    /** A subhead is this short at most, in characters. */
    private static final int SUBHEAD_CHARS = 160;

    /** Values read per script at most: a bundle of code assigns thousands of object literals, none of them a page's state. */
    private static final int MAX_ASSIGNMENTS = 16;

    /** Where the JSON of a JSON script starts, or -1. */
    private static int jsonStart(String data) {
        int i = 0;
        while (i < data.length() && Character.isWhitespace(data.charAt(i))) {
            i++;
        }
        return i < data.length() && (data.charAt(i) == '{' || data.charAt(i) == '[') ? i : -1;
    }

    /**
     * Where the next object or array a script assigns to a name starts ({@code window.__NUXT__ = {…}}, {@code var
     * $render_data = [{…}]}, {@code self.initialState={…}}), from {@code from} on, or -1: an {@code =} that is no
     * comparison or arrow, after a name, before a brace or a bracket.
     */
    static int assigned(String data, int from) {
        for (int eq = data.indexOf('=', from); eq > 0; eq = data.indexOf('=', eq + 1)) {
            char before = data.charAt(eq - 1);
            if (before == '=' || before == '!' || before == '<' || before == '>' || eq + 1 < data.length()
                    && (data.charAt(eq + 1) == '=' || data.charAt(eq + 1) == '>')) {
                continue;
            }
            int k = eq - 1;
            while (k >= 0 && data.charAt(k) == ' ') {
                k--;
            }
            if (k < 0 || !(Character.isLetterOrDigit(data.charAt(k)) || "_$]'\"".indexOf(data.charAt(k)) >= 0)) {
                continue;
            }
            int j = eq + 1;
            while (j < data.length() && Character.isWhitespace(data.charAt(j))) {
                j++;
            }
            if (j < data.length() && (data.charAt(j) == '{' || data.charAt(j) == '[')) {
                return j;
            }
        }
        return -1;
    }

    /** An attribute's JSON this long at least is state, not a widget's options ({@code data-options="{…}"}). */
    private static final int MIN_ATTRIBUTE_STATE = 200;
    /** How deep JSON written as a string inside JSON is read (SvelteKit's fetched responses carry their body so). */
    private static final int NESTED_JSON = 2;

    /** Angular's transfer state as JSON: {@code &q;} a quote, {@code &s;} an apostrophe, {@code &l;} {@code &g;}, {@code &a;}. */
    private static String transferState(String data) {
        return data.replace("&q;", "\"").replace("&s;", "'").replace("&l;", "<").replace("&g;", ">").replace("&a;", "&");
    }

    /**
     * The JavaScript string literal starting at {@code at} (after spaces), quotes '…', "…" or `…` without
     * substitutions, unescaped; or {@code null}.
     */
    static String jsString(String data, int at) {
        int i = at;
        while (i < data.length() && Character.isWhitespace(data.charAt(i))) {
            i++;
        }
        if (i >= data.length() || "'\"`".indexOf(data.charAt(i)) < 0) {
            return null;
        }
        char q = data.charAt(i);
        StringBuilder out = new StringBuilder();
        for (i++; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == q) {
                return out.toString();
            }
            if (c != '\\') {
                if (q == '`' && c == '$' && i + 1 < data.length() && data.charAt(i + 1) == '{') {
                    return null;
                }
                out.append(c);
                continue;
            }
            if (++i >= data.length()) {
                return null;
            }
            char e = data.charAt(i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '0' -> out.append('\0');
                case 'u', 'x' -> {
                    // u and four hex digits, or x and two
                    int digits = e == 'u' ? 4 : 2;
                    int code = hex(data, i + 1, digits);
                    if (code < 0) {
                        return null;
                    }
                    out.append((char) code);
                    i += digits;
                }
                case '\n' -> {
                }
                default -> out.append(e);
            }
        }
        return null;
    }

    /** The number written in {@code n} hex digits at {@code at}, or -1. */
    private static int hex(String data, int at, int n) {
        if (at + n > data.length()) {
            return -1;
        }
        try {
            return Integer.parseInt(data.substring(at, at + n), 16);
        } catch (NumberFormatException x) {
            return -1;
        }
    }

    /** Streams the JSON value at {@code from}, adding each prose string to the group of its path. */
    /** @return where the value ends in {@code data} (or where reading it stopped), so the next one is looked for after it */
    private static int read(char[] chars, int from, Map<String, List<String>> groups, int nested) {
        List<String> path = new ArrayList<>();
        // per open object: its type's name and its one short string, a subhead when the type says so (read at its end,
        // since the type may follow the text)
        List<String[]> objects = new ArrayList<>();
        int end = from + 1;
        try (JsonParser p = JSON.createParser(chars, from, chars.length - from)) {
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        String name = p.currentName();
                        path.add(name == null ? "[]" : name);
                        objects.add(t == JsonToken.START_OBJECT ? new String[3] : null);
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        String[] o = objects.remove(objects.size() - 1);
                        path.remove(path.size() - 1);
                        if (o != null && o[0] != null && o[1] != null && SUBHEAD_TYPE.matcher(o[0]).matches()) {
                            groups.computeIfAbsent(o[2], k -> new ArrayList<>()).add(SUBHEAD + o[1]);
                        }
                        if (--depth == 0) {
                            return from + (int) p.currentLocation().getCharOffset();
                        }
                    }
                    case VALUE_STRING -> {
                        String s = p.getText();
                        int json = nested < NESTED_JSON && s.length() >= MIN_ATTRIBUTE_STATE ? jsonStart(s) : -1;
                        String[] o = objects.isEmpty() ? null : objects.get(objects.size() - 1);
                        if (json >= 0) {
                            // JSON written as a string: a fetched response's body ({"status":200,"body":"{\"article\"…"})
                            read(s.toCharArray(), json, groups, nested + 1);
                        } else if (prose(s)) {
                            String key = String.join(".", path) + "." + p.currentName();
                            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                        } else if (TITLE_KEY.matcher(String.valueOf(p.currentName())).matches() && !s.isBlank()
                                && s.length() <= TITLE_CHARS && s.indexOf('<') < 0) {
                            groups.computeIfAbsent(TITLE + String.join(".", path), k -> new ArrayList<>()).add(s.strip());
                        } else if (o != null && "type".equals(p.currentName())) {
                            o[0] = s;
                        } else if (o != null && SUBHEAD_KEY.matcher(String.valueOf(p.currentName())).matches() && !s.isBlank()
                                && s.length() <= SUBHEAD_CHARS && s.indexOf('<') < 0) {
                            // a second text leaves the object no subhead: a card's label beside its summary
                            o[1] = o[1] == null && o[2] == null ? s : null;
                            o[2] = String.join(".", path) + "." + p.currentName();
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a script that only looked like state (code, a JavaScript object literal): what was read so far stands
        }
        return end;
    }

    /** Reads as reader text: words with a sentence end, or long; not a URL, an identifier or a blob. */
    private static boolean prose(String s) {
        if (s.length() < 30 || s.startsWith("http") || s.startsWith("/") || s.startsWith("data:")) {
            return false;
        }
        int size = s.length() + 2 * DomBlocks.ideographs(s);
        if (size < 40) {
            return false;
        }
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                spaces++;
            }
        }
        boolean words = spaces * 15 >= s.length() || DomBlocks.ideographs(s) * 3 >= s.length();
        return words && (size >= 100 || HtmlExtractor.hasSentenceEnd(s.strip()));
    }

    /**
     * A state string as paragraphs: markup read as a page of its own (so its inline "read also" links and captions go as
     * they would on the page), plain text by its line breaks.
     */
    private static List<String> paragraphs(String s, Function<Element, String> reader) {
        String text = s.indexOf('<') >= 0 && s.indexOf('>') >= 0 ? reader.apply(Jsoup.parseBodyFragment(s).body()) : s;
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\s*\\n\\s*")) {
            String t = p.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The markup a page keeps as text for browsers of another kind: its {@code <noframes>} content and {@code iframe
     * srcdoc} documents, the markup an editor keeps escaped in a {@code <textarea>} for a script to copy in, and the markup a script stamps into the page from a {@code <script type="text/template">} (a
     * Backbone or Knockout app's view, a Vue {@code text/x-template}, a Handlebars template), each as a body of its own,
     * in page order.
     */
    static List<Element> rawBodies(Element root) {
        List<Element> out = new ArrayList<>();
        Element doc = root.ownerDocument() == null ? root : root.ownerDocument();
        for (Element e : doc.select("noframes, iframe[srcdoc], script[type], textarea")) {
            if (e.normalName().equals("script") && !markupTemplate(e.attr("type"))) {
                continue;
            }
            if (e.normalName().equals("textarea")) {
                // an editor's store (a legacy CMS or AMP editor keeps the story's markup escaped in a textarea a script
                // copies into the page): paragraphs' markup, never a snippet to copy (an embed's frame or script)
                String kept = e.wholeText();
                if (storedParagraphs(kept)) {
                    out.add(Jsoup.parse(kept).body());
                }
                continue;
            }
            String html = e.normalName().equals("iframe") ? e.attr("srcdoc") : e.data().isEmpty() ? e.html() : e.data();
            if (!html.isBlank()) {
                out.add(Jsoup.parse(html).body());
            }
        }
        return out;
    }

    /** Markup of paragraphs kept as text ({@code <p>…</p><p>…</p>}, {@code <br>} lines), holding no frame or script. */
    private static boolean storedParagraphs(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.charAt(0) != '<') {
            return false;
        }
        String lower = t.length() > 20_000 ? t.substring(0, 20_000).toLowerCase(java.util.Locale.ROOT) : t.toLowerCase(java.util.Locale.ROOT);
        return (lower.contains("<p") || lower.contains("<br")) && !lower.contains("<iframe") && !lower.contains("<script");
    }

    /**
     * A script type that says its content is markup for a script to stamp ({@code text/template}, {@code text/x-template},
     * {@code text/html}, {@code text/x-handlebars-template}, {@code text/ng-template}), not code or data.
     */
    private static boolean markupTemplate(String type) {
        String t = type.strip().toLowerCase(java.util.Locale.ROOT);
        return t.equals("text/html") || t.startsWith("text/") && t.endsWith("template");
    }
}
