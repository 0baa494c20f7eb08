package dev.tumen.devkit.bench;

import dev.tumen.common.cli.CommandLine;
import dev.tumen.devkit.Demo;
import dev.tumen.devkit.JsonHttp;
import dev.tumen.devkit.RepoPaths;
import dev.tumen.devkit.Seeds;
import dev.tumen.devkit.Stack;
import dev.tumen.model.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * {@code bin/tumen bench}: the broker and the three services as separate processes, pages offered to
 * ingest at fixed rates, latency from ingest acceptance to webhook receipt per page (HdrHistogram),
 * throughput, and CPU and resident memory per process; then the same load through a passthrough chain
 * with the same hops and no work, for a ratio.
 */
public final class Bench {
    /**
     * One load step's figures; {@code cpuMsPerPage} is the CPU every measured process (broker and services) used from the
     * step's start to the end of its drain, per delivered page (0 in results written before it was measured).
     */
    public record Step(String system, int offered, long accepted, long delivered, double throughput, long p50, long p90,
                       long p99, long max, Map<String, Usage> processes, double cpuMsPerPage) {
        public Step(String system, int offered, long accepted, long delivered, double throughput, long p50, long p90,
                    long p99, long max, Map<String, Usage> processes) {
            this(system, offered, accepted, delivered, throughput, p50, p90, p99, max, processes, 0);
        }
    }

    /** The part of results.json {@code --replot} reads. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record ResultsFile(List<Step> steps) {
    }

    /** A process's CPU (% of one core) and resident memory (MB) over a step. */
    public record Usage(double cpuPercent, long rssMb) {
    }

    private List<Integer> rates = List.of(50, 100, 200, 400);
    private int saturate = 1500;
    private Duration duration = Duration.ofSeconds(20);
    private Path out = RepoPaths.root().resolve("docs").resolve("bench");
    private boolean passthrough = true;
    /** Tumen's stage timers while its stack runs, else null. */
    private StageTimers stages;
    /**
     * Each step reads every JVM's collections and compilers before and after ({@code jstat}, a JVM start per process
     * each time, outside the measured window): bench failing-receivers, whose steps compare hops' pauses.
     */
    boolean jvmsPerStep;
    /** The consumer groups' backlog, read at each step's end of sending; null outside {@link #run()}. */
    private GroupLag lag;

    static final String USAGE = "usage: tumen bench [--rates 50,100,200,400] [--saturate 1500] [--duration 20] [--out docs/bench] "
            + "[--no-passthrough] | --replot results.json | backfill [--pages 100000] [--batch 1000] | failing-receivers [options]";

    public static int run(List<String> args) throws Exception {
        if (!args.isEmpty() && args.get(0).equals("backfill")) {
            return Backfill.run(args.subList(1, args.size()));
        }
        if (!args.isEmpty() && args.get(0).equals("failing-receivers")) {
            return FailingReceivers.run(args.subList(1, args.size()));
        }
        return CommandLine.run("bench", USAGE, System.out, System.err, () -> {
            Bench bench = new Bench();
            CommandLine a = new CommandLine(args);
            while (a.next()) {
                switch (a.option()) {
                    case "--rates" -> bench.rates = a.intList(1, 100_000);
                    case "--saturate" -> bench.saturate = a.intValue(1, 100_000);
                    case "--duration" -> bench.duration = a.seconds(1, 86_400);
                    case "--out" -> bench.out = a.outputDirectory().toAbsolutePath();
                    case "--no-passthrough" -> bench.passthrough = false;
                    case "--replot" -> {
                        // Redraws latency.svg from a results.json without running anything.
                        Path results = a.existingFile().toAbsolutePath();
                        var steps = Json.mapper().readValue(results.toFile(), ResultsFile.class).steps();
                        Files.writeString(results.resolveSibling("latency.svg"), LatencyPlot.svg(steps));
                        return 0;
                    }
                    default -> throw a.unknown();
                }
            }
            return bench.run();
        });
    }

