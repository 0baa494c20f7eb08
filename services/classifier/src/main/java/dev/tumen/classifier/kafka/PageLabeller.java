package dev.tumen.classifier.kafka;

import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.PageReceived;
import jakarta.inject.Singleton;

/**
 * The one code path from a raw page to a label, shared by the Kafka pipeline and {@code POST /classify}.
 */
@Singleton
public class PageLabeller {
    private final ArticleClassifier classifier = new ArticleClassifier();

    /** Labels a page record's value; a value that is not a usable page is a {@link MalformedRecordException}. */
    public ArticleLabelled label(byte[] value) {
        return label(Json.read(value, PageReceived.class));
    }

    public ArticleLabelled label(PageReceived page) {
        if (page.id() == null || page.id().isBlank()) {
            throw new MalformedRecordException("page has no id");
        }
        if (page.content() == null) {
            throw new MalformedRecordException("page " + page.id() + " has no content");
        }
        return classifier.classify(page);
    }
}
