package dev.tumen.common.cli;

import dev.tumen.model.text.OutsideText;
import java.io.PrintStream;
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
        }
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
