package dev.tumen.devkit;

import dev.tumen.broker.EmbeddedKafka;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bin/tumen startup}: how long each service takes from {@code java -jar} to its first healthy {@code /health}
 * (Kafka reachable, topics there, tables read), one service at a time on an embedded broker whose topics already
 * exist, as in a restart. Prints each round, the median per service, the CPU time each JVM used until healthy, and
 * the machine's load average, which on a shared machine moves the wall times more than anything in the services does.
 */
public final class Startup {
    private static final Pattern MICRONAUT = Pattern.compile("Startup completed in (\\d+)ms");
    private final PrintStream out = System.out;

    private Startup() {
    }

    public static int run(List<String> args) throws Exception {
        int rounds = 3;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--rounds") && i + 1 < args.size()) {
                rounds = Integer.parseInt(args.get(++i));
            } else {
                System.err.println("usage: tumen startup [--rounds 3]");
                return 2;
            }
        }
        return new Startup().measure(rounds);
    }

    private int measure(int rounds) throws Exception {
        Path work = RepoPaths.root().resolve(".tumen").resolve("startup");
        Files.createDirectories(work);
        out.printf("Tumen start-up: %d round(s) per service, one service at a time; load average %.2f on %d cores%n", rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        Map<String, List<long[]>> times = new LinkedHashMap<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            dev.tumen.kafka.TopicProvisioner.catalogue(kafka.bootstrapServers(), "", 0);
            for (int round = 1; round <= rounds; round++) {
                for (String service : Stack.SERVICES) {
                    Path logDir = work.resolve("round-" + round);
                    Files.deleteIfExists(logDir.resolve(service + ".log"));
                    long t0 = System.nanoTime();
                    try (Stack stack = Stack.startOne(service, kafka.bootstrapServers(), "", logDir, Map.of())) {
                        long healthy = (System.nanoTime() - t0) / 1_000_000;
                        // CPU time the JVM used until healthy: a busy machine inflates it far less than the wall time.
                        long cpu = stack.process(service).toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                        long micronaut = micronautStartup(logDir.resolve(service + ".log"));
                        times.computeIfAbsent(service, s -> new ArrayList<>()).add(new long[] {healthy, micronaut, cpu});
                        out.printf("round %d  %-10s healthy after %5d ms, %5d ms CPU (Micronaut: startup completed in %s ms)%n", round,
                                service, healthy, cpu, micronaut < 0 ? "?" : Long.toString(micronaut));
                    }
                }
            }
        }
        out.printf("%nmedian of %d  (load average now %.2f)%n", rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Map.Entry<String, List<long[]>> e : times.entrySet()) {
            out.printf("%-10s healthy %5d ms   CPU %5d ms   Micronaut startup %5d ms%n", e.getKey(), median(e.getValue(), 0),
                    median(e.getValue(), 2), median(e.getValue(), 1));
        }
        return 0;
    }

    private static long micronautStartup(Path log) throws java.io.IOException {
        Matcher m = MICRONAUT.matcher(Files.readString(log));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static long median(List<long[]> values, int column) {
        long[] sorted = values.stream().mapToLong(v -> v[column]).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