    private int run() throws Exception {
        Path work = RepoPaths.root().resolve(".tumen").resolve("bench");
        Demo.deleteRecursively(work);
        Files.createDirectories(work);
        List<String> templates = relevantSeedPages();
        List<Step> steps = new ArrayList<>();
        try (BrokerProcess broker = BrokerProcess.start(work.resolve("kafka"), work.resolve("logs"));
             LatencyReceiver receiver = new LatencyReceiver()) {
            dev.tumen.kafka.TopicProvisioner.catalogue(broker.bootstrapServers(), "", 0);
            createPassthroughTopics(broker.bootstrapServers());
            log("broker up at %s (pid %d)", broker.bootstrapServers(), broker.pid());
            lag = new GroupLag(broker.bootstrapServers());

            // Bench pages are copies of a few seed stories; a zero story window makes every copy its own story,
            // so each page is delivered (story state is still written and read, as in production).
            try (Stack stack = startWithArchives(broker.bootstrapServers(), work.resolve("logs"),
                    Map.of("TUMEN_ALERT_STORY_WINDOW", "0s"))) {
                JsonHttp.post(stack.url("alert", "/subscriptions"), Map.of("name", "bench", "url", receiver.url().toString(),
                        "minSeverity", "low"), Duration.ofSeconds(10));
                Map<String, Long> pids = new LinkedHashMap<>();
                pids.put("broker", broker.pid());
                for (String s : Stack.SERVICES) {
                    pids.put(s, stack.process(s).pid());
                }
                URI pages = stack.url("ingest", "/pages");
                PagePreflight.require(stack.url("classifier", "/classify"), new LoadDriver(templates), 0);
                stages = new StageTimers(List.of(stack.url("ingest", "/prometheus"), stack.url("classifier", "/prometheus")));
                log("warming up (10 s rounds at 50 pages/s until it delivers what it accepts and the JIT compilers have settled) ...");
                warmUp("tumen", "warmup", pages, 50, templates, receiver, pids);
                for (int rate : rates) {
                    steps.add(step("tumen", "t" + rate, pages, rate, duration, templates, receiver, pids));
                }
                steps.add(step("tumen", "tsat", pages, saturate, duration, templates, receiver, pids));
                stages = null;
            }
            if (passthrough) {
                try (PassthroughChain chain = PassthroughChain.start(broker.bootstrapServers(), receiver.url(), work.resolve("logs"))) {
                    Map<String, Long> pids = new LinkedHashMap<>();
                    pids.put("broker", broker.pid());
                    pids.putAll(chain.pids());
                    warmUp("passthrough", "pwarmup", chain.pagesUrl(), 50, templates, receiver, pids);
                    for (int rate : rates) {
                        steps.add(step("passthrough", "p" + rate, chain.pagesUrl(), rate, duration, templates, receiver, pids));
                    }
                    steps.add(step("passthrough", "psat", chain.pagesUrl(), saturate, duration, templates, receiver, pids));
                }
            }
        } finally {
            if (lag != null) {
                lag.close();
                lag = null;
            }
        }
        report(steps);
        return 0;
    }

    /**
     * The stack as the image runs it: every service with its class-data archive mapped (the Dockerfile makes one at
     * build time). The first start after a build only writes the archives, when it stops, and runs without them: its
     * application classes sit in metaspace instead, and each service was 20-40 MB larger resident at saturation than
     * with the archive (docs/benchmarks.md, session 12), which made the memory figures depend on whether the bench ran
     * first after a build. So a start without them is stopped at once (which writes them) and the stack started again.
     */
    static Stack startWithArchives(String bootstrapServers, Path logs, Map<String, String> env) {
        Stack stack = Stack.start(bootstrapServers, "", logs, env);
        if (Stack.SERVICES.stream().allMatch(stack::sharedClasses)
                || "off".equals(env.getOrDefault("TUMEN_CDS", System.getenv("TUMEN_CDS")))) {
            return stack;
        }
        log("a first start after the build: stopping it to write the class-data archives, then starting again with them ...");
        stack.close();
        return Stack.start(bootstrapServers, "", logs, env);
    }

    /**
     * 10 s steps at {@code rate} until one delivers at least 90 % of what it accepted and no process's JIT compilers used
     * more than 5 % of a core during it (at most twelve, two minutes). A single 10 s warm-up was far from enough: on a
     * loaded machine the passthrough's relay and deliver processes had not joined their groups when it ended (its
     * saturation figure moved between 282 and 997 pages/s across runs), and on the quiet machine (session 6) the four
     * Tumen processes still used 175 % of the two cores at 25 pages/s right after it, against 150 % at 200 pages/s
     * later: the compilers were still at work, and the steps measured them. Each round logs the compilers' share.
     */
    Step warmUp(String system, String tag, URI pages, int rate, List<String> templates, LatencyReceiver receiver,
                Map<String, Long> pids) throws InterruptedException {
        Step warm = null;
        for (int round = 1; round <= 12; round++) {
            Map<String, Long> compiling = new LinkedHashMap<>();
            pids.forEach((name, pid) -> compiling.put(name, ProcessStats.compilerMillis(pid)));
            long started = System.currentTimeMillis();
            warm = step(system, tag + round, pages, rate, Duration.ofSeconds(10), templates, receiver, pids);
            long wall = Math.max(1, System.currentTimeMillis() - started);
            Map<String, Long> share = new LinkedHashMap<>();
            pids.forEach((name, pid) -> share.put(name, Math.round(100.0 * (ProcessStats.compilerMillis(pid) - compiling.get(name)) / wall)));
            long busiest = share.values().stream().mapToLong(Long::longValue).max().orElse(0);
            log("%-11s warm-up round %d: JIT compilers' CPU %% %s", system, round, share);
            if (warm.delivered() >= 0.9 * warm.accepted() && busiest <= 5) {
                break;
            }
        }
        return warm;
    }

