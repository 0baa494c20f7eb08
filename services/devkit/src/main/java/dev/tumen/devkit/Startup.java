package dev.tumen.devkit;

import dev.tumen.broker.EmbeddedKafka;
import dev.tumen.common.cli.CommandLine;
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
 * Each service maps its class-data archive ({@link ClassDataSharing}), made first if the build is new;
 * {@code --compare-cds} also times each start without it, interleaved, for a before/after in the same load.
 */
public final class Startup {
    private static final Pattern MICRONAUT = Pattern.compile("Startup completed in (\\d+)ms");
    private final PrintStream out = System.out;

    private Startup() {
    }

    public static int run(List<String> args) throws Exception {
        return CommandLine.run("startup", "usage: tumen startup [--rounds 3] [--compare-cds]", System.out, System.err, () -> {
            int rounds = 3;
            boolean compare = false;
            CommandLine a = new CommandLine(args);
            while (a.next()) {
                switch (a.option()) {
                    case "--rounds" -> rounds = a.intValue(1, 1_000);
                    case "--compare-cds" -> compare = true;
                    default -> throw a.unknown();
                }
            }
            return new Startup().measure(rounds, compare);
        });
    }

    /**
     * @param compare also start each service without its class-data archive right after each start with it, so both
     *                figures come from the same load
     */
    private int measure(int rounds, boolean compare) throws Exception {
        Path work = RepoPaths.root().resolve(".tumen").resolve("startup");
        Files.createDirectories(work);
        out.printf("Tumen start-up: %d round(s) per service, one service at a time; load average %.2f on %d cores%n", rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        Map<String, List<long[]>> times = new LinkedHashMap<>();
        try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
            dev.tumen.kafka.TopicProvisioner.catalogue(kafka.bootstrapServers(), "", 0);
            for (String service : Stack.SERVICES) {
                if (!ClassDataSharing.current(RepoPaths.serviceJar(service))) {
                    // As after every build: the first start writes the archive when it stops; it is not measured.
                    out.printf("%s: making its class-data archive (a first start after the build, not measured)%n", service);
                    Stack.startOne(service, kafka.bootstrapServers(), "", work.resolve("archive"), Map.of()).close();
                }
            }
            for (int round = 1; round <= rounds; round++) {
                for (String service : Stack.SERVICES) {
                    for (boolean cds : compare ? new boolean[] {true, false} : new boolean[] {true}) {
                        String name = cds ? service : service + " (no CDS)";
                        Path logDir = work.resolve("round-" + round + (cds ? "" : "-nocds"));
                        Files.deleteIfExists(logDir.resolve(service + ".log"));
                        long t0 = System.nanoTime();
                        try (Stack stack = Stack.startOne(service, kafka.bootstrapServers(), "", logDir, cds ? Map.of() : Map.of("TUMEN_CDS", "off"))) {
                            long healthy = (System.nanoTime() - t0) / 1_000_000;
                            // CPU time the JVM used until healthy: a busy machine inflates it far less than the wall time.
                            long cpu = stack.process(service).toHandle().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                            long micronaut = micronautStartup(logDir.resolve(service + ".log"));
                            times.computeIfAbsent(name, s -> new ArrayList<>()).add(new long[] {healthy, micronaut, cpu});
                            out.printf("round %d  %-20s healthy after %5d ms, %5d ms CPU (Micronaut: startup completed in %s ms; class-data archive %s; load %.2f)%n",
                                    round, name, healthy, cpu, micronaut < 0 ? "?" : Long.toString(micronaut),
                                    stack.sharedClasses(service) ? "mapped" : "not used",
                                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                        }
                    }
                }
            }
        }
        out.printf("%nmedian of %d  (load average now %.2f)%n", rounds, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Map.Entry<String, List<long[]>> e : times.entrySet()) {
            out.printf("%-20s healthy %5d ms   CPU %5d ms   Micronaut startup %5d ms%n", e.getKey(), median(e.getValue(), 0),
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
