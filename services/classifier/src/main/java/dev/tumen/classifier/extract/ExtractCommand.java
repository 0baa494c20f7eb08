package dev.tumen.classifier.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tumen.classifier.extract.bench.ExtractionScore;
import dev.tumen.classifier.extract.bench.PageMutations;
import dev.tumen.common.cli.CommandLine;
import dev.tumen.model.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * {@code bin/tumen extract}: runs the production {@link Extractor} over one page or a directory of pages and
 * writes the article-extraction benchmark's JSON. With {@code --truth} it also scores the output with the
 * benchmark's metric, so the published figure can be reproduced with one command.
 *
 * <pre>ExtractCommand PATH [--out FILE] [--truth ground-truth.json] [--passes N] [--per-page] [--mutate KIND|all]</pre>
 */
public final class ExtractCommand {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    /** One page read from disk: its benchmark id, decoded text and content type. */
    public record PageFile(String id, String content, String contentType) {
    }

    /**
     * One page's extraction and the time it took: wall-clock and this thread's CPU time. The CPU time is the
     * one-core figure; on a shared machine the wall clock also counts other processes' turns.
     */
    public record Extracted(PageFile page, Article article, long nanos, long cpuNanos) {
    }

    private ExtractCommand() {
    }

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: bin/tumen extract PATH [--out FILE] [--truth ground-truth.json] [--passes N] [--per-page] [--mutate KIND|all]",
            "  PATH: a page or a directory of .html, .html.gz and .txt pages; JSON to stdout or --out, keyed by file name",
            "        without its extension (the whole name when two pages would share one)",
            "  --truth: score against the article-extraction benchmark's ground truth (P/R/F1 on stderr)",
            "  --passes: extract N times and time the last pass (a warm JVM)",
            "  --mutate: change what surrounds each page's article before extracting (" + String.join(", ", PageMutations.KINDS) + ");",
            "        `all` with --truth scores every kind against the benchmark's truth and lists how many pages each makes worse");

    public static void main(String[] args) throws Exception {
        int rc = run(List.of(args));
        if (rc != 0) {
            System.exit(rc);
        }
    }

    public static int run(List<String> args) throws Exception {
        return CommandLine.run("extract", USAGE, System.out, System.err, () -> {
            Path path = null;
            Path out = null;
            Path truthFile = null;
            int passes = 1;
            boolean perPage = false;
            String mutate = null;
            CommandLine a = new CommandLine(args);
            while (a.next()) {
                switch (a.option()) {
                    case "--out" -> out = a.path();
                    case "--truth" -> truthFile = a.existingPath();
                    case "--passes" -> passes = a.intValue(1, 1_000);
                    case "--per-page" -> perPage = true;
                    case "--mutate" -> mutate = a.value();
                    default -> {
                        if (path != null) {
                            throw a.unknown();
                        }
                        path = a.existingOperand();
                    }
                }
            }
            if (path == null) {
                throw new CommandLine.UsageException("no PATH given");
            }
            if (mutate != null && !mutate.equals("all") && !PageMutations.KINDS.contains(mutate)) {
                throw new CommandLine.UsageException("--mutate is one of all, " + String.join(", ", PageMutations.KINDS));
            }
            if ("all".equals(mutate)) {
                if (truthFile == null || out != null) {
                    throw new CommandLine.UsageException("--mutate all scores against --truth and writes no JSON (no --out)");
                }
                mutations(path, truthFile);
            } else {
                extract(path, out, truthFile, passes, perPage, mutate);
            }
            return 0;
        });
    }

    private static void extract(Path path, Path out, Path truthFile, int passes, boolean perPage, String mutate) throws IOException {
        List<PageFile> pages = mutate == null ? read(path) : mutated(read(path), mutate);
        JsonNode truth = truth(truthFile);
        Extractor extractor = new Extractor();
        boolean progress = Files.isDirectory(path);
        List<Extracted> results = List.of();
        for (int pass = 1; pass <= passes; pass++) {
            results = run(extractor, pages, truth, progress ? System.err : null, pass, passes);
        }
        ObjectNode json = Json.mapper().createObjectNode();
        for (Extracted e : results) {
            ObjectNode a = json.putObject(e.page().id());
            a.put("articleBody", e.article().body());
            a.put("title", e.article().title());
            a.put("published", e.article().published() == null ? null : e.article().published().toString());
            a.put("lang", e.article().lang());
            if (e.article().canonicalUrl() != null) {
                a.put("url", e.article().canonicalUrl());
            }
        }
        byte[] bytes = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json);
        if (out == null) {
            System.out.write(bytes);
            System.out.println();
            System.out.flush();
        } else {
            try (OutputStream os = Files.newOutputStream(out)) {
                os.write(bytes);
            }
        }
        if (progress || truth != null || passes > 1) {
            timing(results, System.err);
        }
        if (truth != null) {
            score(results, truth, perPage, System.err);
        }
    }

    private static JsonNode truth(Path truthFile) throws IOException {
        try {
            return truthFile == null ? null : Json.mapper().readTree(truthFile.toFile());
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new CommandLine.Failure(truthFile + " is not JSON: " + e.getOriginalMessage());
        }
    }

    private static List<PageFile> mutated(List<PageFile> pages, String kind) {
        return pages.stream().map(p -> p.contentType().equals("text/html")
                ? new PageFile(p.id(), PageMutations.apply(kind, p.content(), p.id()), p.contentType()) : p).toList();
    }

    /**
     * Every mutation scored: its F1 against the benchmark's truth, the pages it leaves empty, and the pages whose F1 it
     * lowers by more than 0.02 from the unmutated ("none") page, the worst named. Beside it the titles: the benchmark has
     * no title truth, so the unmutated page's title is the reference, and "title" is the share of pages with one whose
     * title is the same (case and spacing aside). "lost" counts the pages left with no title or with one most of whose
     * words are no words of the page's headline (a date, the site's name, a notice's heading), the first two named: the
     * headline as read from the unmutated page, or as read with its declared headline removed ("title-undeclared", the
     * heading the page prints, which often words the story otherwise than its link preview).
     */
    private static void mutations(Path path, Path truthFile) throws IOException {
        List<PageFile> pages = read(path);
        JsonNode truth = truth(truthFile);
        Extractor extractor = new Extractor();
        Map<String, Double> base = null;
        Map<String, String> baseTitles = null;
        Map<String, String> printedTitles = Map.of();
        System.err.printf(Locale.ROOT, "%-16s %7s %7s %7s %6s %6s %7s %5s  %s%n", "mutation", "P", "R", "F1", "empty", "worse", "title",
                "lost", "worst pages (F1 none -> mutated); titles lost");
        for (String kind : PageMutations.KINDS) {
            List<Extracted> results = run(extractor, mutated(pages, kind), truth, null, 1, 1);
            Map<String, ExtractionScore.Page> scores = scores(results, truth);
            Map<String, Double> f1 = new LinkedHashMap<>();
            scores.forEach((id, s) -> f1.put(id, f1(s)));
            Map<String, String> titles = new LinkedHashMap<>();
            results.forEach(e -> titles.put(e.page().id(), normalisedTitle(e.article().title())));
            if (base == null) {
                base = f1;
                baseTitles = titles;
                long untitled = titles.values().stream().filter(String::isEmpty).count();
                System.err.printf(Locale.ROOT, "(unmutated pages with no title: %d of %d; titles are compared on the rest)%n",
                        untitled, titles.size());
            }
            Map<String, Double> before = base;
            List<String> worse = f1.keySet().stream().filter(id -> f1.get(id) < before.getOrDefault(id, 0.0) - 0.02)
                    .sorted(Comparator.comparingDouble(id -> f1.get(id) - before.getOrDefault(id, 0.0))).toList();
            long empty = results.stream().filter(e -> e.article().body().isBlank()).count();
            TitleScore t = TitleScore.of(baseTitles, printedTitles, titles);
            if (kind.equals("title-undeclared")) {
                printedTitles = titles;
            }
            ExtractionScore.Summary s = ExtractionScore.summarise(scores.values());
            String worst = String.join(", ", worse.stream().limit(3).map(id -> String.format(Locale.ROOT, "%s (%.2f -> %.2f)",
                    id.substring(0, Math.min(10, id.length())), before.getOrDefault(id, 0.0), f1.get(id))).toList());
            String lost = String.join(", ", t.lost().stream().limit(2).map(id -> id.substring(0, Math.min(10, id.length()))).toList());
            System.err.printf(Locale.ROOT, "%-16s %7.4f %7.4f %7.4f %6d %6d %7.4f %5d  %s%n", kind, s.precision(), s.recall(), s.f1(), empty,
                    worse.size(), t.kept(), t.lost().size(), worst + (lost.isEmpty() ? "" : "; " + lost));
        }
    }

    /** A title as compared across mutations: lower case, runs of white space one space. */
    static String normalisedTitle(String title) {
        return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * Titles under a mutation against the unmutated page's: the share kept, and the pages whose title was lost, over the
     * pages whose unmutated title is not empty. A title is lost when it is empty or when most of its words are words of
     * neither the unmutated title nor the printed one ({@code printed}, empty before "title-undeclared" has run).
     */
    public record TitleScore(double kept, List<String> lost) {
        /** The score of {@code titles} against {@code reference} and {@code printed}, all normalised, keyed by page. */
        public static TitleScore of(Map<String, String> reference, Map<String, String> printed, Map<String, String> titles) {
            int pages = 0;
            int kept = 0;
            List<String> lost = new ArrayList<>();
            for (Map.Entry<String, String> e : reference.entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                pages++;
                String t = titles.getOrDefault(e.getKey(), "");
                if (t.equals(e.getValue())) {
                    kept++;
                    continue;
                }
                java.util.Set<String> headline = new java.util.HashSet<>(titleWords(e.getValue()));
                headline.addAll(titleWords(printed.getOrDefault(e.getKey(), "")));
                List<String> words = titleWords(t);
                long said = words.stream().filter(headline::contains).count();
                if (words.isEmpty() || said * 2 <= words.size()) {
                    lost.add(e.getKey());
                }
            }
            return new TitleScore(pages == 0 ? 1.0 : (double) kept / pages, lost);
        }
    }

    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}]+");

    /** A title's words: runs of letters and digits, each Han or kana character a word of its own (they set no spaces). */
    public static List<String> titleWords(String title) {
        List<String> words = new ArrayList<>();
        Matcher m = TITLE_WORD.matcher(title.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static List<Extracted> run(Extractor extractor, List<PageFile> pages, JsonNode truth, PrintStream progress, int pass, int passes) {
        List<Extracted> results = new ArrayList<>(pages.size());
        for (PageFile p : pages) {
            String url = truth != null && truth.has(p.id()) ? truth.get(p.id()).path("url").asText(null) : null;
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Article a = extractor.extract(p.content(), p.contentType(), url);
            long t1 = System.nanoTime();
            results.add(new Extracted(p, a, t1 - t0, CPU.getCurrentThreadCpuTime() - c0));
            if (progress != null && (results.size() % 20 == 0 || results.size() == pages.size())) {
                progress.printf("\r%s%d/%d pages", passes > 1 ? "pass " + pass + "/" + passes + ": " : "", results.size(), pages.size());
                if (results.size() == pages.size()) {
                    progress.println();
                }
            }
        }
        return results;
    }

    static void timing(List<Extracted> results, PrintStream err) {
        if (results.isEmpty()) {
            return;
        }
        long wall = results.stream().mapToLong(Extracted::nanos).sum();
        long cpu = results.stream().mapToLong(Extracted::cpuNanos).sum();
        Extracted slowest = results.stream().max(Comparator.comparingLong(Extracted::cpuNanos)).orElseThrow();
        long slowestWall = results.stream().mapToLong(Extracted::nanos).max().orElse(0);
        err.printf(Locale.ROOT, "extracted %d pages: CPU %.0f ms, %.0f pages/s, slowest %.1f ms (%s); wall clock %.0f ms, %.0f pages/s, slowest %.1f ms%n",
                results.size(), cpu / 1e6, results.size() / (cpu / 1e9), slowest.cpuNanos() / 1e6, slowest.page().id(),
                wall / 1e6, results.size() / (wall / 1e9), slowestWall / 1e6);
    }

    static ExtractionScore.Summary score(List<Extracted> results, JsonNode truth, boolean perPage, PrintStream err) {
        Map<String, ExtractionScore.Page> scores = scores(results, truth);
        if (perPage) {
            scores.entrySet().stream()
                    .sorted(Comparator.comparingDouble(e -> f1(e.getValue())))
                    .forEach(e -> err.printf(Locale.ROOT, "%.3f P=%.3f R=%.3f %s%n", f1(e.getValue()), e.getValue().precision(),
                            e.getValue().recall(), e.getKey()));
        }
        ExtractionScore.Summary s = ExtractionScore.summarise(scores.values());
        err.println(s);
        return s;
    }

    private static Map<String, ExtractionScore.Page> scores(List<Extracted> results, JsonNode truth) {
        Map<String, ExtractionScore.Page> scores = new LinkedHashMap<>();
        Map<String, String> predicted = new LinkedHashMap<>();
        for (Extracted e : results) {
            predicted.put(e.page().id(), e.article().body());
        }
        truth.fields().forEachRemaining(f -> scores.put(f.getKey(),
                ExtractionScore.page(f.getValue().path("articleBody").asText(""), predicted.getOrDefault(f.getKey(), ""))));
        return scores;
    }

    private static double f1(ExtractionScore.Page p) {
        double pr = Double.isNaN(p.precision()) ? 0 : p.precision();
        double re = Double.isNaN(p.recall()) ? 0 : p.recall();
        return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
    }

    /** The pages under {@code path} ({@code .html}, {@code .html.gz}, {@code .htm}, {@code .txt}), in file-name order. */
    public static List<PageFile> read(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> id(p) != null).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            }
        } else {
            files = List.of(path);
        }
        // The output is keyed by id: a.html and a.txt both as "a" would leave one page's result in place of the other's.
        Map<String, Integer> stems = new java.util.HashMap<>();
        for (Path f : files) {
            stems.merge(id(f), 1, Integer::sum);
        }
        List<PageFile> pages = new ArrayList<>(files.size());
        for (Path f : files) {
            PageFile page = readPage(f);
            pages.add(stems.getOrDefault(page.id(), 1) > 1
                    ? new PageFile(f.getFileName().toString(), page.content(), page.contentType()) : page);
        }
        return pages;
    }

    static PageFile readPage(Path f) throws IOException {
        String name = f.getFileName().toString();
        byte[] bytes = Files.readAllBytes(f);
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        String id = id(f);
        boolean text = name.endsWith(".txt");
        return new PageFile(id == null ? name : id, decode(bytes, text), text ? "text/plain" : "text/html");
    }

    /** UTF-8 unless the page declares another charset in its first kilobytes; a bad name falls back to UTF-8. */
    static String decode(byte[] bytes, boolean text) {
        if (!text) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                try {
                    Charset cs = Charset.forName(m.group(1));
                    return new String(bytes, cs);
                } catch (IllegalArgumentException e) {
                    // unknown or illegal charset name: UTF-8 below
                }
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String id(Path p) {
        String name = p.getFileName().toString();
        for (String ext : List.of(".html.gz", ".htm.gz", ".html", ".htm", ".txt.gz", ".txt")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return null;
    }
}
