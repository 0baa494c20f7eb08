package dev.tumen.broker;

import java.nio.file.Path;
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

    // The broker module stands alone (no Tumen dependency), so it cannot share common's CommandLine; it answers a wrong
    // command line the same way: one line, the usage, exit code 2.
    private static final String USAGE = "usage: tumen broker [--port 9092] [--data .tumen/kafka]";

    private static void usage(String problem) {
        System.err.println("tumen broker: " + problem);
        System.err.println(USAGE);
        System.exit(2);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String value) {
        if (value == null) {
            usage("--port needs a value");
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage line
        }
        usage("--port takes a port number from 0 to 65535, not '" + value + "'");
        return -1;
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 9092;
        Path data = Path.of(".tumen", "kafka");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = port(i + 1 < args.length ? args[++i] : null);
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return;
                }
                default -> {
                    usage("unknown option " + args[i]);
                }
            }
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(data.toAbsolutePath(), false, port, Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }, "broker-shutdown"));
        System.out.println("Kafka broker listening on " + kafka.bootstrapServers() + " (Ctrl-C to stop)");
        stopped.await();
    }
}
