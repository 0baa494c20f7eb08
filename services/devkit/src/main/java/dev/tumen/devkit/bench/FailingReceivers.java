package dev.tumen.devkit.bench;

import dev.tumen.common.cli.CommandLine;
import dev.tumen.devkit.ArticleWatcher;
import dev.tumen.devkit.Demo;
import dev.tumen.devkit.JsonHttp;
import dev.tumen.devkit.RepoPaths;
import dev.tumen.devkit.Stack;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import dev.tumen.model.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * {@code bin/tumen bench failing-receivers}: issue 15's scenario. Many subscriptions (1,000), each page matching
 * {@code fanout} of them (10), a share of the receivers (10 %) answering 500 to everything; the healthy receivers'
 * latency from ingest acceptance to receipt, against the passthrough's at the same page rate in the same run.
 */
public final class FailingReceivers {
    private int subscriptions = 1000;
    /** Shares of failing receivers, one timed step each, in this order (on one stack). */
    private List<Double> failing = List.of(0.0, 0.1);
    private int fanout = 10;
    /** 200 webhook attempts/s at the default fan-out: the healthy-only case is not saturated on two cores (docs/benchmarks.md). */
    private int rate = 20;
    private Duration duration = Duration.ofSeconds(20);
    /**
     * Load before the first timed step, for Tumen and for the passthrough alike. 10 s (before session 11) left the JIT
     * compilers of JVMs a minute old busy through the first step, which then measured warm-up: with none failing it ran
     * first and its p99 was 1.7-4 × the 10 % step's in the quiet runs of sessions 9 and 10 (docs/benchmarks.md).
     */
    private Duration warmupTime = Duration.ofSeconds(30);
    /**
     * Load at a step's own failing share before a step whose share differs from the load before it. The first warm-up
     * runs at the first share (none failing), so the alert's retry path (the retry topics' loops, their timers and
     * tiers, the failed attempts' records) first ran, and was first compiled, inside the measured 10 % step, which also
     * began with no retry in flight, unlike any later moment at that share. 0: the steps follow one another as before
     * session 24.
     */
    private Duration shareWarmupTime = Duration.ofSeconds(30);
    private boolean passthrough = true;
    /** Failing receivers never answer (the sender's timeout ends each request) instead of answering 500 at once. */
    private boolean hang;
    /**
     * The passthrough makes Tumen's deliveries: each page to its group's receivers, failing ones included (not
     * retried). False: one POST per page, the baseline before 2026-11-30 (session 8), kept to compare with old runs.
     */
    private boolean fanoutBaseline = true;
    /** False: only the passthrough, to check the baseline itself (it needs no stack, so it starts on a loaded machine). */
    private boolean tumen = true;
    /** Page id -> healthy deliveries its labelled article calls for (0: none), so each article is read once. */
    private final Map<String, Integer> judged = new HashMap<>();

    private FailingReceivers() {
    }

    public static int run(List<String> args) throws Exception {
        String usage = "usage: tumen bench failing-receivers [--subscriptions 1000] [--failing 0,0.1] [--fanout 10] "
                + "[--rate 20] [--duration 20] [--warmup 30] [--share-warmup 30] [--failing-as 500|hang] [--no-passthrough | --passthrough-only] [--single-delivery-baseline]";
        return CommandLine.run("bench failing-receivers", usage, System.out, System.err, () -> {
            FailingReceivers s = new FailingReceivers();
            CommandLine a = new CommandLine(args);
            while (a.next()) {
                switch (a.option()) {
                    case "--subscriptions" -> s.subscriptions = a.intValue(1, 1_000_000);
                    case "--failing" -> s.failing = a.doubleList(0, 1);
                    case "--fanout" -> s.fanout = a.intValue(1, 1_000_000);
                    case "--rate" -> s.rate = a.intValue(1, 100_000);
                    case "--duration" -> s.duration = a.seconds(1, 86_400);
                    case "--warmup" -> s.warmupTime = a.seconds(0, 86_400);
                    case "--share-warmup" -> s.shareWarmupTime = a.seconds(0, 86_400);
                    case "--failing-as" -> {
                        String how = a.value();
                        if (!how.equals("500") && !how.equals("hang")) {
                            throw new CommandLine.UsageException("--failing-as takes 500 or hang, not '" + dev.tumen.model.text.OutsideText.quote(how) + "'");
                        }
                        s.hang = how.equals("hang");
                    }
                    case "--no-passthrough" -> s.passthrough = false;
                    case "--passthrough-only" -> s.tumen = false;
                    case "--single-delivery-baseline" -> s.fanoutBaseline = false;
                    default -> throw a.unknown();
                }
            }
            return s.run();
        });
    }

