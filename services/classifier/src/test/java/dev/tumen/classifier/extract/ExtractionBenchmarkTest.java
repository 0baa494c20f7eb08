package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.classifier.SharedFiles;
import dev.tumen.classifier.extract.bench.ExtractionScore;
import dev.tumen.model.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The production extractor on the public article-extraction benchmark ({@code ../shared/benchmarks/article-extraction},
 * 181 pages; skipped when absent). The floors sit just under the measured figures so that a change which costs
 * extraction quality fails the build; raise them when the extractor gets better.
 */
class ExtractionBenchmarkTest {
    static final double F1_FLOOR = 0.979;
    static final double PRECISION_FLOOR = 0.980;
    static final double RECALL_FLOOR = 0.975;
    /** Generous against a loaded build machine; the figure to report is in docs/extraction.md. */
    static final double SLOWEST_PAGE_MS = 1000;
    static final int PASSES = 3;

    @Test
    void extractorReachesTheF1Floor() throws IOException {
        Path truthFile = SharedFiles.require("benchmarks/article-extraction/ground-truth.json");
        Path html = truthFile.resolveSibling("html");
        JsonNode truth = Json.mapper().readTree(truthFile.toFile());
        List<ExtractCommand.PageFile> pages = ExtractCommand.read(html);
        Extractor extractor = new Extractor();
        PrintStream out = System.out;
        // the first passes warm the JIT; the last is the one timed
        List<ExtractCommand.Extracted> results = List.of();
        for (int pass = 1; pass <= PASSES; pass++) {
            results = ExtractCommand.run(extractor, pages, truth, null, pass, PASSES);
        }
        ExtractCommand.timing(results, out);
        ExtractionScore.Summary s = ExtractCommand.score(results, truth, false, out);
        double slowest = results.stream().mapToLong(ExtractCommand.Extracted::cpuNanos).max().orElse(0) / 1e6;
        assertTrue(s.pages() == 181, "expected the benchmark's 181 pages, got " + s.pages());
        assertTrue(s.f1() >= F1_FLOOR, "F1 " + s.f1() + " under the floor " + F1_FLOOR);
        assertTrue(s.precision() >= PRECISION_FLOOR, "precision " + s.precision() + " under the floor " + PRECISION_FLOOR);
        assertTrue(s.recall() >= RECALL_FLOOR, "recall " + s.recall() + " under the floor " + RECALL_FLOOR);
        assertTrue(slowest < SLOWEST_PAGE_MS, "slowest page took " + slowest + " ms");
    }
}
