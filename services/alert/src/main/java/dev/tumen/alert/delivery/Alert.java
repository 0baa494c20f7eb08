package dev.tumen.alert.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tumen.model.Actor;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Category;
import dev.tumen.model.ModelVersion;
import dev.tumen.model.Severity;
import java.time.Instant;
import java.util.List;

/**
 * The generic JSON webhook body (format {@code json}), Standard Webhooks style:
 * {@code {"type", "timestamp", "data": {"subscriptionId", "article", "story", "escalation"}}}.
 *
 * @param type      {@code alert.created} or {@code alert.escalated}
 * @param timestamp when the alert was raised (the same on every retry)
 * @param data      the alert
 */
public record Alert(String type, Instant timestamp, Data data) {

    /**
     * @param subscriptionId the receiving subscription ({@code null} on the live stream)
     * @param article        the copy that raised the alert
     * @param story          the story it belongs to
     * @param escalation     for {@code alert.escalated}: from which severity to which; absent otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(String subscriptionId, ArticleView article, StoryRef story, Escalation escalation) {
    }

    /** The article without its body. */
    public record ArticleView(String id, String url, String title, String lang, String source, Instant published,
                              Severity severity, double relevance, List<Category> categories, List<Actor> actors,
                              List<String> evidence, String fingerprint, ModelVersion model, Instant receivedAt,
                              Instant labelledAt) {
        public static ArticleView of(ArticleLabelled a) {
            // receivedAt and labelledAt let a receiver (and the benchmark) see how long the page took to reach it.
            return new ArticleView(a.id(), a.url(), a.title(), a.lang(), a.source(), a.published(), a.severity(), a.relevance(),
                    a.categories(), a.actors(), a.evidence(), a.fingerprint(), a.model(), a.receivedAt(), a.labelledAt());
        }
    }

    /**
     * @param id      story id
     * @param outlets how many distinct outlets have reported the story so far
     */
    public record StoryRef(String id, int outlets) {
    }

    public record Escalation(Severity from, Severity to) {
    }
}
