package dev.tumen.classifier.extract.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {
    private static final double EPS = 1e-9;

    @Test
    void tokensAreUnicodeWordRuns() {
        assertEquals(List.of("Kim", "s", "visit_2024", "Пхеньян", "평양에서", "3"), ExtractionScore.tokens("Kim's visit_2024 — Пхеньян, 평양에서 3."));
    }

    @Test
    void perfectPredictionScoresOne() {
        ExtractionScore.Page p = ExtractionScore.page("one two three four five", "one  two, three four five!");
        assertEquals(1, p.precision(), EPS);
        assertEquals(1, p.recall(), EPS);
    }

    @Test
    void countsAreNormalisedPerPage() {
        // truth: 6 tokens, 3 shingles; prediction: the first 5 tokens plus "x", 3 shingles of which 2 match
        ExtractionScore.Page p = ExtractionScore.page("a b c d e f", "a b c d e x");
        assertEquals(2 / 4.0, p.tp(), EPS);
        assertEquals(1 / 4.0, p.fp(), EPS);
        assertEquals(1 / 4.0, p.fn(), EPS);
        assertEquals(2 / 3.0, p.precision(), EPS);
        assertEquals(2 / 3.0, p.recall(), EPS);
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        ExtractionScore.Page p = ExtractionScore.page("a b c d", "a b c d. a b c d");
        // prediction: "a b c d", "b c d a", "c d a b", "d a b c", "a b c d" — one of five is true
        assertEquals(1 / 5.0, p.precision(), EPS);
        assertEquals(1, p.recall(), EPS);
    }

    @Test
    void shortTextsStillGiveOneShingle() {
        assertEquals(1, ExtractionScore.page("North Korea", "North Korea.").recall(), EPS);
        assertEquals(0, ExtractionScore.page("North Korea", "South Korea").recall(), EPS);
    }

    @Test
    void emptyPredictionCostsRecallButIsLeftOutOfPrecision() {
        ExtractionScore.Page empty = ExtractionScore.page("a b c d e", "");
        assertTrue(Double.isNaN(empty.precision()));
        assertEquals(0, empty.recall(), EPS);
        ExtractionScore.Page half = ExtractionScore.page("a b c d e", "a b c d");
        // tp 1, fn 1 of 2: P 1, R 0.5
        ExtractionScore.Summary s = ExtractionScore.summarise(List.of(empty, half));
        assertEquals(1.0, s.precision(), EPS);
        assertEquals(0.25, s.recall(), EPS);
        assertEquals(2 * 0.25 / 1.25, s.f1(), EPS);
    }

    @Test
    void emptyTruthAndEmptyPredictionCountAsExact() {
        ExtractionScore.Summary s = ExtractionScore.summarise(List.of(ExtractionScore.page("", "")));
        assertEquals(1, s.precision(), EPS);
        assertEquals(1, s.recall(), EPS);
    }
}
