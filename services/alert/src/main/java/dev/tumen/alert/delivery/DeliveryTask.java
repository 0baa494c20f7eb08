package dev.tumen.alert.delivery;

import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import java.time.Instant;
import java.util.List;

/**
 * One alert to deliver to one subscriber: the value of the retry-tier topics (key = subscription id) and of the
 * deliveries dead-letter topic. The body is rendered once, so every retry sends the same bytes under the same
 * {@code webhook-id}.
 *
 * @param deliveryId     the {@code webhook-id}: stable across retries and re-processing
 * @param subscriptionId the subscriber
 * @param type           {@code alert.created} or {@code alert.escalated}
 * @param format         the body's format
 * @param body           the rendered request body
 * @param articleId      the article that raised the alert
 * @param storyId        its story
 * @param url            the article's URL
 * @param title          the article's headline
 * @param severity       the article's severity
 * @param categories     the article's categories
 * @param evidence       the article's evidence
 * @param receivedAt     when ingest accepted the page
 * @param labelledAt     when the classifier labelled it (the start of the alert latency)
 * @param attempts       attempts made so far
 * @param firstAttemptAt when the first attempt was made, or {@code null}
 * @param dueAt          when the next attempt is due
 * @param lastError      what the last attempt ended with
 */
public record DeliveryTask(String deliveryId, String subscriptionId, String type, String format, String body, String articleId,
                           String storyId, String url, String title, Severity severity, List<Category> categories,
                           List<String> evidence, Instant receivedAt, Instant labelledAt, int attempts, Instant firstAttemptAt,
                           Instant dueAt, String lastError) {

    public DeliveryTask {
        categories = categories == null ? List.of() : List.copyOf(categories);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public DeliveryTask retry(int attemptsMade, Instant firstAttempt, Instant due, String error) {
        return new DeliveryTask(deliveryId, subscriptionId, type, format, body, articleId, storyId, url, title, severity, categories,
                evidence, receivedAt, labelledAt, attemptsMade, firstAttempt, due, error);
    }

    /** A fresh start of the same delivery (same id), for a manual replay. */
    public DeliveryTask replay(Instant now) {
        return new DeliveryTask(deliveryId, subscriptionId, type, format, body, articleId, storyId, url, title, severity, categories,
                evidence, receivedAt, labelledAt, 0, null, now, null);
    }
}
