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
}
