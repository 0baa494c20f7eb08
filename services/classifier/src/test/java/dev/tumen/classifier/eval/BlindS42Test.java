package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s42/*.jsonl}: 19 articles in the shapes of issue 14's hidden-set error classes (a band, a choir and a
 * circus beside the military or a summit; holiday greetings; a broadcaster's anniversary; transfers told through design
 * documents, radar data, containers and transport flights; pages whose headline is lost; statements without an
 * interaction verb; third-party documents listing both) on events no set used, each class in languages its earlier items
 * did not use, 3 hard negatives, labelled by the rubric before they were scored. Scored once on the landed 0.42.0:
 * relevance F1 1.0, severity exact 0.938 (15 of 16), within one 1.0, Brier 0.0187. Its error's class fixed in 0.42.2
 * (b42-ru-01, a forestry agreement read as an exchange of students): exact 1.0 (16 of 16), Brier 0.0187; the floors
 * are those figures.
 */
class BlindS42Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja-de");

    @Test
    void hiddenSetErrorShapesOnNewEventsStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s42", FILES, 19, 1.0, 1.0, 1.0);
    }
}
