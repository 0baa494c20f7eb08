package dev.tumen.model;

import java.time.Instant;
import java.util.List;

/**
 * An alert the alert service delivered to one subscriber, published to {@link Topics#ALERTS} as an
 * audit trail. Key: {@link #subscriptionId()}.
 *
 * @param deliveryId     the {@code webhook-id}: stable across retries, the receiver's idempotency key
 * @param subscriptionId the subscription it was delivered to
 * @param articleId      the labelled article ({@link ArticleLabelled#id()})
 * @param url            the article's URL
 * @param title          the article's headline
 * @param severity       the article's severity
 * @param categories     the article's categories
 * @param evidence       the sentences that decided the label
 * @param attempts       how many attempts the delivery took
 * @param status         the HTTP status of the final attempt
 * @param receivedAt     when ingest accepted the page
 * @param deliveredAt    when the subscriber acknowledged the alert
 */
public record AlertDelivered(
        String deliveryId,
        String subscriptionId,
        String articleId,
        String url,
        String title,
        Severity severity,
        List<Category> categories,
        List<String> evidence,
        int attempts,
        int status,
        Instant receivedAt,
        Instant deliveredAt) {
}
