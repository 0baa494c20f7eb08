package dev.tumen.alert.delivery;

import dev.tumen.model.AlertDelivered;
import java.util.concurrent.CompletableFuture;

/** The durable side effects of a delivery; each future completes when the broker has the record. */
public interface DeliveryPublisher {
    /** Schedules {@code task} in retry tier {@code tier} (1-based). */
    CompletableFuture<Void> retry(int tier, DeliveryTask task);

    CompletableFuture<Void> delivered(AlertDelivered alert);

    CompletableFuture<Void> log(DeliveryAttempt attempt);

    /** A delivery that will not be attempted again. */
    CompletableFuture<Void> deadLetter(DeliveryTask task, String reason);
}
