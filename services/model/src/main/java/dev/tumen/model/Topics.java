package dev.tumen.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one catalogue of Tumen's Kafka topics, in the spirit of kafka-streams-examples' {@code Schemas}: each
 * {@link Topic} carries its name, key, value type, CloudEvents type, partitions, retention and cleanup policy.
 * The topic provisioner ({@code dev.tumen.kafka.ProvisionTopics}), the services, compose and docs/topics.md all
 * follow it. Names follow {@code tumen.<noun>.v<N>}; a breaking change to a value schema is a new record and a
 * new {@code .v<N+1>} topic. Every consumed topic has a dead-letter topic {@code <topic>.dlt}.
 *
 * <p>Plain data only: no Kafka API, so any client (or a code generator) can read it.
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

    /** CloudEvents {@code ce_type} of a dead letter, whatever topic it came from. */
    public static final String TYPE_DEAD_LETTER = "dev.tumen.dead-letter.v1";

    /** How old records go: deleted after the retention, compacted to the newest per key, or both. */
    public enum Cleanup {
        DELETE("delete"), COMPACT("compact"), COMPACT_DELETE("compact,delete");

        private final String policy;

        Cleanup(String policy) {
            this.policy = policy;
        }

        /** The value of the topic's {@code cleanup.policy}. */
        public String policy() {
            return policy;
        }
    }

    /**
     * One topic.
     *
     * @param name       topic name, without the deployment's prefix
     * @param key        what the record key is
     * @param valueType  the fully qualified record class of the value (a dead letter: the failed record's value, as it was)
     * @param ceType     CloudEvents {@code ce_type} of its records
     * @param partitions partition count (the unit of consumer parallelism)
     * @param retention  how long records are kept; empty = forever
     * @param cleanup    cleanup policy
     */
    public record Topic(String name, String key, String valueType, String ceType, int partitions, Optional<Duration> retention,
                        Cleanup cleanup) {
        /** {@code retention.ms}: milliseconds, {@code -1} for forever. */
        public long retentionMs() {
            return retention.map(Duration::toMillis).orElse(-1L);
        }

        public boolean compacted() {
            return cleanup != Cleanup.DELETE;
        }

        /** The name with the deployment's topic prefix. */
        public String name(String prefix) {
            return (prefix == null ? "" : prefix) + name;
        }
    }

    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration DEAD_LETTER_RETENTION = WEEK.multipliedBy(4);
    private static final String PAGE_ID = "page id (32 hex of SHA-256 of the canonical URL, or of the content)";
    private static final String SUBSCRIPTION_ID = "subscription id";

    public static final Topic PAGES_TOPIC = new Topic(PAGES, PAGE_ID, PageReceived.class.getName(),
            "dev.tumen.page.received.v1", 6, Optional.of(WEEK), Cleanup.DELETE);
    public static final Topic ARTICLES_TOPIC = new Topic(ARTICLES, "page id", ArticleLabelled.class.getName(),
            "dev.tumen.article.labelled.v1", 6, Optional.of(WEEK.multipliedBy(4)), Cleanup.DELETE);
    /** Six partitions, like the deliveries it is written next to with the same key. */
    public static final Topic ALERTS_TOPIC = new Topic(ALERTS, SUBSCRIPTION_ID, AlertDelivered.class.getName(),
            "dev.tumen.alert.delivered.v1", 6, Optional.of(WEEK.multipliedBy(4)), Cleanup.DELETE);
    public static final Topic SUBSCRIPTIONS_TOPIC = new Topic(SUBSCRIPTIONS, SUBSCRIPTION_ID, Subscription.class.getName(),
            "dev.tumen.subscription.changed.v1", 1, Optional.empty(), Cleanup.COMPACT);
    public static final Topic PAGES_SEEN_TOPIC = new Topic(PAGES_SEEN, "page id", "dev.tumen.ingest.dedup.SeenPage",
            "dev.tumen.page.seen.v1", 3, Optional.empty(), Cleanup.COMPACT);
    public static final Topic FEEDS_TOPIC = new Topic(FEEDS, "feed id", "dev.tumen.ingest.feed.Feed",
            "dev.tumen.feed.changed.v1", 1, Optional.empty(), Cleanup.COMPACT);
    public static final Topic DELIVERIES_TOPIC = new Topic(DELIVERIES, SUBSCRIPTION_ID, "dev.tumen.alert.delivery.DeliveryAttempt",
            "dev.tumen.delivery.attempt.v1", 6, Optional.of(WEEK), Cleanup.DELETE);
    /**
     * Story state is needed only within the story window (12 h by default): twice that, so a story open at a
     * restart is still there. A longer {@code TUMEN_ALERT_STORY_WINDOW} needs a longer {@code retention.ms} on the topic.
     */
    public static final Topic STORIES_TOPIC = new Topic(STORIES, "story id", "dev.tumen.alert.story.Story",
            "dev.tumen.story.v1", 6, Optional.of(Duration.ofHours(24)), Cleanup.COMPACT_DELETE);
    public static final Topic STREAM_TOPIC = new Topic(STREAM, "story id", "dev.tumen.alert.stream.StreamEvent",
            "dev.tumen.stream.event.v1", 1, Optional.of(WEEK), Cleanup.DELETE);

    /** CloudEvents type of a delivery task (the value of every retry tier and of the deliveries' dead letters). */
    public static final String TYPE_DELIVERY_TASK = "dev.tumen.delivery.task.v1";

    private Topics() {
    }

    /** The retry topic of tier {@code tier} (1-based). */
    public static String deliveryRetry(int tier) {
        return String.format(DELIVERY_RETRY_FORMAT, tier);
    }

    /** The catalogue entry of retry tier {@code tier} (1-based); tiers beyond the default schedule look the same. */
    public static Topic deliveryRetryTopic(int tier) {
        return new Topic(deliveryRetry(tier), SUBSCRIPTION_ID, "dev.tumen.alert.delivery.DeliveryTask", TYPE_DELIVERY_TASK, 6,
                Optional.of(WEEK.multipliedBy(2)), Cleanup.DELETE);
    }

    /** The dead-letter topic for records that could not be processed from {@code topic}. */
    public static String deadLetter(String topic) {
        return topic + DLT_SUFFIX;
    }

    /** The catalogue entry of {@code topic}'s dead-letter topic: one partition, four weeks, the key of the original. */
    public static Topic deadLetterTopic(Topic topic) {
        return new Topic(deadLetter(topic.name()), topic.key() + " (as consumed)", topic.valueType(), TYPE_DEAD_LETTER, 1,
                Optional.of(DEAD_LETTER_RETENTION), Cleanup.DELETE);
    }

    /**
     * Deliveries whose attempts ran out, or that can never succeed: the alert service writes the delivery task
     * itself here (not a failed log record), for inspection and manual replay.
     */
    public static Topic deliveriesDeadLetterTopic() {
        return new Topic(deadLetter(DELIVERIES), SUBSCRIPTION_ID, "dev.tumen.alert.delivery.DeliveryTask", TYPE_DELIVERY_TASK, 1,
                Optional.of(DEAD_LETTER_RETENTION), Cleanup.DELETE);
    }

    /** Every topic Tumen uses with the default retry schedule, dead letters included. */
    public static List<Topic> all() {
        return all(DEFAULT_RETRY_TIERS);
    }

    /** Every topic Tumen uses when the delivery schedule has {@code retryTiers} retry tiers. */
    public static List<Topic> all(int retryTiers) {
        List<Topic> all = new ArrayList<>();
        all.add(PAGES_TOPIC);
        all.add(deadLetterTopic(PAGES_TOPIC));
        all.add(ARTICLES_TOPIC);
        all.add(deadLetterTopic(ARTICLES_TOPIC));
        all.add(ALERTS_TOPIC);
        all.add(SUBSCRIPTIONS_TOPIC);
        all.add(deadLetterTopic(SUBSCRIPTIONS_TOPIC));
        all.add(PAGES_SEEN_TOPIC);
        all.add(deadLetterTopic(PAGES_SEEN_TOPIC));
        all.add(FEEDS_TOPIC);
        all.add(deadLetterTopic(FEEDS_TOPIC));
        all.add(DELIVERIES_TOPIC);
        all.add(deliveriesDeadLetterTopic());
        all.add(STORIES_TOPIC);
        all.add(deadLetterTopic(STORIES_TOPIC));
        all.add(STREAM_TOPIC);
        all.add(deadLetterTopic(STREAM_TOPIC));
        for (int tier = 1; tier <= retryTiers; tier++) {
            Topic retry = deliveryRetryTopic(tier);
            all.add(retry);
            all.add(deadLetterTopic(retry));
        }
        return List.copyOf(all);
    }

    /** The catalogue entry named {@code name} (without prefix); a retry tier beyond the default schedule is found too. */
    public static Optional<Topic> find(String name) {
        Optional<Topic> known = all().stream().filter(t -> t.name().equals(name)).findFirst();
        if (known.isPresent()) {
            return known;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("tumen\\.deliveries\\.retry-(\\d+)\\.v1(\\.dlt)?").matcher(name);
        if (m.matches()) {
            Topic retry = deliveryRetryTopic(Integer.parseInt(m.group(1)));
            return Optional.of(m.group(2) == null ? retry : deadLetterTopic(retry));
        }
        return Optional.empty();
    }
}
