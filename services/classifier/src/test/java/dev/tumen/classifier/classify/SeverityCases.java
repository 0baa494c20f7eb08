package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** The check the rule-family tests make of each invented article: relevant, and rated as the rubric rates it. */
final class SeverityCases {
    static final Labeller LABELLER = new Labeller();

    private SeverityCases() {
    }

    static void assertSeverity(String lang, Severity expected, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + title + " (relevance " + l.relevance() + ")");
        assertEquals(expected, l.severity(), () -> lang + ": " + title + " basis " + l.basis());
    }

    /** A case whose expected label is written as a severity's wire name, or "none" for not relevant. */
    static void assertLabel(String lang, String expected, String title, String body) {
        if (expected.equals("none")) {
            assertNotRelevant(lang, title, body);
        } else {
            assertSeverity(lang, Severity.parse(expected), title, body);
        }
    }

    /** One invented article of a rule family's table: its expected label is a severity's wire name or "none". */
    record Row(String lang, String expected, String title, String body) {
    }

    static Row row(String lang, String expected, String title, String body) {
        return new Row(lang, expected, title, body);
    }

    /**
     * A rule family's case table, one test per article, named by its language and title as the parameterized tables
     * were, so a report names the same cases.
     */
    static Stream<DynamicTest> table(Row... rows) {
        return Arrays.stream(rows).map(r -> DynamicTest.dynamicTest(r.lang() + ": " + r.title(),
                () -> assertLabel(r.lang(), r.expected(), r.title(), r.body())));
    }

    static void assertNotRelevant(String lang, String title, String body) {
        Label l = LABELLER.label(title, body);
        assertFalse(l.relevant(), () -> lang + " expected not relevant: " + title + " (relevance " + l.relevance() + ")");
    }
}
