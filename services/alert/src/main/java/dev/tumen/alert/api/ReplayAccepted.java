package dev.tumen.alert.api;

/**
 * The answer to a replay request.
 *
 * @param deliveryId the delivery being sent again (its {@code webhook-id})
 * @param status     always {@code replaying}
 */
public record ReplayAccepted(String deliveryId, String status) {
}
