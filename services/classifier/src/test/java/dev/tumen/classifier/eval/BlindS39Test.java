package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s39/*.jsonl}: 20 articles in the shapes of the real errors dev2's opened tuning items showed (0.40.0's
 * classes), written in session 39 after 0.40.0 landed, 4 hard negatives, en/ru/ko/uk/zh/ja/de, labelled by the rubric
 * before they were scored. Scored once on 0.40.0: relevance F1 0.848, severity exact 0.813 (13 of 16), within one 0.813,
 * Brier 0.2337; the floors are those figures until its classes are fixed (see the set's README).
 */
class BlindS39Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja-de");

    @Test
    void openedErrorShapesStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s39", FILES, 20, 0.84, 0.81, 0.81);
    }
}
