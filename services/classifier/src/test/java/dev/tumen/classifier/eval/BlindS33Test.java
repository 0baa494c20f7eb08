package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s33/*.jsonl}: 36 short articles written in session 33 on the classes issue 14 and session 32 left (help to
 * build a drone factory, generic and strategic technology transfers, a Japanese counter, ceremonies near summits,
 * container counts, denials, statements without an interaction verb, background clauses, third-party documents) and 9
 * hard negatives, en/ru/ko/uk/zh/ja/de, labelled by the rubric before they were scored. Scored once on 0.31.0: relevance
 * F1 0.963, severity exact 0.704 (19 of 27), within one 0.852, Brier 0.0273. After the classes they showed
 * (classify.FactoryHelpAndDocumentItemsTest): relevance F1 1.0, exact 0.963 (26 of 27), within one 1.0. The floor is
 * the after figures; see the set's README.
 */
class BlindS33Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja-de");

    @Test
    void severityEdgeCasesStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s33", FILES, 36, 0.98, 0.96, 1.0);
    }
}
