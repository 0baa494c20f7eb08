package dev.tumen.classifier.classify;

import dev.tumen.model.Actor;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.SeverityBasis;
import java.util.List;

/** What the rules decided about one article; {@code basis} says which sentence and rubric row decided the severity. */
public record Label(boolean relevant, double relevance, Severity severity, List<Category> categories, List<Actor> actors,
                    List<String> evidence, SeverityBasis basis) {
    /** A label without a severity basis (not relevant). */
    public Label(boolean relevant, double relevance, Severity severity, List<Category> categories, List<Actor> actors, List<String> evidence) {
        this(relevant, relevance, severity, categories, actors, evidence, null);
    }
}
