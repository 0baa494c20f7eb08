package dev.tumen.common.cli;

import dev.tumen.model.text.OutsideText;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments, read one at a time by the command's own {@code switch}.
 *
 * <p>Every {@code bin/tumen} command parses through this so that a stranger's wrong command line ends the same way
 * everywhere: an unknown option, an option without its value, a value that is not a number or out of range, or a
 * file that is not there is one line naming the option and what was wrong, then the usage, exit code 2, never a stack
 * trace. {@code -h} or {@code --help} in an option's place prints the usage on standard output with exit code 0.
 * Input that parses but cannot be used (a malformed line in a data file) is a {@link Failure}: one line, exit code 1.
 */
public final class CommandLine {
    private final List<String> args;
    private int at = -1;

    public CommandLine(List<String> args) {
        this.args = List.copyOf(args);
    }

    public CommandLine(String[] args) {
        this(List.of(args));
    }

    /** The body of a command: reads its options from a {@link CommandLine}, then does its work. */
    @FunctionalInterface
    public interface Body {
        int run() throws Exception;
    }

    /** A wrong command line; the message says which argument and what was wrong with it. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Input that the command could read but not use; the message says where. */
    public static final class Failure extends RuntimeException {
        public Failure(String message) {
            super(message);
        }
    }

