package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code blind-s35/*.jsonl}: 40 short articles written in session 35 on topics and angles blind-s31 to blind-s34 left
 * (the treaty's mutual-defence article invoked, a new front, reactor parts and glide-vehicle test data, air defence handed
 * over, intelligence chiefs' talks, a power line, bus tours, greetings with alliance rhetoric, a website's anniversary)
 * and 8 hard negatives, en/ru/ko/uk/zh/ja/de, labelled by the rubric before they were scored. Scored once on 0.33.0:
 * relevance F1 0.985, severity exact 0.906 (29 of 32), within one 0.906, Brier 0.0211. After the classes they showed
 * (classify.ComradeshipCensureDeliveryTest, 0.34.0): relevance F1 1.0, exact 1.0 (32 of 32), within one 1.0. The floors
 * leave room for one item off by a level; see the set's README.
 */
class BlindS35Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja-de");

    @Test
    void unseenTopicsStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("blind-s35", FILES, 40, 0.98, 0.96, 1.0);
    }
}
