package dev.tumen.classifier.extract;

import dev.tumen.classifier.budget.PageBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's {@code <style>} blocks say of its classes' type: a document exported from Word or HWP sets its headline's
 * size and weight by a paragraph style ({@code p.Pressetitel {font-size:16.0pt; font-weight:bold}}), not on the paragraph
 * (round thirty-two). Only selectors of one class ({@code .x}, {@code p.x}, a list of them) are read, and the style text
 * only so far: the rest of the sheet's rules say nothing of a paragraph's look a reader would see first.
 */
final class StyleClasses {
    /** A class's type: its size in points (0 when not given) and whether it is bold. */
    record Style(double points, boolean bold) {}

    /** How much of the pages' style text is read at most. */
    private static final int MAX_CHARS = 65_536;

    private static final Pattern RULE = Pattern.compile("([^{}]{1,512})\\{([^{}]{0,2048})\\}");
    private static final Pattern CLASS_SELECTOR = Pattern.compile("\\s*(?:[A-Za-z][A-Za-z0-9]*)?\\.([-_A-Za-z0-9]+)\\s*");
    private static final Pattern SIZE = Pattern.compile("(?i)(?:^|;|\\s)font-size\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s*(pt|px)");
    private static final Pattern WEIGHT = Pattern.compile("(?i)(?:^|;|\\s)font-weight\\s*:\\s*([a-z0-9]+)");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|<!--|-->");

    private final Map<String, Style> byClass;

    private StyleClasses(Map<String, Style> byClass) {
        this.byClass = byClass;
    }

    /** The style text of the page, 64 KB at most. */
    private static String css(Document doc) {
        return css(doc.getElementsByTag("style"));
    }

    private static String css(List<Element> styles) {
        StringBuilder css = new StringBuilder();
        // each block's text as parsed, not style.data(): that copies the whole block first, and a framework's inlined
        // sheet runs to 800 KB (2 ms a page on the benchmark's largest before this cap held)
        for (Element style : styles) {
            for (DataNode node : style.dataNodes()) {
                if (css.length() >= MAX_CHARS) {
                    return css.toString();
                }
                String data = node.getWholeData();
                css.append(data, 0, Math.min(data.length(), MAX_CHARS - css.length()));
            }
            css.append('\n');
        }
        return css.toString();
    }

