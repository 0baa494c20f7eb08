package dev.tumen.ingest.kafka;

import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.clients.producer.Producer;

/**
 * Starts, with the application, the readers of ingest's two tables: seen pages (into {@link SeenPages})
 * and feeds (into {@link FeedRegistry}).
 */
@Context
public class TableReaders {
    private final TopicTableReader seenReader;
    private final TopicTableReader feedReader;

    public TableReaders(TopicCreator creator, IngestTopics topics, KafkaProperties kafka,
                        @KafkaClient("ingest") Producer<String, byte[]> producer, SeenPages seen, FeedRegistry feeds) {
        creator.ensureTopics();
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
