package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s51L/*.jsonl}: 24 articles held out for the lead of session 51 (en 5, ru 5, ko 5, uk 3, zh 2, ja 2, de 2;
 * critical 5, high 5, medium 5, low 4, none 5), written outside the repository by a helper nobody else read, labelled
 * by the rubric before they were scored. Start (0.49.5): relevance F1 0.974 (P 0.95, R 1.0), severity exact 0.684 (13
 * of 19), within one 0.842, Brier 0.0338; end (0.50.12): the same relevance, exact 0.737 (14 of 19), within one 0.895,
 * Brier 0.0329; the six errors left are listed by shape in its README. The floors are the end figures; from session 52
 * on it is tuned on, and they are raised at each landing.
 */
class BlindS51LTest {
    private static final List<String> FILES = List.of("en", "ko", "ru", "uk-zh-ja-de");

    @Test
    void theLeadsHeldOutSetStaysAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s51L", FILES, 24, 0.973, 0.736, 0.894);
    }
}
