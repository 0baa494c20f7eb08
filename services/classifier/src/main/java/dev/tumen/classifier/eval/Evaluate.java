package dev.tumen.classifier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.common.cli.CommandLine;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import dev.tumen.classifier.eval.Split.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the classifier on labelled JSONL files (the {@code corpus/dev.jsonl} format). Only each item's page
 * {@code text} (and URL) reaches the classifier, never its title or labels. Prints the errors, a severity
 * confusion matrix and, as the last line per file, one JSON object with the metrics.
 *
 * <p>{@code --part tuned|blind} scores one side of the {@link Split} (dev2's own blind check); {@code --no-errors}
 * prints figures only, which is how a blind part is scored without seeing its items; {@code --no-speed} skips
 * the throughput passes. A calibration table (bins of
 * {@code relevance} against the observed share relevant), the Brier score and per-language relevance F1 come with
 * every file.
 *
 * <pre>Evaluate [--part all|tuned|blind] [--no-errors] [--no-speed] FILE.jsonl [FILE2.jsonl ...]</pre>
 */
public final class Evaluate {
    /** A labelled item. */
    public record Item(String id, String url, String lang, String text, boolean relevant, Severity severity) {
    }

    /** A prediction next to its gold label. */
    public record Outcome(Item item, ArticleLabelled predicted) {
    }

    /** The figures the last output line carries. */
    public record Metrics(String file, int n, double relevancePrecision, double relevanceRecall, double relevanceF1,
                          double severityExact, double severityWithinOne, double pagesPerSecond, double brier,
                          Map<String, Double> languageF1, double languageAccuracy) {
        public String json() {
            return json(Part.ALL);
        }

        public String json(Part part) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file);
            if (part != Part.ALL) {
                m.put("part", part.name().toLowerCase(Locale.ROOT));
            }
            m.put("n", n);
            m.put("relevance_precision", r(relevancePrecision));
            m.put("relevance_recall", r(relevanceRecall));
            m.put("relevance_f1", r(relevanceF1));
            m.put("severity_exact", r(severityExact));
            m.put("severity_within_one", r(severityWithinOne));
            m.put("brier", Math.round(brier * 10000) / 10000.0);
            Map<String, Object> langs = new LinkedHashMap<>();
            languageF1.forEach((k, v) -> langs.put(k, r(v)));
            m.put("relevance_f1_by_lang", langs);
            m.put("language_accuracy", r(languageAccuracy));
            m.put("pages_per_second", Math.round(pagesPerSecond));
            return Json.string(m);
        }

        private static double r(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args)));
    }

    public static int run(List<String> args) throws Exception {
        String usage = "usage: bin/tumen eval [--part all|tuned|blind] [--no-errors] [--no-speed] FILE.jsonl [FILE2.jsonl ...]";
        return CommandLine.run("eval", usage, System.out, System.err, () -> {
            Part part = Part.ALL;
            boolean errors = true;
            boolean speed = true;
            List<Path> files = new ArrayList<>();
            CommandLine a = new CommandLine(args);
            while (a.next()) {
                switch (a.option()) {
                    case "--part" -> part = part(a.value());
                    case "--no-errors" -> errors = false;
                    case "--no-speed" -> speed = false;
                    default -> files.add(a.existingFileOperand());
                }
            }
            if (files.isEmpty()) {
                throw new CommandLine.UsageException("no FILE.jsonl given");
            }
            ArticleClassifier classifier = new ArticleClassifier();
            for (Path file : files) {
                List<Item> items = Split.select(read(file), part);
                List<Outcome> outcomes = run(classifier, items);
                double pps = speed ? pagesPerSecond(classifier, items) : 0;
                Metrics metrics = metrics(file.toString(), outcomes, pps);
                if (errors) {
                    report(outcomes, System.out);
                } else {
                    confusion(outcomes, System.out);
                }
                calibration(outcomes, System.out);
                System.out.println(metrics.json(part));
            }
            return 0;
        });
    }

    private static Part part(String value) {
        try {
            return Part.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException("--part takes all, tuned or blind, not '" + dev.tumen.model.text.OutsideText.quote(value) + "'");
        }
    }

    /** @throws CommandLine.Failure naming the file and line when a line is not a JSON object */
    public static List<Item> read(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        int number = 0;
        for (String line : CommandLine.utf8Lines(file)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode n;
            try {
                n = Json.mapper().readTree(line);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new CommandLine.Failure(file + " line " + number + " is not JSON: " + e.getOriginalMessage());
            }
            if (n == null || !n.isObject()) {
                throw new CommandLine.Failure(file + " line " + number + " is not a JSON object");
            }
            Severity severity;
            try {
                severity = Severity.parse(n.path("severity").asText("none"));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.Failure(file + " line " + number + ": " + e.getMessage());
            }
            items.add(new Item(n.path("id").asText(), n.path("url").asText(null), n.path("lang").asText(""), n.path("text").asText(""),
                    n.path("relevant").asBoolean(), severity));
        }
        if (items.isEmpty()) {
            // An empty file printed the metrics of nothing (F1 0, no line saying why): a wrong file, said so (session 51).
            throw new CommandLine.Failure(file + " holds no items (one JSON object a line)");
        }
        return items;
    }

    public static PageReceived page(Item item) {
        return new PageReceived(item.id(), item.url(), "eval", "file", "text/plain", item.text(), null, null, Instant.now(), null);
    }

    public static List<Outcome> run(ArticleClassifier classifier, List<Item> items) {
        List<Outcome> out = new ArrayList<>(items.size());
        for (Item item : items) {
            out.add(new Outcome(item, classifier.classify(page(item))));
        }
        return out;
    }

    /** Throughput of one thread over the items, measured after a warm-up pass so the JIT has compiled the hot path. */
    public static double pagesPerSecond(ArticleClassifier classifier, List<Item> items) {
        if (items.isEmpty()) {
            return 0;
        }
        List<PageReceived> pages = items.stream().map(Evaluate::page).toList();
        int rounds = Math.max(1, 2000 / pages.size());
        for (int r = 0; r < rounds; r++) {
            pages.forEach(classifier::classify);
        }
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            pages.forEach(classifier::classify);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return rounds * pages.size() / seconds;
    }

    public static Metrics metrics(String file, List<Outcome> outcomes, double pagesPerSecond) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int goldRelevant = 0;
        int exact = 0;
        int withinOne = 0;
        for (Outcome o : outcomes) {
            boolean gold = o.item().relevant();
            boolean pred = o.predicted().relevant();
            tp += gold && pred ? 1 : 0;
            fp += !gold && pred ? 1 : 0;
            fn += gold && !pred ? 1 : 0;
            if (gold) {
                goldRelevant++;
                int d = Math.abs(o.item().severity().ordinal() - o.predicted().severity().ordinal());
                exact += d == 0 ? 1 : 0;
                withinOne += d <= 1 ? 1 : 0;
            }
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = f1(tp, fp, fn);
        double brier = 0;
        Map<String, int[]> byLang = new TreeMap<>();
        for (Outcome o : outcomes) {
            double err = o.predicted().relevance() - (o.item().relevant() ? 1 : 0);
            brier += err * err;
            int[] c = byLang.computeIfAbsent(o.item().lang() == null ? "" : o.item().lang(), k -> new int[3]);
            boolean gold = o.item().relevant();
            boolean pred = o.predicted().relevant();
            c[0] += gold && pred ? 1 : 0;
            c[1] += !gold && pred ? 1 : 0;
            c[2] += gold && !pred ? 1 : 0;
        }
        int langKnown = 0;
        int langRight = 0;
        for (Outcome o : outcomes) {
            if (o.item().lang() != null && !o.item().lang().isEmpty()) {
                langKnown++;
                langRight += o.item().lang().equals(o.predicted().lang()) ? 1 : 0;
            }
        }
        Map<String, Double> languageF1 = new LinkedHashMap<>();
        byLang.forEach((lang, c) -> {
            if (!lang.isEmpty()) {
                languageF1.put(lang, f1(c[0], c[1], c[2]));
            }
        });
        return new Metrics(file, outcomes.size(), precision, recall, f1,
                goldRelevant == 0 ? 0 : exact / (double) goldRelevant,
                goldRelevant == 0 ? 0 : withinOne / (double) goldRelevant, pagesPerSecond,
                outcomes.isEmpty() ? 0 : brier / outcomes.size(), languageF1, langKnown == 0 ? 1.0 : langRight / (double) langKnown);
    }

    /** F1 of the relevant class; 1.0 when there was nothing to find and nothing was found. */
    private static double f1(int tp, int fp, int fn) {
        if (tp + fp + fn == 0) {
            return 1.0;
        }
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }

    /**
     * The calibration table: items in tenths of {@code relevance}, with the mean score and the observed share of
     * relevant items in each. A score that means something has the two close.
     */
    public static void calibration(List<Outcome> outcomes, PrintStream out) {
        int bins = 10;
        int[] n = new int[bins];
        int[] positives = new int[bins];
        double[] sum = new double[bins];
        for (Outcome o : outcomes) {
            double p = o.predicted().relevance();
            int b = Math.min(bins - 1, (int) Math.floor(p * bins));
            n[b]++;
            sum[b] += p;
            positives[b] += o.item().relevant() ? 1 : 0;
        }
        out.println("== calibration (relevance bin, items, mean relevance, observed share relevant)");
        for (int b = 0; b < bins; b++) {
            if (n[b] == 0) {
                out.printf(Locale.ROOT, "[%.1f, %.1f%s %5d%n", b / 10.0, (b + 1) / 10.0, b == bins - 1 ? "]" : ")", 0);
                continue;
            }
            out.printf(Locale.ROOT, "[%.1f, %.1f%s %5d %8.3f %8.3f%n", b / 10.0, (b + 1) / 10.0, b == bins - 1 ? "]" : ")",
                    n[b], sum[b] / n[b], positives[b] / (double) n[b]);
        }
    }

    public static void report(List<Outcome> outcomes, PrintStream out) {
        out.println("== errors");
        for (Outcome o : outcomes) {
            ArticleLabelled p = o.predicted();
            if (o.item().relevant() == p.relevant() && o.item().severity() == p.severity()) {
                continue;
            }
            out.printf(Locale.ROOT, "%s gold=%s/%s predicted=%s/%s (relevance %.3f) title=%s%n", o.item().id(),
                    o.item().relevant(), o.item().severity().wire(), p.relevant(), p.severity().wire(), p.relevance(), p.title());
            for (String e : p.evidence()) {
                out.println("    evidence: " + e);
            }
            if (p.severityBasis() != null) {
                out.println("    severity: " + p.severityBasis().row() + " <- " + p.severityBasis().sentence());
            }
        }
        confusion(outcomes, out);
        out.println("== language detected differs from the item's");
        for (Outcome o : outcomes) {
            String gold = o.item().lang();
            if (gold != null && !gold.isEmpty() && !gold.equals(o.predicted().lang())) {
                out.printf(Locale.ROOT, "%s %s detected as %s%n", o.item().id(), gold, o.predicted().lang());
            }
        }
    }

    public static void confusion(List<Outcome> outcomes, PrintStream out) {
        out.println("== severity confusion (rows gold, columns predicted)");
        Severity[] all = Severity.values();
        int[][] matrix = new int[all.length][all.length];
        for (Outcome o : outcomes) {
            matrix[o.item().severity().ordinal()][o.predicted().severity().ordinal()]++;
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-10s", ""));
        for (Severity s : all) {
            header.append(String.format(Locale.ROOT, "%9s", s.wire()));
        }
        out.println(header);
        for (Severity g : all) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-10s", g.wire()));
            for (Severity p : all) {
                row.append(String.format(Locale.ROOT, "%9d", matrix[g.ordinal()][p.ordinal()]));
            }
            out.println(row);
        }
    }
}
