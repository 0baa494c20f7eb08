package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s47/*.jsonl}: 25 articles on events, documents and registers no earlier blind set used (a catalogue
 * matched to a state-media photo, leaked insurance policies, the Russian MoD's own bulletin, a burial register, an arms
 * exporter's catalogue, an air force's monthly figures, a think tank's analysis; a film shot with soldiers as extras, a
 * medal, a motor rally, a gift of horses; a spy chief's and Kim's statements; a rights council's resolutions, an
 * opposition party's greeting, third countries), en/ru/ko with uk/zh/ja/de, labelled by the rubric before they were
 * scored. Scored once on the landed 0.45.4: relevance F1 0.927 (P 0.905, R 0.95), severity exact 0.7 (14 of 20), within
 * one 0.85 (17 of 20), Brier 0.0912; its eight errors are listed by class in the set's README. 0.46.2 fixed two classes (the military
 * inside a cultural or sports event, a chief's statement read as talks; BlindS47ClassesTest): exact 0.9 (18 of 20),
 * within one 0.9, F1 0.927, Brier 0.094; 0.46.3 two more (a third party's finding read as a side's statement; the other
 * side told by its state defence firms and shows): exact 0.95 (19 of 20), within one 0.95; 0.47.6 (session 48, a council's
 * mandates on each side, BlindS47LClassesTest) F1 0.95 (P 0.95), Brier 0.0791; the floors are those figures.
 */
class BlindS47Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja-de");

    @Test
    void newDocumentsAndRegistersStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s47", FILES, 25, 0.949, 0.949, 0.949);
    }
}
