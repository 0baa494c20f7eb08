package dev.tumen.classifier.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.ArticleClassifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Floors on {@code rubric/rubric-a.jsonl}: short articles we wrote from the rubric's rows (each row in several of
 * en/ru/ko/uk/zh/ja/de, with the hard cases of issue 14: ceremonies at summits, transfers told through intelligence,
 * containers or data, background that recalls the war). Its sister set {@code rubric-b.jsonl} was written at the same
 * time from the same rows and is scored only as a whole ({@code bin/tumen eval --no-errors}), so it has no floor here.
 */
class RubricSetTest {
    private static final ArticleClassifier CLASSIFIER = new ArticleClassifier();

    @Test
    void rubricRowsWrittenByUsStayAboveFloors() throws IOException, URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(getClass().getResource("/rubric/rubric-a.jsonl")).toURI());
        List<Evaluate.Item> items = Evaluate.read(path);
        Evaluate.Metrics m = Evaluate.metrics("rubric-a", Evaluate.run(CLASSIFIER, items), 0);
        String figures = m.json();
        assertTrue(items.size() >= 50, figures);
        assertTrue(m.relevanceF1() >= 0.98, figures);
        assertTrue(m.severityExact() >= 0.95, figures);
        assertTrue(m.severityWithinOne() >= 0.98, figures);
    }
}
