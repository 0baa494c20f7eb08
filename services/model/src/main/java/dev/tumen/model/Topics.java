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

    /** Suffix of every dead-letter topic. */
    public static final String DLT_SUFFIX = ".dlt";

    private Topics() {
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
     * @param retentionMs retention for streams, {@code -1} for forever
     */
    public record Spec(String name, int partitions, boolean compacted, long retentionMs) {
    }

    private static final long WEEK = 7L * 24 * 3600 * 1000;

    /** Every topic Tumen uses, with the settings the quick start, tests and compose create them with. */
    public static List<Spec> all() {
        return List.of(
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
                new Spec(deadLetter(FEEDS), 1, false, 4 * WEEK));
    }
}
