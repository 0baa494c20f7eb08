package dev.tumen.alert.bench;

import com.sun.net.httpserver.HttpServer;
import dev.tumen.alert.AlertHarness;
import dev.tumen.alert.Fixtures;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Classify-to-delivered latency: {@code subscriptions} subscriptions on local receivers, articles produced to the
 * articles topic at {@code rate}/s, latency = receiver's clock at receipt minus the article's label time. Runs the
 * healthy case, then the case where 10% of subscribers answer 500. See README "Benchmark".
 *
 * <p>Arguments (all optional): {@code subscriptions=1000 rate=100 fanout=10 seconds=30 warmup=10 scenarios=0,0.1}. {@code fanout}
 * is how many subscriptions each article matches (subscriptions are split into keyword groups).
 */
public final class AlertBench {
    private static final Pattern PUBLISHED = Pattern.compile("\"published\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        // As the service's own main does: the alert instance here runs in this JVM, not through Application.main.
        dev.tumen.alert.Application.prepareJvm();
        Map<String, String> opts = options(args);
        int subscriptions = Integer.parseInt(opts.getOrDefault("subscriptions", "1000"));
        int rate = Integer.parseInt(opts.getOrDefault("rate", "100"));
        int fanout = Integer.parseInt(opts.getOrDefault("fanout", "10"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
        TestKafka.bootstrapServers();
        List<String> report = new ArrayList<>();
        // The first scenario in a JVM also pays for JIT warm-up: list 0 twice to see it (scenarios=0,0.1,0).
        for (String failing : opts.getOrDefault("scenarios", "0,0.1").split(",")) {
            report.add(run(subscriptions, rate, fanout, seconds, warmup, Double.parseDouble(failing)));
        }
        System.out.println();
        System.out.printf("subscriptions=%d rate=%d/s fanout=%d (=%d deliveries/s) measured %ds after %ds warm-up, %d cores%n",
                subscriptions, rate, fanout, rate * fanout, seconds, warmup, Runtime.getRuntime().availableProcessors());
        report.forEach(System.out::println);
        System.exit(0);
    }

    /** {@code name=value} arguments. */
    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            String[] kv = a.split("=", 2);
            opts.put(kv[0], kv[1]);
        }
        return opts;
    }

    private static String run(int subscriptions, int rate, int fanout, int seconds, int warmup, double failing) throws Exception {
        Recorder recorder = new Recorder(3);
        Recorder perSecond = new Recorder(3);
        AtomicLong received = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1000);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(16);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/", exchange -> {
            long now = System.currentTimeMillis();
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean fail = exchange.getRequestURI().getPath().startsWith("/fail");
            if (fail) {
                failed.incrementAndGet();
            } else {
                Matcher m = PUBLISHED.matcher(new String(body, StandardCharsets.UTF_8));
                if (m.find()) {
                    long latency = Math.max(0, now - Instant.parse(m.group(1)).toEpochMilli());
                    recorder.recordValue(latency);
                    perSecond.recordValue(latency);
                }
                received.incrementAndGet();
            }
            exchange.sendResponseHeaders(fail ? 500 : 200, -1);
            exchange.close();
        });
        receiver.start();
        String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
        Map<String, Object> config = new HashMap<>();
        config.put("tumen.alert.topic-partitions", 6);
        config.put("tumen.outbound.allowed-hosts", "127.0.0.1");
        try (AlertHarness harness = new AlertHarness(config)) {
            EmbeddedServer app = harness.start();
            int groups = Math.max(1, subscriptions / fanout);
            ExecutorService creators = Executors.newFixedThreadPool(8);
            List<Future<?>> created = new ArrayList<>();
            for (int i = 0; i < subscriptions; i++) {
                int n = i;
                boolean fail = n % 10 == 0 && failing > 0;
                created.add(creators.submit(() -> harness.subscribe(app, Map.of("name", "bench" + n,
                        "url", base + (fail ? "/fail/" : "/ok/") + n, "minSeverity", "medium",
                        "keywords", List.of("grp" + (n % groups) + "x")))));
            }
            for (Future<?> f : created) {
                f.get();
            }
            creators.shutdown();
            // Per-second p99s show whether a tail is steady queueing or a few bad seconds (GC, JIT, a neighbour's build).
            List<Long> secondP99s = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long total = (long) (warmup + seconds) * rate;
            long start = System.nanoTime();
            Histogram measured = null;
            ThreadCpu cpuBefore = null;
            long attemptsBefore = 0;
            for (long i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                if (i == (long) warmup * rate) {
                    recorder.getIntervalHistogram();
                    perSecond.getIntervalHistogram();
                    cpuBefore = ThreadCpu.now();
                    attemptsBefore = received.get() + failed.get();
                    ticker.scheduleAtFixedRate(() -> secondP99s.add(perSecond.getIntervalHistogram().getValueAtPercentile(99)),
                            1, 1, TimeUnit.SECONDS);
                }
                String id = UUID.randomUUID().toString().replace("-", "");
                ArticleLabelled a = Fixtures.article(id, Severity.HIGH, String.format("%016x", UUID.randomUUID().getMostSignificantBits()),
                        "https://bench.example/" + id, "grp" + (i % groups) + "x");
                harness.publishAsync(a);
            }
            ticker.shutdownNow();
            // Let the last alerts arrive.
            long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < drainUntil) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
            measured = recorder.getIntervalHistogram();
            String cpu = cpuBefore == null ? "" : "\n  " + ThreadCpu.perDelivery(ThreadCpu.now().since(cpuBefore),
                    received.get() + failed.get() - attemptsBefore);
            List<Long> sorted = secondP99s.stream().sorted().toList();
            String line = String.format("failing=%2.0f%%  delivered=%d (healthy receipts, all phases) failedAttempts=%d  "
                            + "p50=%d ms p90=%d ms p99=%d ms p99.9=%d ms max=%d ms (n=%d)  per-second p99: median %d ms, worst %d ms",
                    failing * 100, received.get(), failed.get(), measured.getValueAtPercentile(50), measured.getValueAtPercentile(90),
                    measured.getValueAtPercentile(99), measured.getValueAtPercentile(99.9), measured.getMaxValue(),
                    measured.getTotalCount(), sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2),
                    sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)) + cpu;
            System.out.println(line);
            return line;
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private AlertBench() {
    }

}
