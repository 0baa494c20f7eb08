package dev.tumen.ingest.kafka;

import dev.tumen.common.kafka.TopicProvisioning;
import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.kafka.DetachedBytes;
import dev.tumen.kafka.LoopMetrics;
import dev.tumen.kafka.RecordLoop;
import dev.tumen.kafka.TableReader;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Topics;
import dev.tumen.model.text.OutsideText;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, with the application, the readers of ingest's two tables: seen pages (into {@link SeenPages})
 * and feeds (into {@link FeedRegistry}).
 */
@Context
public class TableReaders {
    private static final Logger LOG = LoggerFactory.getLogger(TableReaders.class);
    private static final String SERVICE = "tumen-ingest";
    private final TableReader seenReader;
    private final TableReader feedReader;
    /** Feeds whose newest record holds a URL in plaintext or under a previous key; read and written on the reader's thread. */
    private final Set<String> unsealed = new HashSet<>();
    /** Null when ingest does not create its topics. */
    private final TopicProvisioning provisioning;

    public TableReaders(TopicProvisioning provisioning, IngestTopics topics, KafkaProperties kafka,
                        @KafkaClient("ingest") Producer<String, byte[]> producer, SeenPages seen, FeedRegistry feeds,
                        FeedUrlSealing sealing, FeedStateClient feedStore, MeterRegistry meters,
                        @Value("${tumen.ingest.create-topics:true}") boolean createTopics) {
        this.provisioning = createTopics ? provisioning : null;
        RecordLoop.DeadLetterSink deadLetters = record -> {
            CompletableFuture<Object> done = new CompletableFuture<>();
            producer.send(record, (m, e) -> {
                if (e == null) {
                    done.complete(m);
                } else {
                    done.completeExceptionally(e);
                }
            });
            return done;
        };
        this.seenReader = new TableReader(topics.seen(), () -> seenConsumer(kafka, topics.seen()), null, r -> {
            String key = r.key();
            byte[] value = r.value();
            if (value == null) {
                return;
            }
            // Only a page id can be known, so junk under any other key never takes this shortcut.
            if (carries(value, seen.confirmedHash(key))) {
                return;
            }
            SeenPage page = Json.read(value, SeenPage.class);
            if (page.id() == null || !page.id().equals(key)) {
                throw new MalformedRecordException("seen page id '" + OutsideText.quote(page.id()) + "' does not match the record key '"
                        + OutsideText.quote(key) + "'");
            }
            if (!isHex(key, 32)) {
                throw new MalformedRecordException("a seen-page record's key must be a page id (32 hex digits)");
            }
            if (page.contentHash() != null && !isHex(page.contentHash(), 64)) {
                throw new MalformedRecordException("a seen page's contentHash must be 64 hex digits (SHA-256)");
            }
            seen.remember(page);
        }, SERVICE, deadLetters, new LoopMetrics(meters, "table-seen")).onLoaded(seen::markLoaded);
        this.feedReader = new TableReader(topics.feeds(), () -> consumer(kafka, topics.feeds()), null, r -> {
            String key = r.key();
            byte[] value = r.value();
            if (value == null) {
                feeds.applyFromTopic(key, null, r.offset());
                return;
            }
            Feed stored = Json.read(value, Feed.class);
            if (stored.id() == null || !stored.id().equals(key) || stored.url() == null || stored.intervalSeconds() <= 0) {
                throw new MalformedRecordException("feed record '" + OutsideText.quote(key) + "' lacks a matching id, a url or a positive interval");
            }
            if (!isHex(key, 16)) {
                throw new MalformedRecordException("a feed record's key must be a feed id (16 hex digits)");
            }
            Feed feed;
            try {
                feed = sealing.open(stored);
            } catch (IllegalStateException e) {
                throw new MalformedRecordException(e.getMessage());
            }
            if (sealing.needsSealing(stored)) {
                unsealed.add(key);
            } else {
                unsealed.remove(key);
            }
            feeds.applyFromTopic(key, feed, r.offset());
        }, SERVICE, deadLetters, new LoopMetrics(meters, "table-feeds")).onLoaded(() -> {
            feeds.markLoaded();
            reseal(feeds, feedStore);
        });
        feedStore.follow(feedReader);
    }