    Step step(String system, String tag, URI pages, int rate, Duration length, List<String> templates,
                      LatencyReceiver receiver, Map<String, Long> pids) throws InterruptedException {
        return step(system, tag, pages, rate, length, templates, receiver, pids, 1.0);
    }

    /** As above, when each page makes {@code perPage} recorded deliveries (the failing-receivers passthrough fans out). */
    Step step(String system, String tag, URI pages, int rate, Duration length, List<String> templates,
                      LatencyReceiver receiver, Map<String, Long> pids, double perPage) throws InterruptedException {
        Map<String, ProcessStats> before = new LinkedHashMap<>();
        pids.forEach((name, pid) -> before.put(name, ProcessStats.of(pid)));
        long self = ProcessHandle.current().pid();
        ProcessStats selfBefore = ProcessStats.of(self);
        Map<String, double[]> stagesBefore = stages == null ? null : stages.read();
        // The driver and receivers too: a pause there delays the receipt of both systems' deliveries.
        Map<String, Long> jvms = new LinkedHashMap<>(pids);
        jvms.put("driver+receivers", ProcessHandle.current().pid());
        Map<String, JvmCollections.Reading> jvmsBefore = jvmsPerStep ? JvmCollections.of(jvms) : null;
        // A line at each step's start, so a profiler or a per-thread sampler can be started for one step.
        log("%-11s step %s: %d pages/s for %d s ...", system, tag, rate, length.toSeconds());
        long start = System.currentTimeMillis();
        LoadDriver driver = new LoadDriver(templates);
        driver.run(pages, tag, rate, length);
        // CPU over the load window only: the drain afterwards would dilute it.
        long loadEnd = System.currentTimeMillis();
        Map<String, ProcessStats> underLoad = new LinkedHashMap<>();
        pids.forEach((name, pid) -> underLoad.put(name, ProcessStats.of(pid)));
        Map<String, Long> behind = lag == null ? Map.of() : lag.read();
        Histogram histogram = receiver.histogram(tag);
        // Drain: wait until every accepted page was delivered, or deliveries stop for 5 s.
        long deadline = System.currentTimeMillis() + 120_000;
        while (histogram.getTotalCount() < Math.round(driver.accepted() * perPage) && System.currentTimeMillis() < deadline
                && System.currentTimeMillis() - Math.max(receiver.lastArrivalMillis(tag), start) < 5_000) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        long lastDelivery = Math.max(receiver.lastArrivalMillis(tag), start + 1);
        Map<String, Usage> usage = new LinkedHashMap<>();
        pids.forEach((name, pid) -> usage.put(name, new Usage(underLoad.get(name).cpuPercentSince(before.get(name), loadEnd - start),
                ProcessStats.of(pid).rssKb() / 1024)));
        long delivered = histogram.getTotalCount();
        double cpuMsPerPage = cpuPerPage(system, rate, delivered, before, pids, ProcessStats.of(self).cpuMillis() - selfBefore.cpuMillis(),
                System.currentTimeMillis() - start, behind);
        Step step = new Step(system, rate, driver.accepted(), delivered, delivered * 1000.0 / (lastDelivery - start),
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90), histogram.getValueAtPercentile(99),
                histogram.getMaxValue(), usage, cpuMsPerPage);
        log("%-11s offered %5d/s: accepted %6d (refused %d, not sent %d), delivered %6d, %7.1f/s, p50 %4d ms, p90 %4d ms, "
                        + "p99 %5d ms, max %5d ms (labelled: p50 %d ms, p99 %d ms); CPU %% %s; RSS MB %s", system, rate, driver.accepted(), driver.refused(),
                driver.dropped(), delivered, step.throughput(), step.p50(), step.p90(), step.p99(), step.max(),
                receiver.labelledHistogram(tag).getValueAtPercentile(50), receiver.labelledHistogram(tag).getValueAtPercentile(99),
                usage.entrySet().stream().map(e -> e.getKey() + " " + Math.round(e.getValue().cpuPercent())).toList(),
                usage.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().rssMb()).toList());
        if (stagesBefore != null) {
            log("%-11s offered %5d/s: stage means %s", system, rate, StageTimers.means(stagesBefore, stages.read()));
        }
        if (jvmsBefore != null) {
            log("%-11s offered %5d/s: collections and JIT compilers' CPU per JVM, start of the step to the end of the drain: %s",
                    system, rate, JvmCollections.perJvm(jvmsBefore, JvmCollections.of(jvms)));
        }
        return step;
    }

    /**
     * What each delivered page cost in CPU, from the step's start to the end of its drain: on two cores the processes
     * share the CPU, so the sum over them per page, not any one process's share of the load window, is what bounds
     * throughput (the load window alone leaves out the drain, where a backlogged hop still works). The bench's own JVM
     * (the load driver and the receiver) is shown apart: it runs on the same cores for both systems. The backlog per
     * consumer group when sending ended says which hop the pages queued before.
     */
    private static double cpuPerPage(String system, int rate, long delivered, Map<String, ProcessStats> before, Map<String, Long> pids,
                                     long benchMillis, long wallMillis, Map<String, Long> behind) {
        Map<String, Long> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> used.put(name, ProcessStats.of(pid).cpuMillis() - before.get(name).cpuMillis()));
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        double pages = Math.max(1, delivered);
        log("%-11s offered %5d/s: CPU ms per delivered page over %.1f s, start to drain's end: %.2f (%s), bench driver+receiver %.2f; "
                        + "records behind per group when sending ended %s; load average %s", system, rate, wallMillis / 1000.0, total / pages,
                used.entrySet().stream().map(e -> e.getKey() + " " + String.format("%.2f", e.getValue() / pages)).toList(),
                benchMillis / pages, behind, ProcessStats.loadAverage());
        return total / pages;
    }

    private void report(List<Step> steps) throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                Map.of("at", Instant.now().toString(), "durationSeconds", duration.toSeconds(), "steps", steps,
                        "machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")))));
        Files.writeString(out.resolve("latency.svg"), LatencyPlot.svg(steps));
        double tumenMax = steps.stream().filter(s -> s.system().equals("tumen")).mapToDouble(Step::throughput).max().orElse(0);
        double baseMax = steps.stream().filter(s -> s.system().equals("passthrough")).mapToDouble(Step::throughput).max().orElse(0);
        System.out.println();
        System.out.println("| system | offered/s | delivered/s | p50 ms | p90 ms | p99 ms | max ms | CPU % (broker/ingest/classifier/alert) | RSS MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Step s : steps) {
            System.out.printf("| %s | %d | %.0f | %d | %d | %d | %d | %s | %s |%n", s.system(), s.offered(), s.throughput(), s.p50(),
                    s.p90(), s.p99(), s.max(),
                    String.join(" / ", s.processes().values().stream().map(u -> String.format("%.0f", u.cpuPercent())).toList()),
                    String.join(" / ", s.processes().values().stream().map(u -> Long.toString(u.rssMb())).toList()));
        }
        if (baseMax > 0) {
            System.out.printf("%nMaximum sustained throughput: Tumen %.0f pages/s, passthrough %.0f pages/s, ratio %.2f%n",
                    tumenMax, baseMax, tumenMax / baseMax);
            Step base = steps.stream().filter(s -> s.system().equals("passthrough") && s.offered() == saturate).findFirst().orElse(null);
            Step tumen = steps.stream().filter(s -> s.system().equals("tumen") && s.offered() == saturate).findFirst().orElse(null);
            if (base != null && base.throughput() >= 0.95 * saturate) {
                // Then the passthrough's figure is the offered rate, not its limit: the ratio is an upper bound.
                System.out.printf("The passthrough delivered %.0f of the %d pages/s offered: it was not saturated, so its maximum is at "
                        + "least that and the ratio at most %.2f (a higher --saturate measures it)%n", base.throughput(), saturate, tumenMax / baseMax);
            }
            if (base != null && tumen != null && base.cpuMsPerPage() > 0 && tumen.cpuMsPerPage() > 0) {
                // Where the cores are the limit, pages/s follow CPU per page; this ratio moves less with the machine's load.
                System.out.printf("CPU per delivered page at %d pages/s offered (broker and services, start to drain's end): Tumen %.2f ms, "
                        + "passthrough %.2f ms, ratio %.2f%n", saturate, tumen.cpuMsPerPage(), base.cpuMsPerPage(),
                        base.cpuMsPerPage() / tumen.cpuMsPerPage());
            }
        }
        System.out.println("Results: " + out.resolve("results.json") + ", plot: " + out.resolve("latency.svg"));
    }

    static List<String> relevantSeedPages() throws IOException {
        List<String> pages = Seeds.relevantTexts();
        Random random = new Random(42);
        // Realistic size (about 30 KB like a news page with its chrome), and varied, so each copy has its own fingerprint.
        List<String> varied = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            StringBuilder b = new StringBuilder(pages.get(i % pages.size()));
            while (b.length() < 30_000) {
                b.append("\nRelated: ").append(pages.get(random.nextInt(pages.size())), 0, 200);
            }
            varied.add(b.toString());
        }
        return varied;
    }

    static void createPassthroughTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Passthrough.PAGES, 6, (short) 1), new NewTopic(Passthrough.ARTICLES, 6, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
