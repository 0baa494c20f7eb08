package dev.tumen.classifier.extract.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.extract.ExtractCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageMutationsTest {
    private static final String PAGE = "<html><body><nav><a href=\"/\">Home</a></nav><div class=\"wrap\"><div class=\"story\">"
            + "<p>The ferry to the islands will run twice a day from the first of May, the harbour office said on Monday.</p>"
            + "<p>Tickets can be bought on board or at the kiosk beside the pier, which opens an hour before each crossing.</p>"
            + "<p>The council said a third crossing could follow in the summer if the first weeks bring enough passengers.</p>"
            + "<p>Fishermen welcomed the timetable, saying the old one left them waiting half a day for spare parts.</p>"
            + "</div></div><footer>Contact</footer></body></html>";

    @Test
    void everyMutationKeepsTheArticlesParagraphsAndGivesTheSamePageEachRun() {
        List<String> paragraphs = Jsoup.parse(PAGE).select("div.story > p").eachText();
        for (String kind : PageMutations.KINDS) {
            String once = PageMutations.apply(kind, PAGE, "page-1");
            assertEquals(once, PageMutations.apply(kind, PAGE, "page-1"), kind);
            // the short-line kinds take the paragraphs apart into lines, list items and cells, their words in order
            String text = Jsoup.parse(once).body().text();
            for (String p : paragraphs) {
                assertTrue(text.contains(p), kind + " lost \"" + p + "\" from " + text);
            }
            if (!kind.startsWith("lines-")) {
                List<String> kept = Jsoup.parse(once).select("p").eachText();
                assertTrue(kept.containsAll(paragraphs), kind + ": " + kept);
            }
            // a page declaring no headline is one "title-undeclared" leaves as it is
            if (!kind.equals("none") && !kind.equals("title-undeclared")) {
                assertNotEquals(PageMutations.apply("none", PAGE, "page-1"), once, kind + " changed nothing");
            }
        }
    }

    @Test
    void theMutationsAreBuiltAroundTheBoxHoldingTheParagraphs() {
        Element box = PageMutations.articleBox(Jsoup.parse(PAGE));
        assertEquals("story", box.className());
        var aside = Jsoup.parse(PageMutations.apply("aside", PAGE, "p"));
        assertEquals(4, aside.select("aside > p").size());
        var strips = Jsoup.parse(PageMutations.apply("interleave", PAGE, "p"));
        // after the second and the fourth paragraph
        assertEquals(2, strips.select("div.story > div.rec-strip").size());
        // up to three groups: four paragraphs make two of two
        assertEquals(2, Jsoup.parse(PageMutations.apply("sections", PAGE, "p")).select("section.body-part").size());
    }

    @Test
    void sectionsInPlaceKeepASubheadBetweenTheParagraphsItStoodBetween() {
        String page = PAGE.replace("<p>Tickets", "<h2>On board</h2><p>Tickets");
        var moved = Jsoup.parse(PageMutations.apply("sections", page, "p"));
        var inPlace = Jsoup.parse(PageMutations.apply("sections-in-place", page, "p"));
        assertEquals(2, inPlace.select("section.body-part").size());
        // "sections" moves the paragraphs alone: the subhead is left after every group
        assertEquals("h2", moved.selectFirst("div.story").child(moved.selectFirst("div.story").childrenSize() - 1).normalName());
        assertEquals(List.of("p", "h2", "p"), inPlace.selectFirst("section.body-part").children().stream().map(e -> e.normalName()).toList());
        assertEquals(Jsoup.parse(page).select("div.story > *").eachText(), inPlace.select("section.body-part > *").eachText());
    }

    @Test
    void theNewShapesAreBuiltAsIssue14Describes() {
        var noscript = Jsoup.parse(PageMutations.apply("noscript", PAGE, "p"));
        assertEquals(4, noscript.select("noscript > div.story > p").size());
        assertTrue(noscript.select("div.js-story-loader").text().contains("enable JavaScript"));
        var hidden = Jsoup.parse(PageMutations.apply("hidden-classes", PAGE, "p"));
        assertTrue(hidden.selectFirst("div.story").hasClass("collapse"));
        assertTrue(hidden.selectFirst("div.wrap").hasClass("hidden-xs"));
        assertEquals(5, hidden.select("div[style=display:none] > p").size());
        // four sentences, one each
        var list = Jsoup.parse(PageMutations.apply("lines-list", PAGE, "p"));
        assertEquals(4, list.select("div.story > ul > li").size());
        assertEquals(0, list.select("div.story > p").size());
        assertEquals(4, Jsoup.parse(PageMutations.apply("lines-dl", PAGE, "p")).select("dl > dt").size());
        assertEquals(4, Jsoup.parse(PageMutations.apply("lines-table", PAGE, "p")).select("table tr").size());
        var deep = Jsoup.parse(PageMutations.apply("deep", PAGE, "p"));
        int depth = deep.selectFirst("div.story").parents().size();
        assertTrue(depth >= 2 + 20 + 2 && depth <= 2 + 40 + 2, "depth " + depth);
        var builder = Jsoup.parse(PageMutations.apply("builder", PAGE, "p"));
        assertEquals(4, builder.select("div.story > div.row > div.col > div.widget > div.text > p").size());
    }

    /** A story page declaring its headline three times (og:title, twitter:title, JSON-LD), an h1 over its box. */
    private static final String TITLED = "<html><head><title>Night ferry returns to the islands | Harbour Courier</title>"
            + "<meta property=\"og:title\" content=\"Night ferry returns to the islands\">"
            + "<meta name=\"twitter:title\" content=\"Night ferry returns to the islands\">"
            + "<meta property=\"og:site_name\" content=\"Harbour Courier\">"
            + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Night ferry returns to the islands\","
            + " \"datePublished\": \"2026-12-01T08:00:00Z\"}</script></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><main><h1>Night ferry returns to the islands</h1>"
            + PAGE.substring(PAGE.indexOf("<div class=\"wrap\">"), PAGE.indexOf("<footer>")) + "</main></body></html>";

    @Test
    void theTitleMutationsKeepTheHeadlineAndTheTextAndRemoveTheDeclaredHeadlines() {
        List<String> paragraphs = Jsoup.parse(TITLED).select("div.story > p").eachText();
        for (String kind : PageMutations.KINDS.stream().filter(k -> k.startsWith("title-")).toList()) {
            for (String id : List.of("a", "b", "c", "d", "e", "f")) {
                var doc = Jsoup.parse(PageMutations.apply(kind, TITLED, id));
                String where = kind + " on " + id;
                assertTrue(doc.select("p").eachText().containsAll(paragraphs), where);
                assertTrue(doc.body().text().contains("Night ferry returns to the islands"), where + ": the headline");
                assertEquals(0, doc.select("meta[property=og:title], meta[name=twitter:title]").size(), where);
                String ld = doc.selectFirst("script[type=application/ld+json]").data();
                assertTrue(!ld.contains("headline") && ld.contains("datePublished"), where + ": " + ld);
                Element headline = doc.getElementsContainingOwnText("Night ferry returns to the islands").last();
                switch (kind) {
                    case "title-date", "title-consent", "title-ticker" -> {
                        assertEquals("h1", headline.normalName(), where);
                        Element before = headline.previousElementSibling();
                        assertTrue(before != null && before.select("h1, h2").size() == 1, where + ": " + before);
                    }
                    case "title-masthead" -> {
                        assertTrue(headline.hasClass("headline") || headline.hasClass("title"), where);
                        assertEquals("Harbour Courier", doc.body().child(0).text(), where);
                        assertEquals(1, doc.select("h1").size(), where);
                    }
                    case "title-generic" -> assertTrue(doc.title().equals("Harbour Courier") || doc.title().equals("Home | Harbour Courier"), where);
                    case "title-email" -> {
                        assertEquals(0, doc.select("h1").size(), where);
                        assertTrue(headline.text().startsWith("Subject: ") || headline.attr("style").contains("bold"), where);
                        assertEquals("td", doc.selectFirst("div.story").parent().normalName(), where);
                    }
                    default -> assertEquals("h1", headline.normalName(), where);
                }
            }
        }
    }

    @Test
    void titlesAreLostWhenMostOfTheirWordsAreNoneOfTheHeadlines() {
        assertEquals(List.of("night", "ferry", "夜", "の", "船"), ExtractCommand.titleWords("Night ferry: 夜の船"));
        var reference = new java.util.LinkedHashMap<String, String>();
        reference.put("same", "night ferry returns");
        reference.put("date", "night ferry returns");
        reference.put("printed", "night ferry returns");
        reference.put("empty", "night ferry returns");
        reference.put("untitled", "");
        var titles = java.util.Map.of("same", "night ferry returns", "date", "today: monday 7 december",
                "printed", "the ferry runs at night again", "empty", "", "untitled", "anything");
        // the printed heading words it otherwise, and most of its words are the headline's
        var score = ExtractCommand.TitleScore.of(reference, java.util.Map.of("printed", "ferry runs at night again"), titles);
        assertEquals(0.25, score.kept(), 1e-9);
        assertEquals(List.of("date", "empty"), score.lost());
    }

    @Test
    void inlineLinesKeepTheParagraphsLinksAndBreakAfterEachStop() {
        String page = PAGE.replace("<p>Tickets can be bought on board or at the kiosk beside the pier, which opens an hour before each crossing.</p>",
                "<p>Tickets are sold on board. The kiosk beside the <a href=\"/pier\">pier</a> opens an hour before each crossing. "
                        + "<a href=\"/more\">Read more here.</a></p>");
        var plain = Jsoup.parse(PageMutations.apply("lines-br", page, "p"));
        var inline = Jsoup.parse(PageMutations.apply("lines-br-inline", page, "p"));
        assertEquals(0, inline.select("div.story > p").size());
        Element second = inline.select("div.story > div.lines").get(1);
        // "lines-br" flattens the links into text; the inline kind keeps both, a line break after each sentence's stop
        assertEquals(0, plain.select("div.story a").size());
        assertEquals(List.of("/pier", "/more"), second.select("a").eachAttr("href"));
        assertEquals(2, second.select("br").size());
        assertEquals(plain.select("div.story > div.lines").get(1).text(), second.text());
    }

    @Test
    void sentencesSplitAfterTheirStopsAndNeverInsideAWord() {
        assertEquals(List.of("It rained.", "Dr.Who stayed?", "Yes!"), PageMutations.sentencesOf("It rained. Dr.Who stayed? Yes!"));
        assertEquals(List.of("東京は晴れ。", "大阪は雨。"), PageMutations.sentencesOf("東京は晴れ。大阪は雨。"));
        assertEquals(List.of("3.5 per cent"), PageMutations.sentencesOf("3.5 per cent"));
    }

    @Test
    void theCommandScoresEveryMutationAgainstTheTruthAndRefusesAnUnknownOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), PAGE);
        Path truth = dir.resolve("truth.json");
        Files.writeString(truth, "{\"a\": {\"articleBody\": \"" + String.join("\\n\\n",
                Jsoup.parse(PAGE).select("div.story > p").eachText()) + "\"}}");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, ExtractCommand.run(List.of(dir.toString(), "--truth", truth.toString(), "--mutate", "all")));
        } finally {
            System.setErr(err);
        }
        String table = captured.toString(StandardCharsets.UTF_8);
        for (String kind : PageMutations.KINDS) {
            assertTrue(table.lines().anyMatch(l -> l.startsWith(kind + " ")), kind + " missing from\n" + table);
        }
        assertTrue(table.lines().anyMatch(l -> l.matches("none\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+0\\s+0\\s+1\\.0000\\s+0\\s*")), table);
        assertNotEquals(0, ExtractCommand.run(List.of(dir.toString(), "--mutate", "shuffle")));
        assertNotEquals(0, ExtractCommand.run(List.of(dir.toString(), "--mutate", "all")));
        assertThrows(IllegalArgumentException.class, () -> PageMutations.apply("shuffle", PAGE, "p"));
    }
}
