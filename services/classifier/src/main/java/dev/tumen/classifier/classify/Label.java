package dev.tumen.classifier.classify;

import dev.tumen.model.Actor;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import java.util.List;

/** What the rules decided about one article. */
public record Label(boolean relevant, double relevance, Severity severity, List<Category> categories, List<Actor> actors, List<String> evidence) {
}
