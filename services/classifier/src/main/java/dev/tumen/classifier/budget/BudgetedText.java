package dev.tumen.classifier.budget;

/**
 * Text that a regular expression reads under the page's budget (probe of session 31). {@link PageBudget} stops a page by
 * interrupting its thread and relies on the rules' loops to call {@link PageBudget#check()}; {@code java.util.regex}
 * never looks at the interrupt flag, so a pattern that backtracks on a crafted line ran to its end whatever the
 * budget: a single 160,000-character word {@code "aaa…a@"} took 100 s of CPU through {@code POST /classify} (budget 2 s;
 * {@code LineRules.EMAIL}, {@code [\w.+-]+@…}, tried at every start of the word), and time grows with the square of its
 * length (a 2 MiB body: hours). A matcher made over {@code BudgetedText.of(line)} reads its characters through
 * {@link #charAt}, which calls {@link PageBudget#check()} every 4,096 reads: the pattern is stopped with
 * {@link dev.tumen.model.TooCostlyException} once the page has used its budget, as every other rule is.
 * Outside a budgeted run it is the text as it was (a check is one read of the thread's interrupt flag).
 */
public final class BudgetedText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final CharSequence text;
    private int reads;

    private BudgetedText(CharSequence text) {
        this.text = text;
    }

    /** {@code text}, read under the current page's budget. */
    public static CharSequence of(CharSequence text) {
        return text instanceof BudgetedText ? text : new BudgetedText(text);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            PageBudget.check();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BudgetedText(text.subSequence(start, end));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
