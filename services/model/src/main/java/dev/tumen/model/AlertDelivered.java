package dev.tumen.model;

import java.time.Instant;
import java.util.List;

/**
 * An alert the alert service delivered to one subscriber, published to {@link Topics#ALERTS} as an
 * audit trail. Key: {@link #subscriptionId()}. It is also the delivery log's entry for the successful attempt
 * (the fields from {@link #type()} on, all optional: records written before they existed lack them), so a delivered
 * alert costs one write, not an audit record plus a log record.
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
 * @param type           the webhook event type: {@code alert.created} or {@code alert.escalated}
 * @param latencyMs      how long the successful attempt took
 * @param response       the start of the receiver's answer (capped at the service's {@code max-response-bytes})
 * @param format         the payload format: {@code json}, {@code slack} or {@code discord}
 * @param payload        the webhook body exactly as sent, so the delivery can be replayed byte for byte
 * @param storyId        the story the article belongs to
 * @param labelledAt     when the classifier labelled the article
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
        Instant deliveredAt,
        String type,
        Long latencyMs,
        String response,
        String format,
        String payload,
        String storyId,
        Instant labelledAt) {
}
