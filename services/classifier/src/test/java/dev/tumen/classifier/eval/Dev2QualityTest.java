package dev.tumen.classifier.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.classifier.SharedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Floors on {@code corpus/dev2.jsonl} (skipped when ../shared is absent), a little under what models 0.11.0 to 0.13.0 measured (tuning part:
 * F1 0.992, precision 0.992, severity exact 0.992, within one 0.992, Brier 0.017, clean and noisy alike),
 * so that two or three items more or less do not fail the build. The tuning part carries the quality floors; the blind part
 * ({@link Split}) is scored by {@code bin/tumen eval --part blind --no-errors} and has no floor, so that nobody is
 * led to look at its items. Ukrainian, Chinese and Japanese are few, so their floor is on the whole file.
 */
class Dev2QualityTest {
    private static final ArticleClassifier CLASSIFIER = new ArticleClassifier();

    private static Evaluate.Metrics measure(String file, Split.Part part) throws IOException {
        Path path = SharedFiles.require(file);
        List<Evaluate.Item> items = Split.select(Evaluate.read(path), part);
        return Evaluate.metrics(file, Evaluate.run(CLASSIFIER, items), 0);
    }

    @ParameterizedTest
    @CsvSource({
        // Severity exact was lowered to 0.95 while the 33 articles opened from the blind part in session 39 were new to the
        // tuning part (0.959 with them at 0.39.2); 0.40.0 fixed their errors as classes (0.993) and it is 0.97 again.
        // file,                    F1,   precision, severity exact, within one, Brier at most
        "corpus/dev2.jsonl,         0.975, 0.975,    0.97,           0.97,       0.025",
        "corpus/dev2-noisy.jsonl,   0.975, 0.975,    0.97,           0.97,       0.025",
    })
    void tuningPartStaysAboveFloors(String file, double f1, double precision, double exact, double withinOne, double brier) throws IOException {
        Evaluate.Metrics m = measure(file, Split.Part.TUNED);
        String figures = m.json(Split.Part.TUNED);
        assertTrue(m.relevanceF1() >= f1, figures);
        assertTrue(m.relevancePrecision() >= precision, figures);
        assertTrue(m.severityExact() >= exact, figures);
        assertTrue(m.severityWithinOne() >= withinOne, figures);
        assertTrue(m.brier() <= brier, figures);
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus/dev2.jsonl", "corpus/dev2-noisy.jsonl"})
    void newLanguagesStayAboveFloor(String file) throws IOException {
        Evaluate.Metrics m = measure(file, Split.Part.ALL);
        for (String lang : List.of("uk", "zh", "ja")) {
            Double f1 = m.languageF1().get(lang);
            assertTrue(f1 != null && f1 >= 0.9, lang + " " + m.json());
        }
        assertTrue(m.languageAccuracy() >= 0.97, m.json());
    }
}
