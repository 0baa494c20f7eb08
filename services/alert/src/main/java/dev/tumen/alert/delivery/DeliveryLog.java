package dev.tumen.alert.delivery;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's view of the delivery log topic: the latest attempts per subscription (for the HTTP log and manual
 * replay) and how long each subscription has been failing (for the automatic pause).
 */
@Singleton
public class DeliveryLog {
    private final Map<String, Deque<DeliveryAttempt>> bySubscription = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
    private volatile int capacity = 200;

    public void capacity(int capacity) {
        this.capacity = capacity;
    }

    public void apply(DeliveryAttempt a) {
        Deque<DeliveryAttempt> log = bySubscription.computeIfAbsent(a.subscriptionId(), k -> new ArrayDeque<>());
        synchronized (log) {
            log.addFirst(a);
            while (log.size() > capacity) {
                log.removeLast();
            }
        }
        switch (a.outcome()) {
            case "delivered" -> failingSince.remove(a.subscriptionId());
            case "retrying", "exhausted", "gone" -> failingSince.merge(a.subscriptionId(), a.at(), (old, now) -> old.isBefore(now) ? old : now);
            default -> {
            }
        }
    }

    /** The newest {@code limit} entries of a subscription, newest first. */
    public List<DeliveryAttempt> recent(String subscriptionId, int limit) {
        Deque<DeliveryAttempt> log = bySubscription.get(subscriptionId);
        if (log == null) {
            return List.of();
        }
        List<DeliveryAttempt> out = new ArrayList<>();
        synchronized (log) {
            Iterator<DeliveryAttempt> it = log.iterator();
            while (it.hasNext() && out.size() < limit) {
                out.add(it.next());
            }
        }
        return out;
    }

    /** The delivery as last recorded with its payload, for a replay; {@code null} when the log no longer has it. */
    public DeliveryTask task(String subscriptionId, String deliveryId) {
        Deque<DeliveryAttempt> log = bySubscription.get(subscriptionId);
        if (log == null) {
            return null;
        }
        synchronized (log) {
            for (DeliveryAttempt a : log) {
                if (a.deliveryId().equals(deliveryId) && a.task() != null) {
                    return a.task();
                }
            }
        }
        return null;
    }

    /** Since when the subscription's deliveries have been failing without a success, or {@code null}. */
    public Instant failingSince(String subscriptionId) {
        return failingSince.get(subscriptionId);
    }

    public void forget(String subscriptionId) {
        bySubscription.remove(subscriptionId);
        failingSince.remove(subscriptionId);
    }
}
