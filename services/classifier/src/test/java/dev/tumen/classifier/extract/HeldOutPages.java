package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.classifier.extract.bench.ExtractionScore;
import dev.tumen.model.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The lead's held-out page sets ({@code extract/blind-pages-s*}) scored by the benchmark's own metric against floors. */
final class HeldOutPages {
    private HeldOutPages() {
    }

    /** Extracts every page of the set in {@code resources/extract/<set>} and checks the totals against the floors. */
    static void assertAboveFloors(String set, int pages, double f1Floor, double precisionFloor, double recallFloor)
            throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(HeldOutPages.class.getResource("/extract/" + set + "/ground-truth.json"),
                set + " is missing").toURI()).getParent();
        JsonNode truth = Json.mapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<ExtractCommand.PageFile> files = ExtractCommand.read(dir.resolve("html"));
        List<ExtractCommand.Extracted> results = ExtractCommand.run(new Extractor(), files, truth, null, 1, 1);
        ExtractionScore.Summary s = ExtractCommand.score(results, truth, true, System.out);
        assertEquals(pages, s.pages(), "expected the set's " + pages + " pages");
        assertTrue(s.f1() >= f1Floor, "F1 " + s.f1() + " under the floor " + f1Floor);
        assertTrue(s.precision() >= precisionFloor, "precision " + s.precision() + " under the floor " + precisionFloor);
        assertTrue(s.recall() >= recallFloor, "recall " + s.recall() + " under the floor " + recallFloor);
    }
}
