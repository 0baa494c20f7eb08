package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.AlertRouter;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes labelled articles ({@code read_committed}, group = application name) and routes each to its
 * subscribers. A record that is not an {@link ArticleLabelled} goes to the dead-letter topic with the reason; the
 * next record is processed as usual.
 */
@Singleton
public class ArticleListener {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleListener.class);
    private final AlertRouter router;
    private final AlertProducer producer;

    public ArticleListener(AlertRouter router, AlertProducer producer) {
        this.router = router;
        this.producer = producer;
    }

    public CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record) {
        ArticleLabelled article;
        try {
            article = parse(record.value());
        } catch (MalformedRecordException e) {
            LOG.warn("Article record {}-{}@{} sent to the dead-letter topic: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return producer.send(DeadLetters.of(record, e, "tumen-alert"));
        }
        return router.route(article);
    }

    static ArticleLabelled parse(byte[] value) {
        ArticleLabelled a = Json.read(value, ArticleLabelled.class);
        if (a.id() == null || a.id().isBlank()) {
            throw new MalformedRecordException("ArticleLabelled without an id");
        }
        if (a.relevant() && a.severity() == dev.tumen.model.Severity.NONE) {
            throw new MalformedRecordException("ArticleLabelled " + a.id() + " is relevant but has no severity");
        }
        return a;
    }
}
