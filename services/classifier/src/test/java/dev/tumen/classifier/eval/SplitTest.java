package dev.tumen.classifier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static List<Evaluate.Item> items(String lang, int n) {
        List<Evaluate.Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Evaluate.Item(lang + "-" + i, null, lang, "text", i % 2 == 0, Severity.NONE));
        }
        return out;
    }

    @Test
    void keepsAnEighthOfEachLanguageBlind() {
        List<Evaluate.Item> all = new ArrayList<>(items("en", 40));
        all.addAll(items("ja", 5));
        all.addAll(items("de", 12));
        Set<String> blind = Split.blindIds(all);
        assertEquals(5, blind.stream().filter(id -> id.startsWith("en-")).count());
        assertEquals(1, blind.stream().filter(id -> id.startsWith("ja-")).count());
        assertEquals(2, blind.stream().filter(id -> id.startsWith("de-")).count());
    }

    @Test
    void theBlindEighthIsPartOfTheFormerBlindQuarter() {
        // Opening half of the old blind part must not make any item blind that was ever on the tuning side.
        List<Evaluate.Item> all = new ArrayList<>(items("ko", 37));
        List<Evaluate.Item> ordered = new ArrayList<>(all);
        ordered.sort(java.util.Comparator.comparing((Evaluate.Item i) -> Split.sha256(Split.articleId(i.id()))));
        Set<String> formerQuarter = ordered.subList(0, (int) Math.round(37 * 0.25)).stream()
                .map(Evaluate.Item::id).collect(java.util.stream.Collectors.toSet());
        assertTrue(formerQuarter.containsAll(Split.blindIds(all)));
    }

    @Test
    void splitDependsOnIdsNotOnOrder() {
        List<Evaluate.Item> all = items("ru", 20);
        List<Evaluate.Item> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertEquals(Split.blindIds(all), Split.blindIds(reversed));
    }

    @Test
    void tunedAndBlindPartsAreDisjointAndComplete() {
        List<Evaluate.Item> all = items("ko", 17);
        List<Evaluate.Item> tuned = Split.select(all, Split.Part.TUNED);
        List<Evaluate.Item> blind = Split.select(all, Split.Part.BLIND);
        assertEquals(all.size(), tuned.size() + blind.size());
        assertTrue(tuned.stream().noneMatch(blind::contains));
    }

    @Test
    void noisyCopiesAreSplitLikeTheirCleanArticles() {
        List<Evaluate.Item> clean = items("zh", 12);
        List<Evaluate.Item> noisy = clean.stream()
                .map(i -> new Evaluate.Item(i.id() + "-noisy", null, i.lang(), "chrome " + i.text(), i.relevant(), i.severity()))
                .toList();
        Set<String> cleanBlind = Split.blindIds(clean);
        Set<String> noisyBlind = Split.blindIds(noisy);
        assertEquals(cleanBlind, noisyBlind.stream().map(Split::articleId).collect(java.util.stream.Collectors.toSet()));
    }
}
