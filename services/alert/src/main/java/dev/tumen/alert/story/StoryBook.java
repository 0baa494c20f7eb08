package dev.tumen.alert.story;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open stories, indexed so a near-duplicate fingerprint is found without scanning every story: the 64 bits are
 * cut into {@code maxDistance + 1} bands, and two fingerprints within {@code maxDistance} bits of each other agree
 * on at least one whole band (pigeonhole), so only stories sharing a band are compared. Not thread-safe.
 */
public final class StoryBook {
    private final Duration window;
    private final int maxDistance;
    private final int bands;
    private final Map<String, Story> stories = new HashMap<>();
    private final Map<Long, Set<String>> index = new HashMap<>();

    public StoryBook(Duration window, int maxDistance) {
        this.window = window;
        this.maxDistance = maxDistance;
        this.bands = maxDistance + 1;
    }

    /**
     * The open story closest to {@code fingerprint} within the distance, or {@code null}. Closed stories met on the
     * way are forgotten: eviction runs once a minute, and with a short window and many near-duplicates every
     * lookup walked all the closed ones in its bands until then (35 % of the alert's CPU at the bench's saturation).
     */
    public Story find(long fingerprint, Instant now) {
        Story best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> closed = null;
        for (int b = 0; b < bands; b++) {
            Set<String> ids = index.get(bandKey(b, fingerprint));
            if (ids == null) {
                continue;
            }
            for (String id : ids) {
                Story story = stories.get(id);
                if (story == null) {
                    continue;
                }
                if (!open(story, now)) {
                    if (closed == null) {
                        closed = new ArrayList<>();
                    }
                    closed.add(id);
                    continue;
                }
                for (String fp : story.fingerprints()) {
                    Long other = SimHash.parse(fp);
                    if (other == null) {
                        continue;
                    }
                    int d = SimHash.distance(fingerprint, other);
                    if (d <= maxDistance && (d < bestDistance || (d == bestDistance && story.firstSeen().isBefore(best.firstSeen())))) {
                        best = story;
                        bestDistance = d;
                    }
                }
            }
        }
        if (closed != null) {
            closed.forEach(this::remove);
        }
        return best;
    }

    public Story get(String id) {
        return stories.get(id);
    }

    /** Adds or replaces a story unless the book already holds a newer version of it. */
    public void put(Story story) {
        Story old = stories.get(story.id());
        if (old != null && old.version() >= story.version()) {
            return;
        }
        stories.put(story.id(), story);
        for (String fp : story.fingerprints()) {
            Long value = SimHash.parse(fp);
            if (value != null) {
                for (int b = 0; b < bands; b++) {
                    index.computeIfAbsent(bandKey(b, value), k -> new HashSet<>()).add(story.id());
                }
            }
        }
    }

    public void remove(String id) {
        Story old = stories.remove(id);
        if (old != null) {
            unindex(old);
        }
    }

    /** Forgets stories whose window closed before {@code now}. */
    public int evict(Instant now) {
        var closed = stories.values().stream().filter(s -> !open(s, now)).map(Story::id).toList();
        closed.forEach(this::remove);
        return closed.size();
    }

    public int size() {
        return stories.size();
    }

    private boolean open(Story story, Instant now) {
        return story.firstSeen().plus(window).isAfter(now);
    }

    private void unindex(Story story) {
        for (String fp : story.fingerprints()) {
            Long value = SimHash.parse(fp);
            if (value != null) {
                for (int b = 0; b < bands; b++) {
                    Set<String> ids = index.get(bandKey(b, value));
                    if (ids != null) {
                        ids.remove(story.id());
                        if (ids.isEmpty()) {
                            index.remove(bandKey(b, value));
                        }
                    }
                }
            }
        }
    }

    /** Band {@code b}'s bits of {@code value}, tagged with the band number in the top byte. */
    private long bandKey(int b, long value) {
        int from = b * 64 / bands;
        int to = (b + 1) * 64 / bands;
        int width = to - from;
        long mask = width == 64 ? -1L : ((1L << width) - 1);
        return ((long) b << 56) ^ ((value >>> from) & mask);
    }
}
