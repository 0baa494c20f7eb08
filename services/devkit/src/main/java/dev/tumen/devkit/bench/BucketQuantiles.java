package dev.tumen.devkit.bench;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service's percentile-histogram timer ({@code _bucket} lines from {@code /prometheus}, one label set) read before
 * and after a step, so a quantile of the step alone can be read from the difference: the scraped quantiles cover a
 * sliding window that overlaps the step before. Resolution is the timer's bucket bounds.
 */
final class BucketQuantiles {
    private final URI scrape;
    private final String metric;
    private final String label;

    /** @param label a {@code name="value"} pair the bucket line must carry, or "" for any (summed) */
    BucketQuantiles(URI scrape, String metric, String label) {
        this.scrape = scrape;
        this.metric = metric;
        this.label = label;
    }

    /** Cumulative counts by upper bound in seconds (+Inf as the largest double); empty when the scrape fails. */
    TreeMap<Double, Double> read() {
        TreeMap<Double, Double> out = new TreeMap<>();
        String body = StageTimers.scrape(scrape);
        if (body == null) {
            return out;
        }
        for (String line : body.split("\n")) {
            if (!line.startsWith(metric + "_bucket{") || !line.contains(label)) {
                continue;
            }
            int le = line.indexOf("le=\"");
            String bound = line.substring(le + 4, line.indexOf('"', le + 4));
            double upper = bound.equals("+Inf") ? Double.MAX_VALUE : Double.parseDouble(bound);
            out.merge(upper, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
        }
        return out;
    }

    /** "n, p50 ≤ x ms, p99 ≤ y ms" of what was recorded between the two reads (bucket upper bounds). */
    static String between(TreeMap<Double, Double> before, TreeMap<Double, Double> after) {
        TreeMap<Double, Double> step = new TreeMap<>();
        after.forEach((bound, n) -> step.put(bound, n - before.getOrDefault(bound, 0.0)));
        double total = step.isEmpty() ? 0 : step.lastEntry().getValue();
        if (total <= 0) {
            return "n 0";
        }
        return String.format(java.util.Locale.ROOT, "n %.0f, p50 <= %s, p99 <= %s", total, bound(step, 0.5 * total),
                bound(step, 0.99 * total));
    }

    private static String bound(TreeMap<Double, Double> cumulative, double rank) {
        for (Map.Entry<Double, Double> e : cumulative.entrySet()) {
            if (e.getValue() >= rank) {
                return e.getKey() == Double.MAX_VALUE ? "+Inf" : String.format(java.util.Locale.ROOT, "%.0f ms", e.getKey() * 1000);
            }
        }
        return "+Inf";
    }
}
