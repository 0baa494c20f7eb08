package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.classifier.eval.Evaluate;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.44 (session 44, labels, second helper): the seven classes of blind-s45b's errors (its README, "Diagnosis"),
 * as the 53 invented articles of {@code blind-s45b/classes.jsonl} (A–G: targets in the language of the error and in
 * others, guards that must keep their reading, and cases wrong for another reason), read through the production path
 * as {@code Evaluate} reads them. On 0.44.0, 39 of the 53 read otherwise (36 of 39 targets and the three already wrong;
 * every guard right); on 0.44.3, with the seven classes fixed (A, B, C, G in 0.44.1; D, E, F in 0.44.3), 6; on 0.45.2
 * (session 45: Soviet-made words are no Russia), 4; on 0.45.4 (俄制 names Russia; entering the country an interaction),
 * 2 (below).
 *
 * <p>A case not yet fixed is listed in {@link #OPEN} with the label it reads now, so that it cannot move unnoticed
 * either way; a fix removes it from the list.
 */
class BlindS45bClassesTest {
    private static final ArticleClassifier CLASSIFIER = new ArticleClassifier();

    /** Cases read otherwise than their gold, with what they read: each class's fix takes its own out. */
    private static final Map<String, String> OPEN = Map.ofEntries(
            // D3 (俄制 in a Chinese headline) reads right since 0.45.4, D8 and D9 (a Soviet-made plane and tank in the
            // DPRK only) since 0.45.2 (BlindS45LeftClassesTest, classes F and H)
            // English "designated" is no illicit word yet: "designated area", "designated driver"
            Map.entry("b45b-c-E6", "medium"),
            // entering the country (入境, 入国) is an interaction since 0.45.4 (BlindS45LeftClassesTest, class G): G4 reads
            // its gold; G1 is relevant now but low, its lead's 学习 (study) the education row and the sentence on work
            // sites naming no side (这些"学生")
            Map.entry("b45b-c-G1", "low"));

    @TestFactory
    Stream<DynamicTest> sevenClassesOfBlindS45b() throws IOException, URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(getClass().getResource("/blind-s45b/classes.jsonl")).toURI());
        List<Evaluate.Outcome> outcomes = Evaluate.run(CLASSIFIER, Evaluate.read(path));
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(o.item().id() + " " + o.item().lang(), () -> {
            String gold = o.item().relevant() ? o.item().severity().wire() : "none";
            String read = o.predicted().relevant() ? o.predicted().severity().wire() : "none";
            String expected = OPEN.getOrDefault(o.item().id(), gold);
            assertEquals(expected, read, () -> o.item().id() + " (gold " + gold + ", relevance "
                    + o.predicted().relevance() + "): " + o.item().text().lines().findFirst().orElse(""));
        }));
    }
}
