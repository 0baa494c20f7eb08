package dev.tumen.common.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final String USAGE = "usage: tumen try [--n 3] [--list 1,2] [--share 0.1] [--file F] [--flag] PATH";

    private record Outcome(int rc, String out, String err) {
    }

    /** A little command with one option of each kind; {@code seen} gets what it parsed. */
    private static Outcome run(List<Object> seen, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = CommandLine.run("try", USAGE, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> {
                    CommandLine a = new CommandLine(args);
                    while (a.next()) {
                        switch (a.option()) {
                            case "--n" -> seen.add(a.intValue(1, 10));
                            case "--long" -> seen.add(a.longValue(0, Long.MAX_VALUE));
                            case "--seconds" -> seen.add(a.seconds(1, 60));
                            case "--list" -> seen.add(a.intList(1, 1000));
                            case "--share" -> seen.add(a.doubleList(0, 1));
                            case "--file" -> seen.add(a.existingPath());
                            case "--in" -> seen.add(a.existingFile());
                            case "--dir" -> seen.add(a.existingDirectory());
                            case "--to" -> seen.add(a.outputFile());
                            case "--to-dir" -> seen.add(a.outputDirectory());
                            case "--lines" -> seen.add(CommandLine.utf8Lines(a.existingFile()));
                            case "--io" -> throw new java.nio.file.NoSuchFileException("gone.jsonl");
                            case "--out" -> seen.add(a.path());
                            case "--flag" -> seen.add("flag");
                            case "--bad-input" -> throw new CommandLine.Failure("data.jsonl line 3 is not JSON");
                            case "--hostile-input" -> throw new CommandLine.Failure("data.jsonl line 3: unknown severity '"
                                    + "\u202Eevil\u2028\u200B".repeat(2_000) + "'");
                            default -> seen.add(a.existingOperand());
                        }
                    }
                    return 0;
                });
        return new Outcome(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Outcome run(String... args) throws Exception {
        return run(new ArrayList<>(), args);
    }

    private static void assertUsageError(Outcome o, String message) {
        assertEquals(2, o.rc(), o.err());
        assertEquals("tumen try: " + message + System.lineSeparator() + USAGE + System.lineSeparator(), o.err());
        assertEquals("", o.out());
    }

    @Test
    void readsEveryKindOfOption(@TempDir Path dir) throws Exception {
        List<Object> seen = new ArrayList<>();
        Outcome o = run(seen, "--n", "3", "--long", "9000000000", "--seconds", "20", "--list", "50, 100,200", "--share", "0,0.1",
                "--file", dir.toString(), "--out", dir.resolve("new.json").toString(), "--flag", dir.toString());
        assertEquals(0, o.rc(), o.err());
        assertEquals(List.of(3, 9_000_000_000L, Duration.ofSeconds(20), List.of(50, 100, 200), List.of(0.0, 0.1), dir,
                dir.resolve("new.json"), "flag", dir), seen);
    }

    @Test
    void helpAnywhereInAnOptionsPlacePrintsTheUsageOnStandardOutput() throws Exception {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"-h"}, new String[] {"--n", "3", "--help"})) {
            Outcome o = run(args);
            assertEquals(0, o.rc(), String.join(" ", args));
            assertEquals(USAGE + System.lineSeparator(), o.out());
            assertEquals("", o.err());
        }
    }

    @Test
    void anUnknownOptionOrArgumentIsNamed() throws Exception {
        assertUsageError(run("--bogus"), "unknown option --bogus");
        assertUsageError(run("-x"), "unknown option -x");
    }

    @Test
    void anOptionWithoutItsValueIsNamed() throws Exception {
        for (String option : List.of("--n", "--long", "--seconds", "--list", "--share", "--file", "--out")) {
            assertUsageError(run("--flag", option), option + " needs a value");
        }
    }

    @Test
    void aValueThatIsNotANumberOrOutOfRangeIsNamed() throws Exception {
        assertUsageError(run("--n", "abc"), "--n takes a whole number, and 'abc' is not one");
        assertUsageError(run("--n", "2.5"), "--n takes a whole number, and '2.5' is not one");
        assertUsageError(run("--n", "0"), "--n takes a whole number from 1 to 10, not 0");
        assertUsageError(run("--n", "99999999999999999999"), "--n takes a whole number, and '99999999999999999999' is not one");
        assertUsageError(run("--seconds", "-5"), "--seconds takes a whole number from 1 to 60, not -5");
        assertUsageError(run("--list", "50,,100"), "--list takes a comma-separated list without empty items, not '50,,100'");
        assertUsageError(run("--list", "50,x"), "--list takes a whole number, and 'x' is not one");
        assertUsageError(run("--share", "0,2"), "--share takes numbers from 0.0 to 1.0, not 2");
        assertUsageError(run("--share", "NaN"), "--share takes numbers from 0.0 to 1.0, not NaN");
        assertUsageError(run("--share", "half"), "--share takes numbers, and 'half' is not one");
    }

    @Test
    void aFileThatIsNotThereIsNamed(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("missing.jsonl").toString();
        assertUsageError(run("--file", missing), "no such file or directory: " + missing);
        assertUsageError(run(missing), "no such file or directory: " + missing);
        assertUsageError(run("--file", "a\u0000b"), "--file: 'a\\u0000b' is not a path");
    }

    @Test
    void echoedArgumentsAreShortAndHoldNoControlCharacters() throws Exception {
        Outcome o = run("--n", "\u001b[31mred" + "9".repeat(200));
        assertEquals(2, o.rc());
        String first = o.err().lines().findFirst().orElseThrow();
        assertFalse(first.contains("\u001b"), first);
        assertTrue(first.length() < 160, first);
        assertTrue(first.contains("\\u001b[31mred") && first.endsWith("…' is not one"), first);
    }

    @Test
    void unusableInputIsOneLineWithoutTheUsage() throws Exception {
        Outcome o = run("--bad-input");
        assertEquals(1, o.rc());
        assertEquals("tumen try: data.jsonl line 3 is not JSON" + System.lineSeparator(), o.err());
    }

    /**
     * What the command line writes about outside input keeps the rule every such text keeps (review of session 51): an
     * argument's bidirectional override, line separator or zero-width space came back as it was (controls alone were
     * '?'), and a failure's message quoting a data file's line was printed whole.
     */
    @Test
    void errorLinesQuotingOutsideInputAreBoundedAndShowEveryInvisibleCharacterAsItsEscape() throws Exception {
        Outcome arg = run("--n", "1\u202Eevil\u2028line\u200B");
        assertUsageError(arg, "--n takes a whole number, and '1\\u202eevil\\u2028line\\u200b' is not one");
        Outcome failure = run("--hostile-input");
        assertEquals(1, failure.rc());
        String line = failure.err().stripTrailing();
        assertEquals(null, dev.tumen.testkit.OutsideTexts.refusal(line.substring("tumen try: ".length())), line);
    }

    /** Paths of the wrong kind are named where they are read, files that cannot be used in one line (session 51). */
    @Test
    void pathsOfTheWrongKindAreNamedAndUnreadableInputIsOneLine(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("f.txt"), "a\r\nb\n\nc");
        assertUsageError(run("--in", dir.toString()), dir + " is a directory, not a file");
        assertUsageError(run("--dir", file.toString()), "--dir takes a directory, and " + file + " is not one");
        assertUsageError(run("--to", dir.toString()), "--to takes a file to write, and " + dir + " is a directory");
        assertUsageError(run("--to", dir.resolve("none/x.json").toString()), "--to: no such directory: " + dir.resolve("none"));
        assertUsageError(run("--to-dir", file.toString()), "--to-dir takes a directory, and " + file + " is a file");
        List<Object> seen = new ArrayList<>();
        assertEquals(0, run(seen, "--lines", file.toString(), "--to-dir", dir.resolve("new").toString()).rc());
        assertEquals(List.of(List.of("a", "b", "", "c"), dir.resolve("new")), seen);
        java.nio.file.Files.write(file, new byte[] {'o', 'k', '\n', (byte) 0xC3, '(', '\n'});
        Outcome bad = run("--lines", file.toString());
        assertEquals(1, bad.rc());
        assertEquals("tumen try: " + file + " line 2 is not UTF-8 text" + System.lineSeparator(), bad.err());
        Outcome io = run("--io");
        assertEquals(1, io.rc());
        assertEquals("tumen try: no such file or directory: gone.jsonl" + System.lineSeparator(), io.err());
    }
}
