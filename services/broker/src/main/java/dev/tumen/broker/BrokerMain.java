package dev.tumen.broker;

import dev.tumen.model.text.OutsideText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/tumen broker}: a standalone single-node KRaft broker for local work.
 *
 * <p>Usage: {@code BrokerMain [--port 9092] [--data .tumen/kafka]}. The data directory persists across
 * restarts. Stops cleanly on SIGTERM / Ctrl-C.
 */
public final class BrokerMain {
    private BrokerMain() {
    }

    // The broker module cannot depend on common (common's tests use testkit, which uses this module), so it has no
    // CommandLine; it answers a wrong command line the same way: one line, the usage, exit code 2, and quotes arguments
    // by the same rule (OutsideText).
    private static final String USAGE = "usage: tumen broker [--port 9092] [--data .tumen/kafka]";

    /** How much of an argument an error line echoes: as common's CommandLine. */
    private static final int MAX_SHOWN = 80;

    /** A wrong command line: its message is the error line's. */
    private static final class Usage extends Exception {
        Usage(String message) {
            super(message, null, false, false);
        }
    }

    /** What the command line asks for: the broker's port and data directory. */
    private record Options(int port, Path data) {
    }

    public static void main(String[] args) throws InterruptedException {
        int rc = run(List.of(args));
        if (rc != 0) {
            System.exit(rc);
        }
    }

    /**
     * Runs the broker until the JVM stops, or answers {@code --help} (exit code 0) or a wrong command line (one error
     * line and the usage on standard error, exit code 2) without starting it.
     */
    public static int run(List<String> args) throws InterruptedException {
        if (args.contains("-h") || args.contains("--help")) {
            System.out.println(USAGE);
            return 0;
        }
        Options options;
        try {
            options = options(args);
        } catch (Usage e) {
            PrintStream err = System.err;
            err.println("tumen broker: " + OutsideText.bounded(e.getMessage()));
            err.println(USAGE);
            return 2;
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(options.data().toAbsolutePath(), false, options.port(), Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "broker-shutdown"));
        System.out.println("Kafka broker listening on " + kafka.bootstrapServers() + " (Ctrl-C to stop)");
        stopped.await();
        return 0;
    }

    private static Options options(List<String> args) throws Usage {
        int port = 9092;
        Path data = Path.of(".tumen", "kafka");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--port" -> port = port(value(args, ++i, arg));
                case "--data" -> data = directory(value(args, ++i, arg));
                default -> throw new Usage("unknown option " + shown(arg));
            }
        }
        return new Options(port, data);
    }

    private static String value(List<String> args, int i, String option) throws Usage {
        if (i >= args.size()) {
            throw new Usage(option + " needs a value");
        }
        return args.get(i);
    }

    private static int port(String value) throws Usage {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage line
        }
        throw new Usage("--port takes a port number from 0 to 65535, not '" + shown(value) + "'");
    }

    // A path the file system cannot name (a NUL in it) or a file where the data directory goes ended in the JVM's stack
    // trace, from Path.of or from the broker's log directory check (review of session 51).
    private static Path directory(String value) throws Usage {
        Path path;
        try {
            path = Path.of(value);
        } catch (InvalidPathException e) {
            throw new Usage("--data takes a directory, and '" + shown(value) + "' is no path");
        }
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new Usage("--data takes a directory, and " + shown(value) + " is a file");
        }
        return path;
    }

    private static String shown(String argument) {
        return OutsideText.cut(argument, MAX_SHOWN);
    }
}
