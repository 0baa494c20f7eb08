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
    /** Built from {@link #active} when an article first needs it after a change (not on every record at start-up). */
    private volatile MatchIndex index = new MatchIndex(List.of());
    private final java.util.Set<String> unsealed = ConcurrentHashMap.newKeySet();
    /** Subscriptions kept but delivered nothing, and why ({@link #apply(String, Subscription, Opened, long, String)}). */
    private final Map<String, String> held = new ConcurrentHashMap<>();
    /** Per key, the last two records read, newest first: enough to see what a write landed on top of. */
    private final Map<String, Revision[]> revisions = new ConcurrentHashMap<>();
    /**
     * Deleted ids whose revisions are kept, oldest first. A deletion's revisions matter only while a write may still
     * land on top of it (SecretMigration's re-encryption, seconds); kept for ever, a loop of create and delete grew
     * the heap by a whole subscription per turn, and every restart read them back from the topic.
     */
    static final int REMEMBERED_REMOVALS = 4_096;
    private final java.util.ArrayDeque<String> removals = new java.util.ArrayDeque<>();
    /** Per subscription held, the offset of the first of its records read (its creation, unless compacted away). */
    private final Map<String, Long> firstOffsets = new ConcurrentHashMap<>();
    /** Per id, the offset of the last record that lost a race ({@link #stale}); bounded like the removals. */
    private final Map<String, Long> lostAt = new java.util.HashMap<>();
    private final List<java.util.function.Consumer<String>> removalListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final SecretBox secrets;

    public SubscriptionStore(SecretBox secrets) {
        this.secrets = secrets;
    }

    /**
     * One record of the topic as read.
     *
     * @param offset its offset (in the key's partition); -1 when not known
     * @param raw    the value as stored (secrets encrypted, or plaintext from before encryption); null for a tombstone
     * @param opened the value as this instance uses it (secrets decrypted); null for a tombstone
     */
    public record Revision(long offset, Subscription raw, Subscription opened) {
    }

    /** Applies one record of the topic whose offset is not known. */
    public void apply(String id, Subscription value) {
        apply(id, value, -1);
    }

    /**
     * Tells {@code listener} the id of each subscription deleted from now on (read from the topic: on every instance),
     * so that what was kept for it (its delivery queue, metrics, log) goes with it.
     */
    public void onRemoved(java.util.function.Consumer<String> listener) {
        removalListeners.add(listener);
    }

    /**
     * A record read from the topic as this instance uses it: its URL and secrets decrypted, or, when they are sealed
     * under a key this instance lacks, why not.
     *
     * @param value   the record decrypted, or null
     * @param url     its webhook URL decrypted, or null when that is what could not be (a secret may fail alone)
     * @param failure why the record could not be decrypted, or null
     */
    public record Opened(Subscription value, String url, String failure) {
    }

    /** {@code stored} decrypted once, for the caller to check before {@link #apply(String, Subscription, Opened, long)}. */
    public Opened open(Subscription stored) {
        try {
            Subscription opened = secrets.open(stored);
            return new Opened(opened, opened.url(), null);
        } catch (IllegalStateException e) {
            String url;
            try {
                url = secrets.openUrl(stored);
            } catch (IllegalStateException alsoTheUrl) {
                url = null;
            }
            return new Opened(null, url, e.getMessage());
        }
    }

    /** Applies one record of the topic: {@code null} deletes. Secrets arrive encrypted and are decrypted here. */
    public void apply(String id, Subscription value, long offset) {
        apply(id, value, value == null ? null : open(value), offset);
    }

    /**
     * The same, {@code value} decrypted already by {@link #open}: a record is decrypted once as it is read (its loader
     * checks the URL decrypted, and decrypted it a second time here before: review of session 43).
     */
    public void apply(String id, Subscription value, Opened opened, long offset) {
        apply(id, value, opened, offset, null);
    }

    /**
     * The same, the subscription held when {@code hold} names why: kept as stored (listed, changed, deleted as any
     * other) but delivered nothing ({@link #held}), until a record without a reason replaces it. For a record stored
     * before a rule its webhook URL now breaks (a host reading as another: review of session 44), which its owner can
     * mend with a change of URL; dead-lettered, it would have gone from its owner's list without a word.
     */
    public void apply(String id, Subscription value, Opened opened, long offset, String hold) {
        boolean removed;
        synchronized (this) {
            boolean loses = value != null && stale(value, byId.get(id), removals.contains(id));
            removed = applyLocked(id, value, opened, offset);
            if (loses) {
                // A race's loser changes nothing: the record in force keeps its own standing.
            } else if (value == null || hold == null) {
                held.remove(id);
            } else if (!hold.equals(held.put(id, hold))) {
                LOG.error("subscription {}'s {}; kept and listed as held", id, hold);
            }
            active = byId.values().stream().filter(s -> !s.paused() && !held.containsKey(s.id())).toList();
        }
        if (removed) {
            removalListeners.forEach(l -> l.accept(id));
        }
    }

    private boolean applyLocked(String id, Subscription value, Opened opened, long offset) {
        boolean removed = false;
        if (value == null || !secrets.needsSealing(value)) {
            unsealed.remove(id);
        } else {
            unsealed.add(id);
        }
        Revision[] before = revisions.get(id);
        if (value != null && stale(value, byId.get(id), removals.contains(id))) {
            // Kept as the latest record read (what a write landed on top of), the table unchanged: see stale().
            revisions.put(id, new Revision[] {new Revision(offset, value, byId.get(id)), before == null ? null : before[0]});
            if (lostAt.size() >= REMEMBERED_REMOVALS) {
                lostAt.clear();
            }
            lostAt.put(id, offset);
            return false;
        }
        if (value == null) {
            removed = byId.remove(id) != null;
            firstOffsets.remove(id);
        } else {
            if (!byId.containsKey(id)) {
                firstOffsets.put(id, offset);
            }
            Subscription usable = opened.value();
            if (usable == null) {
                // Unsigned deliveries would be worse than none: keep it, paused, until the right key is configured.
                LOG.error("{}; subscription paused in this instance", opened.failure());
                usable = new Subscription(value.id(), value.name(), value.url(), value.format(), value.minSeverity(), value.categories(),
                        value.languages(), value.sources(), value.keywords(), true, List.of(), value.createdAt(), value.updatedAt(),
                        value.owner(), value.version(), value.creation());
            }
            byId.put(id, usable);
        }
        revisions.put(id, new Revision[] {new Revision(offset, value, byId.get(id)), before == null ? null : before[0]});
        if (value == null) {
            removals.add(id);
            while (removals.size() > REMEMBERED_REMOVALS) {
                String oldest = removals.poll();
                if (!byId.containsKey(oldest)) {
                    revisions.remove(oldest);
                }
            }
        }
        active = byId.values().stream().filter(s -> !s.paused()).toList();
        return removed;
    }

    /**
     * Whether a versioned record lost a race and must not change the table: it carries a version below the current
     * one's, or the same version from another write (another {@code updatedAt}), or it changes a subscription whose latest
     * record is a deletion (one of the last {@link #REMEMBERED_REMOVALS}). Every instance reads the topic in the same order, so all of them keep the same winner:
     * two instances that each read version 3 and wrote a version 4 (a {@code PATCH} with {@code If-Match}, a
     * {@code PATCH} racing a {@code DELETE}) no longer both succeed; the writer of the loser sees that its write was not
     * applied ({@link #applied}) and answers 412 or tries again on the winner (probe of session 32). Records without a
     * version (written before session 32) are applied as they come, as before; a record re-written as it is (secrets
     * re-encrypted: the same version and time) is applied.
     */
    static boolean stale(Subscription value, Subscription current, boolean deleted) {
        if (value.version() <= 0) {
            return false;
        }
        if (current == null) {
            return deleted;
        }
        return value.version() < current.version()
                || value.version() == current.version() && !java.util.Objects.equals(value.updatedAt(), current.updatedAt());
    }

    /**
     * Whether the record of {@code id} at {@code offset}, once read, changed the table (it was not a race's loser,
     * {@link #stale}); a later record on top of it does not matter.
     */
    public synchronized boolean applied(String id, long offset) {
        Long lost = lostAt.get(id);
        return lost == null || lost != offset;
    }

    /**
     * The offset of the first record read of subscription {@code id} (the topic has one partition, so offsets order
     * every creation), or {@code Long.MAX_VALUE} when it is not held: which of two creations came first.
     */
    public long firstOffset(String id) {
        Long offset = firstOffsets.get(id);
        return offset == null ? Long.MAX_VALUE : offset;
    }

    /** Whether subscription {@code id} is kept but delivered nothing: its URL breaks a rule made after it was stored. */
    public boolean held(String id) {
        return held.containsKey(id);
    }

    /**
     * Why subscription {@code id} is {@link #held} (the rule its webhook URL breaks), or {@code null} when it is not: what
     * the API shows its owner, who could not tell a held subscription from a delivered one before (review of session 45).
     */
    public String heldReason(String id) {
        return held.get(id);
    }

    /** How many subscriptions are {@link #held}. */
    public int heldCount() {
        return held.size();
    }

    /** Ids whose revisions are held (subscriptions and the most recent deletions). */
    synchronized int revisionsHeld() {
        return revisions.size();
    }

    /** The latest record of {@code id} read, or null when none was. */
    public synchronized Revision latest(String id) {
        Revision[] r = revisions.get(id);
        return r == null ? null : r[0];
    }

    /** The record of {@code id} read just before the latest, or null. */
    public synchronized Revision beforeLatest(String id) {
        Revision[] r = revisions.get(id);
        return r == null ? null : r[1];
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

    /** {@link #active()} arranged for matching; the same list, made again only after a change. */
    public MatchIndex matchIndex() {
        List<Subscription> now = active;
        MatchIndex current = index;
        if (current.subscriptions() != now) {
            current = new MatchIndex(now, current);
            index = current;
        }
        return current;
    }

    /** Subscriptions that are not paused, as of the last change. */
    public List<Subscription> active() {
        return active;
    }
}
