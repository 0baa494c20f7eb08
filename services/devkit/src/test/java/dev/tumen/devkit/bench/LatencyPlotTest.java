package dev.tumen.devkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LatencyPlotTest {
    /** About 7 px per character at the plot's 12 px sans-serif, generously. */
    private static final double CHAR_WIDTH = 7.5;

    @Test
    void axisLabelsNeverOverlapEvenForRatesCrowdedAtTheLowEnd() {
        List<Bench.Step> steps = new ArrayList<>();
        for (String system : List.of("tumen", "passthrough")) {
            for (int rate : List.of(25, 50, 100, 200, 400, 1000, 1500)) {
                steps.add(new Bench.Step(system, rate, rate, rate, rate, 50, 90, 190, 300, Map.of()));
            }
        }
        String svg = LatencyPlot.svg(steps);

        Matcher m = Pattern.compile("<text x=\"([0-9.]+)\" y=\"[0-9]+\" text-anchor=\"middle\">([0-9]+)</text>").matcher(svg);
        List<double[]> labels = new ArrayList<>();
        while (m.find()) {
            double centre = Double.parseDouble(m.group(1));
            double half = m.group(2).length() * CHAR_WIDTH / 2;
            labels.add(new double[] {centre - half, centre + half});
        }
        assertThat(labels).hasSize(7);
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i)[0]).as("label %d starts after label %d ends", i, i - 1).isGreaterThan(labels.get(i - 1)[1] + 4);
        }
    }

    @Test
    void progressLineShowsShareRateAndEta() {
        Backfill.Progress progress = new Backfill.Progress(100_000, false);
        String line = progress.line(25_000, 40_000, 10);
        assertThat(line).startsWith("[#######.......................]  25%").contains("25,000/100,000 labelled")
                .contains("(40,000 imported)").contains("2,500 pages/s").contains("ETA 30 s");
        assertThat(progress.line(100_000, 100_000, 40)).contains("100%").doesNotContain("ETA");
    }
}