    private int run() throws Exception {
        int groups = Math.max(1, subscriptions / fanout);
        Path work = RepoPaths.root().resolve(".tumen").resolve("bench-failing");
        Demo.deleteRecursively(work);
        Files.createDirectories(work);
        List<String> templates = Bench.relevantSeedPages();
        Bench bench = new Bench();
        bench.jvmsPerStep = true;
        // Subscriber i listens to group i % groups and fails when i < failingCount: with 10 % every group (so every
        // page) has exactly one failing receiver among its ten. The count changes between steps, nothing else does.
        AtomicInteger failingCount = new AtomicInteger();
        try (BrokerProcess broker = BrokerProcess.start(work.resolve("kafka"), work.resolve("logs"));
             LatencyReceiver receiver = new LatencyReceiver(path -> subscriber(path) >= 0 && subscriber(path) < failingCount.get(), hang)) {
            dev.tumen.kafka.TopicProvisioner.catalogue(broker.bootstrapServers(), "", 0);
            Bench.createPassthroughTopics(broker.bootstrapServers());
            Map<String, String> env = Map.of("TUMEN_ALERT_STORY_WINDOW", "0s",
                    "TUMEN_ALERT_MAX_SUBSCRIPTIONS_WITHOUT_TOKEN", Integer.toString(subscriptions + 10),
                    "TUMEN_ALERT_MAX_SUBSCRIPTIONS_PER_TOKEN", Integer.toString(subscriptions + 10));
            Bench.log("broker up; %d subscriptions, each page for %d of them, failing shares %s, %d pages/s",
                    subscriptions, subscriptions / groups, failing, rate);
            Map<Double, Long> p99s = new LinkedHashMap<>();
            if (tumen) {
                try (Stack stack = Stack.start(broker.bootstrapServers(), "", work.resolve("logs"), env);
                     ArticleWatcher articles = new ArticleWatcher(broker.bootstrapServers(), Topics.ARTICLES)) {
                    for (int i = 0; i < subscriptions; i++) {
                        JsonHttp.post(stack.url("alert", "/subscriptions"), Map.of("name", "bench-" + i, "url", receiver.url() + "/" + i,
                                "minSeverity", "low", "keywords", List.of(LoadDriver.groupWord(i % groups))), Duration.ofSeconds(60));
                    }
                    PagePreflight.require(stack.url("classifier", "/classify"), new LoadDriver(templates, groups), groups);
                    failingCount.set(failingCount(failing.get(0)));
                    Bench.log("warming up (%d s at %d pages/s) ...", warmupTime.toSeconds(), rate);
                    LoadDriver warmup = new LoadDriver(templates, groups);
                    warmup.run(stack.url("ingest", "/pages"), "fwarmup", rate, warmupTime);
                    // The first timed step starts once the warm-up's alerts are delivered: it used to start with their
                    // backlog still in the alert, and its latency included it.
                    Labelled warmed = drain(articles, receiver, "fwarmup", warmup.accepted(), groups,
                            healthyInGroups(groups, failingCount.get()));
                    Bench.log("warm-up delivered %d of %d", receiver.histogram("fwarmup").getTotalCount(), warmed.deliveries());
                    Map<String, Long> pids = new LinkedHashMap<>();
                    pids.put("broker", broker.pid());
                    for (String service : Stack.SERVICES) {
                        pids.put(service, stack.process(service).pid());
                    }
                    pids.put("driver+receivers", ProcessHandle.current().pid());
                    // The healthy-only share first: the failing receivers' retries of a later step then cannot reach
                    // receivers that answer again.
                    // A share may come again (--failing 0,0.1,0: is the first step slower only for being first?); its
                    // step gets a tag of its own, and the summary keeps the first step of each share.
                    Set<String> tags = new java.util.HashSet<>();
                    double loadedAt = failing.get(0);
                    for (double share : failing) {
                        failingCount.set(failingCount(share));
                        if (share != loadedAt && !shareWarmupTime.isZero()) {
                            String warmTag = "fwarmup-" + Math.round(share * 100);
                            Bench.log("warming up at %d%% failing (%d s at %d pages/s) ...", Math.round(share * 100),
                                    shareWarmupTime.toSeconds(), rate);
                            LoadDriver shareWarmup = new LoadDriver(templates, groups);
                            shareWarmup.run(stack.url("ingest", "/pages"), warmTag, rate, shareWarmupTime);
                            Labelled warm = drain(articles, receiver, warmTag, shareWarmup.accepted(), groups,
                                    healthyInGroups(groups, failingCount.get()));
                            Bench.log("warm-up at %d%% failing delivered %d of %d healthy", Math.round(share * 100),
                                    receiver.histogram(warmTag).getTotalCount(), warm.deliveries());
                        }
                        loadedAt = share;
                        String first = "f" + rate + "-" + Math.round(share * 100);
                        String tag = first;
                        for (int again = 2; !tags.add(tag); again++) {
                            tag = first + "-" + again;
                        }
                        long p99 = measure(stack, articles, broker, receiver, templates, groups, share, failingCount.get(), pids, tag);
                        p99s.putIfAbsent(share, p99);
                    }
                }
            }
            if (passthrough) {
                // The baseline does Tumen's deliveries (each page to its group's receivers, the failing ones answered 500 and
                // not retried), so the ratio compares like with like; before session 8 it made one POST per page, a tenth
                // of the requests, and the ratio compared 500 attempts/s with 50.
                double share = failing.get(failing.size() - 1);
                failingCount.set(failingCount(share));
                double perPage = fanoutBaseline ? healthyInGroups(groups, failingCount.get()).perPage() : 1.0;
                try (PassthroughChain chain = fanoutBaseline
                        ? PassthroughChain.start(broker.bootstrapServers(), receiver.url(), work.resolve("logs"), groups, subscriptions)
                        : PassthroughChain.start(broker.bootstrapServers(), receiver.url(), work.resolve("logs"))) {
                    Map<String, Long> pids = new LinkedHashMap<>();
                    pids.put("broker", broker.pid());
                    pids.putAll(chain.pids());
                    // Warm up until the chain delivers what it accepts: on a loaded machine its relay and deliver processes
                    // joined their groups after a single 10 s warm-up and its drain had ended, and the timed step then
                    // measured their start-up (0 of 966 delivered once at load 45).
                    for (int round = 1; round <= 6; round++) {
                        // The first round as long as Tumen's warm-up, so both systems get the same; later rounds only
                        // wait for a chain that has not joined its groups yet.
                        Bench.Step warm = bench.step("passthrough", "pwarmup" + round, chain.pagesUrl(), rate,
                                round == 1 ? warmupTime : Duration.ofSeconds(10),
                                templates, receiver, pids, perPage);
                        if (warm.delivered() >= 0.9 * warm.accepted() * perPage) {
                            break;
                        }
                    }
                    Bench.Step base = bench.step("passthrough", "p" + rate, chain.pagesUrl(), rate, duration, templates, receiver, pids,
                            perPage);
                    System.out.println();
                    String baseline = fanoutBaseline ? "the same " + subscriptions / groups + " deliveries per page, "
                            + Math.round(share * 100) + " % failing" : "one delivery per page";
                    if (p99s.isEmpty()) {
                        System.out.printf("Passthrough (%s) p99 at %d pages/s: %d ms%n", baseline, rate, base.p99());
                    }
                    p99s.forEach((f, p99) -> System.out.printf("Healthy receivers' p99 with %d%% of %d receivers failing: %d ms; "
                                    + "passthrough (%s) p99 at %d pages/s: %d ms; ratio %.2f (target <= 2)%n", Math.round(f * 100),
                            subscriptions, p99, baseline, rate, base.p99(), base.p99() == 0 ? 0.0 : p99 / (double) base.p99()));
                }
            }
            if (!passthrough || !tumen) {
                p99s.forEach((f, p99) -> System.out.printf("%nHealthy receivers' p99 with %d%% of %d receivers failing: %d ms%n",
                        Math.round(f * 100), subscriptions, p99));
            }
        }
        return 0;
    }

