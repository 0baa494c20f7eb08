package dev.tumen.ingest.kafka;

import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.page.PageSink;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes accepted pages to the pages topic (key = page id, CloudEvents binary headers) and then
 * records them in the seen-pages topic. The producer is idempotent with {@code acks=all}
 * ({@code kafka.producers.ingest.*} in application.yml): it retries through a brief broker outage
 * without duplicating, and a caller is answered only once the page is safely replicated.
 */
@Singleton
public class PagePublisher implements PageSink {
    private static final Logger LOG = LoggerFactory.getLogger(PagePublisher.class);
    static final String CE_SOURCE = "/tumen/ingest";

    private final Producer<String, byte[]> producer;
    private final IngestTopics topics;
    private final Duration sendTimeout;

    public PagePublisher(@KafkaClient("ingest") Producer<String, byte[]> producer, IngestTopics topics,
                         @Value("${tumen.ingest.send-timeout:35s}") Duration sendTimeout) {
        this.producer = producer;
        this.topics = topics;
        this.sendTimeout = sendTimeout;
    }

    @Override
    public void publish(PageReceived page) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.pages(), null, page.id(), Json.bytes(page),
                CloudEvents.headers(CloudEvents.TYPE_PAGE_RECEIVED, CE_SOURCE, page.id()));
        try {
            producer.send(record).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(page, e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw unavailable(page, e instanceof ExecutionException ? e.getCause() : e);
        }
        // Only after the page itself is acknowledged: a seen record for a lost page would suppress it forever.
        // Not awaited: if it is lost, the page may be published again after a restart (at-least-once), never lost.
        SeenPage seen = new SeenPage(page.id(), page.contentHash(), page.url(), page.receivedAt());
        producer.send(new ProducerRecord<>(topics.seen(), null, page.id(), Json.bytes(seen),
                CloudEvents.headers(Topics.PAGES_SEEN_TOPIC, CE_SOURCE, page.id())), (metadata, error) -> {
            if (error != null) {
                LOG.warn("page {} published but not recorded as seen: {}", page.id(), error.toString());
            }
        });
    }

    private static Refusal unavailable(PageReceived page, Throwable cause) {
        LOG.warn("page {} could not be handed to Kafka: {}", page.id(), String.valueOf(cause));
        return new Refusal(503, "kafka-unavailable", "the page could not be handed to Kafka (" + cause.getClass().getSimpleName()
                + "); nothing was published, retry later", cause);
    }
}