    /**
     * Re-writes, once the table is read, each feed whose URL the topic holds in plaintext (written before encryption)
     * or under a previous key, so the plaintext does not stay readable and a previous key can be retired. A failure
     * leaves it for the feed's next poll, which writes it sealed anyway.
     */
    private void reseal(FeedRegistry feeds, FeedStateClient feedStore) {
        int done = 0;
        for (String id : List.copyOf(unsealed)) {
            var feed = feeds.get(id);
            if (feed.isEmpty()) {
                continue;
            }
            try {
                feedStore.put(feed.get());
                done++;
            } catch (RuntimeException e) {
                LOG.warn("Could not re-write feed {} with its URL encrypted ({}); its next poll will", id, e.getMessage());
            }
        }
        unsealed.clear();
        if (done > 0) {
            LOG.info("Re-wrote {} feed(s) with their URL encrypted under the current key", done);
        }
    }

    /** Whether {@code s} is exactly {@code length} lowercase hex digits, the shape of every id ingest writes. */
    static boolean isHex(String s, int length) {
        if (s == null || s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a seen record can be skipped unread: it is a JSON object that carries {@code knownHash}, the content hash
     * already held for its id, so it says nothing new. Anything else under a known id (junk, another hash) is read and
     * judged in full: a skip on the key alone let every value under a known key pass unseen, never dead-lettered.
     */
    static boolean carries(byte[] value, String knownHash) {
        if (knownHash == null) {
            return false;
        }
        int start = 0;
        int end = value.length - 1;
        while (start <= end && value[start] <= ' ') {
            start++;
        }
        while (end >= start && value[end] <= ' ') {
            end--;
        }
        if (start >= end || value[start] != '{' || value[end] != '}') {
            return false;
        }
        byte[] needle = ("\"contentHash\":\"" + knownHash + "\"").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = start; i <= end - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (value[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    private static KafkaConsumer<String, byte[]> consumer(Map<String, Object> props, String topic) {
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Never let a reader create the topic: it would be created without compaction.
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        // Table records are small and we want the whole table quickly at start-up.
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        // Unique: a reader also makes a consumer that asks where the topic ends (TableReader.awaitCaughtUp).
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "tumen-ingest-table-" + topic + "-" + CLIENTS.incrementAndGet());
        return new KafkaConsumer<>(props, new StringDeserializer(), new DetachedBytes());
    }

    /**
     * The seen-pages reader mostly reads back this instance's own publications, which {@link SeenPages} knows already
     * from their claims: only another instance's pages (and a restart's history) are news to it. With Kafka's defaults
     * each fetch returned as soon as one record was there, so under load it fetched about once per producer batch of
     * seen records (a round-trip and a poll for a handful of 0.5 KB records, tens to hundreds a second, each one broker
     * work as well). Waiting up to 200 ms for 64 KiB turns that into a few fetches a second; another instance's page is
     * then known here up to 200 ms later, within the cross-instance race {@link SeenPages} already accepts.
     */
    private static KafkaConsumer<String, byte[]> seenConsumer(KafkaProperties kafka, String topic) {
        Map<String, Object> props = kafka.consumer();
        props.putIfAbsent(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "200");
        props.putIfAbsent(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536");
        return consumer(props, topic);
    }

    private static KafkaConsumer<String, byte[]> consumer(KafkaProperties kafka, String topic) {
        return consumer(kafka.consumer(), topic);
    }

    /** Not fatal: the readers wait for the topics, which ProvisionTopics or an operator may create. */
    private static void ensureTopics(TopicProvisioning provisioning) {
        try {
            provisioning.ensure(List.of(Topics.PAGES_SEEN_TOPIC, Topics.deadLetterTopic(Topics.PAGES_SEEN_TOPIC),
                    Topics.FEEDS_TOPIC, Topics.deadLetterTopic(Topics.FEEDS_TOPIC),
                    // Ingest writes there too: feed entries and imported files that can never be published.
                    Topics.deadLetterTopic(Topics.PAGES_TOPIC)), 0, Duration.ofSeconds(15));
        } catch (RuntimeException e) {
            LOG.warn("cannot create ingest's topics ({}); expecting them to exist", e.toString());
        }
    }

    /** What each reader says about itself, for {@link TablesHealthIndicator}. */
    public List<dev.tumen.kafka.LoopHealth> health() {
        return List.of(seenReader.health(), feedReader.health());
    }

    /**
     * Creates the topics, then starts the readers, on a thread of its own: the topic check is a few admin round trips
     * (0.3-0.4 s of the start-up thread under load, docs/operations.md#start-up-time) that the rest of start-up need
     * not wait for. {@link TablesHealthIndicator} stays DOWN until the readers run, as before.
     */
    @PostConstruct
    void start() {
        Thread starting = new Thread(() -> {
            if (provisioning != null) {
                ensureTopics(provisioning);
            }
            seenReader.start();
            feedReader.start();
        }, "ingest-tables-start");
        starting.setDaemon(true);
        starting.start();
    }

    @PreDestroy
    void stop() {
        seenReader.close();
        feedReader.close();
    }
}