    /**
     * Waits for step {@code tag}'s healthy deliveries: until every accepted page is labelled, for the designed figure;
     * then for what the labels allow. Gives up after 5 s without progress, counted from the end of sending and from
     * the last label or request: on a loaded machine the first labels can come more than 5 s after the last page was
     * sent, and the alert may still be delivering an earlier step's alerts (any request counts; this step's alone
     * ended runs at "0 of 6,525" while the alert was busy with the warm-up's backlog).
     */
    private Labelled drain(ArticleWatcher articles, LatencyReceiver receiver, String tag, long accepted, int groups, Healthy healthyIn)
            throws InterruptedException {
        Histogram healthy = receiver.histogram(tag);
        long designed = Math.round(accepted * healthyIn.perPage());
        String prefix = "https://bench.example/" + tag + "/";
        long deadline = System.currentTimeMillis() + 120_000;
        Labelled labelled = labelled(articles, prefix, groups, healthyIn.inGroup());
        long sent = System.currentTimeMillis();
        while (healthy.getTotalCount() < (labelled.pages() < accepted ? designed : labelled.deliveries())
                && System.currentTimeMillis() < deadline
                && System.currentTimeMillis() - Math.max(Math.max(receiver.lastArrivalMillis(), sent),
                labelled.pages() < accepted ? articles.lastArrivalMillis() : 0) < 5_000) {
            TimeUnit.MILLISECONDS.sleep(250);
            labelled = labelled(articles, prefix, groups, healthyIn.inGroup());
        }
        return labelled;
    }