    /**
     * The classes the page's style sheet sets to keep their text's line breaks ({@code white-space: pre-wrap}, as a
     * mail archive's message body is shown: HyperKitty's {@code .email-body}); empty when the sheet says no such thing
     * (round thirty-three).
     */
    static Set<String> preClasses(Document doc) {
        Set<String> out = new HashSet<>();
        // the head's style blocks only: the whole page is not walked again for them, and a sheet that sets a class to
        // keep its line breaks is the site's, in the head
        String css = doc.head() == null ? "" : css(doc.head().getElementsByTag("style"));
        if (css.indexOf("white-space") < 0) {
            return out;
        }
        // each such declaration's own selectors, found back from it: the sheet's other rules are not read (a page's
        // style text runs to 64 KB, and a pass of the rule pattern over all of it costs more than the page's parse)
        Matcher decl = PRE_DECLARATION.matcher(css);
        for (int n = 0; n < PRE_RULES && decl.find(); n++) {
            PageBudget.check();
            int open = css.lastIndexOf('{', decl.start());
            if (open < 0 || css.lastIndexOf('}', decl.start()) > open) {
                continue;
            }
            int before = Math.max(css.lastIndexOf('}', open), css.lastIndexOf('{', open - 1));
            if (open - before > MAX_SELECTORS) {
                continue;
            }
            for (String selector : COMMENTS.matcher(css.substring(before + 1, open)).replaceAll(" ").split(",")) {
                Matcher m = CLASS_SELECTOR.matcher(selector);
                if (m.matches()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    /**
     * The classes ({@code .x}) and ids ({@code #x}) the head's style sheet hides outright ({@code display:none} in a rule of
     * one simple selector, at the sheet's top level: a rule inside {@code @media} hides a box on some screens only): an
     * app's download layer or a popup named for nothing ({@code #appDown{display:none;position:absolute}}) that a script
     * shows (round thirty-four). Empty when the sheet hides nothing so.
     */
    static Set<String> hiddenSelectors(Document doc) {
        String css = doc == null || doc.head() == null ? "" : css(doc.head().getElementsByTag("style"));
        if (css.indexOf("display") < 0) {
            return new HashSet<>();
        }
        // one pass over the (capped) sheet: rules are found by their braces, and only a rule whose declarations say
        // "display" has its selectors read; no pattern runs over the whole sheet
        Set<String> hidden = new HashSet<>();
        List<int[]> shows = new ArrayList<>();
        int depth = 0;
        int prelude = 0;
        int rules = 0;
        int display = 0;
        int nextClose = 0;
        int nextOpen = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int close = css.indexOf("*/", i + 2);
                i = close < 0 ? css.length() : close + 1;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                prelude = i + 1;
            } else if (c == ';' && depth == 0) {
                prelude = i + 1; // @import, @charset
            } else if (c == '{') {
                // the next braces are found once per brace passed, not once per brace opened: a sheet of open braces and
                // no close one (64 KB of "{") had each look to the sheet's end, 130 ms a page
                if (nextClose >= 0 && nextClose <= i) {
                    nextClose = css.indexOf('}', i + 1);
                }
                if (nextOpen >= 0 && nextOpen <= i) {
                    nextOpen = css.indexOf('{', i + 1);
                }
                int close = nextClose;
                int inner = nextOpen;
                if (close < 0 || inner >= 0 && inner < close) {
                    // a group (@media, @supports) or a nested rule: its rules are read as the pass goes on
                    depth++;
                    prelude = i + 1;
                    continue;
                }
                if (display >= 0 && display <= i) {
                    display = css.indexOf("display", i + 1); // found once per occurrence, not once per rule
                }
                if (display >= 0 && display < close && i - prelude <= MAX_SELECTORS && ++rules <= DISPLAY_RULES) {
                    PageBudget.check();
                    if (!NONE_DECLARATION.matcher(css).region(display, close).find()) {
                        // read only if the sheet hides something: most pages' sheets hide nothing by a simple selector
                        shows.add(new int[] {prelude, i});
                    } else if (depth == 0) {
                        for (String selector : selectors(css, prelude, i)) {
                            Matcher m = SIMPLE_SELECTOR.matcher(selector);
                            if (m.matches()) {
                                hidden.add(m.group(1));
                            }
                        }
                    }
                }
                i = close;
                prelude = close + 1;
            }
        }
        // a sheet written for small screens first hides a box and shows it again on larger ones in a media query
        // (".desktop-nav{display:none} @media (min-width:768px){.desktop-nav{display:block}}"): a box shown somewhere,
        // here or under another box of its page
        for (int k = 0; k < shows.size() && !hidden.isEmpty(); k++) {
            for (String selector : selectors(css, shows.get(k)[0], shows.get(k)[1])) {
                Matcher m = LAST_SIMPLE.matcher(selector);
                if (m.find()) {
                    hidden.remove(m.group(1));
                }
            }
        }
        return hidden;
    }

    private static String[] selectors(String css, int from, int to) {
        String s = css.substring(from, to);
        return (s.indexOf('/') >= 0 || s.indexOf('<') >= 0 || s.indexOf("->") >= 0 ? COMMENTS.matcher(s).replaceAll(" ") : s).split(",");
    }

    /** How many rules setting a display are read at most. */
    private static final int DISPLAY_RULES = 256;
    /** The last class or id a selector names, the box it styles: {@code .post .teaser} styles a {@code .teaser}. */
    private static final Pattern LAST_SIMPLE = Pattern.compile("([.#][-_A-Za-z0-9]+)\\s*$");

    /** A declaration hiding a box outright. */
    private static final Pattern NONE_DECLARATION = Pattern.compile("display\\s*:\\s*none(?![-\\w])");
    /** One class or one id, a tag's name before it or not: {@code .layer}, {@code div#appDown}. */
    private static final Pattern SIMPLE_SELECTOR = Pattern.compile("\\s*(?:[A-Za-z][A-Za-z0-9]*)?([.#][-_A-Za-z0-9]+)\\s*");

    /** A declaration keeping line breaks, as found in the style text (lower case, as sheets write it). */
    private static final Pattern PRE_DECLARATION = Pattern.compile("white-space\\s*:\\s*pre(?:-wrap|-line)?(?![-\\w])");
    /** How many such declarations are read, and how long a rule's selectors are at most. */
    private static final int PRE_RULES = 64;
    private static final int MAX_SELECTORS = 512;

    /** A declaration keeping line breaks: {@code white-space: pre}, {@code pre-wrap} or {@code pre-line}. */
    static final Pattern PRE_SPACE = Pattern.compile("(?i)(?:^|;|\\s)white-space\\s*:\\s*pre(?:-wrap|-line)?\\s*(?:;|!|$)");

    /** The style sheet of the page {@code e} belongs to. */
    static StyleClasses of(Element e) {
        Document doc = e.ownerDocument();
        Map<String, Style> map = new HashMap<>();
        if (doc == null) {
            return new StyleClasses(map);
        }
        Matcher rule = RULE.matcher(COMMENTS.matcher(css(doc)).replaceAll(" "));
        while (rule.find()) {
            PageBudget.check();
            String decls = rule.group(2);
            Matcher size = SIZE.matcher(decls);
            Matcher weight = WEIGHT.matcher(decls);
            boolean hasSize = size.find();
            boolean hasWeight = weight.find();
            if (!hasSize && !hasWeight) {
                continue;
            }
            for (String selector : rule.group(1).split(",")) {
                Matcher m = CLASS_SELECTOR.matcher(selector);
                if (!m.matches()) {
                    continue;
                }
                // a later rule for the class keeps what it does not say again
                Style before = map.getOrDefault(m.group(1), new Style(0, false));
                double points = hasSize ? Double.parseDouble(size.group(1)) * (size.group(2).equalsIgnoreCase("px") ? 0.75 : 1)
                        : before.points();
                boolean bold = hasWeight ? bold(weight.group(1)) : before.bold();
                map.put(m.group(1), new Style(points, bold));
            }
        }
        return new StyleClasses(map);
    }

    private static boolean bold(String weight) {
        String w = weight.toLowerCase(java.util.Locale.ROOT);
        return w.equals("bold") || w.equals("bolder") || w.length() == 3 && w.charAt(0) >= '6' && w.charAt(0) <= '9'
                && w.endsWith("00");
    }

    /** The style the sheet gives one of {@code e}'s classes, or {@code null}. */
    Style style(Element e) {
        if (byClass.isEmpty()) {
            return null;
        }
        for (String c : e.classNames()) {
            Style s = byClass.get(c);
            if (s != null) {
                return s;
            }
        }
        return null;
    }
}
