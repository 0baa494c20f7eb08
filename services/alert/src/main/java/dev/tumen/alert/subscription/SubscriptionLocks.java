package dev.tumen.alert.subscription;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises the read-modify-write changes of one subscription, and the creations, within an instance (probe of session
 * 31). Each change reads the subscription from the table, writes the new value and waits until the table shows it, so
 * two changes at once both read the same old value and the later write undid the earlier one: a {@code PATCH} racing a
 * {@code DELETE} that had answered 204 wrote the subscription back (6 of 10 tries), eight rotations at once answered 200
 * with eight new secrets of which one signed, and 160 creations at once under a token allowed 100 left it 139. Holding
 * the lock until the write is visible makes the next change read it.
 *
 * <p>Instances do not share these locks. Two changes to one subscription through two instances at the same moment are
 * ordered by the topic instead: each record carries the subscription's next version, and a record that lands on a newer
 * version or on a deletion changes no table ({@code SubscriptionStore.stale}); its writer sees that and answers 412 or
 * makes the change again on the winner (probe of session 32). Creations through several instances can still pass a quota.
 */
final class SubscriptionLocks {
    private static final int STRIPES = 64;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final ReentrantLock creations = new ReentrantLock();

    SubscriptionLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /** Runs {@code change} holding the lock of subscription {@code id}. */
    <T> T changing(String id, Supplier<T> change) {
        return holding(stripes[Math.floorMod(id.hashCode(), STRIPES)], change);
    }

    /** Runs {@code creation} holding the creations' lock: quotas are counted and the new one written as one step. */
    <T> T creating(Supplier<T> creation) {
        return holding(creations, creation);
    }

    private static <T> T holding(ReentrantLock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
