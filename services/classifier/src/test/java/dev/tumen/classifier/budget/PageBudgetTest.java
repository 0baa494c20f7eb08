package dev.tumen.classifier.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tumen.model.TooCostlyException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class PageBudgetTest {

    @Test
    void workThatNeverEndsIsStoppedOnceItHasUsedItsCpuBudgetAndTheThreadIsLeftAsItWas() {
        PageBudget budget = new PageBudget(Duration.ofMillis(100));
        assertThatThrownBy(() -> budget.run(PageBudgetTest::spin))
                .isInstanceOf(TooCostlyException.class)
                .hasMessageContaining("page-too-costly")
                .hasMessageContaining("100 ms");
        assertThat(Thread.currentThread().isInterrupted()).as("the flag is ours to clear, and cleared").isFalse();
        // The thread goes on with the next page, under a budget of its own.
        assertThat(budget.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void waitingIsNotSpendingAPageThatSleepsPastItsBudgetIsNotStopped() {
        PageBudget budget = new PageBudget(Duration.ofMillis(50));
        String out = budget.run(() -> {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));
            PageBudget.check();
            return "done";
        });
        assertThat(out).isEqualTo("done");
    }

    @Test
    void anInterruptFromElsewhereIsNotTakenForTheBudgetAndIsKept() {
        PageBudget budget = new PageBudget(Duration.ofSeconds(30));
        try {
            String out = budget.run(() -> {
                Thread.currentThread().interrupt();
                PageBudget.check();
                return "done";
            });
            assertThat(out).isEqualTo("done");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void noBudgetAndNestedRunsLeaveTheWorkAlone() {
        assertThat(new PageBudget(Duration.ZERO).run(() -> 1)).isEqualTo(1);
        PageBudget outer = new PageBudget(Duration.ofMillis(100));
        assertThatThrownBy(() -> outer.run(() -> new PageBudget(Duration.ofHours(1)).run(PageBudgetTest::spin)))
                .as("the outer budget covers the inner work")
                .isInstanceOf(TooCostlyException.class);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void checkOutsideABudgetDoesNothing() {
        PageBudget.check();
    }

    private static String spin() {
        long spins = 0;
        while (spins >= 0) {
            PageBudget.check();
            spins++;
        }
        return "never";
    }
}
