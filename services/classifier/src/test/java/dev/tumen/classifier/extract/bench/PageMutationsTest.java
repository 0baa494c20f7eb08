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
            if (!kind.equals("none")) {
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
        assertTrue(table.lines().anyMatch(l -> l.matches("none\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+0\\s+0\\s*")), table);
        assertNotEquals(0, ExtractCommand.run(List.of(dir.toString(), "--mutate", "shuffle")));
        assertNotEquals(0, ExtractCommand.run(List.of(dir.toString(), "--mutate", "all")));
        assertThrows(IllegalArgumentException.class, () -> PageMutations.apply("shuffle", PAGE, "p"));
    }
}