    private int failingCount(double share) {
        return (int) Math.round(subscriptions * share);
    }

    /** Healthy receivers per group, and per page on average. */
    private record Healthy(int[] inGroup, double perPage) {
    }

    private Healthy healthyInGroups(int groups, int failingCount) {
        int[] inGroup = new int[groups];
        for (int i = failingCount; i < subscriptions; i++) {
            inGroup[i % groups]++;
        }
        return new Healthy(inGroup, Math.max(0, subscriptions - failingCount) / (double) groups);
    }

    /** One timed step with {@code failingCount} receivers failing; returns the healthy receivers' p99. */
    private long measure(Stack stack, ArticleWatcher articles, BrokerProcess broker, LatencyReceiver receiver, List<String> templates,
                         int groups, double share, int failingCount, Map<String, Long> pids, String tag) throws Exception {
        Healthy healthyIn = healthyInGroups(groups, failingCount);
        Bench.log("tumen step %s: %d pages/s for %d s, %d of %d receivers failing, each page for %.1f healthy receivers ...",
                tag, rate, duration.toSeconds(), failingCount, subscriptions, healthyIn.perPage());
        LoadDriver driver = new LoadDriver(templates, groups);
        Map<String, ProcessStats> before = stats(pids);
        Map<String, JvmCollections.Reading> jvmsBefore = JvmCollections.of(pids);
        JvmCollections gcBefore = pids.containsKey("alert") ? jvmsBefore.get("alert").gc() : JvmCollections.NONE;
        Map<String, Long> writesBefore = writes(broker.bootstrapServers());
        // Where a healthy delivery's time goes, stage by stage: means for ingest and the labeller, the alert's own
        // histograms (label to 2xx, the 2xx requests) as quantiles of this step alone.
        StageTimers stages = new StageTimers(List.of(stack.url("ingest", "/prometheus"), stack.url("classifier", "/prometheus")));
        Map<String, double[]> stagesBefore = stages.read();
        BucketQuantiles labelToDelivered = new BucketQuantiles(stack.url("alert", "/prometheus"),
                "tumen_alert_classify_to_delivered_seconds", "");
        BucketQuantiles attempts2xx = new BucketQuantiles(stack.url("alert", "/prometheus"),
                "tumen_alert_attempt_latency_seconds", "status=\"2xx\"");
        BucketQuantiles labelToRouted = new BucketQuantiles(stack.url("alert", "/prometheus"),
                "tumen_alert_label_to_routed_seconds", "");
        BucketQuantiles labelToAttempt = new BucketQuantiles(stack.url("alert", "/prometheus"),
                "tumen_alert_label_to_attempt_seconds", "");
        // The routing span split at the article record's timestamp: the classifier's wait for its previous commit,
        // then its own commit and this alert's fetch.
        BucketQuantiles labelToWritten = new BucketQuantiles(stack.url("alert", "/prometheus"),
                "tumen_alert_label_to_written_seconds", "");
        BucketQuantiles writtenToRouted = new BucketQuantiles(stack.url("alert", "/prometheus"),
                "tumen_alert_written_to_routed_seconds", "");
        java.util.TreeMap<Double, Double> labelToRoutedBefore = labelToRouted.read();
        java.util.TreeMap<Double, Double> labelToWrittenBefore = labelToWritten.read();
        java.util.TreeMap<Double, Double> writtenToRoutedBefore = writtenToRouted.read();
        java.util.TreeMap<Double, Double> labelToAttemptBefore = labelToAttempt.read();
        java.util.TreeMap<Double, Double> labelToDeliveredBefore = labelToDelivered.read();
        java.util.TreeMap<Double, Double> attempts2xxBefore = attempts2xx.read();
        long failedBefore = receiver.failed();
        long start = System.currentTimeMillis();
        driver.run(stack.url("ingest", "/pages"), tag, rate, duration);
        Map<String, ProcessStats> underLoad = stats(pids);
        long loadEnd = System.currentTimeMillis();
        Histogram healthy = receiver.histogram(tag);
        long designed = Math.round(driver.accepted() * healthyIn.perPage());
        Labelled labelled = drain(articles, receiver, tag, driver.accepted(), groups, healthyIn);
        long p99 = healthy.getValueAtPercentile(99);
        long drainEnd = System.currentTimeMillis();
        Map<String, ProcessStats> drained = stats(pids);
        Map<String, JvmCollections.Reading> jvmsAfter = JvmCollections.of(pids);
        JvmCollections gcAfter = pids.containsKey("alert") ? jvmsAfter.get("alert").gc() : JvmCollections.NONE;
        Map<String, Long> writesAfter = writes(broker.bootstrapServers());
        Bench.log("stage means (ingest, labeller) %s", StageTimers.means(stagesBefore, stages.read()));
        // The same span as a second read_committed reader sees it (this process's ArticleWatcher, default fetch
        // settings): what the commit and a fetch take without the alert's process, so the rest is the alert's own.
        Histogram visible = visible(articles, tag);
        Bench.log("after the label: to the classifier's send of the article %s; from that send to the alert routing it %s; "
                        + "to the bench's own read_committed reader n %d, p50 %d ms, p99 %d ms",
                BucketQuantiles.between(labelToWrittenBefore, labelToWritten.read()),
                BucketQuantiles.between(writtenToRoutedBefore, writtenToRouted.read()),
                visible.getTotalCount(), visible.getValueAtPercentile(50), visible.getValueAtPercentile(99));
        Bench.log("after the label: to the alert routing the article %s; to first attempts starting %s; to 2xx %s; "
                        + "2xx requests %s; to receipt (receiver) p50 %d ms, p99 %d ms",
                BucketQuantiles.between(labelToRoutedBefore, labelToRouted.read()),
                BucketQuantiles.between(labelToAttemptBefore, labelToAttempt.read()),
                BucketQuantiles.between(labelToDeliveredBefore, labelToDelivered.read()),
                BucketQuantiles.between(attempts2xxBefore, attempts2xx.read()),
                receiver.afterLabelHistogram(tag).getValueAtPercentile(50), receiver.afterLabelHistogram(tag).getValueAtPercentile(99));
        // Where the machine's two cores went while pages were offered, and until the last delivery: the alert
        // competes with the broker, the other services and this process (load driver and every receiver).
        Bench.log("CPU %% of one core during the %d s of load %s, from its start to the end of the drain (%.1f s) %s; load average %s",
                duration.toSeconds(), cpu(before, underLoad, loadEnd - start), (drainEnd - start) / 1000.0,
                cpu(before, drained, drainEnd - start), loadAverage());
        // Every collection stops every delivery in flight: how many fell in the step, and what they cost a core.
        Bench.log("the alert's garbage collections from the start of the step to the end of the drain: %s", gcAfter.since(gcBefore));
        // Every hop's pauses are on some page's path, and the passthrough's steps print the same line for its JVMs.
        Bench.log("collections and JIT compilers' CPU per JVM, start of the step to the end of the drain: %s",
                JvmCollections.perJvm(jvmsBefore, jvmsAfter));
        long delivered = Math.max(1, healthy.getTotalCount());
        StringBuilder perAlert = new StringBuilder();
        writesAfter.forEach((topic, n) -> perAlert.append(String.format(Locale.ROOT, " %s %d (%.2f),", topic.replace("tumen.", ""),
                n - writesBefore.getOrDefault(topic, 0L), (n - writesBefore.getOrDefault(topic, 0L)) / (double) delivered)));
        Bench.log("alert-side Kafka records from the start of the step to the end of the drain (per healthy delivery of the step):%s",
                perAlert.length() == 0 ? " n/a" : perAlert.substring(0, perAlert.length() - 1));
        Bench.log("tumen %s, %d%% failing: %d pages accepted (refused %d, not sent %d), %d labelled (%d relevant with their keyword); %d of %d healthy "
                        + "deliveries (%d by design), p50 %d ms, p99 %d ms, max %d ms (of which ingest to label: p50 %d ms, p99 %d ms); "
                        + "%d failed attempts answered",
                tag, Math.round(share * 100), driver.accepted(), driver.refused(), driver.dropped(), labelled.pages(), labelled.matching(),
                healthy.getTotalCount(), labelled.deliveries(), designed, healthy.getValueAtPercentile(50), p99, healthy.getMaxValue(),
                receiver.labelledHistogram(tag).getValueAtPercentile(50),
                receiver.labelledHistogram(tag).getValueAtPercentile(99), receiver.failed() - failedBefore);
        return p99;
    }

