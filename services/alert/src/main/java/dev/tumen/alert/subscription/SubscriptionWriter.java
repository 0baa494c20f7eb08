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

    /**
     * True once this instance's store reflects every write the topic held when called (another instance's too); false
     * after {@code timeout}. A read-modify-write starts here, so a change sent to one instance right after another
     * instance answered one is made on top of it, not on this instance's older copy.
     */
    default boolean awaitCaughtUp(Duration timeout) {
        return true;
    }
}
