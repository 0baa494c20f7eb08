package dev.tumen.classifier.kafka;

import dev.tumen.classifier.budget.PageBudget;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.PageReceived;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real labeller with failures injected by marker words in the page text: {@code THROW-ONCE} fails the first
 * attempt only, {@code THROW-ALWAYS} every attempt, {@code EXTRACTION-FAILS} as extraction would, and
 * {@code SPIN-FOREVER} never ends (as a page that found a path the square of its length would not, in practice) but
 * for its CPU budget.
 */
@Singleton
@Replaces(PageLabeller.class)
@Requires(property = "tumen.test.poison-labeller", value = "true")
public class PoisonPageLabeller extends PageLabeller {
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    public PoisonPageLabeller(ClassifierSettings settings) {
        super(settings);
    }

    @Override
    protected ArticleLabelled classify(PageReceived page) {
        String content = page.content() == null ? "" : page.content();
        int call = CALLS.computeIfAbsent(String.valueOf(page.id()), k -> new AtomicInteger()).incrementAndGet();
        if (content.contains("THROW-ONCE") && call == 1) {
            throw new IllegalStateException("injected: fails once");
        }
        if (content.contains("THROW-ALWAYS")) {
            throw new IllegalStateException("injected: fails always");
        }
        if (content.contains("EXTRACTION-FAILS")) {
            throw new IllegalStateException("injected extraction failure");
        }
        if (content.contains("SPIN-FOREVER")) {
            long spins = 0;
            while (spins >= 0) {
                PageBudget.check();
                spins++;
            }
        }
        return super.classify(page);
    }
}
