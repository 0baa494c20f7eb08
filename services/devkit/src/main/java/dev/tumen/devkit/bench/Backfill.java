package dev.tumen.devkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.common.cli.CommandLine;
import dev.tumen.devkit.ArticleWatcher;
import dev.tumen.devkit.Demo;
import dev.tumen.devkit.JsonHttp;
import dev.tumen.devkit.RepoPaths;
import dev.tumen.devkit.Seeds;
import dev.tumen.devkit.Stack;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bin/tumen bench backfill}: a bulk import. Generates {@code --pages} distinct pages (the seed pages, each
 * copy with its own dispatch line) as JSON-lines files of {@code --batch} pages, starts the broker and the three
 * services as for the bench, imports the files through ingest's {@code POST /imports} one after another, and
 * follows the labelled articles on {@code tumen.articles.v1} ({@code read_committed}) until every imported page is
 * labelled, with a progress bar. Reports pages/s and total time for the import and end to end, and each process's
 * peak resident memory.
 */
public final class Backfill {
    private static final PrintStream OUT = System.out;
    /** How long labelling may make no progress before the run gives up, saying where it stopped. */
    private static final Duration STALL = Duration.ofSeconds(120);

    private int pages = 100_000;
    private int batch = 1_000;
    private Path out = RepoPaths.root().resolve("docs").resolve("bench");

    private Backfill() {
    }

    public static int run(List<String> args) throws Exception {
        return CommandLine.run("bench backfill", "usage: tumen bench backfill [--pages 100000] [--batch 1000] [--out docs/bench]",
                System.out, System.err, () -> {
                    Backfill b = new Backfill();
                    CommandLine a = new CommandLine(args);
                    while (a.next()) {
                        switch (a.option()) {
                            case "--pages" -> b.pages = a.intValue(1, 100_000_000);
                            case "--batch" -> b.batch = a.intValue(1, 1_000_000);
                            case "--out" -> b.out = a.outputDirectory().toAbsolutePath();
                            default -> throw a.unknown();
                        }
                    }
                    return b.run();
                });
    }

