package dev.tumen.devkit.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** A small SVG line chart of p50/p99 latency against offered load, one line pair per system. */
final class LatencyPlot {
    private static final int W = 720;
    private static final int H = 420;
    private static final int L = 70;
    private static final int R = 160;
    private static final int T = 40;
    private static final int B = 60;

    private LatencyPlot() {
    }

    static String svg(List<Bench.Step> steps) {
        // Offered rates as evenly spaced categories, not a linear axis: 25, 50 and a saturation step of 1,000 on
        // one linear axis put the low rates' labels on top of each other.
        List<Integer> rates = steps.stream().map(Bench.Step::offered).distinct().sorted().toList();
        // Log scale: tens of milliseconds at low load and tens of seconds past saturation must both be readable.
        double maxY = Math.pow(10, Math.ceil(Math.log10(Math.max(10, steps.stream().mapToLong(Bench.Step::p99).max().orElse(10)))));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n", W, H));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">Ingest → webhook latency against offered load</text>%n", L));
        // axes and grid
        for (double v = 1; v <= maxY; v *= 10) {
            double y = y(v, maxY);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", L, y, W - R, y, L - 6, y + 4, v));
        }
        for (int rate : rates) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x(rate, rates),
                    H - B + 18, rate));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", L, H - B, W - R, H - B));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", L, T, L, H - B));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">offered load (pages/s)</text>%n",
                (L + W - R) / 2, H - 18));
        s.append(String.format(Locale.ROOT, "<text transform=\"translate(18,%d) rotate(-90)\" text-anchor=\"middle\">latency (ms, log scale)</text>%n",
                (T + H - B) / 2));
        int legend = 0;
        legend = line(s, steps, "tumen", "Tumen p50", Bench.Step::p50, "#1f77b4", "", rates, maxY, legend);
        legend = line(s, steps, "tumen", "Tumen p99", Bench.Step::p99, "#1f77b4", "6,4", rates, maxY, legend);
        legend = line(s, steps, "passthrough", "passthrough p50", Bench.Step::p50, "#999", "", rates, maxY, legend);
        line(s, steps, "passthrough", "passthrough p99", Bench.Step::p99, "#999", "6,4", rates, maxY, legend);
        s.append("</svg>\n");
        return s.toString();
    }

    private static int line(StringBuilder s, List<Bench.Step> steps, String system, String label, ToLongFunction<Bench.Step> value,
                            String color, String dash, List<Integer> rates, double maxY, int legend) {
        List<Bench.Step> mine = steps.stream().filter(st -> st.system().equals(system)).toList();
        if (mine.isEmpty()) {
            return legend;
        }
        StringBuilder points = new StringBuilder();
        for (Bench.Step st : mine) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(st.offered(), rates), y(Math.min(value.applyAsLong(st), maxY), maxY)));
        }
        s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"%s\" points=\"%s\"/>%n",
                color, dash, points.toString().trim()));
        int ly = T + 10 + legend * 18;
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" "
                + "stroke-dasharray=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n", W - R + 10, ly, W - R + 34, ly, color, dash,
                W - R + 40, ly + 4, label));
        return legend + 1;
    }

    /** The centre of {@code offered}'s category: a half category of margin at each end of the axis. */
    static double x(int offered, List<Integer> rates) {
        return L + (W - L - R) * (rates.indexOf(offered) + 0.5) / rates.size();
    }

    private static double y(double value, double maxY) {
        return H - B - (H - B - T) * Math.log10(Math.max(1, value)) / Math.log10(maxY);
    }

}
