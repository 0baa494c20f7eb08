package dev.tumen.classifier.kafka;

import dev.tumen.classifier.ArticleClassifier;
import dev.tumen.classifier.budget.PageBudget;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.PageReceived;
import dev.tumen.model.text.OutsideText;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * The one code path from a raw page to a label, shared by the Kafka pipeline and {@code POST /classify}, under the
 * page's CPU budget ({@code tumen.classifier.page-budget}).
 */
@Singleton
public class PageLabeller {
    private final ArticleClassifier classifier = new ArticleClassifier();
    private final PageBudget budget;

    @Inject
    public PageLabeller(ClassifierSettings settings) {
        this(settings.getPageBudget());
    }

    public PageLabeller(Duration budget) {
        this.budget = new PageBudget(budget);
    }

    /** Labels a page record's value; a value that is not a usable page is a {@link MalformedRecordException}. */
    public ArticleLabelled label(byte[] value) {
        return label(Json.read(value, PageReceived.class));
    }

    /** A page over its budget is a {@link dev.tumen.model.TooCostlyException}. */
    public ArticleLabelled label(PageReceived page) {
        if (page.id() == null || page.id().isBlank()) {
            throw new MalformedRecordException("page has no id");
        }
        if (page.content() == null) {
            throw new MalformedRecordException("page '" + OutsideText.quote(page.id()) + "' has no content");
        }
        return budget.run(() -> classify(page));
    }

    /** The work the budget covers. */
    protected ArticleLabelled classify(PageReceived page) {
        return classifier.classify(page);
    }
}
