package dev.tumen.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.ingest.page.Refusal;
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
}
