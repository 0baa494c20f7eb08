package dev.tumen.ingest.kafka;

import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedStore;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.TableReader;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Writes feed state to the compacted feeds topic (its URL sealed) and waits for the acknowledgement. */
@Singleton
public class FeedStateClient implements FeedStore {
    private final Producer<String, byte[]> producer;
    private final IngestTopics topics;
    private final FeedUrlSealing sealing;
    private volatile TableReader reader;

    public FeedStateClient(@KafkaClient("ingest") Producer<String, byte[]> producer, IngestTopics topics, FeedUrlSealing sealing) {
        this.producer = producer;
        this.topics = topics;
        this.sealing = sealing;
    }

    /** This instance's reader of the feeds topic. */
    void follow(TableReader reader) {
        this.reader = reader;
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        TableReader follower = reader;
        return follower != null && follower.awaitCaughtUp(timeout);
    }

    /*
     * A feed record keeps a random ce_id, unlike pages (review of session 43): a feed's state carries no version or time
     * of change, so the same state written again can be a later event (paused, resumed, paused again; a feed deleted
     * and added again under the same canonical URL, whose id is the same), and a name made of the state would tell a
     * reader deduplicating by ce_source and ce_id to drop the later one. Each write is a change of the table.
     */
    @Override
    public long put(Feed feed) {
        return send(new ProducerRecord<>(topics.feeds(), null, feed.id(), Json.bytes(sealing.seal(feed)),
                CloudEvents.headers(Topics.FEEDS_TOPIC, PagePublisher.CE_SOURCE, feed.id())));
    }

    @Override
    public long delete(String id) {
        return send(new ProducerRecord<>(topics.feeds(), null, id, null, CloudEvents.headers(Topics.FEEDS_TOPIC, PagePublisher.CE_SOURCE, id)));
    }

    private long send(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record).get(35, TimeUnit.SECONDS).offset();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(String.valueOf(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no acknowledgement within 35 s", e);
        }
    }
}
