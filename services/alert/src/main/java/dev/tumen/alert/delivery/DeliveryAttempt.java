package dev.tumen.alert.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tumen.model.AlertDelivered;
import dev.tumen.model.text.InvisibleCharacters;
import dev.tumen.model.text.OutsideText;
import java.time.Instant;

/**
 * One line of a subscription's delivery log, the value of the deliveries topic (key = subscription id). A successful
 * attempt is not written here: its {@link AlertDelivered} in the alerts topic is its log entry ({@link #of}).
 *
 * @param deliveryId     the {@code webhook-id}
 * @param subscriptionId the subscriber
 * @param articleId      the article
 * @param type           {@code alert.created} or {@code alert.escalated}
 * @param attempt        the attempt number (1-based; 0 for events that were not attempts)
 * @param outcome        {@code delivered}, {@code retrying}, {@code exhausted}, {@code gone} (410: subscription
 *                       paused), {@code refused} (URL not allowed), {@code deferred} (its subscriber's queue
 *                       was full and not draining), {@code cancelled} (subscription paused or deleted), {@code auto-paused}
 * @param status         HTTP status, when the receiver answered
 * @param latencyMs      how long the attempt took
 * @param at             when the attempt ended
 * @param error          what went wrong, if anything
 * @param response       the start of the receiver's response body (capped)
 * @param nextAttemptAt  for {@code retrying}: when the next attempt is due
 * @param task           the delivery itself, so that any logged delivery (a delivered one too) can be replayed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryAttempt(String deliveryId, String subscriptionId, String articleId, String type, int attempt, String outcome,
                              Integer status, long latencyMs, Instant at, String error, String response, Instant nextAttemptAt,
                              DeliveryTask task) {

    /** Not a field: Jackson wrote it as {@code "final"} into every log record and HTTP answer (the OpenAPI check found it). */
    @JsonIgnore
    public boolean isFinal() {
        return !outcome.equals("retrying") && !outcome.equals("deferred");
    }

    /** The log entry a delivered alert's audit record stands for, its task rebuilt so it can be replayed. */
    public static DeliveryAttempt of(AlertDelivered d) {
        DeliveryTask task = d.payload() == null ? null : new DeliveryTask(d.deliveryId(), d.subscriptionId(), d.type(), d.format(),
                d.payload(), d.articleId(), d.storyId(), d.url(), d.title(), d.severity(), d.categories(), d.evidence(), d.receivedAt(),
                d.labelledAt(), d.attempts(), null, d.deliveredAt(), null);
        return new DeliveryAttempt(d.deliveryId(), d.subscriptionId(), d.articleId(), d.type(), d.attempts(), "delivered", d.status(),
                d.latencyMs() == null ? 0 : d.latencyMs(), d.deliveredAt(), null, d.response(), null, task);
    }

    /**
     * The same entry without the task, as the HTTP delivery log shows it (the body is the receiver's business). The
     * receiver's answer and the error are escaped as they are shown ({@link InvisibleCharacters}): entries logged before
     * the sender escaped answers (review of session 45) held a receiver's overrides as it sent them. The error, an
     * exception's message that may quote the receiver, is cut as every such text is (review of session 51); the answer
     * is kept to its documented 2 KB where it is logged.
     */
    public DeliveryAttempt withoutTask() {
        return new DeliveryAttempt(deliveryId, subscriptionId, articleId, type, attempt, outcome, status, latencyMs, at,
                OutsideText.bounded(error), InvisibleCharacters.escape(response), nextAttemptAt, null);
    }
}
