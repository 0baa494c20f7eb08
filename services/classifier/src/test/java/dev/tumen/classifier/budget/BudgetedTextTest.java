package dev.tumen.classifier.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tumen.model.TooCostlyException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Probe of session 31: a regular expression does not look at the interrupt flag the page budget sets, so a pattern that
 * backtracks on a crafted line ran to its end whatever the budget (a 160,000-character word "aaa…a@" took 100 s of CPU
 * through {@code POST /classify} under a budget of 2 s). Read through {@link BudgetedText}, it stops at the budget.
 */
class BudgetedTextTest {
    /** {@code LineRules.EMAIL} as it is: quadratic on a long word that ends in '@' (every start of the word is tried). */
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final String WORD = "a".repeat(160_000) + "@";

    @Test
    void aBacktrackingPatternStopsAtThePageBudget() {
        PageBudget budget = new PageBudget(Duration.ofMillis(200));
        long started = System.nanoTime();
        assertThatThrownBy(() -> budget.run(() -> EMAIL.matcher(BudgetedText.of(WORD)).find()))
                .isInstanceOf(TooCostlyException.class).hasMessageContaining("page-too-costly");
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(tookMs).as("stopped near its budget, not after the pattern's minutes").isLessThan(10_000);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void itMatchesAsTheTextItWraps() {
        CharSequence text = BudgetedText.of("write to desk@example.org today");
        var m = EMAIL.matcher(text);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("desk@example.org");
        assertThat(BudgetedText.of(text)).isSameAs(text);
        assertThat(text.subSequence(9, 13).toString()).isEqualTo("desk");
        assertThat(new PageBudget(Duration.ofSeconds(5)).run(() -> EMAIL.matcher(BudgetedText.of("a@b.cd")).matches())).isTrue();
    }
}
