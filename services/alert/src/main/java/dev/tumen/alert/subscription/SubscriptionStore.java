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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SubscriptionStore.class);
    private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    private volatile List<Subscription> active = List.of();
    private final java.util.Set<String> unsealed = ConcurrentHashMap.newKeySet();
    private final SecretBox secrets;

    public SubscriptionStore(SecretBox secrets) {
        this.secrets = secrets;
    }

    /** Applies one record of the topic: {@code null} deletes. Secrets arrive encrypted and are decrypted here. */
    public synchronized void apply(String id, Subscription value) {
        if (value == null || !secrets.needsSealing(value)) {
            unsealed.remove(id);
        } else {
            unsealed.add(id);
        }
        if (value == null) {
            byId.remove(id);
        } else {
            Subscription opened;
            try {
                opened = secrets.open(value);
            } catch (IllegalStateException e) {
                // Unsigned deliveries would be worse than none: keep it, paused, until the right key is configured.
                LOG.error("{}; subscription paused in this instance", e.getMessage());
                opened = new Subscription(value.id(), value.name(), value.url(), value.format(), value.minSeverity(), value.categories(),
                        value.languages(), value.sources(), value.keywords(), true, List.of(), value.createdAt(), value.updatedAt(),
                        value.owner());
            }
            byId.put(id, opened);
        }
        active = byId.values().stream().filter(s -> !s.paused()).toList();
    }

    public Subscription get(String id) {
        return byId.get(id);
    }

    public Collection<Subscription> all() {
        return List.copyOf(byId.values());
    }

    /** Ids whose latest record holds a plaintext secret or one under a previous key. */
    public java.util.Set<String> unsealed() {
        return java.util.Set.copyOf(unsealed);
    }

    /** Subscriptions that are not paused, as of the last change. */
    public List<Subscription> active() {
        return active;
    }
}
