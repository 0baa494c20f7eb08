package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s41/*.jsonl}: 18 articles in the shapes of issue 14's hidden-set error classes (banquet concerts, greetings
 * and a website's anniversary; transfers told through data or containers; statements without an interaction verb;
 * third-party documents listing both), written in session 41 after 0.41.0, 3 hard negatives, en/ru/ko/uk/zh/ja/de,
 * labelled by the rubric before they were scored. Scored once on 0.41.0: relevance F1 0.966, severity exact 0.867 (13 of
 * 15), within one 1.0, Brier 0.0395. 0.42.0 fixed both errors as classes (BlindS41ClassesTest: a cue read inside a longer
 * word, a diplomat's side told by his post): F1 1.0, exact 1.0 (15 of 15), within one 1.0, Brier 0.0116; the floors are
 * those figures.
 */
class BlindS41Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja-de");

    @Test
    void hiddenSetErrorShapesStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s41", FILES, 18, 1.0, 1.0, 1.0);
    }
}
