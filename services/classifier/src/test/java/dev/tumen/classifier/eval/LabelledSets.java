package dev.tumen.classifier.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.ArticleClassifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The labelled sets kept as test resources (probes, retellings): scored with the production path against floors. */
final class LabelledSets {
    private static final ArticleClassifier CLASSIFIER = new ArticleClassifier();

    private LabelledSets() {
    }

    /** Scores {@code /dir/name.jsonl} for each name together and asserts the floors; prints the figures either way. */
    static void assertAboveFloors(String dir, List<String> files, int minItems, double f1, double exact, double withinOne)
            throws IOException, URISyntaxException {
        List<Evaluate.Item> items = new ArrayList<>();
        for (String name : files) {
            Path path = Path.of(Objects.requireNonNull(LabelledSets.class.getResource("/" + dir + "/" + name + ".jsonl")).toURI());
            items.addAll(Evaluate.read(path));
        }
        Evaluate.Metrics m = Evaluate.metrics(dir + " " + files, Evaluate.run(CLASSIFIER, items), 0);
        String figures = m.json();
        System.out.println(figures);
        assertTrue(items.size() >= minItems, figures);
        assertTrue(m.relevanceF1() >= f1, figures);
        assertTrue(m.severityExact() >= exact, figures);
        assertTrue(m.severityWithinOne() >= withinOne, figures);
    }
}
