package dev.tumen.alert.subscription;

import dev.tumen.model.Subscription;
import java.time.Duration;

/** Writes subscriptions to their topic and waits until this instance has read the write back. */
public interface SubscriptionWriter {
    /** Where a write landed. */
    record Written(int partition, long offset) {
    }

    Written put(Subscription subscription);

    Written delete(String id);

    /** True once this instance's store reflects {@code written}; false after {@code timeout}. */
    boolean awaitVisible(Written written, Duration timeout);
}
