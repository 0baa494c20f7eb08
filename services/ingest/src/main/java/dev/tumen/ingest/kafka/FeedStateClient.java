package dev.tumen.ingest.kafka;

import dev.tumen.ingest.feed.Feed;
import dev.tumen.ingest.feed.FeedStore;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import dev.tumen.kafka.TableReader;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/** Writes feed state to the compacted feeds topic (its URL sealed) and waits for the acknowledgement. */
@Singleton
public class FeedStateClient implements FeedStore {
    private final Producer<String, byte[]> producer;
    private final IngestTopics topics;
    private final FeedUrlSealing sealing;
    private volatile TableReader reader;
    private Supplier<KafkaConsumer<String, byte[]>> consumers;
    /** Asks the broker for the topic's end offsets; guarded by this client (a consumer is not thread-safe). */
    private KafkaConsumer<String, byte[]> ends;

    public FeedStateClient(@KafkaClient("ingest") Producer<String, byte[]> producer, IngestTopics topics, FeedUrlSealing sealing) {
        this.producer = producer;
        this.topics = topics;
        this.sealing = sealing;
    }

    /** This instance's reader of the feeds topic, and where a consumer for end offsets comes from. */
    synchronized void follow(TableReader reader, Supplier<KafkaConsumer<String, byte[]>> consumers) {
        this.consumers = consumers;
        this.reader = reader;
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        TableReader follower = reader;
        if (follower == null) {
            return false;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (Map.Entry<TopicPartition, Long> end : endOffsets(timeout).entrySet()) {
                long left = deadline - System.nanoTime();
                if (end.getValue() > 0 && (left <= 0 || !follower.awaitApplied(end.getKey().partition(), end.getValue() - 1, Duration.ofNanos(left)))) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private synchronized Map<TopicPartition, Long> endOffsets(Duration timeout) {
        if (ends == null) {
            ends = consumers.get();
        }
        List<TopicPartition> partitions = ends.partitionsFor(topics.feeds(), timeout).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        return ends.endOffsets(partitions, timeout);
    }

    @PreDestroy
    synchronized void closeEnds() {
        if (ends != null) {
            ends.close(Duration.ofSeconds(1));
            ends = null;
        }
    }

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
