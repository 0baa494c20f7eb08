package dev.tumen.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.page.UnpublishablePages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import dev.tumen.model.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An imported line's free text obeys the same limits as a push's, which bean validation checks there. */
class PageFileImporterTest {

    private static IncomingPage line(String json) throws Exception {
        return PageFileImporter.fromJson(Json.mapper().readTree(json), "file");
    }

    @Test
    void aLinesSourceAndTitleAreBoundedText() throws Exception {
        for (String json : List.of("{\"content\": \"x\", \"source\": \"a\\nFORGED\"}", "{\"content\": \"x\", \"source\": \"b\\u202Ec\"}",
                "{\"content\": \"x\", \"source\": \"" + "s".repeat(201) + "\"}", "{\"content\": \"x\", \"title\": \"bell\\u0007\"}",
                "{\"content\": \"x\", \"title\": \"" + "t".repeat(1001) + "\"}", "{\"content\": \"x\", \"source\": \"  \"}",
                "{\"content\": \"x\", \"source\": \"\\u00a0\\u200b\"}", "{\"content\": \"x\", \"source\": \"\\u3164\"}")) {
            Refusal r = assertThrows(Refusal.class, () -> line(json), json);
            assertEquals("invalid-field", r.reason());
            assertTrue(r.getMessage().startsWith("\"source\"") || r.getMessage().startsWith("\"title\""), r.getMessage());
        }
        IncomingPage ok = line("{\"content\": \"x\", \"source\": \"조선중앙통신\", \"title\": \"Two\\nlines\"}");
        assertEquals("조선중앙통신", ok.source());
        assertEquals("Two\nlines", ok.title());
    }

    @Test
    void aLineWithMoreAfterItsObjectIsNotJson() throws Exception {
        // Each such line was published as its first object (probe of session 27), as HTTP bodies were.
        for (String json : List.of("{\"content\": \"x\"} trailing", "{\"content\": \"x\"}{\"content\": \"y\"}", "{\"content\": \"x\"}]")) {
            assertThrows(java.io.IOException.class, () -> PageFileImporter.parseLine(json), json);
        }
        assertEquals("x", PageFileImporter.parseLine(" {\"content\": \"x\"}\t ").get("content").asText());
    }

    @Test
    void aLinesStringWithHalfASurrogatePairIsNoText() throws Exception {
        // Refused as a push's is (probe of session 34): the content went on with a '?' in its place, a title as the escape.
        for (String field : List.of("content", "title", "source", "url")) {
            String json = "{\"content\": \"x\", \"" + field + "\": \"a\\ud800b\"}";
            Refusal r = assertThrows(Refusal.class, () -> line(json), json);
            assertEquals("invalid-field", r.reason());
            assertTrue(r.getMessage().startsWith("\"" + field + "\" is not Unicode text"), r.getMessage());
        }
        assertEquals("\ud83d\ude00", line("{\"content\": \"\\ud83d\\ude00\"}").content());
    }

    /**
     * Review of session 45 (the thirteenth review's note): a refused line's dead letter was named by its file and line
     * only, so a file edited in place whose second line was refused again for the same reason, another line, was the
     * same event to a reader deduplicating by ce_id, and its refusal was dropped as a repeat. Now the line's (or the
     * file's) content names it too: the same bad content imported again is the same event, other content another.
     */
    @Test
    void aRefusedLineIsNamedByItsContentAsWellAsItsPlace(@TempDir Path dir) throws Exception {
        List<List<String>> names = new ArrayList<>();
        PageFileImporter importer = new PageFileImporter(null, page -> names.add(Arrays.asList(page.identity())), 0, 40,
                Duration.ofSeconds(1));
        Path jsonl = dir.resolve("pages.jsonl");
        Path txt = dir.resolve("z.txt"); // after pages.jsonl in name order

        Files.writeString(jsonl, "\nnot json, first edition\n", StandardCharsets.UTF_8);
        Files.writeString(txt, "a page longer than the forty bytes allowed here, first", StandardCharsets.UTF_8);
        importer.importPath(dir);
        importer.importPath(dir); // the same files again
        Files.writeString(jsonl, "\nnot json, second edition\n", StandardCharsets.UTF_8);
        Files.writeString(txt, "a page longer than the forty bytes allowed here, other", StandardCharsets.UTF_8);
        importer.importPath(dir);

        assertEquals(6, names.size(), names.toString());
        assertEquals(names.get(0), names.get(2), "the same bad line imported again is the same event");
        assertEquals(names.get(1), names.get(3), "the same too-large file imported again is the same event");
        assertTrue(names.get(0).get(3).endsWith("pages.jsonl:2") && names.get(1).get(3).endsWith("z.txt"), names.toString());
        assertTrue(!names.get(4).equals(names.get(0)) && !names.get(4).equals(names.get(1)), "another bad line at the same place is another event");
        assertTrue(!names.get(5).equals(names.get(1)) && !names.get(5).equals(names.get(0)), "another too-large page in the same file is another");
    }
}