    private static Map<String, ProcessStats> stats(Map<String, Long> pids) {
        Map<String, ProcessStats> out = new LinkedHashMap<>();
        pids.forEach((name, pid) -> out.put(name, ProcessStats.of(pid)));
        return out;
    }

    private static String cpu(Map<String, ProcessStats> from, Map<String, ProcessStats> to, long wallMillis) {
        StringBuilder b = new StringBuilder("[");
        double total = 0;
        for (Map.Entry<String, ProcessStats> e : to.entrySet()) {
            double pct = e.getValue().cpuPercentSince(from.get(e.getKey()), wallMillis);
            total += pct;
            b.append(e.getKey()).append(' ').append(Math.round(pct)).append(", ");
        }
        return b.append("total ").append(Math.round(total)).append(']').toString();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split(" ")[0];
        } catch (java.io.IOException e) {
            return "n/a";
        }
    }

    /** Records in the topics the alert writes, by topic: their end offsets (its producer is not transactional). */
    private static Map<String, Long> writes(String bootstrapServers) {
        Map<String, Long> out = new java.util.TreeMap<>();
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", bootstrapServers))) {
            List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.equals(Topics.ALERTS) || t.equals(Topics.DELIVERIES) || t.equals(Topics.STORIES)
                            || t.equals(Topics.STREAM) || t.equals(Topics.deadLetter(Topics.DELIVERIES))
                            || t.startsWith("tumen.deliveries.retry-") && !t.endsWith(".dlt"))
                    .toList();
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> specs = new HashMap<>();
            for (var d : admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                d.partitions().forEach(p -> specs.put(new org.apache.kafka.common.TopicPartition(d.name(), p.partition()),
                        org.apache.kafka.clients.admin.OffsetSpec.latest()));
            }
            admin.listOffsets(specs).all().get(30, TimeUnit.SECONDS).forEach((tp, info) -> out.merge(tp.topic(), info.offset(), Long::sum));
        } catch (Exception e) {
            Bench.log("could not count the alert's records: %s", e);
        }
        return out;
    }

    /** Milliseconds from each of step {@code tag}'s labelled records' timestamps to the watcher's poll returning it. */
    private static Histogram visible(ArticleWatcher articles, String tag) {
        Histogram h = new Histogram(3);
        String prefix = "https://bench.example/" + tag + "/";
        articles.articles().forEach((id, a) -> {
            long ms = articles.visibleAfterMillis(id);
            if (ms >= 0 && a.url() != null && a.url().startsWith(prefix)) {
                h.recordValue(ms);
            }
        });
        return h;
    }

    /** Pages of one step labelled so far, those relevant and carrying their group word, and the healthy deliveries they call for. */
    private record Labelled(long pages, long matching, long deliveries) {
    }

    /**
     * The expected figure from what the classifier actually published ({@code read_committed}), so it can never count a
     * delivery that cannot happen: a page counts for its group's healthy receivers only when its article is relevant,
     * at least low severity and mentions the group word.
     */
    private Labelled labelled(ArticleWatcher articles, String urlPrefix, int groups, int[] healthyInGroup) {
        long pages = 0;
        long matching = 0;
        long deliveries = 0;
        for (Map.Entry<String, ArticleLabelled> e : articles.articles().entrySet()) {
            ArticleLabelled a = e.getValue();
            if (a.url() == null || !a.url().startsWith(urlPrefix)) {
                continue;
            }
            int due = judged.computeIfAbsent(e.getKey(), id -> {
                int group = (int) (Long.parseLong(a.url().substring(urlPrefix.length())) % groups);
                String text = ((a.title() == null ? "" : a.title()) + "\n" + (a.body() == null ? "" : a.body())).toLowerCase(Locale.ROOT);
                return a.relevant() && a.severity() != Severity.NONE && text.contains(LoadDriver.groupWord(group)) ? healthyInGroup[group] : 0;
            });
            pages++;
            if (due > 0) {
                matching++;
                deliveries += due;
            }
        }
        return new Labelled(pages, matching, deliveries);
    }

    /** The subscriber number in {@code /hook/<n>}, or -1 (the passthrough posts to {@code /hook}). */
    private static int subscriber(String path) {
        int slash = path.lastIndexOf('/');
        try {
            return slash > 0 && path.startsWith("/hook/") ? Integer.parseInt(path.substring(slash + 1)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