    private int run() throws Exception {
        Path work = RepoPaths.root().resolve(".tumen").resolve("backfill");
        Demo.deleteRecursively(work);
        Path files = Files.createDirectories(work.resolve("import"));
        long t0 = System.nanoTime();
        List<String> names = generate(files);
        Bench.log("generated %,d pages in %d files (%,d MB) in %.1f s", pages, names.size(), sizeMb(files), seconds(t0));

        try (BrokerProcess broker = BrokerProcess.start(work.resolve("kafka"), work.resolve("logs"))) {
            dev.tumen.kafka.TopicProvisioner.catalogue(broker.bootstrapServers(), "", 0);
            try (Stack stack = Stack.start(broker.bootstrapServers(), "", work.resolve("logs"),
                    Map.of("TUMEN_INGEST_IMPORT_ROOT", files.toString()));
                 ArticleWatcher labelled = new ArticleWatcher(broker.bootstrapServers(), Topics.ARTICLES)) {
                Map<String, Long> pids = new LinkedHashMap<>();
                pids.put("broker", broker.pid());
                for (String s : Stack.SERVICES) {
                    pids.put(s, stack.process(s).pid());
                }
                Map<String, Long> peakRss = new LinkedHashMap<>();
                AtomicLong imported = new AtomicLong();
                Progress progress = new Progress(pages, System.console() != null);
                // CPU from here on only: start-up alone costs each service several CPU-seconds.
                Map<String, Long> cpuBefore = new LinkedHashMap<>();
                pids.forEach((name, pid) -> cpuBefore.put(name, ProcessStats.of(pid).cpuMillis()));
                long start = System.nanoTime();
                Thread importer = new Thread(() -> {
                    for (String name : names) {
                        try {
                            JsonNode report = JsonHttp.post(stack.url("ingest", "/imports"), Map.of("path", name), Duration.ofMinutes(10));
                            imported.addAndGet(report.path("published").asLong() + report.path("duplicates").asLong());
                            if (report.path("failed").asLong() > 0) {
                                Bench.log("%s: %d pages failed: %s", name, report.path("failed").asLong(), report.path("errors"));
                            }
                        } catch (RuntimeException e) {
                            // The run then stalls and says so: its figures would be wrong.
                            Bench.log("import of %s failed: %s", name, e.getMessage());
                            return;
                        }
                    }
                }, "backfill-import");
                importer.setDaemon(true);
                importer.start();
                long importDone = 0;
                long lastCount = -1;
                long lastChange = System.nanoTime();
                while (labelled.records() < pages) {
                    TimeUnit.MILLISECONDS.sleep(500);
                    if (importDone == 0 && !importer.isAlive()) {
                        importDone = System.nanoTime();
                    }
                    pids.forEach((name, pid) -> peakRss.merge(name, ProcessStats.of(pid).rssKb() / 1024, Math::max));
                    long n = labelled.records();
                    progress.show(n, imported.get(), seconds(start));
                    if (n != lastCount) {
                        lastCount = n;
                        lastChange = System.nanoTime();
                    } else if (System.nanoTime() - lastChange > STALL.toNanos()) {
                        progress.end();
                        Bench.log("no page labelled for %d s: stopped at %,d of %,d (imported %,d); see %s", STALL.toSeconds(), n, pages,
                                imported.get(), work.resolve("logs"));
                        return 1;
                    }
                }
                if (importDone == 0) {
                    importer.join();
                    importDone = System.nanoTime();
                }
                double total = seconds(start);
                double importSeconds = (importDone - start) / 1e9;
                progress.show(labelled.records(), imported.get(), total);
                progress.end();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("at", Instant.now().toString());
                result.put("pages", pages);
                result.put("files", names.size());
                result.put("importSeconds", round(importSeconds));
                result.put("importPagesPerSecond", Math.round(pages / importSeconds));
                result.put("labelledSeconds", round(total));
                result.put("labelledPagesPerSecond", Math.round(pages / total));
                result.put("peakRssMb", peakRss);
                // CPU per page is what limits throughput on a small host, and unlike the rates it hardly depends on
                // what else the machine is running, so runs under other load still compare.
                Map<String, Double> cpuPerPage = new LinkedHashMap<>();
                pids.forEach((name, pid) -> cpuPerPage.put(name, round((ProcessStats.of(pid).cpuMillis() - cpuBefore.get(name)) / (double) pages)));
                result.put("cpuMillisPerPage", cpuPerPage);
                result.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(), "java", System.getProperty("java.version")));
                Files.createDirectories(out);
                Files.writeString(out.resolve("backfill.json"), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
                OUT.printf(Locale.ROOT, "%nBackfill of %,d pages: imported in %.1f s (%,d pages/s), all labelled in %.1f s (%,d pages/s end to end)%n",
                        pages, importSeconds, Math.round(pages / importSeconds), total, Math.round(pages / total));
                OUT.println("Peak resident memory, MB: " + peakRss);
                OUT.println("CPU ms per page: " + cpuPerPage);
                OUT.println("Results: " + out.resolve("backfill.json"));
                return 0;
            }
        }
    }

    /** JSON-lines files of {@link #batch} pages each; every page differs (its dispatch line), so none is a duplicate. */
    private List<String> generate(Path dir) throws IOException {
        List<String> seeds = Seeds.texts();
        List<String> names = new ArrayList<>();
        for (int first = 0; first < pages; first += batch) {
            String name = String.format(Locale.ROOT, "pages-%05d.jsonl", names.size());
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
                for (int i = first; i < Math.min(pages, first + batch); i++) {
                    String content = seeds.get(i % seeds.size()) + "\n\nBackfill dispatch " + i + ".\n";
                    w.write(Json.string(Map.of("content", content, "contentType", "text/plain", "source", "backfill")));
                    w.newLine();
                }
            }
            names.add(name);
        }
        return names;
    }

    private static long sizeMb(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum() >> 20;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A one-line progress bar on a terminal; a line per tenth of the work otherwise (CI logs, pipes). */
    static final class Progress {
        private static final int WIDTH = 30;
        private final long total;
        private final boolean terminal;
        private int lastTenth = -1;

        Progress(long total, boolean terminal) {
            this.total = total;
            this.terminal = terminal;
        }

        void show(long done, long imported, double seconds) {
            String line = line(done, imported, seconds);
            if (terminal) {
                OUT.print("\r" + line);
                OUT.flush();
            } else {
                int tenth = (int) (Math.min(done, total) * 10 / total);
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    OUT.println(line);
                }
            }
        }

        String line(long done, long imported, double seconds) {
            long shown = Math.min(done, total);
            int filled = (int) (shown * WIDTH / total);
            double rate = seconds > 0 ? shown / seconds : 0;
            String eta = rate > 0 && shown < total ? String.format(Locale.ROOT, ", ETA %.0f s", (total - shown) / rate) : "";
            return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d/%,d labelled (%,d imported)  %,.0f pages/s  %.0f s%s",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), shown * 100 / total, shown, total, imported, rate, seconds, eta);
        }

        void end() {
            if (terminal) {
                OUT.println();
            }
        }
    }
}
