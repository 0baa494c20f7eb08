package dev.tumen.model;

import java.util.List;

/**
 * The one catalogue of Tumen's Kafka topics. Names follow {@code tumen.<noun>.v<N>}; a breaking change
 * to a value schema is a new record and a new {@code .v<N+1>} topic. Every consumed topic has a
 * dead-letter topic {@code <topic>.dlt} (see {@link DeadLetters}).
 */
public final class Topics {
    /** Raw pages from ingest ({@link PageReceived}), key = page id. */
    public static final String PAGES = "tumen.pages.v1";
    /** Labelled articles from the classifier ({@link ArticleLabelled}), key = page id; transactional. */
    public static final String ARTICLES = "tumen.articles.v1";
    /** Delivered alerts ({@link AlertDelivered}), key = subscription id; an audit trail. */
    public static final String ALERTS = "tumen.alerts.v1";
    /** Subscriptions ({@link Subscription}), compacted, key = subscription id. */
    public static final String SUBSCRIPTIONS = "tumen.subscriptions.v1";

    /** Pages ingest has published (ingest's {@code SeenPage}), compacted, key = page id: the memory behind "once each". */
    public static final String PAGES_SEEN = "tumen.pages.seen.v1";
    /** Followed feeds and their polling state (ingest's {@code Feed}), compacted, key = feed id, tombstone = removed. */
    public static final String FEEDS = "tumen.feeds.v1";

    /** The alert service's delivery log (every attempt and its outcome), key = subscription id. */
    public static final String DELIVERIES = "tumen.deliveries.v1";
    /** Story state (one alert per story per subscription), compacted and time-limited, key = story id. */
    public static final String STORIES = "tumen.stories.v1";
    /** The live stream of matched alerts; one partition, so an offset is a total order and an SSE event id. */
    public static final String STREAM = "tumen.stream.v1";
    /** Retry tiers of webhook delivery: tier {@code n} holds deliveries waiting for attempt {@code n + 1}. */
    public static final String DELIVERY_RETRY_FORMAT = "tumen.deliveries.retry-%d.v1";
    /** Retry tiers of the default schedule (immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h); a longer schedule adds tiers. */
    public static final int DEFAULT_RETRY_TIERS = 6;

    /** Suffix of every dead-letter topic. */
    public static final String DLT_SUFFIX = ".dlt";

    private Topics() {
    }

    /** The retry topic of tier {@code tier} (1-based). */
    public static String deliveryRetry(int tier) {
        return String.format(DELIVERY_RETRY_FORMAT, tier);
    }

    /** The dead-letter topic for records that could not be processed from {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + DLT_SUFFIX;
    }

    /**
     * How a topic should be created.
     *
     * @param name       topic name
     * @param partitions default partition count (the unit of consumer parallelism)
     * @param compacted  whether the topic is a table (log compaction) rather than a stream
     * @param retentionMs retention, {@code -1} for forever (a compacted topic with a retention also deletes old keys)
     */
    public record Spec(String name, int partitions, boolean compacted, long retentionMs) {
    }

    private static final long WEEK = 7L * 24 * 3600 * 1000;

    /** Every topic Tumen uses, with the settings the quick start, tests and compose create them with. */
    public static List<Spec> all() {
        List<Spec> all = new java.util.ArrayList<>(List.of(
                new Spec(PAGES, 6, false, WEEK),
                new Spec(deadLetter(PAGES), 1, false, 4 * WEEK),
                new Spec(ARTICLES, 6, false, 4 * WEEK),
                new Spec(deadLetter(ARTICLES), 1, false, 4 * WEEK),
                new Spec(ALERTS, 3, false, 4 * WEEK),
                new Spec(SUBSCRIPTIONS, 1, true, -1),
                new Spec(deadLetter(SUBSCRIPTIONS), 1, false, 4 * WEEK),
                new Spec(PAGES_SEEN, 3, true, -1),
                new Spec(deadLetter(PAGES_SEEN), 1, false, 4 * WEEK),
                new Spec(FEEDS, 1, true, -1),
                new Spec(deadLetter(FEEDS), 1, false, 4 * WEEK),
                new Spec(DELIVERIES, 6, false, WEEK),
                new Spec(deadLetter(DELIVERIES), 1, false, 4 * WEEK),
                new Spec(STORIES, 6, true, 24L * 3600 * 1000),
                new Spec(deadLetter(STORIES), 1, false, 4 * WEEK),
                new Spec(STREAM, 1, false, WEEK)));
        for (int tier = 1; tier <= DEFAULT_RETRY_TIERS; tier++) {
            all.add(new Spec(deliveryRetry(tier), 6, false, 2 * WEEK));
            all.add(new Spec(deadLetter(deliveryRetry(tier)), 1, false, 4 * WEEK));
        }
        return List.copyOf(all);
    }
}
