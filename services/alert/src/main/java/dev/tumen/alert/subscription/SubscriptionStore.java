package dev.tumen.alert.subscription;

import dev.tumen.model.Subscription;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's copy of every subscription, fed from the compacted subscriptions topic. Matching reads an
 * immutable snapshot, so a change never disturbs an article half-way through.
 */
@Singleton
public class SubscriptionStore {
    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    private volatile List<Subscription> active = List.of();

    /** Applies one record of the topic: {@code null} deletes. */
    public synchronized void apply(String id, Subscription value) {
        if (value == null) {
            byId.remove(id);
        } else {
            byId.put(id, value);
        }
        active = byId.values().stream().filter(s -> !s.paused()).toList();
    }

    public Subscription get(String id) {
        return byId.get(id);
    }

    public Collection<Subscription> all() {
        return List.copyOf(byId.values());
    }

    /** Subscriptions that are not paused, as of the last change. */
    public List<Subscription> active() {
        return active;
    }
}
