package dev.tumen.devkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.eval.Evaluate;
import dev.tumen.classifier.extract.ExtractCommand;
import dev.tumen.broker.BrokerMain;
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
        COMMANDS.put("broker", BrokerMain::run);
    }

    private record Outcome(int rc, String out, String err) {
    }

    private static Outcome run(String command, String... args) throws Exception {
        return run(COMMANDS.get(command), args);
    }

    private static synchronized Outcome run(Command command, String... args) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int rc = command.run(List.of(args));
            Outcome outcome = new Outcome(rc, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
            // Every error line, whatever the case, keeps the rule of texts quoting outside input (session 51).
            assertErrorLinesKeepTheRule(outcome.err());
            return outcome;
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void assertErrorLinesKeepTheRule(String err) {
        err.lines().filter(l -> l.startsWith("tumen")).forEach(l ->
                assertEquals(null, dev.tumen.testkit.OutsideTexts.refusal(l.substring(l.indexOf(": ") + 2)), l));
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

    /** An argument of 8 KiB holding an override, a line separator and a zero-width space, on every command (session 51). */
    @Test
    void everyCommandQuotesAHostileArgumentEscapedAndShort() throws Exception {
        String hostile = "--bogus\u202Eevil\u2028\u200B" + "x".repeat(8_192);
        for (String command : COMMANDS.keySet()) {
            Outcome o = run(command, hostile);
            assertEquals(2, o.rc(), command + " -> " + o);
            assertTrue(o.err().startsWith("tumen " + command + ": unknown option --bogus\\u202eevil\\u2028\\u200bxx"), command + " -> " + o);
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
        assertRefused("broker", "--port takes a port number from 0 to 65535, not '70000'", "--port", "70000");
        assertRefused("broker", "--port needs a value", "--port");
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

    /** Input it could not use: one line naming it, exit code 1, no usage and no stack trace. */
    private static void assertFailed(String command, String message, String... args) throws Exception {
        Outcome o = run(command, args);
        String where = "tumen " + command + " " + String.join(" ", args) + " -> " + o;
        assertEquals(1, o.rc(), where);
        assertEquals(List.of("tumen " + command + ": " + message), o.err().lines().toList(), where);
    }

    /**
     * Files of the wrong kind, as a stranger gives them (review of session 51): a directory where a file is read, a file
     * where a directory is read or written, an empty file, a file that is not UTF-8, a compressed page that is not
     * compressed, an output file that is a directory. Each was the JVM's stack trace ({@code IOException: Is a
     * directory}, {@code MalformedInputException: Input length = 1}, {@code ZipException}), a directory made beside the
     * file, or, for an empty eval file, the metrics of nothing printed as if measured.
     */
    @Test
    void filesOfTheWrongKindAreNamedInOneLine(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a.txt"), "not a directory");
        Path empty = java.nio.file.Files.createFile(dir.resolve("empty.jsonl"));
        Path latin1 = dir.resolve("latin1.jsonl");
        java.nio.file.Files.write(latin1, concat("{\"id\":\"a\",\"text\":\"ok\"}\n{\"id\":\"b\",\"text\":\"caf".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9, '"', '}', '\n'}));
        Path pages = java.nio.file.Files.createDirectory(dir.resolve("pages"));
        java.nio.file.Files.writeString(pages.resolve("p.html.gz"), "<p>not gzip</p>");

        assertRefused("eval", dir + " is a directory, not a file", dir.toString());
        assertRefused("bench", dir + " is a directory, not a file", "--replot", dir.toString());
        assertRefused("demo", "--pages takes a directory, and " + file + " is not one", "--pages", file.toString());
        assertRefused("bench", "--out takes a directory, and " + file + " is a file", "--out", file.toString());
        assertRefused("bench backfill", "--out takes a directory, and " + file + " is a file", "--out", file.toString());

        assertFailed("eval", empty + " holds no items (one JSON object a line)", empty.toString());
        assertFailed("eval", latin1 + " line 2 is not UTF-8 text", latin1.toString());
        Outcome replot = run("bench", "--replot", file.toString());
        assertEquals(1, replot.rc(), replot.toString());
        assertEquals(1, replot.err().lines().count(), replot.toString());
        assertTrue(replot.err().startsWith("tumen bench: "), replot.toString());
        Outcome gz = run("extract", pages.toString());
        assertEquals(1, gz.rc(), gz.toString());
        assertEquals(List.of("tumen extract: Not in GZIP format"), gz.err().lines().toList(), gz.toString());
        Outcome out = run("extract", file.toString(), "--out", pages.toString());
        assertEquals(1, out.rc(), out.toString());
        assertEquals(List.of("tumen extract: " + pages + ": Is a directory"), out.err().lines().toList(), out.toString());
    }

    /**
     * What {@code bin/tumen broker} and the devkit's and the script's own dispatch echo of a value (review of session
     * 51): {@code BrokerMain} quoted a bad {@code --port} whole and unescaped, and a {@code --data} the file system cannot
     * name or that is a file ended in a stack trace; the devkit's and the script's "unknown command" echoed the word as
     * typed.
     */
    @Test
    void theBrokerAndTheDispatchQuoteAHostileValueEscapedAndShort(@TempDir Path dir) throws Exception {
        String hostile = "9\u202Eevil\u2028\u200B" + "9".repeat(8_192);
        assertRefused("broker", "--port takes a port number from 0 to 65535, not '9\\u202eevil\\u2028\\u200b"
                + "9".repeat(80 - 23) + "…'", "--port", hostile);
        Path file = java.nio.file.Files.writeString(dir.resolve("a.txt"), "not a directory");
        assertRefused("broker", "--data takes a directory, and " + file + " is a file", "--data", file.toString());
        assertRefused("broker", "--data takes a directory, and 'a\\u0000b' is no path", "--data", "a\u0000b");

        Outcome devkit = run(args -> Tumen.run(args.toArray(String[]::new)), hostile);
        assertEquals(2, devkit.rc(), devkit.toString());
        assertTrue(devkit.err().startsWith("tumen: unknown command 9\\u202eevil\\u2028\\u200b999"), devkit.toString());

        Path script = RepoPaths.root().resolve("bin/tumen");
        // The word made by bash itself: the JVM passes arguments in the platform's encoding, '?' for these under LANG=C.
        Process p = new ProcessBuilder("bash", "-c", "exec bash \"$0\" \"$(printf '9\\xe2\\x80\\xaeevil\\xe2\\x80\\xa8"
                + "\\xe2\\x80\\x8b')$(head -c 8192 /dev/zero | tr '\\0' 9)\"", script.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), err);
        assertEquals("tumen: unknown command 9\\xe2\\x80\\xaeevil\\xe2\\x80\\xa8…", err.lines().findFirst().orElse(""));
        assertErrorLinesKeepTheRule(err);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
