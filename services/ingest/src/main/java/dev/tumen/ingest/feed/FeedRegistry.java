package dev.tumen.ingest.feed;

import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.page.UrlCanonicalizer;
import dev.tumen.model.Hashes;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The feeds this deployment follows: a local view of the feeds topic (updated by the topic reader and,
 * read-your-writes, by this instance's own changes).
 *
 * <p>The topic's order is the truth: each feed's state is tagged with the offset of the record it came from, and a
 * record older than the state held is not applied. Without that, the reader's echo of this instance's own earlier
 * write (say the feed's creation, read back after its first poll was stored here) would set the feed back: its poll
 * state and validators lost until the next echo, a poll started again at once, a removed feed briefly followed again.
 */
public class FeedRegistry {
    /** Feeds followed at most unless set (tumen.ingest.feeds.max-feeds). */
    public static final int DEFAULT_MAX_FEEDS = 5_000;
    /**
     * Removals whose offsets are remembered. An older record of a removed feed can only be the topic reader's echo of
     * a write this instance made just before (milliseconds behind); remembering every removal for ever let a loop of
     * follow and remove grow the heap without bound.
     */
    static final int REMEMBERED_REMOVALS = 4_096;
    private final ConcurrentHashMap<String, Feed> feeds = new ConcurrentHashMap<>();
    /** Feed id -> offset of the newest record applied (kept after a removal, so an older record cannot revive it). */
    private final Map<String, Long> offsets = new HashMap<>();
    /** Ids removed, oldest first: past {@link #REMEMBERED_REMOVALS} their offsets are forgotten. */
    private final java.util.ArrayDeque<String> removals = new java.util.ArrayDeque<>();
    private final int maxFeeds;
    private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final FeedStore store;
    private final Clock clock;
    private final long minIntervalSeconds;

    public FeedRegistry(FeedStore store, Clock clock, long minIntervalSeconds) {
        this(store, clock, minIntervalSeconds, DEFAULT_MAX_FEEDS);
    }

    /**
     * @param maxFeeds feeds followed at most: each one is polled for ever and held in every instance's memory, and the
     *                 topic replays them all at each start, so the API refuses more (429 {@code feed-cap})
     */
    public FeedRegistry(FeedStore store, Clock clock, long minIntervalSeconds, int maxFeeds) {
        if (maxFeeds < 1) {
            throw new IllegalArgumentException("tumen.ingest.feeds.max-feeds must be at least 1, got " + maxFeeds);
        }
        this.maxFeeds = maxFeeds;
        this.store = store;
        this.clock = clock;
        this.minIntervalSeconds = minIntervalSeconds;
    }

    /** The id a feed URL gets: the same on every instance, so declaring a feed twice is harmless. */
    public static String idOf(String canonicalUrl) {
        return Hashes.sha256(canonicalUrl).substring(0, 16);
    }

    /** Told of each feed as it appears and disappears, whoever wrote it (this instance or another, through the topic). */
    public interface Watcher {
        void added(String id);

        void removed(String id);
    }

    /** Adds a watcher and tells it of every feed already here. */
    public void watch(Watcher watcher) {
        watchers.add(watcher);
        feeds.keySet().forEach(watcher::added);
    }

    /** A record read from the feeds topic at {@code offset} (in the key's partition); {@code null} = tombstone. */
    public synchronized void applyFromTopic(String id, Feed feed, long offset) {
        if (!newer(id, offset)) {
            return;
        }
        if (feed == null) {
            forget(id);
        } else {
            keep(feed);
        }
    }

    /** Records {@code offset} as the feed's newest when it is; callers hold this registry's lock. */
    private boolean newer(String id, long offset) {
        Long held = offsets.get(id);
        if (held != null && held >= offset) {
            return false;
        }
        offsets.put(id, offset);
        return true;
    }

    private void keep(Feed feed) {
        if (feeds.put(feed.id(), feed) == null) {
            watchers.forEach(w -> w.added(feed.id()));
        }
    }

    private void forget(String id) {
        if (feeds.remove(id) != null) {
            watchers.forEach(w -> w.removed(id));
        }
        removals.add(id);
        while (removals.size() > REMEMBERED_REMOVALS) {
            String oldest = removals.poll();
            if (!feeds.containsKey(oldest)) {
                offsets.remove(oldest);
            }
        }
    }

    /** Feed ids whose newest record's offset is held (followed feeds and the most recent removals). */
    synchronized int offsetsHeld() {
        return offsets.size();
    }

    public void markLoaded() {
        loaded.countDown();
    }

    public boolean awaitLoaded(Duration timeout) {
        try {
            return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public List<Feed> list() {
        return feeds.values().stream().sorted(Comparator.comparing(Feed::createdAt).thenComparing(Feed::id)).toList();
    }

    public Collection<Feed> all() {
        return feeds.values();
    }

    public Optional<Feed> get(String id) {
        return Optional.ofNullable(feeds.get(id));
    }

    /**
     * Adds a feed, or returns the existing one for the same canonical URL. A feed added paused is stored
     * paused in one write, so the scheduler never sees it running.
     *
     * @return the feed and whether it was created
     */
    public Added add(String url, String name, Long intervalSeconds, boolean paused, String origin, long defaultInterval) {
        if (UrlCanonicalizer.hasUserInfo(url)) {
            throw Refusal.badRequest("userinfo", "url: URLs with credentials (user:password@) are not allowed; a fetch would go without them");
        }
        String canonical;
        try {
            canonical = UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest("invalid-url", "url: " + e.getMessage());
        }
        long interval = interval(intervalSeconds == null ? defaultInterval : intervalSeconds);
        String id = idOf(canonical);
        catchUp();
        Feed existing = feeds.get(id);
        if (existing != null) {
            return new Added(existing, false);
        }
        if (feeds.size() >= maxFeeds) {
            throw new Refusal(429, "feed-cap", "ingest already follows " + feeds.size() + " feeds, the most it allows"
                    + " (tumen.ingest.feeds.max-feeds = " + maxFeeds + "); remove one first").withoutRetryAfter();
        }
        Feed feed = Feed.added(id, canonical, name == null || name.isBlank() ? hostOf(canonical) : name.strip(), interval,
                origin, clock.instant()).paused(paused);
        save(feed);
        return new Added(feed, true);
    }

    public record Added(Feed feed, boolean created) {
    }

    public Feed update(String id, String name, Long intervalSeconds, Boolean paused) {
        catchUp();
        Feed feed = feeds.get(id);
        if (feed == null) {
            throw new Refusal(404, "not-found", "feed '" + dev.tumen.common.http.Problems.quote(id) + "' does not exist");
        }
        Feed changed = feed.edited(name == null || name.isBlank() ? feed.name() : name.strip(),
                intervalSeconds == null ? feed.intervalSeconds() : interval(intervalSeconds));
        if (paused != null) {
            changed = changed.paused(paused);
        }
        save(changed);
        return changed;
    }

    public void remove(String id) {
        catchUp();
        if (!feeds.containsKey(id)) {
            throw new Refusal(404, "not-found", "feed '" + dev.tumen.common.http.Problems.quote(id) + "' does not exist");
        }
        long offset = store.delete(id);
        synchronized (this) {
            if (newer(id, offset)) {
                forget(id);
            }
        }
    }

    /** Stores a poll's outcome unless the feed was removed meanwhile (a removal must win). */
    public void recordPoll(Feed polled) {
        // Best effort: a poll is not refused, but an edit made through another instance meanwhile should stay.
        store.awaitCaughtUp(CATCH_UP);
        Feed current = feeds.get(polled.id());
        if (current == null) {
            return;
        }
        // Keep edits (name, interval, pause) made while the poll ran; take the poll's state.
        Feed merged = new Feed(polled.id(), current.url(), current.name(), current.intervalSeconds(), current.paused(),
                current.origin(), polled.etag(), polled.lastModified(), polled.lastPolledAt(), polled.lastSuccessAt(),
                polled.lastOutcome(), polled.lastError(), polled.consecutiveFailures(), polled.published(), current.createdAt());
        save(merged);
    }

    /** How long a change waits for this instance to read the feed changes already in the topic. */
    static final Duration CATCH_UP = Duration.ofSeconds(10);

    /** Waits until this instance holds every feed change already in the topic; 503 {@code store-behind} after a while. */
    public void catchUp() {
        if (!store.awaitCaughtUp(CATCH_UP)) {
            throw new Refusal(503, "store-behind", "this instance has not read the latest feed changes from Kafka yet; try again shortly");
        }
    }

    private void save(Feed feed) {
        long offset;
        try {
            offset = store.put(feed);
        } catch (RuntimeException e) {
            throw e instanceof Refusal r ? r : new Refusal(503, "kafka-unavailable", "the feed could not be stored in Kafka: " + e.getMessage(), e);
        }
        synchronized (this) {
            // Another instance's newer write, already read here, stays: the topic holds it after ours.
            if (newer(feed.id(), offset)) {
                keep(feed);
            }
        }
    }

    private long interval(long seconds) {
        if (seconds < minIntervalSeconds) {
            throw Refusal.badRequest("interval-too-short", "intervalSeconds must be at least " + minIntervalSeconds
                    + " (tumen.ingest.feeds.min-interval), got " + seconds);
        }
        return seconds;
    }

    private static String hostOf(String url) {
        return java.net.URI.create(url).getHost();
    }
}
