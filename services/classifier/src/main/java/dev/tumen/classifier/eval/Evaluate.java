package dev.tumen.classifier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Severity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the classifier on labelled JSONL files (the {@code corpus/dev.jsonl} format). Only each item's page
 * {@code text} (and URL) reaches the classifier, never its title or labels. Prints the errors, a severity
 * confusion matrix and, as the last line per file, one JSON object with the metrics.
 *
 * <pre>Evaluate FILE.jsonl [FILE2.jsonl ...]</pre>
 */
public final class Evaluate {
    /** A labelled item. */
    public record Item(String id, String url, String text, boolean relevant, Severity severity) {
    }

    /** A prediction next to its gold label. */
    public record Outcome(Item item, ArticleLabelled predicted) {
    }

    /** The figures the last output line carries. */
    public record Metrics(String file, int n, double relevancePrecision, double relevanceRecall, double relevanceF1,
                          double severityExact, double severityWithinOne, double pagesPerSecond) {
        public String json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file);
            m.put("n", n);
            m.put("relevance_precision", r(relevancePrecision));
            m.put("relevance_recall", r(relevanceRecall));
            m.put("relevance_f1", r(relevanceF1));
            m.put("severity_exact", r(severityExact));
            m.put("severity_within_one", r(severityWithinOne));
            m.put("pages_per_second", Math.round(pagesPerSecond));
            return Json.string(m);
        }

        private static double r(double v) {
            return Math.round(v * 1000) / 1000.0;
        }
    }

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: Evaluate FILE.jsonl [FILE2.jsonl ...]");
            System.exit(2);
        }
        ArticleClassifier classifier = new ArticleClassifier();
        for (String file : args) {
            List<Item> items = read(Path.of(file));
            List<Outcome> outcomes = run(classifier, items);
            double pps = pagesPerSecond(classifier, items);
            Metrics metrics = metrics(file, outcomes, pps);
            report(outcomes, System.out);
            System.out.println(metrics.json());
        }
    }

    public static List<Item> read(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.mapper().readTree(line);
            items.add(new Item(n.path("id").asText(), n.path("url").asText(null), n.path("text").asText(""),
                    n.path("relevant").asBoolean(), Severity.parse(n.path("severity").asText("none"))));
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
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Metrics(file, outcomes.size(), precision, recall, f1,
                goldRelevant == 0 ? 0 : exact / (double) goldRelevant,
                goldRelevant == 0 ? 0 : withinOne / (double) goldRelevant, pagesPerSecond);
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
        }
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
