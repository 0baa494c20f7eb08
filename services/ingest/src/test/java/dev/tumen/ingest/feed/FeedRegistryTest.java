package dev.tumen.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

public class FeedRegistryTest {

    /** The feeds topic's one partition for a key: each write gets the next offset, as the broker would give it. */
    public static final class LogStore implements FeedStore {
        final List<Feed> log = new ArrayList<>();

        @Override
        public long put(Feed feed) {
            log.add(feed);
            return log.size() - 1;
        }

        @Override
        public long delete(String id) {
            log.add(null);
            return log.size() - 1;
        }
    }

    final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    final LogStore store = new LogStore();
    final FeedRegistry registry = new FeedRegistry(store, clock, 1);

    @Test
    void theEchoOfAnOwnEarlierWriteDoesNotSetAFeedBack() {
        // given: a feed created here and then polled here
        Feed created = registry.add("https://news.example/rss", "News", 600L, false, "test", 600).feed();
        registry.recordPoll(created.succeeded(clock.instant(), "ok", "\"v1\"", null, 2));

        // when: the reader reads the creation back only now
        registry.applyFromTopic(created.id(), store.log.get(0), 0);

        // then: the poll's state stays, so the feed is not due again and keeps its validator
        Feed held = registry.get(created.id()).orElseThrow();
        assertEquals("ok", held.lastOutcome());
        assertEquals("\"v1\"", held.etag());
        assertTrue(held.nextDue().isAfter(clock.instant()));
    }

    /**
     * An interval past what the schedule's arithmetic holds (probe of session 38: {@code Long.MAX_VALUE} was taken over
     * HTTP, and any may come from the table): after a failure the doubled interval wrapped negative and the feed was due
     * at every tick, once a second; without one, the sum past Instant's range threw in the scheduler's loop, so the
     * feeds after it were never polled. Now such a feed is due at the latest instant there is, never in the past.
     */
    @Test
    void anIntervalPastTheArithmeticsRangeIsDueNeverNotAtOnce() {
        Instant polled = clock.instant();
        for (long interval : new long[] {Long.MAX_VALUE, Long.MAX_VALUE / 2 + 1, 1L << 60, Instant.MAX.getEpochSecond()}) {
            for (int failures : new int[] {0, 1, 2, 4, 30, Integer.MAX_VALUE, -1}) {
                Feed feed = new Feed("f", "https://news.example/rss", "News", interval, false, "test", null, null, polled, null,
                        "fetch-failed", null, failures, 0, polled);
                assertEquals(Instant.MAX, feed.nextDue(), interval + " s after " + failures + " failures");
            }
        }
        Feed monthly = new Feed("f", "https://news.example/rss", "News", Feed.MAX_INTERVAL_SECONDS, false, "test", null, null, polled,
                null, "fetch-failed", null, 4, 0, polled);
        assertEquals(polled.plusSeconds(16 * Feed.MAX_INTERVAL_SECONDS), monthly.nextDue(), "the longest interval a caller may ask, backed off");
    }

    @Test
    void anotherInstancesNewerWriteIsAppliedAndAnOlderRecordCannotReviveARemovedFeed() {
        Feed created = registry.add("https://news.example/rss", "News", 600L, false, "test", 600).feed();
        registry.applyFromTopic(created.id(), created, 0);

        // another instance renames it (offset 1, after ours)
        Feed renamed = new Feed(created.id(), created.url(), "Renamed", created.intervalSeconds(), false, created.origin(), null, null,
                null, null, null, null, 0, 0, created.createdAt());
        store.put(renamed);
        registry.applyFromTopic(created.id(), renamed, 1);
        assertEquals("Renamed", registry.get(created.id()).orElseThrow().name());

        // removed here (offset 2); then older records arrive late
        registry.remove(created.id());
        registry.applyFromTopic(created.id(), renamed, 1);
        registry.applyFromTopic(created.id(), created, 0);
        assertTrue(registry.get(created.id()).isEmpty(), "an older record must not bring a removed feed back");

        // the tombstone's own echo changes nothing, and a later re-creation wins
        registry.applyFromTopic(created.id(), null, 2);
        Feed again = registry.add("https://news.example/rss", "Again", 600L, false, "test", 600).feed();
        assertEquals("Again", registry.get(again.id()).orElseThrow().name());
    }

    /** One partition two instances write; each reads the other's records only when it catches up, as a lagging reader. */
    static final class Instance implements FeedStore {
        final List<String> keys;
        final List<Feed> log;
        FeedRegistry registry;
        int read;
        boolean behind;

