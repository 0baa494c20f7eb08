package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s34/*.jsonl}: 40 short articles written in session 34 on topics blind-s31 to blind-s33 left (labour on
 * student visas, fuel past the UN cap, ship-to-ship transfers, banking, flights, rail freight, student exchanges, a
 * space agreement, casualties, prisoners of war, the UN panel's veto, the treaty's ratification, chiefs' visits, denials,
 * experts' speculation, a follow-up on last year's summit) and 8 hard negatives, en/ru/ko/uk/zh/ja/de, labelled by the
 * rubric before they were scored. Scored once on 0.32.0: relevance F1 0.952, severity exact 0.875 (28 of 32), within one
 * 0.938, Brier 0.0533. After the classes they showed (classify.LaunchDatelineAndPaymentTest): relevance F1 1.0, exact 1.0
 * (32 of 32), within one 1.0. The floors leave room for one item off by a level; see the set's README.
 */
class BlindS34Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja-de");

    @Test
    void unseenTopicsStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s34", FILES, 40, 0.98, 0.96, 1.0);
    }
}
