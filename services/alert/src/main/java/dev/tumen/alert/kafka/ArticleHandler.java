package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.AlertRouter;
import dev.tumen.kafka.RecordKeys;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.text.OutsideText;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Consumes labelled articles ({@code read_committed}, group = application name) and routes each to its
 * subscribers. A record that is not an {@link ArticleLabelled} goes to the dead-letter topic with the reason; the
 * next record is processed as usual.
 */
@Singleton
public class ArticleHandler {
    private final AlertRouter router;

    public ArticleHandler(AlertRouter router) {
        this.router = router;
    }

    /** Routes one article; a record that is not an article throws {@link MalformedRecordException} (the loop dead-letters it). */
    public CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record) {
        ArticleLabelled article = parse(record.value());
        RecordKeys.requireKey(record, article.id(), "article id");
        return router.route(article, record.timestamp());
    }

    static ArticleLabelled parse(byte[] value) {
        ArticleLabelled a = Json.read(value, ArticleLabelled.class);
        if (a.id() == null || a.id().isBlank()) {
            throw new MalformedRecordException("ArticleLabelled without an id");
        }
        if (a.relevant() && a.severity() == dev.tumen.model.Severity.NONE) {
            throw new MalformedRecordException("ArticleLabelled '" + OutsideText.quote(a.id()) + "' is relevant but has no severity");
        }
        return a;
    }
}
