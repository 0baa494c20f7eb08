package dev.tumen.ingest.kafka;

import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import dev.tumen.common.kafka.TopicProvisioning;
import dev.tumen.model.Topics;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.producer.Producer;

/**
 * Starts, with the application, the readers of ingest's two tables: seen pages (into {@link SeenPages})
 * and feeds (into {@link FeedRegistry}).
 */
@Context
public class TableReaders {
    private static final Logger LOG = LoggerFactory.getLogger(TableReaders.class);
    private final TopicTableReader seenReader;
    private final TopicTableReader feedReader;

    public TableReaders(TopicProvisioning provisioning, IngestTopics topics, KafkaProperties kafka,
                        @KafkaClient("ingest") Producer<String, byte[]> producer, SeenPages seen, FeedRegistry feeds,
                        @Value("${tumen.ingest.create-topics:true}") boolean createTopics) {
        if (createTopics) {
            ensureTopics(provisioning);
        }
        this.seenReader = new TopicTableReader(topics.seen(), kafka.consumer(), producer, (key, value) -> {
            if (value == null) {
                return;
            }
            SeenPage page = Json.read(value, SeenPage.class);
            if (page.id() == null || !page.id().equals(key)) {
                throw new MalformedRecordException("seen page id " + page.id() + " does not match the record key " + key);
            }
            seen.remember(page);
        }, seen::markLoaded);
        this.feedReader = new TopicTableReader(topics.feeds(), kafka.consumer(), producer, (key, value) -> {
            if (value == null) {
                feeds.applyFromTopic(key, null);
                return;
            }
            Feed feed = Json.read(value, Feed.class);
            if (feed.id() == null || !feed.id().equals(key) || feed.url() == null || feed.intervalSeconds() <= 0) {
                throw new MalformedRecordException("feed record " + key + " lacks a matching id, a url or a positive interval");
            }
            feeds.applyFromTopic(key, feed);
        }, feeds::markLoaded);
    }

    /** Not fatal: the readers wait for the topics, which ProvisionTopics or an operator may create. */
    private static void ensureTopics(TopicProvisioning provisioning) {
        try {
            provisioning.ensure(List.of(Topics.PAGES_SEEN_TOPIC, Topics.deadLetterTopic(Topics.PAGES_SEEN_TOPIC),
                    Topics.FEEDS_TOPIC, Topics.deadLetterTopic(Topics.FEEDS_TOPIC)), 0, Duration.ofSeconds(15));
        } catch (RuntimeException e) {
            LOG.warn("cannot create ingest's topics ({}); expecting them to exist", e.toString());
        }
    }

    @PostConstruct
    void start() {
        seenReader.start();
        feedReader.start();
    }

    @PreDestroy
    void stop() {
        seenReader.close();
        feedReader.close();
    }
}