    private static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super(null, null, false, false);
        }
    }

    /**
     * Runs a command and turns its wrong command lines into a line, the usage and exit code 2 on {@code err}, and a
     * help request into the usage on {@code out} with exit code 0.
     *
     * @param command the command's name as typed after {@code bin/tumen} ("bench failing-receivers")
     */
    public static int run(String command, String usage, PrintStream out, PrintStream err, Body body) throws Exception {
        try {
            return body.run();
        } catch (HelpRequested help) {
            out.println(usage);
            return 0;
        } catch (UsageException e) {
            err.println("tumen " + command + ": " + OutsideText.bounded(e.getMessage()));
            err.println(usage);
            return 2;
        } catch (Failure e) {
            // A failure's message quotes the input (a line of a data file): one line, bounded, escaped (session 51).
            err.println("tumen " + command + ": " + OutsideText.bounded(e.getMessage()));
            return 1;
        } catch (IOException | UncheckedIOException e) {
            // A file that could not be read or written after the checks (a broken .gz, a disk full, a file that went
            // away): one line naming it, exit code 1, as a malformed line is. It was the JVM's stack trace (session 51).
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("tumen " + command + ": " + OutsideText.bounded(ioProblem(cause)));
            return 1;
        }
    }

    /** What went wrong with a file, in words: the file and the system's reason, or what the reader said. */
    static String ioProblem(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof java.nio.file.AccessDeniedException d) {
            return d.getFile() + " cannot be read or written (permission denied)";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "an input file is not UTF-8 text";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Moves to the next argument; false when there is none. */
    public boolean next() {
        return ++at < args.size();
    }

    /** The current argument; {@code -h} and {@code --help} end parsing with the usage. */
    public String option() {
        String a = args.get(at);
        if (a.equals("-h") || a.equals("--help")) {
            throw new HelpRequested();
        }
        return a;
    }

    /** The current option's value: the next argument. */
    public String value() {
        String option = args.get(at);
        if (at + 1 >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(++at);
    }

    public int intValue(int min, int max) {
        String option = args.get(at);
        return (int) checkedLong(option, value(), min, max);
    }

    public long longValue(long min, long max) {
        String option = args.get(at);
        return checkedLong(option, value(), min, max);
    }

    /** A value in whole seconds. */
    public Duration seconds(long min, long max) {
        return Duration.ofSeconds(longValue(min, max));
    }

    /** A comma-separated list of whole numbers, each within bounds. */
    public List<Integer> intList(int min, int max) {
        String option = args.get(at);
        List<Integer> values = new ArrayList<>();
        for (String v : listItems(option, value())) {
            values.add((int) checkedLong(option, v, min, max));
        }
        return List.copyOf(values);
    }

    /** A comma-separated list of decimal numbers, each within bounds. */
    public List<Double> doubleList(double min, double max) {
        String option = args.get(at);
        List<Double> values = new ArrayList<>();
        for (String v : listItems(option, value())) {
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new UsageException(option + " takes numbers, and '" + shown(v) + "' is not one");
            }
            if (!(d >= min && d <= max)) {
                throw new UsageException(option + " takes numbers from " + min + " to " + max + ", not " + shown(v));
            }
            values.add(d);
        }
        return List.copyOf(values);
    }

    /** The value as a path (it need not exist yet, as for an output file). */
    public Path path() {
        return toPath(args.get(at), value());
    }

    /** The value as a path that must exist. */
    public Path existingPath() {
        return mustExist(path());
    }

    /** The current argument as a positional path that must exist; an argument that looks like an option is unknown. */
    public Path existingOperand() {
        String a = option();
        if (a.startsWith("-")) {
            throw unknown();
        }
        return mustExist(toPath("the path", a));
    }

    /**
     * The current argument as a positional file that must exist and be readable: a directory, where a command reads one
     * file, was read as a file and ended in the JVM's stack trace (session 51).
     */
    public Path existingFileOperand() {
        return mustBeReadableFile(existingOperand());
    }

    /** The value as a file that must exist and be readable. */
    public Path existingFile() {
        return mustBeReadableFile(existingPath());
    }

    /** The value as a directory that must exist. */
    public Path existingDirectory() {
        Path p = existingPath();
        if (!Files.isDirectory(p)) {
            throw new UsageException(args.get(at - 1) + " takes a directory, and " + shown(p.toString()) + " is not one");
        }
        return p;
    }

    /** The value as a file to write: not a directory, in a directory that exists. */
    public Path outputFile() {
        Path p = path();
        if (Files.isDirectory(p)) {
            throw new UsageException(args.get(at - 1) + " takes a file to write, and " + shown(p.toString()) + " is a directory");
        }
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException(args.get(at - 1) + ": no such directory: " + shown(parent.toString()));
        }
        return p;
    }

    /** The value as a directory to write into: made when missing, refused when it is a file. */
    public Path outputDirectory() {
        Path p = path();
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw new UsageException(args.get(at - 1) + " takes a directory, and " + shown(p.toString()) + " is a file");
        }
        return p;
    }

    /**
     * The lines of a UTF-8 text file; a line that is not UTF-8 is a {@link Failure} naming the file and line. Java's
     * reader threw {@code MalformedInputException: Input length = 1}, naming neither, out of the command as a stack trace
     * (session 51).
     */
    public static List<String> utf8Lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        java.nio.charset.CharsetDecoder strict = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i == bytes.length && start == i) {
                    break;
                }
                int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                try {
                    lines.add(strict.decode(java.nio.ByteBuffer.wrap(bytes, start, end - start)).toString());
                } catch (java.nio.charset.CharacterCodingException e) {
                    throw new Failure(shown(file.toString()) + " line " + (lines.size() + 1) + " is not UTF-8 text");
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static Path mustBeReadableFile(Path p) {
        if (Files.isDirectory(p)) {
            throw new UsageException(shown(p.toString()) + " is a directory, not a file");
        }
        if (!Files.isReadable(p)) {
            throw new UsageException(shown(p.toString()) + " cannot be read (permission denied)");
        }
        return p;
    }

    /** The error for an argument the command does not take. */
    public UsageException unknown() {
        String a = args.get(at);
        return new UsageException(a.startsWith("-") ? "unknown option " + shown(a) : "unexpected argument " + shown(a));
    }

    private static Path mustExist(Path p) {
        if (!Files.exists(p)) {
            throw new UsageException("no such file or directory: " + shown(p.toString()));
        }
        return p;
    }

    private static Path toPath(String option, String v) {
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": '" + shown(v) + "' is not a path");
        }
    }

    private static List<String> listItems(String option, String value) {
        List<String> items = new ArrayList<>();
        for (String v : value.split(",", -1)) {
            if (v.isBlank()) {
                throw new UsageException(option + " takes a comma-separated list without empty items, not '" + shown(value) + "'");
            }
            items.add(v.trim());
        }
        return items;
    }

    private static long checkedLong(String option, String v, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, and '" + shown(v) + "' is not one");
        }
        if (n < min || n > max) {
            throw new UsageException(option + " takes a whole number from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    /** How much of an argument an error line echoes: a path is worth seeing whole more often than a header value. */
    private static final int MAX_SHOWN = 80;

    /**
     * An argument as echoed back, by the rule of every text quoting outside input ({@link OutsideText#cut}): controls
     * were shown as '?' but bidirectional overrides, line separators and zero-width characters as they came (session 51).
     */
    private static String shown(String s) {
        return OutsideText.cut(s, MAX_SHOWN);
    }
}
