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

    public static void main(String[] args) throws InterruptedException {
        int port = 9092;
        Path data = Path.of(".tumen", "kafka");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: tumen broker [--port 9092] [--data .tumen/kafka]");
                    return;
                }
                default -> {
                    System.err.println("unknown option " + args[i] + " (try --help)");
                    System.exit(2);
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
