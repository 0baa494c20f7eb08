package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.eval.Evaluate;
import dev.tumen.classifier.extract.ExtractCommand;
import dev.tumen.common.security.MintToken;
import dev.tumen.devkit.bench.Backfill;
import dev.tumen.devkit.bench.Bench;
import dev.tumen.devkit.bench.FailingReceivers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bin/tumen} command answers a stranger's wrong command line with one line naming what was wrong and its
 * usage (exit code 2), {@code --help} with its usage (exit code 0), and never with a stack trace. Each case fails
 * while parsing, so nothing is started. A malformed eval file is {@code EvaluateCommandLineTest}'s (it needs the
 * classifier's own dependencies).
 */
class CommandLinesTest {
    @FunctionalInterface
    private interface Command {
        int run(List<String> args) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("demo", Demo::run);
        COMMANDS.put("bench", Bench::run);
        COMMANDS.put("bench backfill", Backfill::run);
        COMMANDS.put("bench failing-receivers", FailingReceivers::run);
        COMMANDS.put("startup", Startup::run);
        COMMANDS.put("eval", Evaluate::run);
        COMMANDS.put("extract", ExtractCommand::run);
        COMMANDS.put("token mint", MintToken::run);
    }

    private record Outcome(int rc, String out, String err) {
    }

    private static synchronized Outcome run(String command, String... args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int rc = COMMANDS.get(command).run(List.of(args));
            return new Outcome(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void assertRefused(String command, String message, String... args) throws Exception {
        Outcome o = run(command, args);
        String where = "tumen " + command + " " + String.join(" ", args) + " -> " + o;
        assertEquals(2, o.rc(), where);
        List<String> lines = o.err().lines().toList();
        assertEquals("tumen " + command + ": " + message, lines.get(0), where);
        assertTrue(lines.get(1).startsWith("usage: "), where);
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), where);
    }

    @Test
    void everyCommandPrintsItsUsageOnHelp() throws Exception {
        for (String command : COMMANDS.keySet()) {
            for (String help : List.of("--help", "-h")) {
                Outcome o = run(command, help);
                assertEquals(0, o.rc(), command + " " + help + " -> " + o);
                assertTrue(o.out().startsWith("usage: "), command + " " + help + " -> " + o);
                assertEquals("", o.err(), command);
            }
        }
    }

    @Test
    void everyCommandNamesAnUnknownOption() throws Exception {
        for (String command : COMMANDS.keySet()) {
            assertRefused(command, "unknown option --bogus", "--bogus");
        }
    }

    @Test
    void numbersAreCheckedWhereTheyAreRead() throws Exception {
        assertRefused("bench", "--rates takes a whole number, and 'abc' is not one", "--rates", "abc");
        assertRefused("bench", "--saturate takes a whole number from 1 to 100000, not 0", "--saturate", "0");
        assertRefused("bench", "--duration needs a value", "--duration");
        assertRefused("bench backfill", "--pages takes a whole number from 1 to 100000000, not -1", "--pages", "-1");
        assertRefused("bench failing-receivers", "--failing takes numbers from 0.0 to 1.0, not 1.5", "--failing", "0,1.5");
        assertRefused("bench failing-receivers", "--warmup takes a whole number, and '30s' is not one", "--warmup", "30s");
        assertRefused("bench failing-receivers", "--failing-as takes 500 or hang, not 'slow'", "--failing-as", "slow");
        assertRefused("demo", "--idle-seconds takes a whole number, and 'five' is not one", "--idle-seconds", "five");
        assertRefused("demo", "--min-severity takes low, medium, high or critical, not 'urgent'", "--min-severity", "urgent");
        assertRefused("startup", "--rounds needs a value", "--rounds");
        assertRefused("extract", "--passes takes a whole number from 1 to 1000, not 0", "--passes", "0");
        assertRefused("eval", "--part takes all, tuned or blind, not 'half'", "--part", "half");
        assertRefused("token mint", "--scope must be read, write or admin", "mint", "--name", "ci", "--scope", "root");
        assertRefused("token mint", "--scope is required: read, write or admin", "mint", "--name", "ci");
    }

    @Test
    void filesThatAreNotThereAreNamed(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("missing").toString();
        assertRefused("eval", "no such file or directory: " + missing, missing);
        assertRefused("eval", "no FILE.jsonl given", "--no-speed");
        assertRefused("extract", "no such file or directory: " + missing, missing);
        assertRefused("extract", "no PATH given");
        assertRefused("extract", "no such file or directory: " + missing, dir.toString(), "--truth", missing);
        assertRefused("demo", "no such file or directory: " + missing, "--pages", missing);
        assertRefused("bench", "no such file or directory: " + missing, "--replot", missing);
    }

    @Test
    void pagesThatWouldShareAnOutputIdKeepTheirWholeNames(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("a.html"), "<p>one</p>");
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "two");
        java.nio.file.Files.writeString(dir.resolve("b.html"), "<p>three</p>");
        Outcome o = run("extract", dir.toString());
        assertEquals(0, o.rc(), o.toString());
        com.fasterxml.jackson.databind.JsonNode json = dev.tumen.model.Json.read(o.out(), com.fasterxml.jackson.databind.JsonNode.class);
        List<String> ids = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(ids::add);
        assertEquals(List.of("a.html", "a.txt", "b"), ids, o.out());
        assertTrue(json.path("a.txt").path("articleBody").isTextual(), o.out());
    }
}
