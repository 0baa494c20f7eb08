package dev.tumen.classifier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made eval file with a bad line is named by file and line, exit code 1, never a stack trace. */
class EvaluateCommandLineTest {
    private record Outcome(int rc, String out, String err) {
    }

    private static synchronized Outcome run(String... args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int rc = Evaluate.run(List.of(args));
            return new Outcome(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aMalformedLineIsNamedByFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("items.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"x\",\"relevant\":false,\"severity\":\"none\"}\n\n{not json\n");
        Outcome o = run("--no-speed", file.toString());
        assertEquals(1, o.rc(), o.toString());
        assertTrue(o.err().startsWith("tumen eval: " + file + " line 3 is not JSON: "), o.err());
        assertFalse(o.err().contains("\tat "), o.err());

        Files.writeString(file, "[1,2]\n");
        assertEquals("tumen eval: " + file + " line 1 is not a JSON object", run(file.toString()).err().strip());

        Files.writeString(file, "{\"id\":\"a\",\"severity\":\"urgent\"}\n");
        assertTrue(run(file.toString()).err().startsWith("tumen eval: " + file + " line 1: unknown severity 'urgent'"));
    }
}
