package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelevanceScoreTest {
    @Test
    void thresholdIsAnEvenChanceAndTheScoreRises() {
        assertEquals(0.5, Labeller.calibrated(Labeller.THRESHOLD), 1e-9);
        double previous = 0;
        for (double s = 0; s <= 10; s += 0.25) {
            double p = Labeller.calibrated(s);
            assertTrue(p >= previous && p > 0 && p < 1, "score " + s + " -> " + p);
            previous = p;
        }
    }

    @Test
    void headlineAboutOneSideWithAThirdCountryIsNotHalfAPair() {
        Label l = new Labeller().label("Chinese President Xi and Kim Jong Un hold talks in Beijing",
                "Kim Jong Un met Xi Jinping in Beijing on Thursday. Kim had earlier attended a parade where Vladimir Putin also appeared as a guest.");
        assertFalse(l.relevant(), () -> "relevance " + l.relevance());
    }
}
