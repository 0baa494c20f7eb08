package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s46L/*.jsonl}: 24 articles held out for the lead of session 45 (en 5, ru 6, ko 5, uk 2, zh 3, ja 2, de 1;
 * critical 5, high 4, medium 5, low 4, none 6), written outside the repository by a helper nobody else read, labelled by
 * the rubric before they were scored. Scored on the session's start (0.44.4) and end (0.45.4) alike: relevance F1 0.914
 * (P 0.941, R 0.889), severity exact 0.5 (9 of 18), within one 0.667 (12 of 18), Brier 0.0884; the session's rule fixes,
 * made on other sets, moved none of its ten errors (listed by class in the set's README). Session 46 fixed its errors as
 * classes (BlindS46LClassesTest), so the set is tuned on from 0.46.0; the floors are the figures after each fix: 0.46.0
 * (class 1, an exercise told by a verb, an engine or reactor helped) exact 0.667 (12 of 18), within one 0.778; 0.46.1 (class
 * 4, a military word in the frame) exact 0.833 (15 of 18), within one 0.889; 0.46.3 (blind-s47's class D: Russia's state
 * defence firms by name, the Kalashnikov concern's visitors) F1 0.944, exact 0.889 (16 of 18), within one 0.944; 0.46.5
 * (class 5, a third party's figures for each side's own conduct) F1 0.971 (P 1.0, R 0.944); 0.46.6 (class 3, evasion
 * told through the UN ban's content) exact 0.944 (17 of 18); 0.50.8 (session 51: b46L-en-01, the other side firing the
 * lead's captured launchers) F1 1.0, exact 1.0, within one 1.0.
 */
class BlindS46LTest {
    private static final List<String> FILES = List.of("en", "ko", "ru", "uk-zh-ja-de");

    @Test
    void theLeadsHeldOutSetStaysAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s46L", FILES, 24, 0.999, 0.999, 0.999);
    }
}