        Instance(List<String> keys, List<Feed> log) {
            this.keys = keys;
            this.log = log;
        }

        @Override
        public long put(Feed feed) {
            keys.add(feed.id());
            log.add(feed);
            return log.size() - 1;
        }

        @Override
        public long delete(String id) {
            keys.add(id);
            log.add(null);
            return log.size() - 1;
        }

        @Override
        public boolean awaitCaughtUp(java.time.Duration timeout) {
            if (behind) {
                return false;
            }
            for (; read < log.size(); read++) {
                registry.applyFromTopic(keys.get(read), log.get(read), read);
            }
            return true;
        }
    }

    @Test
    void aChangeThroughOneInstanceStartsFromWhatAnotherAlreadyWrote() {
        List<String> keys = new ArrayList<>();
        List<Feed> log = new ArrayList<>();
        Instance a = new Instance(keys, log);
        Instance b = new Instance(keys, log);
        a.registry = new FeedRegistry(a, clock, 1);
        b.registry = new FeedRegistry(b, clock, 1);

        Feed created = a.registry.add("https://news.example/rss", "News", 600L, true, "test", 600).feed();
        assertEquals("Renamed", b.registry.update(created.id(), "Renamed", null, null).name(), "found through the other instance");
        Feed slowed = a.registry.update(created.id(), null, 1200L, null);
        assertEquals("Renamed", slowed.name(), "the other instance's rename stays");
        assertEquals(1200, slowed.intervalSeconds());

        b.registry.remove(created.id());
        assertTrue(a.registry.add("https://news.example/rss", "Again", 600L, true, "test", 600).created(),
                "removed through the other instance, so followed anew");

        b.behind = true;
        dev.tumen.ingest.page.Refusal behind = org.junit.jupiter.api.Assertions.assertThrows(dev.tumen.ingest.page.Refusal.class,
                () -> b.registry.update(created.id(), "Late", null, null));
        assertEquals(503, behind.status());
        assertEquals("store-behind", behind.reason());
    }

    @Test
    void feedsPastTheCapAreRefusedWithoutRetryAfterAndAnExistingOneIsStillFound() {
        FeedRegistry capped = new FeedRegistry(new LogStore(), clock, 1, 2);
        capped.add("https://a.example/rss", null, null, false, "test", 600);
        capped.add("https://b.example/rss", null, null, false, "test", 600);
        dev.tumen.ingest.page.Refusal refused = org.junit.jupiter.api.Assertions.assertThrows(dev.tumen.ingest.page.Refusal.class,
                () -> capped.add("https://c.example/rss", null, null, false, "test", 600));
        assertEquals(429, refused.status());
        assertEquals("feed-cap", refused.reason());
        assertEquals(0, refused.retryAfterSeconds(), "waiting does not lift a cap");
        assertTrue(refused.getMessage().contains("tumen.ingest.feeds.max-feeds"), refused.getMessage());
        // Following a feed already followed is no new feed.
        assertEquals(false, capped.add("https://a.example/rss", null, null, false, "test", 600).created());
        // Removing one makes room.
        capped.remove(FeedRegistry.idOf("https://b.example/rss"));
        assertTrue(capped.add("https://c.example/rss", null, null, false, "test", 600).created());
    }

    @Test
    void followingAndRemovingInALoopHoldsABoundedMemoryOfRemovals() {
        for (int i = 0; i < FeedRegistry.REMEMBERED_REMOVALS * 3; i++) {
            Feed f = registry.add("https://churn.example/rss/" + i, null, null, false, "test", 600).feed();
            registry.remove(f.id());
        }
        // Tombstones read from the topic for feeds never seen here count the same.
        for (int i = 0; i < FeedRegistry.REMEMBERED_REMOVALS * 2; i++) {
            registry.applyFromTopic("unseen" + i, null, 1_000_000 + i);
        }
        assertTrue(registry.offsetsHeld() <= FeedRegistry.REMEMBERED_REMOVALS, "held " + registry.offsetsHeld());
        assertTrue(registry.all().isEmpty());
        // The most recent removals are still remembered: their older records cannot revive them.
        Feed last = registry.add("https://late.example/rss", null, null, false, "test", 600).feed();
        Feed lastRecord = store.log.get(store.log.size() - 1);
        registry.remove(last.id());
        registry.applyFromTopic(last.id(), lastRecord, store.log.size() - 2);
        assertTrue(registry.get(last.id()).isEmpty());
    }
}
