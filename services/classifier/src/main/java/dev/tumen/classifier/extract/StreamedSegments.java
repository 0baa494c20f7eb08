package dev.tumen.classifier.extract;

import dev.tumen.classifier.budget.PageBudget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * React's streamed server rendering (Next.js's app router, Remix and others built on React 18): the page is sent with
 * a Suspense boundary's fallback in place ({@code <!--$?--><template id="B:0"></template>} and a "Loading…"
 * skeleton), and the boundary's content follows later in the same response, at the end of the body, in a hidden
 * {@code <div id="S:0">}; an inline script, {@code $RC("B:0","S:0")}, then moves the content in place of the
 * fallback. A browser shows the content where the fallback was, and never the fallback; the page is read that way.
 * Without this the story is hidden text and the page's only visible prose is whatever its layout holds beside the
 * skeleton (a "support us" blurb).
 */
final class StreamedSegments {
    /**
     * The calls placing streamed content: {@code $RC("B:0","S:0")} completes a boundary, {@code $RR("B:0","S:0",[…])} the
     * same once its stylesheets load, {@code $RS("S:1","P:1")} puts a segment in place of its placeholder; ids are short.
     */
    private static final Pattern COMPLETE = Pattern.compile("\\$R([CRS])\\(\"([^\"]{1,40})\",\"([^\"]{1,40})\"");
    /** A page completes one boundary a call; more than this is no page a framework sends. */
    private static final int MAX_BOUNDARIES = 256;

    private StreamedSegments() {
    }

    /** Moves each streamed piece into place, as the page's script does; a page without one is untouched. */
    static void place(Document doc, String html) {
        if (!streams(html)) {
            return;
        }
        List<String[]> calls = new ArrayList<>();
        Map<String, Element> templates = new HashMap<>();
        Map<String, Element> segments = new HashMap<>();
        for (Element e : doc.getAllElements()) {
            PageBudget.check();
            String tag = e.normalName();
            if (tag.equals("script") && calls.size() < MAX_BOUNDARIES) {
                Matcher m = COMPLETE.matcher(e.data());
                while (m.find() && calls.size() < MAX_BOUNDARIES) {
                    // a segment call names the segment first, the placeholder second
                    calls.add(m.group(1).equals("S") ? new String[] {m.group(3), m.group(2), "S"}
                            : new String[] {m.group(2), m.group(3), "C"});
                }
            } else if (tag.equals("template") && (e.id().startsWith("B:") || e.id().startsWith("P:"))) {
                templates.putIfAbsent(e.id(), e);
            } else if (e.hasAttr("hidden") && e.id().startsWith("S:")) {
                segments.putIfAbsent(e.id(), e);
            }
        }
        for (String[] call : calls) {
            Element template = templates.get(call[0]);
            Element segment = segments.remove(call[1]);
            // a segment holding its own fallback (a page written to loop) would be moved into itself
            if (template != null && segment != null && template.parent() != null && !within(template, segment)) {
                move(template, segment, call[2].equals("C"));
            }
        }
    }

    private static boolean within(Element e, Element box) {
        for (Element p = e; p != null; p = p.parent()) {
            PageBudget.check();
            if (p == box) {
                return true;
            }
        }
        return false;
    }

    /** One look through the page for a call of the three ({@code $RC(}, {@code $RR(}, {@code $RS(}): most pages have none. */
    private static boolean streams(String html) {
        for (int i = html.indexOf("$R"); i >= 0 && i + 3 < html.length(); i = html.indexOf("$R", i + 2)) {
            char c = html.charAt(i + 2);
            if ((c == 'C' || c == 'R' || c == 'S') && html.charAt(i + 3) == '(') {
                return true;
            }
        }
        return false;
    }

    /**
     * A boundary's fallback is every node from the template to the comment closing the boundary ({@code <!--/$-->}),
     * nested boundaries counted; the segment's nodes go before that comment, as {@code $RC} puts them. A placeholder is
     * the template alone, and the segment's nodes take its place ({@code $RS}).
     */
    private static void move(Element template, Element segment, boolean boundary) {
        Element parent = template.parent();
        Node at = template;
        if (!boundary) {
            at = template.nextSibling();
            template.remove();
        }
        int depth = 0;
        while (boundary && at != null) {
            PageBudget.check();
            if (at instanceof Comment c) {
                String data = c.getData();
                if (data.equals("/$")) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (data.equals("$") || data.equals("$?") || data.equals("$!")) {
                    depth++;
                }
            }
            Node next = at.nextSibling();
            at.remove();
            at = next;
        }
        for (Node child : new ArrayList<>(segment.childNodes())) {
            PageBudget.check();
            if (at != null) {
                at.before(child);
            } else {
                parent.appendChild(child);
            }
        }
        segment.remove();
    }
}
