package dev.tumen.classifier.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.classifier.SharedFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The automaton finds exactly what reading every key at every position finds ({@link NaivePhraseMatcher}), hit for hit
 * and in the same order, with the production dictionaries: labels depend on that order.
 */
class PhraseMatcherEquivalenceTest {
    private static final List<String> DICTIONARIES = List.of(Gazetteer.RESOURCE, "classify/cues.tsv", "extract/boilerplate-phrases.txt");

    /** Each dictionary's phrases, the value being the row's first cell (the entity, cue group or the phrase itself). */
    private static Map<String, String> specs(String resource) {
        Map<String, String> specs = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows(resource)) {
            String cell = row.length >= 5 ? row[4] : row.length >= 2 ? row[1] : row[0];
            for (String v : TsvResource.variants(cell)) {
                specs.putIfAbsent(v, row[0]);
            }
        }
        return specs;
    }

    private static void assertSameHits(String resource, List<String> texts) {
        Map<String, String> specs = specs(resource);
        PhraseMatcher<String> flat = PhraseMatcher.of(specs);
        NaivePhraseMatcher<String> naive = new NaivePhraseMatcher<>(specs);
        for (String text : texts) {
            String where = resource + " on \"" + text.substring(0, Math.min(60, text.length())) + "\"";
            assertEquals(naive.findAll(text), flat.findAll(text), where);
        }
    }

    /** Texts made of the dictionaries' own phrases, cut and joined at random, so failure links and tails are exercised. */
    private static List<String> shuffledPhrases(String resource, long seed) {
        return shuffledPhrases(new ArrayList<>(specs(resource).keySet()), seed, 200);
    }

    /** {@code count} texts, each of twenty of {@code phrases} (specs) cut and joined at random. */
    static List<String> shuffledPhrases(List<String> phrases, long seed, int count) {
        String[] glue = {" ", "  ", "-", "\u2011", "\n", "", "x", "ы", "한", ", ", "'s ", "а ", "의 "};
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 20; k++) {
                String p = phrases.get(random.nextInt(phrases.size())).replace("*", "").replace("~", "").replace("^", "").replace("$", "");
                int from = random.nextInt(4) == 0 ? random.nextInt(p.length() + 1) : 0;
                int to = random.nextInt(4) == 0 ? from + random.nextInt(p.length() - from + 1) : p.length();
                String piece = p.substring(from, to);
                sb.append(random.nextBoolean() ? piece : piece.toUpperCase()).append(glue[random.nextInt(glue.length)]);
            }
            texts.add(sb.toString());
        }
        return texts;
    }

    @Test
    void sameHitsOnShuffledDictionaryPhrases() {
        for (String resource : DICTIONARIES) {
            assertSameHits(resource, shuffledPhrases(resource, resource.hashCode()));
        }
    }

    @Test
    void sameHitsOnEdges() {
        List<String> texts = List.of("", " ", "  -  ", "Kim", "kim jong-un", "Путина", "러시아와", "\u2011Kim\u2011", "x".repeat(300));
        for (String resource : DICTIONARIES) {
            assertSameHits(resource, texts);
        }
    }

    @Test
    void sameHitsOnTheDevCorpora() throws IOException {
        List<String> texts = SharedFiles.devCorpusTexts();
        for (String resource : DICTIONARIES) {
            assertSameHits(resource, texts);
        }
    }
}
