package dev.tumen.classifier.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.classifier.SharedFiles;
import dev.tumen.classifier.classify.CueLexicon;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One walk for the gazetteer and the cue lexicon finds, for each, exactly the hits its own matcher finds, in the same
 * order (labels depend on it), and the gazetteer's mentions from them are {@link Gazetteer#find}'s.
 */
class PhraseMatcherBothTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final CueLexicon CUES = new CueLexicon();
    private static final PhraseMatcher.Both<Entity, Set<String>> BOTH = PhraseMatcher.both(GAZETTEER.specs(), CUES.specs());
    private static final PhraseMatcher<Entity> NAMES = PhraseMatcher.of(GAZETTEER.specs());

    private static void assertSameHits(List<String> texts) {
        for (String text : texts) {
            String where = "\"" + text.substring(0, Math.min(60, text.length())) + "\"";
            PhraseMatcher.Hits<Entity, Set<String>> hits = BOTH.findAll(text);
            assertEquals(NAMES.findAll(text), hits.first(), where);
            assertEquals(CUES.find(text), hits.second(), where);
            assertEquals(GAZETTEER.find(text), GAZETTEER.mentions(text, hits.first()), where);
        }
    }

    @Test
    void sameHitsOnBothDictionariesShuffled() {
        List<String> phrases = new ArrayList<>(GAZETTEER.specs().keySet());
        phrases.addAll(CUES.specs().keySet());
        assertSameHits(PhraseMatcherEquivalenceTest.shuffledPhrases(phrases, 26, 1_000));
    }

    @Test
    void sameHitsOnEdges() {
        assertSameHits(List.of("", " ", "  -  ", "Kim", "Kim met Putin", "kim jong-un", "Путина", "러시아와", "\u2011Kim\u2011",
                "x".repeat(300), "всеобъемлющего стратегического партнерства", "Artilleriegranaten"));
    }

    @Test
    void keepsEachDictionaryApartWhenAKeyIsInBoth() {
        PhraseMatcher.Both<String, String> both = PhraseMatcher.both(Map.of("Kim*", "name", "talks", "name"),
                Map.of("Kim", "cue", "talks", "cue", "held talks", "cue"));
        PhraseMatcher.Hits<String, String> hits = both.findAll("Kimovs held talks");
        assertEquals(PhraseMatcher.of(Map.of("Kim*", "name", "talks", "name")).findAll("Kimovs held talks"), hits.first());
        assertEquals(PhraseMatcher.of(Map.of("Kim", "cue", "talks", "cue", "held talks", "cue")).findAll("Kimovs held talks"),
                hits.second());
    }

    @Test
    void sameHitsOnTheDevCorpora() throws IOException {
        assertSameHits(SharedFiles.devCorpusTexts());
    }

    @Test
    void aLazyMatcherIsBuiltOnceAndFindsWhatItsDictionaryDoes() {
        PhraseMatcher.Lazy<Entity> lazy = new PhraseMatcher.Lazy<>(GAZETTEER.specs());
        PhraseMatcher<Entity> first = lazy.get();
        org.junit.jupiter.api.Assertions.assertSame(first, lazy.get());
        String text = "Putin met Kim Jong Un in Pyongyang; North Korea and Russia signed a treaty.";
        assertEquals(NAMES.findAll(text), first.findAll(text));
    }
}
