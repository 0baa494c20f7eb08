package dev.tumen.model;

/**
 * Why an article got its severity: the sentence of the main event that decided it and the rubric row
 * ({@code spec/labels.md}) it matched.
 *
 * @param sentence the sentence from the article's headline or lead (or, when they name no kind of event, from the
 *                 body) that decided the severity, as it stands in the article
 * @param row      the rubric row that matched, as "severity: what the main event is" (e.g.
 *                 {@code "high: leaders' summits"})
 */
public record SeverityBasis(String sentence, String row) {
}
